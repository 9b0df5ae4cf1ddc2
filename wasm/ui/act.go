//go:build js && wasm

package ui

import (
	"strconv"
	"strings"
	"syscall/js"

	"github.com/mongouri/mongouri/connstr"
	"github.com/mongouri/mongouri/connstr/explain"
)

// Views drawn as markup (summary, Decode, Explain) have no listeners of
// their own: their buttons carry data-act (and data-arg), and one click
// listener on the inspector dispatches them here. Redrawing a view then
// creates and releases no Go callbacks.

func (in *Inspector) act(ev event) {
	t := target(ev).Call("closest", "[data-act]")
	if t.IsNull() || t.IsUndefined() {
		return
	}
	act := t.Call("getAttribute", "data-act").String()
	arg := ""
	if v := t.Call("getAttribute", "data-arg"); v.Type() == js.TypeString {
		arg = v.String()
	}
	note := func() el {
		box := t.Call("closest", ".mu-actions")
		if box.IsNull() {
			return nil
		}
		n := box.Call("querySelector", `[role="status"]`)
		if n.IsNull() {
			return nil
		}
		return wrap(n)
	}
	copyOr := func(s, what string) {
		if n := note(); n != nil {
			if s == "" {
				n.SetTextContent(rebuildFailed)
				return
			}
			in.copy(s, what, n)
		}
	}
	switch act {
	case "example":
		if i, err := strconv.Atoi(arg); err == nil && i >= 0 && i < len(examples) {
			in.useString(examples[i].uri)
		}
	case "reveal":
		in.setReveal(!in.reveal)
	case "select":
		if s, e, ok := strings.Cut(arg, "-"); ok {
			start, err1 := strconv.Atoi(s)
			end, err2 := strconv.Atoi(e)
			if err1 == nil && err2 == nil {
				in.selectSpan(connstr.Span{Start: start, End: end})
			}
		}
	case "goto":
		ev.PreventDefault()
		if h := in.root.Call("querySelector", "#"+arg); !h.IsNull() {
			h.Call("scrollIntoView")
			h.Call("focus")
		}
	case "use-fixed":
		in.useOr(in.withSecrets(func(x *explain.Explanation) string { return x.Repaired }), note())
	case "copy-fixed":
		copyOr(in.withSecrets(func(x *explain.Explanation) string { return x.Repaired }), "the fixed string"+withPassword(in.cs, in.r.x.Repaired))
	case "use-check", "copy-check":
		s := in.withSecrets(func(x *explain.Explanation) string { return checkFixed(x, in.r.x, arg) })
		if act == "use-check" {
			in.useOr(s, note())
		} else {
			copyOr(s, "the corrected string"+secretsIncluded(s, in.r.x))
		}
	case "use-tip", "copy-tip":
		s := in.withSecrets(func(x *explain.Explanation) string { return tipFixed(x, in.r.x, arg) })
		if act == "use-tip" {
			in.useOr(s, note())
		} else {
			copyOr(s, "the string to try"+secretsIncluded(s, in.r.x))
		}
	case "copy-masked":
		copyOr(in.cs.Redacted(), "the string with the password masked")
	case "copy-canonical":
		copyOr(in.cs.String(), "the normalised string"+withPassword(in.cs, ""))
	case "copy-full":
		copyOr(in.uri, "the string as typed"+withPassword(in.cs, ""))
	case "copy-equivalent-masked", "copy-equivalent":
		if res := in.resolution; res != nil && res.Equivalent != nil && in.resolvedURI == in.uri {
			if act == "copy-equivalent" {
				copyOr(res.Equivalent.String(), "the mongodb:// string"+withPassword(res.Equivalent, ""))
			} else {
				copyOr(res.Equivalent.Redacted(), "the mongodb:// string with the password masked")
			}
		}
	case "copy-pre":
		box := t.Call("closest", ".mu-copyable")
		if !box.IsNull() {
			copyOr(box.Call("querySelector", "pre").Get("textContent").String(), arg)
		}
	}
}

// changeAct handles selects drawn as markup (data-change).
func (in *Inspector) changeAct(ev event) {
	t := target(ev)
	if t.Get("dataset").Get("change").String() == "lang" {
		if i, err := strconv.Atoi(t.Get("value").String()); err == nil && i >= 0 && i < len(in.r.x.Snippets) {
			in.folds.lang = in.r.x.Snippets[i].Language
			in.stale[ModeExplain] = true
			in.renderView()
		}
	}
}

// toggleFunc follows details elements drawn as markup (data-fold): their
// open state is kept across redraws, and a fold's body is built when it opens.
func (in *Inspector) toggleFunc() js.Func {
	f := js.FuncOf(func(_ js.Value, args []js.Value) any {
		t := args[0].Get("target")
		name := t.Get("dataset").Get("fold")
		if name.Type() != js.TypeString {
			return nil
		}
		open := t.Get("open").Bool()
		in.folds.open[name.String()] = open
		// A fold whose body is built on demand is drawn now that it is
		// open; the others already hold everything.
		body := t.Call("querySelector", ":scope > .mu-fold-body")
		if !open || body.IsNull() || body.Get("childElementCount").Int() > 0 {
			return nil
		}
		active := t.Call("getRootNode").Get("activeElement")
		hadFocus := !active.IsNull() && t.Call("contains", active).Bool()
		in.renderSummary()
		if in.mode == ModeExplain {
			in.stale[ModeExplain] = true
			in.renderView()
		}
		if hadFocus { // the redraw replaced the element a person was on
			sel := `[data-fold="` + name.String() + `"] > summary`
			if s := in.root.Call("querySelector", sel); !s.IsNull() {
				s.Call("focus")
			}
		}
		return nil
	})
	in.cleanup = append(in.cleanup, f.Release)
	return f
}

// withSecrets is pick applied to the explanation with its secrets, for an
// action that must hand over the real string. The result is never drawn.
func (in *Inspector) withSecrets(pick func(*explain.Explanation) string) string {
	if !in.r.x.Masked {
		return pick(in.r.x)
	}
	return pick(explain.Explain(in.uri, append(in.resolutionFor(in.uri), explain.RevealSecrets())...))
}

// checkFixed is check arg's corrected string in full, provided that it is
// the same finding as the one drawn from shown.
func checkFixed(full, shown *explain.Explanation, arg string) string {
	i, err := strconv.Atoi(arg)
	if err != nil || i < 0 || i >= len(full.Checks) || i >= len(shown.Checks) || full.Checks[i].Code != shown.Checks[i].Code {
		return ""
	}
	return full.Checks[i].Fixed
}

func tipFixed(full, shown *explain.Explanation, arg string) string {
	i, err := strconv.Atoi(arg)
	if err != nil || i < 0 || i >= len(full.Tips) || i >= len(shown.Tips) || full.Tips[i].Code != shown.Tips[i].Code {
		return ""
	}
	return full.Tips[i].Fixed
}

func secretsIncluded(s string, shown *explain.Explanation) string {
	if shown.Masked && !strings.Contains(s, connstr.Mask) && strings.Contains(shown.Explained, connstr.Mask) {
		return " (secrets included)"
	}
	return ""
}

// rebuildFailed says that Explain, asked again with secrets, no longer gave
// the same finding, so there is no string with secrets to hand over.
const rebuildFailed = "This string could not be rebuilt with its secrets: press Show password, then try again."

// useOr puts s into the input, or says in note why it cannot.
func (in *Inspector) useOr(s string, note el) {
	if s == "" {
		if note != nil {
			note.SetTextContent(rebuildFailed)
		}
		return
	}
	in.useString(s)
}

// useString puts a string into the input, where it replaces the string as
// if typed, and moves the focus there: the status line beside it then says
// whether the new string is valid.
func (in *Inspector) useString(s string) {
	in.setURI(s, sourceAPI)
	in.input.Focus()
}
