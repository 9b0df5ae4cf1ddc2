package ui

import (
	"slices"
	"strings"

	"github.com/mongouri/mongouri/connstr/explain"
)

// This file has no build tag: the driver verdicts at the top of the summary
// (the slot "slot-drivers") are markup built from Explanation.Drivers,
// tested natively. The verdicts and their reasons come from
// connstr/drivers, which masks secrets in them; the UI only lays them out.

// outcomeMarks say each outcome in a symbol and a word, so that the
// chip's colour is never the only sign.
var outcomeMarks = map[string]struct{ symbol, word, plural, all string }{
	"accepts": {"✓", "accepts", "accept", "every driver accepts it"},
	"warns":   {"!", "warns", "warn", "every driver accepts it with a warning"},
	"rejects": {"✕", "rejects", "reject", "every driver rejects it"},
}

// shortNames are the chips' names for families whose full name is long.
var shortNames = map[string]string{"python": "Python", "csharp": "C#", "c": "C/PHP"}

// chipName is a family's name on its chip: short, with its versions when
// another family has the same name (Node.js 7.x and 6.x).
func chipName(v explain.DriverVerdict, all []explain.DriverVerdict) string {
	if s, ok := shortNames[v.Family]; ok {
		return s
	}
	for _, o := range all {
		if o.Family != v.Family && o.Driver == v.Driver {
			return v.Driver + " " + v.Versions
		}
	}
	return v.Driver
}

// basisWords says how a verdict is known.
func basisWords(checked bool, n int) string {
	if checked {
		return "checked against the " + plural(n, "driver", "drivers")
	}
	return "read from the specifications and the " + plural(n, "driver's source", "drivers' sources")
}

// driversHTML is the row "Will it work in my driver?": a chip per family
// with its outcome, then, for the families that do not simply accept, the
// reasons (families with the same outcome and reasons share a line). The
// reasons start open when some reject and others do not. When every family
// gives the same outcome, one line says so and the rest is folded. In the
// widget's compact mode a one-line tally stands for the row (ui.css).
func (r *reading) driversHTML(f *folds, uid func(string) string) HTML {
	vs := r.x.Drivers
	if r.uri == "" || len(vs) == 0 {
		return ""
	}
	id := uid("drivers-h")
	var chips []HTML
	var checked []string
	rejects, reasons := 0, 0
	tally := map[string][]string{}
	for _, v := range vs {
		m := outcomeMarks[v.Outcome]
		name := chipName(v, vs)
		chips = append(chips, mk("li", cls("mu-chip"), a("data-family", v.Family), a("data-outcome", v.Outcome),
			when(v.Checked, a("data-checked", "")),
			a("title", v.Driver+" "+v.Versions+": "+m.word+" ("+basisWords(v.Checked, 1)+")"),
			mk("span", cls("mu-chip-name"), name), " ",
			mk("span", cls("mu-chip-word"), mk("span", a("aria-hidden", "true"), m.symbol+" "), m.word)))
		if v.Checked && !slices.Contains(checked, v.Driver) {
			checked = append(checked, v.Driver)
		}
		tally[v.Outcome] = append(tally[v.Outcome], name)
		if v.Outcome == "rejects" {
			rejects++
		}
		if v.Outcome != "accepts" {
			reasons++
		}
	}
	basis := ""
	if len(checked) > 0 {
		basis = andList(checked) + " checked against the real " + plural(len(checked), "driver", "drivers") +
			"; the others read from the specifications and their sources."
	}
	var line []string
	for _, o := range []string{"rejects", "warns", "accepts"} {
		if names := tally[o]; len(names) > 0 {
			m := outcomeMarks[o]
			line = append(line, m.symbol+" "+plural(len(names), m.word, m.plural)+": "+strings.Join(names, ", "))
		}
	}
	compact := mk("p", cls("mu-verdict-line"), "Drivers: "+strings.Join(line, " · "))
	title := "Will it work in my driver?"
	basisHTML := when(basis != "", mk("span", cls("mu-note mu-verdict-basis"), basis))
	row := mk("ul", cls("mu-verdict-row"), chips)

	if len(tally) == 1 {
		// They all agree: one line says so; the chips and reasons, which
		// would repeat it eight times, are a fold.
		o := vs[0].Outcome
		m := outcomeMarks[o]
		name := "driver-chips"
		return mk("section", cls("mu-verdicts"), a("data-mu", "drivers"), a("data-same", o), a("aria-labelledby", id),
			mk("details", cls("mu-verdict-all"), a("data-fold", name), when(f.isOpen(name), a("open", "")),
				mk("summary", mk("h3", a("id", id), title, " ",
					mk("span", a("data-outcome", o), mk("span", cls("mu-chip-word"), mk("span", a("aria-hidden", "true"), m.symbol+" "), m.all)))),
				mk("p", basisHTML),
				row,
				when(reasons > 0, mk("ul", cls("mu-verdict-reasons"), reasonGroups(vs)))),
			compact)
	}
	var why HTML
	if reasons > 0 {
		// Open when the drivers disagree on rejecting: that is the news
		// (the chips say who; on a phone, why is a tap away).
		name := "driver-reasons"
		open := f.isOpen(name) || (!f.hasState(name) && rejects > 0 && !f.narrow)
		why = mk("details", cls("mu-more mu-verdict-why"), a("data-fold", name), when(open, a("open", "")),
			mk("summary", "Why "+count(reasons, "driver")+" "+plural(reasons, "does", "do")+" not simply accept it"),
			mk("ul", cls("mu-verdict-reasons"), reasonGroups(vs)))
	}
	return mk("section", cls("mu-verdicts"), a("data-mu", "drivers"), a("aria-labelledby", id),
		mk("h3", a("id", id), title, " ", basisHTML),
		row,
		compact,
		why)
}

// reasonGroups lists the families that warn or reject, those with the same
// outcome, reasons and basis on one line, in display order.
func reasonGroups(vs []explain.DriverVerdict) []HTML {
	type group struct {
		v               explain.DriverVerdict
		names, families []string
	}
	var groups []*group
	seen := map[string]*group{}
	for _, v := range vs {
		if v.Outcome == "accepts" {
			continue
		}
		key := v.Outcome + "\x00" + strings.Join(v.Reasons, "\x00")
		if v.Checked {
			key += "\x00checked"
		}
		g := seen[key]
		if g == nil {
			g = &group{v: v}
			seen[key] = g
			groups = append(groups, g)
		}
		g.names = append(g.names, chipName(v, vs))
		g.families = append(g.families, v.Family)
	}
	var out []HTML
	for _, g := range groups {
		m := outcomeMarks[g.v.Outcome]
		// The reasons read as one sentence: "warns: a; b." (each is a
		// clause that starts in lower case unless it starts with a name).
		var rs []HTML
		for i, r := range g.v.Reasons {
			sep := HTML(" ")
			if i > 0 {
				sep = "; "
			}
			rs = append(rs, sep, mk("span", cls("mu-reason"), strings.TrimSuffix(r, ".")))
		}
		rs = append(rs, HTML("."))
		out = append(out, mk("li", a("data-families", strings.Join(g.families, " ")), a("data-outcome", g.v.Outcome),
			mk("strong", andList(g.names)), " ", mk("span", cls("mu-chip-word"), plural(len(g.names), m.word, m.plural)+":"),
			rs, " ", mk("span", cls("mu-note"), "("+basisWords(g.v.Checked, len(g.names))+")")))
	}
	return out
}
