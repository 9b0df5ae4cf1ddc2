//go:build js && wasm

package ui

import (
	"strconv"
	"strings"

	"honnef.co/go/js/dom/v2"

	"github.com/mongouri/mongouri/connstr"
)

// decodeView shows the parsed string: the colour-coded rendering with its
// diagnostics underlined, the diagnostics list, and hosts and options tables.
type decodeView struct {
	in       *Inspector
	rendered el
	revealB  el
	copyNote el
	diags    el
	tables   el
	lists    listeners // of the redrawn findings list
}

func newDecodeView(in *Inspector, panel el) *decodeView {
	v := &decodeView{in: in}
	v.rendered = h("div", cls("mu-rendered"), a("role", "group"), a("aria-label", "The string, colour-coded by part"))
	v.revealB = h("button", a("type", "button"), cls("mu-btn"), a("aria-pressed", "false"), "Show password")
	in.on(v.revealB, "click", func(dom.Event) { in.setReveal(!in.reveal) })

	copyBtn := func(label, what string, text func() string) el {
		b := h("button", a("type", "button"), cls("mu-btn"), label)
		in.on(b, "click", func(dom.Event) { in.copy(text(), what, v.copyNote) })
		return b
	}
	v.copyNote = h("span", cls("mu-note"), a("role", "status"))
	actions := h("div", cls("mu-actions"),
		v.revealB,
		copyBtn("Copy redacted", "the redacted string", func() string { return in.cs.Redacted() }),
		copyBtn("Copy canonical", "the canonical string", func() string { return in.cs.String() }),
		copyBtn("Copy full", "the full string, password included", func() string { return in.uri }),
		v.copyNote)
	v.diags = h("div", cls("mu-diags"))
	v.tables = h("div", cls("mu-tables"))
	replace(panel, v.rendered, legend(), actions, v.diags, v.tables)
	return v
}

// legend names the colours, so that colour is not the only carrier of meaning.
func legend() el {
	ul := h("ul", cls("mu-legend"), a("aria-label", "Colour key"))
	for p := partScheme; p <= partUnknown; p++ {
		add(ul, h("li", h("span", cls("tok "+partClass[p]), partName[p])))
	}
	return ul
}

func (in *Inspector) setReveal(on bool) {
	in.reveal = on
	in.decode.revealB.SetAttribute("aria-pressed", strconv.FormatBool(on))
	in.decode.render()
	in.encode.renderResult()
	if in.mode == ModeExplain {
		in.explain.render()
	}
}

func (v *decodeView) render() {
	v.renderString()
	v.renderDiagnostics()
	v.renderTables()
	hasPassword := v.in.cs.User != nil && v.in.cs.User.HasPassword
	setHidden(v.revealB, !hasPassword)
}

// renderString draws the input as coloured runs. Each run lists the
// diagnostics over it (data-diags) and is underlined in the colour of the
// worst one; a diagnostic about a position draws a caret there.
func (v *decodeView) renderString() {
	in := v.in
	clear(v.rendered)
	if in.uri == "" {
		return
	}
	segs, points := layout(in.uri, in.cs, !in.reveal)
	ds := in.cs.Diagnostics
	pi := 0
	flushPoints := func(upTo int) {
		for ; pi < len(points) && points[pi].at <= upTo; pi++ {
			d := ds[points[pi].diag]
			add(v.rendered, h("span", cls("mu-caret u-"+d.Severity.String()),
				a("data-diags", strconv.Itoa(points[pi].diag)), a("title", d.Message), a("aria-hidden", "true")))
		}
	}
	for _, s := range segs {
		flushPoints(s.start)
		text := in.uri[s.start:s.end]
		if s.part == partPassword && !in.reveal {
			text = connstr.Mask
		}
		c := "tok " + partClass[s.part]
		var title []string
		if s.part != partPlain {
			title = append(title, partName[s.part])
		}
		if len(s.diags) > 0 {
			worst := connstr.SeverityInfo
			idx := make([]string, len(s.diags))
			for i, d := range s.diags {
				worst = min(worst, ds[d].Severity)
				idx[i] = strconv.Itoa(d)
				title = append(title, ds[d].Message)
			}
			c += " diag u-" + worst.String()
			add(v.rendered, h("span", cls(c), a("data-diags", strings.Join(idx, " ")), a("title", strings.Join(title, " — ")), text))
			continue
		}
		if len(title) > 0 {
			add(v.rendered, h("span", cls(c), a("title", title[0]), text))
		} else {
			add(v.rendered, h("span", cls(c), text))
		}
	}
	flushPoints(len(in.uri))
}

func (v *decodeView) renderDiagnostics() {
	in := v.in
	ds := in.cs.Diagnostics
	v.lists.release()
	clear(v.diags)
	if in.uri == "" || len(ds) == 0 {
		return
	}
	list := h("ol", cls("mu-diag-list"))
	for i, d := range ds {
		item := h("li", cls("mu-diag u-"+d.Severity.String()), a("data-code", string(d.Code)),
			h("span", cls("mu-sev"), d.Severity.String()), " ",
			h("span", cls("mu-msg"), d.Message))
		if d.Hint != "" {
			add(item, h("div", cls("mu-hint"), d.Hint))
		}
		meta := h("div", cls("mu-meta"), h("code", string(d.Code)))
		if d.Span.Valid() && d.Span.End <= len(in.uri) {
			b := h("button", a("type", "button"), cls("mu-link"),
				a("aria-label", "select in input: "+d.Message), "select in input")
			span := d.Span
			v.lists.on(b, "click", func(dom.Event) { in.selectSpan(span) })
			add(meta, " · ", b)
		}
		add(item, meta)
		item.SetAttribute("data-index", strconv.Itoa(i))
		add(list, item)
	}
	replace(v.diags, h("h3", "Findings"), list)
}

// selectSpan selects a diagnostic's bytes in the input. The parser counts
// UTF-8 bytes; a textarea counts UTF-16 code units.
func (in *Inspector) selectSpan(s connstr.Span) {
	t := in.input.Underlying()
	t.Call("focus")
	t.Call("setSelectionRange", utf16Offset(in.uri, s.Start), utf16Offset(in.uri, s.End))
}

func (v *decodeView) renderTables() {
	in := v.in
	cs := in.cs
	clear(v.tables)
	if in.uri == "" {
		return
	}
	if len(cs.Hosts) > 0 {
		body := h("tbody")
		for _, ho := range cs.Hosts {
			port := "default (" + strconv.Itoa(connstr.DefaultPort) + ")"
			switch {
			case ho.Type == connstr.HostUnix:
				port = "—"
			case ho.Port != 0:
				port = strconv.Itoa(ho.Port)
			case cs.Scheme == connstr.SchemeSRV:
				port = "from DNS"
			}
			add(body, h("tr", h("td", h("code", ho.Host)), h("td", string(ho.Type)), h("td", port)))
		}
		add(v.tables, table("Hosts", []string{"Host", "Type", "Port"}, body))
	}
	if cs.User != nil || cs.Database != "" {
		dl := h("dl", cls("mu-facts"))
		if cs.User != nil {
			add(dl, h("dt", "Username"), h("dd", h("code", cs.User.Username)))
			if cs.User.HasPassword {
				add(dl, h("dt", "Password"), h("dd", h("code", cls("tok-password"), in.secret(cs.User.Password))))
			}
		}
		if cs.Database != "" {
			add(dl, h("dt", "Database"), h("dd", h("code", cs.Database)))
		}
		add(v.tables, h("h3", "Credentials and database"), dl)
	}
	if len(cs.Options) > 0 {
		body := h("tbody")
		for _, o := range cs.Options {
			spec := connstr.LookupOption(o.Name)
			def, desc := "", ""
			if spec != nil {
				def, desc = spec.Default, spec.Description
			}
			name := h("td", h("code", o.Name))
			if o.Key != "" && o.Key != o.Name {
				add(name, h("div", cls("mu-note"), "written "+o.Key))
			}
			add(body, h("tr", name, h("td", h("code", in.valueText(spec, o.Value))), h("td", def), h("td", desc)))
		}
		add(v.tables, table("Options", []string{"Option", "Value", "Default", "What it does"}, body))
	}
	if len(cs.Unknown) > 0 {
		body := h("tbody")
		for _, o := range cs.Unknown {
			add(body, h("tr", h("td", h("code", o.Key)), h("td", h("code", o.Value))))
		}
		add(v.tables, table("Unknown options", []string{"Key", "Value"}, body))
	}
}

func table(caption string, heads []string, body el) el {
	tr := h("tr")
	for _, t := range heads {
		add(tr, h("th", a("scope", "col"), t))
	}
	// A table wider than a phone scrolls inside its box; the box takes focus
	// so that it can be scrolled from the keyboard.
	return h("div", cls("mu-scroll"), a("tabindex", "0"), a("role", "region"), a("aria-label", caption),
		h("table", h("caption", caption), h("thead", tr), body))
}

// secret shows a secret as the mask unless the person asked to see it.
func (in *Inspector) secret(s connstr.Secret) string {
	if in.reveal {
		return s.Reveal()
	}
	return connstr.Mask
}

// valueText writes an option's value for display, masking secrets: a secret
// option, or a secret property of authMechanismProperties.
func (in *Inspector) valueText(spec *connstr.OptionSpec, v connstr.Value) string {
	switch v.Kind() {
	case connstr.KindSecret:
		return in.secret(v.Secret())
	case connstr.KindStringList:
		return strings.Join(v.List(), ",")
	case connstr.KindProperties:
		return in.propertiesText(v.Properties())
	case connstr.KindTagSets:
		sets := make([]string, len(v.TagSets()))
		for i, ts := range v.TagSets() {
			sets[i] = in.propertiesText(ts)
			if sets[i] == "" {
				sets[i] = "(any member)"
			}
		}
		return strings.Join(sets, " then ")
	}
	return v.Text()
}

func (in *Inspector) propertiesText(ps []connstr.Property) string {
	parts := make([]string, len(ps))
	for i, p := range ps {
		val := p.Value
		if secretProperty(p.Key) && !in.reveal {
			val = connstr.Mask
		}
		parts[i] = p.Key + ":" + val
	}
	return strings.Join(parts, ",")
}

// secretProperty asks the mechanism table whether a property holds a secret.
func secretProperty(key string) bool {
	for m := range connstr.MechanismSpecs() {
		if p := m.Property(key); p != nil && p.Secret {
			return true
		}
	}
	return false
}
