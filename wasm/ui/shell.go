package ui

import (
	"html"
	"strconv"
	"strings"

	"github.com/mongouri/mongouri/connstr"
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

// statusOf is the status line for a string and its parse: the text and
// the data-state attribute the stylesheet colours it by.
func statusOf(uri string, cs *connstr.ConnString) (text, state string) {
	var errs, warns int
	for _, d := range cs.Diagnostics {
		switch d.Severity {
		case connstr.SeverityError:
			errs++
		case connstr.SeverityWarning:
			warns++
		}
	}
	switch {
	case uri == "":
		return "Paste or type a connection string: it is read here, in your browser, and sent nowhere.", "empty"
	case errs > 0:
		return "Invalid: " + count(errs, "error") + andWarnings(warns) + ".", "error"
	}
	text = "Valid " + string(cs.Scheme) + ":// string with " + count(len(cs.Hosts), "host") +
		" and " + count(len(cs.Options)+len(cs.Unknown), "option") + andWarnings(warns) + "."
	if warns > 0 {
		return text, "warning"
	}
	return text, "valid"
}

func andWarnings(n int) string {
	if n == 0 {
		return ""
	}
	return ", " + count(n, "warning")
}

func count(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return strconv.Itoa(n) + " " + noun + "s"
}

// StaticHTML returns the inspector's markup in its initial state (the empty
// string, the Decode view), with ids starting with idPrefix: the elements
// Mount would create, carrying the data-mu names by which it adopts them.
func StaticHTML(idPrefix string) string {
	var b strings.Builder
	attr := func(name, value string) {
		b.WriteString(" " + name + `="` + html.EscapeString(value) + `"`)
	}
	text, state := statusOf("", &connstr.ConnString{})
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
