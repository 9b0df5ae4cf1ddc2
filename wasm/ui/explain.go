//go:build js && wasm

package ui

import (
	"strconv"
	"strings"

	"honnef.co/go/js/dom/v2"

	"github.com/mongouri/mongouri/connstr"
	"github.com/mongouri/mongouri/connstr/explain"
)

// explainView lays out explain.Explain: the troubleshooting checks first
// (people open this tab when a connection fails), then what each part of
// the string says, the effective configuration, the options, what a
// driver's error messages mean, diagnostic commands and code snippets; and
// it offers SRV resolution, after which it adds per-node commands. It has
// no explanations of its own: every sentence comes from package connstr.
//
// Secrets: Explain is called with RevealSecrets only while the person has
// the password shown, so the DOM holds the password or a secret option value
// only then. The actions that need the real string ("Use this", copying a
// corrected string) ask Explain again with secrets at the moment they run
// and hand the result to the input or the clipboard, never to the page.
type explainView struct {
	in *Inspector

	bar     el // the reveal toggle; kept across redraws so it keeps the focus
	revealB el
	body    el // redrawn on every change
	resolve *resolveView
	nodes   el // per-node commands once Resolve has answered

	lists     listeners // of body
	nodeLists listeners // of nodes
	lang      string    // the snippet language picked, kept across redraws
}

func newExplainView(in *Inspector, panel el) *explainView {
	v := &explainView{in: in}
	v.revealB = h("button", a("type", "button"), cls("mu-btn"), a("aria-pressed", "false"),
		a("aria-describedby", in.uid("x-reveal-note")), "Show password")
	v.bar = h("div", cls("mu-actions mu-x-bar"), v.revealB,
		h("span", a("id", in.uid("x-reveal-note")), cls("mu-note"),
			"Explanations, corrected strings and snippets show secrets as ***** until you press it."))
	in.on(v.revealB, "click", func(dom.Event) { in.setReveal(!in.reveal) })
	v.body = h("div", cls("mu-explain"))
	v.resolve = newResolveView(in)
	v.nodes = h("div", cls("mu-x-nodes"))
	replace(panel, v.bar, v.body, v.resolve.box, v.nodes)
	v.followResolve()
	return v
}

func (v *explainView) render() {
	v.lists.release()
	clear(v.body)
	in := v.in
	v.revealB.SetAttribute("aria-pressed", strconv.FormatBool(in.reveal))
	if in.uri == "" {
		setHidden(v.bar, true)
		add(v.body, h("p", cls("mu-note"), "Type or paste a connection string above to see what each part does and what may be wrong with it."))
		v.resolve.render()
		return
	}
	x := explain.Explain(in.uri, v.explainOpts()...)
	setHidden(v.bar, !hasSecrets(x))
	v.basis(x)
	v.checks(x)
	v.parts(x)
	v.effective(x.Effective)
	v.options(x.Options, x.Unknown)
	v.tips(x.Tips)
	v.explainCommands(x)
	v.snippets(x)
	v.resolve.render()
}

// explainOpts passes RevealSecrets only while the person has secrets shown.
func (v *explainView) explainOpts() []explain.ExplainOption {
	if v.in.reveal {
		return []explain.ExplainOption{explain.RevealSecrets()}
	}
	return nil
}

// revealed explains the current string with its secrets, for an action
// that must hand over the real string. The result is never drawn.
func (v *explainView) revealed() *explain.Explanation {
	return explain.Explain(v.in.uri, explain.RevealSecrets())
}

// hasSecrets reports whether the explanation has anything the reveal
// toggle would show.
func hasSecrets(x *explain.Explanation) bool {
	if x.Credentials != nil && x.Credentials.HasPassword {
		return true
	}
	return strings.Contains(x.Explained, connstr.Mask)
}

// basis says which string the sections describe when it is not the input
// as typed: a cleaned paste or credentials encoded as meant.
func (v *explainView) basis(x *explain.Explanation) {
	var why string
	switch x.Basis {
	case "cleaned":
		why = "The string was cleaned up (see the findings below) before it was explained. The sections describe:"
	case "repaired":
		why = "The credentials were read as they were most likely meant (see the findings below). The sections describe:"
	default:
		return
	}
	add(v.body, h("div", cls("mu-x-basis"), a("data-basis", x.Basis),
		h("p", why), h("pre", cls("mu-code"), h("code", x.Explained))))
}

// useString puts a corrected string into the input, where it replaces the
// string as if typed, and moves the focus there: the status line beside it
// then says whether the new string is valid.
func (v *explainView) useString(s string) {
	in := v.in
	in.setURI(s, sourceAPI)
	in.input.(dom.HTMLElement).Focus()
}

// copyable is a block of code with a copy button. label names what is
// copied, for the button's accessible name and the confirmation.
func (v *explainView) copyable(ls *listeners, label, text string) el {
	return v.copyBlock(ls, "mu-copyable", label, text, "")
}

// copyLine is copyable for a one-line command: the button sits beside the
// line when there is room. With an id, the line gets it and describes the
// button, whose name then stays short: a name holding the command would
// contain words like "Resolve" that other controls are named by.
func (v *explainView) copyLine(ls *listeners, label, text, id string) el {
	return v.copyBlock(ls, "mu-copyable mu-x-line", label, text, id)
}

func (v *explainView) copyBlock(ls *listeners, class, label, text, id string) el {
	note := h("span", cls("mu-note"), a("role", "status"))
	b := h("button", a("type", "button"), cls("mu-btn"), a("aria-label", "Copy "+label), "Copy")
	pre := h("pre", cls("mu-code"), h("code", text))
	if id != "" {
		pre.SetID(id)
		b.SetAttribute("aria-describedby", id)
	}
	ls.on(b, "click", func(dom.Event) { v.in.copy(text, label, note) })
	return h("div", cls(class), pre, h("div", cls("mu-actions"), b, note))
}

// docLink opens MongoDB's documentation in a new tab. rel=noreferrer: the
// docs site learns nothing about this page (the page's Referrer-Policy says
// the same).
func docLink(href, text string) el {
	return h("a", a("href", href), a("rel", "noreferrer noopener"), a("target", "_blank"), text)
}

// section is a titled part of the view. Its heading is what a screen
// reader jumps between; data-x names the part for tests and styles.
func section(id, title string, children ...any) el {
	return h("div", cls("mu-x-section"), a("data-x", id), h("h3", title), children)
}
