//go:build js && wasm

package ui

import "github.com/mongouri/mongouri/connstr"

// decodeView shows the parsed string (decode_markup.go): drawn as one piece
// of markup, its buttons dispatched by the inspector's click listener.
type decodeView struct {
	in   *Inspector
	body *region
}

func newDecodeView(in *Inspector, panel el) *decodeView {
	return &decodeView{in: in, body: newRegion(panel)}
}

func (v *decodeView) render() { v.body.set(v.in.r.decodeHTML()) }

// setReveal shows or hides the password (and secret option values) in every
// view.
func (in *Inspector) setReveal(on bool) {
	in.reveal = on
	in.reread()
	in.renderSummary()
	for _, m := range modes {
		in.stale[m.id] = true
	}
	in.stale[ModeEncode] = false // the form keeps its fields; only its toggles change
	if in.encode != nil {
		in.encode.renderResult()
	}
	in.renderView()
}

// selectSpan selects a finding's bytes in the input. The parser counts
// UTF-8 bytes; a textarea counts UTF-16 code units.
func (in *Inspector) selectSpan(s connstr.Span) {
	if s.End > len(in.uri) {
		return
	}
	t := in.input.Underlying()
	t.Call("focus")
	t.Call("setSelectionRange", utf16Offset(in.uri, s.Start), utf16Offset(in.uri, s.End))
}
