package ui

import (
	"html"
	"strconv"
	"strings"
)

// This file holds what the inspector's markup and the page's build share,
// without syscall/js: scripts/prerender runs it natively at build time to
// write the inspector's initial state into site/index.html, and Mount adopts
// that markup (see "Adopting a pre-rendered shell" in doc.go), so the page
// paints its real interface before the WebAssembly arrives.

// Modes, in tab order.
const (
	ModeDecode  = "decode"
	ModeEncode  = "encode"
	ModeExplain = "explain"
)

var modes = []struct{ id, label string }{
	{ModeDecode, "Decode"},
	{ModeEncode, "Encode"},
	{ModeExplain, "Explain"},
}

const (
	inputLabel       = "Connection string"
	inputPlaceholder = "mongodb+srv://user:password@cluster0.example.net/app?retryWrites=true"
)

// StaticHTML returns the inspector's markup in its initial state (the empty
// string, the Decode view), with ids starting with idPrefix: the elements
// Mount would create, carrying the data-mu names by which it adopts them.
func StaticHTML(idPrefix string) string {
	var b strings.Builder
	attr := func(name, value string) {
		b.WriteString(" " + name + `="` + html.EscapeString(value) + `"`)
	}
	text, state := read("", false).verdict()
	b.WriteString(`<div class="mu" data-mu="app" data-mode="` + ModeDecode + `">` + "\n")
	b.WriteString(`<label class="mu-label" data-mu="input-label"`)
	attr("for", idPrefix+"input")
	b.WriteString(">" + html.EscapeString(inputLabel) + "</label>\n")
	b.WriteString(`<textarea data-mu="input" class="mu-input" rows="3" spellcheck="false" autocomplete="off" autocapitalize="off"`)
	attr("id", idPrefix+"input")
	attr("placeholder", inputPlaceholder)
	b.WriteString("></textarea>\n")
	b.WriteString(`<p class="mu-status" data-mu="status" role="status" aria-live="polite"`)
	attr("id", idPrefix+"status")
	attr("data-state", state)
	b.WriteString(">" + html.EscapeString(text) + "</p>\n")
	b.WriteString(`<div class="mu-tabs" data-mu="tabs" role="tablist" aria-label="View"`)
	attr("id", idPrefix+"tabs")
	b.WriteString(">\n")
	for _, m := range modes {
		on := m.id == ModeDecode
		b.WriteString(`<button type="button" role="tab" class="mu-tab"`)
		attr("id", idPrefix+"tab-"+m.id)
		attr("data-mu", "tab-"+m.id)
		attr("aria-selected", strconv.FormatBool(on))
		attr("aria-controls", idPrefix+"panel-"+m.id)
		if !on {
			attr("tabindex", "-1")
		}
		b.WriteString(">" + html.EscapeString(m.label) + "</button>\n")
	}
	b.WriteString("</div>\n")
	b.WriteString(string(summaryShell(read("", false), func(name string) string { return idPrefix + name })))
	b.WriteString("\n")
	for _, m := range modes {
		b.WriteString(`<section class="mu-panel" role="tabpanel" tabindex="-1"`)
		attr("id", idPrefix+"panel-"+m.id)
		attr("data-mu", "panel-"+m.id)
		attr("aria-labelledby", idPrefix+"tab-"+m.id)
		if m.id != ModeDecode {
			b.WriteString(" hidden")
		}
		b.WriteString("></section>\n")
	}
	b.WriteString("</div>")
	return b.String()
}

// summaryShell is the summary as Mount builds it (buildSummary): the two
// slots, then the body's three regions, here holding r's summary.
func summaryShell(r *reading, uid func(string) string) HTML {
	parts := r.summaryParts(&folds{open: map[string]bool{}}, uid)
	var regions []HTML
	for _, p := range parts {
		regions = append(regions, mk("div", p))
	}
	return mk("section", a("data-mu", "summary"), cls("mu-summary"), a("aria-label", "Summary"),
		mk("div", a("data-mu", "slot-diagnosis"), cls("mu-slot")),
		mk("div", a("data-mu", "slot-drivers"), cls("mu-slot")),
		mk("div", a("data-mu", "summary-body"), cls("mu-summary-body"), regions))
}
