//go:build js && wasm

package ui

import (
	"strings"

	"github.com/mongouri/mongouri/connstr/explain"
)

// diagnoseView is the "Paste the error" field at the top of Explain and the
// diagnosis it gives, drawn in the summary's diagnosis slot so that it sits
// above every view. The field is built once and moved into the Explain
// panel when that view is first built; it is never redrawn, so what a
// person pasted and the focus survive every change of the string. It sits
// in a fold, one line until opened, so that Explain stays short for the
// many who have no error to paste.
type diagnoseView struct {
	in     *Inspector
	field  el // the fold: its summary, then label, textarea and note
	input  el
	result *region
	text   string
}

func newDiagnoseView(in *Inspector) *diagnoseView {
	v := &diagnoseView{in: in, result: newRegion(in.Slot("slot-diagnosis"))}
	id := in.uid("error")
	v.input = h("textarea", a("id", id), a("data-mu", "error"), cls("mu-input mu-error-input"), a("rows", "4"),
		a("spellcheck", "false"), a("autocomplete", "off"), a("autocapitalize", "off"),
		a("aria-describedby", in.uid("error-note")),
		a("placeholder", "MongoServerSelectionError: connect ECONNREFUSED 127.0.0.1:27017"))
	v.field = h("details", cls("mu-error-field"), a("data-mu", "error-field"),
		h("summary", "Diagnose an error your driver printed"),
		h("label", a("for", id), cls("mu-label"), "Paste the error"),
		v.input,
		h("p", a("id", in.uid("error-note")), cls("mu-note"),
			"The error your driver or shell printed, read here with the string above; its diagnosis shows at the top. Passwords in it never appear in the result."))
	in.on(v.input, "input", func(event) { v.set(value(v.input), false) })
	return v
}

// place puts the field at the top of the Explain panel.
func (v *diagnoseView) place(panel el) {
	p := panel.Underlying()
	p.Call("insertBefore", v.field.Underlying(), p.Get("firstChild"))
}

// set takes a new error text, from the field or (put) from the API, and
// draws its diagnosis.
func (v *diagnoseView) set(s string, put bool) {
	v.text = s
	if put && value(v.input) != s {
		setValue(v.input, s)
	}
	if strings.TrimSpace(s) != "" {
		v.field.SetAttribute("open", "")
	}
	v.render()
}

// render diagnoses the text with the current string (and its SRV
// resolution, once Resolve has run); nothing without a text.
func (v *diagnoseView) render() {
	in := v.in
	if strings.TrimSpace(v.text) == "" {
		v.result.set("")
		return
	}
	d := explain.Diagnose(in.uri, v.text, in.resolutionFor(in.uri)...)
	v.result.set(diagnosisHTML(d, in.uid))
}

// SetError puts an error text into the field, as if pasted, and shows its
// diagnosis at the top of the summary; "" clears it.
func (in *Inspector) SetError(s string) { in.diag.set(s, true) }
