//go:build js && wasm

package ui

import (
	"strings"

	"github.com/mongouri/mongouri/connstr"
	"github.com/mongouri/mongouri/connstr/explain"
)

// explainView lays out connstr.Explain (explain_markup.go) after the summary
// that every view shows: what each part says, the options, the effective
// configuration, and, folded until opened, error messages, commands and
// code; then SRV resolution. Each section is its own region, so a keystroke
// redraws only the sections whose markup changed, and a fold's body is
// built only once it is open.
//
// Secrets: Explain is called with RevealSecrets only while the person has
// the password shown, so the DOM holds the password or a secret option value
// only then. The actions that need the real string ("Use this", copying a
// corrected string) ask Explain again with secrets at the moment they run
// and hand the result to the input or the clipboard, never to the page.
type explainView struct {
	in       *Inspector
	index    *region
	bar      *region
	sections map[string]*region
	resolve  *resolveView
}

// sectionOrder is the order of Explain's sections.
var sectionOrder = []string{"empty", "basis", "parts", "effective", "options", "tips", "commands", "snippets"}

func newExplainView(in *Inspector, panel el) *explainView {
	v := &explainView{in: in, sections: map[string]*region{}}
	top := h("div", cls("mu-x-top"))
	index := h("div")
	bar := h("div")
	add(top, index, bar)
	body := h("div", cls("mu-explain"))
	for _, id := range sectionOrder {
		e := h("div", a("data-region", id))
		v.sections[id] = newRegion(e)
		add(body, e)
	}
	v.index, v.bar = newRegion(index), newRegion(bar)
	v.resolve = newResolveView(in)
	replace(panel, top, body, v.resolve.box)
	return v
}

func (v *explainView) render() {
	in := v.in
	resolveOffered := !in.cfg.resolve.IsUndefined()
	secs := in.r.explainSections(&in.folds, in.uid, resolveOffered)
	shown := map[string]HTML{}
	for _, s := range secs {
		shown[s.id] = sectionHTML(s, in.uid)
	}
	for _, id := range sectionOrder {
		v.sections[id].set(shown[id])
	}
	host, _ := v.resolve.srvHost()
	v.index.set(indexHTML(secs, in.uid, host != ""))
	var bar HTML
	if in.uri != "" && hasSecrets(in.r.x) {
		bar = mk("div", cls("mu-actions mu-x-bar"), revealButton(in.reveal),
			mk("span", cls("mu-note"), "Secrets show as ***** until you press it."))
	}
	v.bar.set(bar)
	v.resolve.render()
}

// hasSecrets reports whether the explanation has anything the reveal
// toggle would show.
func hasSecrets(x *explain.Explanation) bool {
	if x.Credentials != nil && x.Credentials.HasPassword {
		return true
	}
	return strings.Contains(x.Explained, connstr.Mask)
}
