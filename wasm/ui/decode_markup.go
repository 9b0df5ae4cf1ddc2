package ui

import (
	"strconv"
	"strings"

	"github.com/mongouri/mongouri/connstr"
)

// This file has no build tag: the Decode view is markup built from the
// reading, tested natively.

// decodeHTML is the Decode view: the string colour-coded by part with each
// finding underlined, the colour key, copy buttons that say what they copy,
// and the parts as tables (label/value lists at phone width).
func (r *reading) decodeHTML() HTML {
	if r.uri == "" {
		return ""
	}
	return mk("div", cls("mu-decode"),
		mk("div", cls("mu-rendered"), a("role", "group"), a("aria-label", "The string, colour-coded by part"), r.renderedHTML()),
		legendHTML(),
		r.copyButtonsHTML(),
		r.tablesHTML())
}

// copyButtonsHTML offers the string three ways, each button saying exactly
// what it copies and whether the password is in it.
func (r *reading) copyButtonsHTML() HTML {
	hasPassword := r.cs.User != nil && r.cs.User.HasPassword
	var reveal HTML
	if hasPassword {
		reveal = revealButton(r.reveal)
	}
	full, canonical := "Copy as typed", "Copy normalised"
	masked := HTML("")
	if hasPassword {
		full += " (with password)"
		canonical += " (with password)"
		masked = button("", "copy-masked", "", "Copy with password masked")
	}
	return mk("div", cls("mu-actions"), reveal, masked,
		when(r.cs.Valid(), button("", "copy-canonical", "", canonical,
			a("title", "Option names in their canonical spelling, every character percent-encoded exactly once"))),
		button("", "copy-full", "", full),
		statusNote())
}

// revealButton toggles the password (and secret option values) in clear.
func revealButton(on bool) HTML {
	return mk("button", a("type", "button"), cls("mu-btn"), a("data-act", "reveal"),
		a("aria-pressed", strconv.FormatBool(on)), "Show password")
}

// legendHTML names the colours, so that colour is not the only carrier of meaning.
func legendHTML() HTML {
	var items []HTML
	for p := partScheme; p <= partUnknown; p++ {
		items = append(items, mk("li", mk("span", cls("tok "+partClass[p]), partName[p])))
	}
	return mk("ul", cls("mu-legend"), a("aria-label", "Colour key"), items)
}

// renderedHTML draws the input as coloured runs. Each run lists the
// diagnostics over it (data-diags) and is underlined in the colour of the
// worst one; a diagnostic about a position draws a caret there.
func (r *reading) renderedHTML() HTML {
	uri, cs := r.uri, r.cs
	segs, points := layout(uri, cs, !r.reveal)
	ds := cs.Diagnostics
	var b strings.Builder
	pi := 0
	flushPoints := func(upTo int) {
		for ; pi < len(points) && points[pi].at <= upTo; pi++ {
			d := ds[points[pi].diag]
			b.WriteString(string(mk("span", cls("mu-caret u-"+d.Severity.String()),
				a("data-diags", strconv.Itoa(points[pi].diag)), a("title", d.Message), a("aria-hidden", "true"))))
		}
	}
	for _, s := range segs {
		flushPoints(s.start)
		text := uri[s.start:s.end]
		if s.part == partPassword && !r.reveal {
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
			b.WriteString(string(mk("span", cls(c), a("data-diags", strings.Join(idx, " ")), a("title", strings.Join(title, " — ")), text)))
			continue
		}
		b.WriteString(string(mk("span", cls(c), when(len(title) > 0, a("title", strings.Join(title, ""))), text)))
	}
	flushPoints(len(uri))
	return HTML(b.String())
}

// tableHTML is a table whose cells carry their column's name, so that at
// phone width each row reads as a label/value list instead of being cut off.
func tableHTML(caption string, heads []string, rows [][]HTML) HTML {
	var th []HTML
	for _, t := range heads {
		th = append(th, mk("th", a("scope", "col"), t))
	}
	var trs []HTML
	for _, row := range rows {
		var tds []HTML
		for i, cell := range row {
			tds = append(tds, mk("td", a("data-label", heads[i]), cell))
		}
		trs = append(trs, mk("tr", tds))
	}
	return mk("div", cls("mu-scroll"), a("role", "region"), a("aria-label", caption), a("tabindex", "0"),
		mk("table", cls("mu-stack"), mk("caption", caption), mk("thead", mk("tr", th)), mk("tbody", trs)))
}

func (r *reading) tablesHTML() HTML {
	cs := r.cs
	var out []HTML
	if len(cs.Hosts) > 0 {
		var rows [][]HTML
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
			rows = append(rows, []HTML{mk("code", ho.Host), HTML(escape(string(ho.Type))), HTML(escape(port))})
		}
		out = append(out, tableHTML("Hosts", []string{"Host", "Type", "Port"}, rows))
	}
	if cs.User != nil || cs.Database != "" {
		var dl []HTML
		if cs.User != nil {
			dl = append(dl, mk("dt", "Username"), mk("dd", mk("code", cs.User.Username)))
			if cs.User.HasPassword {
				dl = append(dl, mk("dt", "Password"), mk("dd", mk("code", cls("tok-password"), r.secret(cs.User.Password))))
			}
		}
		if cs.Database != "" {
			dl = append(dl, mk("dt", "Database"), mk("dd", mk("code", cs.Database)))
		}
		out = append(out, mk("h3", "Credentials and database"), mk("dl", cls("mu-facts"), dl))
	}
	if len(cs.Options) > 0 {
		var rows [][]HTML
		for _, o := range cs.Options {
			spec := connstr.LookupOption(o.Name)
			def, desc := "", ""
			if spec != nil {
				def, desc = spec.Default, spec.Description
			}
			name := mk("code", o.Name)
			if o.Key != "" && o.Key != o.Name {
				name += mk("div", cls("mu-note"), "written "+o.Key)
			}
			rows = append(rows, []HTML{name, mk("code", r.valueText(o.Value)), HTML(escape(def)), HTML(escape(desc))})
		}
		out = append(out, tableHTML("Options", []string{"Option", "Value", "Default", "What it does"}, rows))
	}
	if len(cs.Unknown) > 0 {
		var rows [][]HTML
		for _, o := range cs.Unknown {
			rows = append(rows, []HTML{mk("code", o.Key), mk("code", o.Value)})
		}
		out = append(out, tableHTML("Unknown options", []string{"Key", "Value"}, rows))
	}
	return mk("div", cls("mu-tables"), out)
}

// secret shows a secret as the mask unless the person asked to see it.
func (r *reading) secret(s connstr.Secret) string {
	if r.reveal {
		return s.Reveal()
	}
	return connstr.Mask
}

// valueText writes an option's value for display, masking secrets: a secret
// option, or a secret property of authMechanismProperties.
func (r *reading) valueText(v connstr.Value) string {
	switch v.Kind() {
	case connstr.KindSecret:
		return r.secret(v.Secret())
	case connstr.KindStringList:
		return strings.Join(v.List(), ",")
	case connstr.KindProperties:
		return r.propertiesText(v.Properties())
	case connstr.KindTagSets:
		sets := make([]string, len(v.TagSets()))
		for i, ts := range v.TagSets() {
			sets[i] = r.propertiesText(ts)
			if sets[i] == "" {
				sets[i] = "(any member)"
			}
		}
		return strings.Join(sets, " then ")
	}
	return v.Text()
}

func (r *reading) propertiesText(ps []connstr.Property) string {
	parts := make([]string, len(ps))
	for i, p := range ps {
		val := p.Value
		if connstr.IsSecretProperty(p.Key) && !r.reveal {
			val = connstr.Mask
		}
		parts[i] = p.Key + ":" + val
	}
	return strings.Join(parts, ",")
}
