//go:build js && wasm

package ui

import (
	"strconv"

	"github.com/mongouri/mongouri/connstr"
	"github.com/mongouri/mongouri/connstr/explain"
)

// parts says what each part of the string means: scheme, hosts,
// credentials and database.
func (v *explainView) parts(x *explain.Explanation) {
	box := h("div", cls("mu-cards"))
	if s := x.Scheme; s.Summary != "" {
		card := h("div", cls("mu-card"), a("data-part", "scheme"))
		title := h("h4", "Scheme")
		if s.Scheme != "" {
			add(title, " ", h("code", s.Scheme+"://"))
		}
		add(card, title, h("p", s.Summary), bullets("What it implies", s.Implies))
		if s.SRVName != "" {
			add(card, h("p", "DNS questions: SRV ", h("code", s.SRVName), ", TXT ", h("code", s.TXTName), "."))
		}
		add(box, card)
	}
	if hs := x.Hosts; hs.Summary != "" || len(hs.List) > 0 {
		card := h("div", cls("mu-card"), a("data-part", "hosts"), h("h4", "Hosts"))
		if hs.Summary != "" {
			add(card, h("p", hs.Summary))
		}
		if len(hs.List) > 0 {
			ul := h("ul", cls("mu-x-hosts"), a("aria-label", "Hosts"))
			for _, ho := range hs.List {
				li := h("li", h("code", ho.Address))
				if ho.Type == string(connstr.HostUnix) {
					add(li, " (a Unix domain socket)")
				} else if ho.DefaultPort && x.Scheme.Scheme != string(connstr.SchemeSRV) {
					add(li, " (the default port, "+strconv.Itoa(ho.Port)+")")
				}
				if ho.Note != "" {
					add(li, ": "+ho.Note)
				}
				add(ul, li)
			}
			add(card, ul)
		}
		add(box, card)
	}
	if c := x.Credentials; c != nil {
		card := h("div", cls("mu-card"), a("data-part", "credentials"), h("h4", "Credentials"))
		dl := h("dl", cls("mu-facts"))
		if c.Username != "" {
			add(dl, h("dt", "Username"), h("dd", h("code", c.Username)))
		}
		password := h("dd", c.Password)
		if !x.Masked && c.HasPassword {
			password = h("dd", h("code", cls("tok-password"), c.Password))
		}
		add(dl, h("dt", "Password"), password)
		if c.Mechanism != "" {
			add(dl, h("dt", "Mechanism"), h("dd", h("code", c.Mechanism), " ("+fromName(c.MechanismFrom)+")"))
		}
		if c.AuthSource != "" {
			add(dl, h("dt", "Authenticates against"), h("dd", h("code", c.AuthSource), " ("+fromName(c.AuthSourceFrom)+")"))
		}
		add(card, dl)
		if c.MechanismNote != "" {
			add(card, h("p", c.MechanismNote))
		}
		if c.AuthSourceWhy != "" {
			add(card, h("p", c.AuthSourceWhy))
		}
		add(box, card)
	}
	if d := x.Database; d.Given || d.Note != "" {
		card := h("div", cls("mu-card"), a("data-part", "database"), h("h4", "Database"))
		if d.Given && d.Name != "" {
			add(card, h("p", h("code", d.Name)))
		}
		if d.Note != "" {
			add(card, h("p", d.Note))
		}
		add(box, card)
	}
	add(v.body, section("parts", "What each part says", box))
}

// fromName says where a value comes from, for Explain's source words.
func fromName(source string) string {
	switch source {
	case "string", "authSource":
		return "from the string"
	case "default":
		return "default"
	case "scheme":
		return "mongodb+srv://"
	case "path":
		return "the database in the path"
	case "mechanism":
		return "the mechanism's rule"
	case "txt":
		return "the SRV name's TXT record"
	}
	return source
}

// effective is the configuration a driver uses, defaults applied. Rows the
// string sets stand out from defaults.
func (v *explainView) effective(ss []explain.Setting) {
	if len(ss) == 0 {
		return
	}
	body := h("tbody")
	for _, s := range ss {
		tr := h("tr", a("data-setting", s.Name), h("th", a("scope", "row"), h("code", s.Name)),
			h("td", h("code", s.Value)), h("td", fromName(s.Source)), h("td", s.Note))
		if s.Source != "default" {
			add(tr, cls("mu-x-set"))
		}
		add(body, tr)
	}
	tr := h("tr")
	for _, t := range []string{"Setting", "Value", "From", "Note"} {
		add(tr, h("th", a("scope", "col"), t))
	}
	// The section's heading names the table; a wide table scrolls in its
	// box, which takes focus so that the keyboard can scroll it.
	add(v.body, section("effective", "Effective configuration",
		h("p", cls("mu-note"), "What a driver uses for this string, with every default applied. Rows in bold are not defaults: the string, its scheme or its database set them."),
		h("div", cls("mu-scroll"), a("tabindex", "0"), a("role", "region"), a("aria-label", "Effective configuration"),
			h("table", h("thead", tr), body))))
}

// options explains each option from the registry, and the unknown ones
// with the option they most likely mean.
func (v *explainView) options(os []explain.OptionPart, unknown []explain.UnknownPart) {
	if len(os) == 0 && len(unknown) == 0 {
		add(v.body, section("options", "Options", h("p", cls("mu-note"), "This string sets no options: every driver default applies.")))
		return
	}
	sec := section("options", "Options")
	if len(os) > 0 {
		list := h("div", cls("mu-cards"))
		for _, o := range os {
			list.AppendChild(optionCard(o))
		}
		add(sec, list)
	}
	if len(unknown) > 0 {
		ul := h("ul", cls("mu-x-unknown"))
		for _, u := range unknown {
			li := h("li", a("data-unknown", u.Key), h("code", u.Key), " = ", h("code", u.Value), ": no driver reads this option.")
			if u.Suggestion != "" {
				add(li, " Did you mean ", h("code", cls("mu-x-suggest"), u.Suggestion), "?")
			}
			add(ul, li)
		}
		add(sec, h("h4", "Unknown options"), ul)
	}
	add(v.body, sec)
}

func optionCard(o explain.OptionPart) el {
	card := h("div", cls("mu-card"), a("data-option", o.Name),
		h("h4", h("code", o.Name), " = ", h("code", o.Value)))
	if o.Key != "" && o.Key != o.Name {
		add(card, h("p", cls("mu-note"), "Written ", h("code", o.Key), "."))
	}
	add(card, h("p", o.Description))
	if o.Effect != "" {
		add(card, h("p", cls("mu-x-effect"), o.Effect))
	}
	dl := h("dl", cls("mu-facts"))
	if o.Default != "" {
		add(dl, h("dt", "Default"), h("dd", o.Default))
	}
	if o.Unit != "" {
		add(dl, h("dt", "Unit"), h("dd", o.Unit))
	}
	if o.Group != "" {
		add(dl, h("dt", "Group"), h("dd", o.Group))
	}
	switch o.Status {
	case "driver-specific":
		add(dl, h("dt", "Status"), h("dd", "not in the URI Options specification: some drivers only"))
	case "removed":
		add(dl, h("dt", "Status"), h("dd", "removed: current drivers ignore or reject it"))
	}
	if o.Deprecated != "" {
		add(dl, h("dt", "Deprecated"), h("dd", o.Deprecated))
	}
	add(card, dl)
	if len(o.Notes) > 0 {
		ul := h("ul", cls("mu-notes"), a("aria-label", "Driver notes for "+o.Name))
		for _, n := range o.Notes {
			add(ul, h("li", h("strong", n.Drivers+": "), n.Note))
		}
		add(card, ul)
	}
	if o.Docs != "" {
		add(card, h("p", docLink(o.Docs, "MongoDB manual: "+o.Name)))
	}
	return card
}

// tips explain the error messages a driver may print for this string. They
// are collapsed: a person looks for the one message they have.
func (v *explainView) tips(ts []explain.Tip) {
	if len(ts) == 0 {
		return
	}
	box := h("div", cls("mu-cards"))
	for i, t := range ts {
		titleID := v.in.uid("x-tip-" + strconv.Itoa(i))
		card := h("details", cls("mu-card mu-x-tip"), a("data-tip", string(t.Code)), h("summary", a("id", titleID), t.Title))
		if len(t.Symptoms) > 0 {
			ul := h("ul", cls("mu-x-symptoms"), a("aria-label", "Error messages"))
			for _, s := range t.Symptoms {
				add(ul, h("li", h("code", s)))
			}
			add(card, h("p", "Error messages:"), ul)
		}
		if t.Meaning != "" {
			add(card, h("p", t.Meaning))
		}
		if len(t.Steps) > 0 {
			ol := h("ol")
			for _, s := range t.Steps {
				add(ol, h("li", s))
			}
			add(card, h("p", "What to try:"), ol)
		}
		if t.Fixed != "" {
			i, code := i, t.Code
			withSecrets := func() string {
				if v.in.reveal {
					return t.Fixed
				}
				if full := v.revealed(); i < len(full.Tips) && full.Tips[i].Code == code {
					return full.Tips[i].Fixed
				}
				return ""
			}
			add(card, v.fixedBlock("String to try", "string to try", titleID, t.Fixed, withSecrets))
		}
		if t.Docs != "" {
			add(card, h("p", docLink(t.Docs, "MongoDB documentation")))
		}
		add(box, card)
	}
	add(v.body, section("tips", "If the connection fails", box))
}

// bullets is a labelled list, or nil when there is nothing to list.
func bullets(label string, items []string) el {
	if len(items) == 0 {
		return nil
	}
	ul := h("ul", a("aria-label", label))
	for _, s := range items {
		add(ul, h("li", s))
	}
	return ul
}
