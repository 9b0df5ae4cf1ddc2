//go:build js && wasm

package ui

import (
	"strconv"

	"honnef.co/go/js/dom/v2"

	"github.com/mongouri/mongouri/connstr"
	"github.com/mongouri/mongouri/connstr/explain"
)

// checks lists Explain's findings, worst first as Explain orders them: what
// was seen (with buttons that select it in the input), the fix, and the
// corrected string with "Use this" and "Copy".
func (v *explainView) checks(x *explain.Explanation) {
	if len(x.Checks) == 0 {
		add(v.body, section("checks", "Troubleshooting",
			h("p", "No problem found in the string itself. If connecting still fails, the sections below say what a driver's error messages mean and how to test each host.")))
		return
	}
	var errs, warns, infos int
	for _, c := range x.Checks {
		switch c.Severity {
		case "error":
			errs++
		case "warning":
			warns++
		default:
			infos++
		}
	}
	var counts []string
	if errs > 0 {
		counts = append(counts, count(errs, "error"))
	}
	if warns > 0 {
		counts = append(counts, count(warns, "warning"))
	}
	if infos > 0 {
		counts = append(counts, count(infos, "suggestion"))
	}
	list := h("ol", cls("mu-diag-list mu-x-checks"))
	for i, c := range x.Checks {
		add(list, v.check(i, c))
	}
	sec := section("checks", "Troubleshooting", h("p", cls("mu-note"), joinList(counts)+"."), list)
	if all := v.allFixes(x); all != nil {
		add(sec, all)
	}
	add(v.body, sec)
}

func (v *explainView) check(i int, c explain.Check) el {
	in := v.in
	// The title describes the check's buttons; their names stay short so
	// that no finding's words ("resolve", say) name a button of the page.
	titleID := in.uid("x-check-" + strconv.Itoa(i))
	item := h("li", cls("mu-diag mu-x-check u-"+c.Severity), a("data-code", string(c.Code)),
		h("span", cls("mu-sev"), c.Severity), " ", h("h4", a("id", titleID), cls("mu-x-title"), c.Title))
	if c.Seen != "" {
		add(item, h("p", cls("mu-x-seen"), c.Seen))
	}
	var selects []any
	for n, s := range c.Spans {
		if !s.Valid() || s.End > len(in.uri) {
			continue // the span is in a cleaned or repaired form, not in the input
		}
		label := "Select in input"
		if len(c.Spans) > 1 {
			label = "Select part " + strconv.Itoa(n+1) + " in input"
		}
		b := h("button", a("type", "button"), cls("mu-link"), a("aria-describedby", titleID), label)
		span := s
		v.lists.on(b, "click", func(dom.Event) { in.selectSpan(span) })
		selects = append(selects, b)
	}
	if len(selects) > 0 {
		add(item, h("div", cls("mu-x-selects"), selects))
	}
	if c.Fix != "" {
		add(item, h("p", cls("mu-hint"), h("strong", "Fix: "), c.Fix))
	}
	if c.Fixed != "" {
		code := c.Code
		withSecrets := func() string { return v.realFixed(i, code, c.Fixed) }
		add(item, v.fixedBlock("Corrected string", "corrected string", titleID, c.Fixed, withSecrets))
	}
	meta := h("div", cls("mu-meta"), h("code", string(c.Code)), " · from "+sourceName(c.Source))
	if c.Docs != "" {
		add(meta, " · ", docLink(c.Docs, "MongoDB documentation"))
	}
	add(item, meta)
	return item
}

// allFixes offers the string with every fix applied, when it differs from
// each single check's corrected string.
func (v *explainView) allFixes(x *explain.Explanation) el {
	if x.Repaired == "" {
		return nil
	}
	for _, c := range x.Checks {
		if c.Fixed == x.Repaired {
			return nil
		}
	}
	withSecrets := func() string {
		if v.in.reveal {
			return x.Repaired
		}
		return v.revealed().Repaired
	}
	return h("div", cls("mu-x-all"), a("data-x", "repaired"),
		h("h4", "Every fix together"),
		v.fixedBlock("Repaired string", "repaired string", "", x.Repaired, withSecrets))
}

// fixedBlock shows a corrected string (masked unless revealed) with "Use
// this" and "Copy". Both act on withSecrets(): the string with its secrets, which
// goes to the input or the clipboard and never into the page. about is the
// id of what the buttons belong to (a check's title), or "".
func (v *explainView) fixedBlock(caption, what, about, shown string, withSecrets func() string) el {
	note := h("span", cls("mu-note"), a("role", "status"))
	use := h("button", a("type", "button"), cls("mu-btn mu-primary"), a("aria-label", "Use this "+what), "Use this")
	cp := h("button", a("type", "button"), cls("mu-btn"), a("aria-label", "Copy the "+what), "Copy")
	if about != "" {
		use.SetAttribute("aria-describedby", about)
		cp.SetAttribute("aria-describedby", about)
	}
	v.lists.on(use, "click", func(dom.Event) {
		if s := withSecrets(); s != "" {
			v.useString(s)
		} else {
			note.SetTextContent(rebuildFailed)
		}
	})
	v.lists.on(cp, "click", func(dom.Event) {
		s := withSecrets()
		if s == "" {
			note.SetTextContent(rebuildFailed)
			return
		}
		label := "the " + what
		if s != shown {
			label += " (secrets included)"
		}
		v.in.copy(s, label, note)
	})
	return h("div", cls("mu-x-fixed"),
		h("div", cls("mu-note"), caption),
		h("pre", cls("mu-code"), a("data-x", "fixed"), h("code", shown)),
		h("div", cls("mu-actions"), use, cp, note))
}

// rebuildFailed says that Explain, asked again with secrets, no longer gave
// the same finding, so there is no string with secrets to hand over.
const rebuildFailed = "This string could not be rebuilt with its secrets: press Show password, then try again."

// realFixed is check i's corrected string with its secrets. When secrets
// are shown, it is the string on screen; otherwise Explain is asked again
// with secrets, and its check i must be the same finding.
func (v *explainView) realFixed(i int, code connstr.Code, shown string) string {
	if v.in.reveal {
		return shown
	}
	full := v.revealed()
	if i < len(full.Checks) && full.Checks[i].Code == code {
		return full.Checks[i].Fixed
	}
	return ""
}

func sourceName(s string) string {
	switch s {
	case "parse":
		return "parsing"
	case "resolve":
		return "the DNS resolution"
	}
	return "the explainer"
}

// joinList writes a, b and c.
func joinList(items []string) string {
	switch len(items) {
	case 0:
		return ""
	case 1:
		return items[0]
	}
	out := ""
	for i, s := range items {
		switch {
		case i == 0:
		case i == len(items)-1:
			out += " and "
		default:
			out += ", "
		}
		out += s
	}
	return out
}
