package ui

import (
	"strconv"

	"github.com/mongouri/mongouri/connstr"
	"github.com/mongouri/mongouri/connstr/explain"
)

// This file has no build tag: the Explain view is markup built from
// connstr.Explain, section by section, tested natively. The findings and the
// fixed string are in the summary above every view (summary.go); Explain
// adds what each part says, the options, the configuration a driver uses,
// and, folded until opened, error messages, commands and code.

// folds is what a person opened in Explain: fold names (data-fold) that are
// open, and the snippet language picked. It survives redraws, so typing does
// not close what was opened.
type folds struct {
	open map[string]bool
	lang string
	// narrow is a phone's width (narrowScreen): a fold that opens by itself
	// on a wide screen starts closed, so that what the summary answers
	// first is not pushed below the first screen.
	narrow bool
}

func (f *folds) isOpen(name string) bool { return f.open[name] }

// explainSection is one section of Explain: its data-x name, its heading,
// and its markup ("" when the string has nothing for it).
type explainSection struct {
	id, title string
	body      HTML
	foldOnly  bool // the body is one fold, whose summary names the section
}

// explainSections builds every section of Explain for r. Folded parts hold
// only their summary line until opened.
func (r *reading) explainSections(f *folds, uid func(string) string, resolveOffered bool) []explainSection {
	x := r.x
	if r.uri == "" {
		return []explainSection{{id: "empty", body: mk("p", cls("mu-note"), "Type or paste a connection string above, or try an example, to see what each part does and what may be wrong with it.")}}
	}
	secs := []explainSection{
		{"basis", "", basisHTML(x), false},
		{"parts", "What each part says", partsHTML(x), false},
		{"effective", "Effective configuration", effectiveHTML(x, f), false},
		{"options", "Options in detail", optionsHTML(x, f), len(x.Unknown) == 0 && len(x.Options) > 0},
		{"tips", "If the connection fails", tipsHTML(x, f, uid), false},
		{"commands", "Diagnostic commands", commandsHTML("commands", x.Commands, f, uid, commandsIntro(x, resolveOffered)), true},
		{"snippets", "Connect from code", snippetsHTML(x, f, uid), len(x.Snippets) > 0},
	}
	return secs
}

// indexHTML lists the sections that have something to say, so that a person
// can jump to the one they need.
func indexHTML(secs []explainSection, uid func(string) string, resolve bool) HTML {
	var links []HTML
	for _, s := range secs {
		if s.title == "" || s.body == "" {
			continue
		}
		links = append(links, mk("li", mk("a", a("href", "#"+uid("x-"+s.id)), a("data-act", "goto"), a("data-arg", uid("x-"+s.id)), s.title)))
	}
	if resolve {
		links = append(links, mk("li", mk("a", a("href", "#"+uid("resolve-h")), a("data-act", "goto"), a("data-arg", uid("resolve-h")), "Resolve the SRV record")))
	}
	if len(links) == 0 {
		return ""
	}
	return mk("nav", cls("mu-x-index"), a("aria-label", "Sections of Explain"), mk("ul", links))
}

// sectionHTML wraps a section's body with its heading; the heading's id is
// what the index links to.
func sectionHTML(s explainSection, uid func(string) string) HTML {
	if s.body == "" {
		return ""
	}
	if s.title == "" {
		return s.body
	}
	id := uid("x-" + s.id)
	if s.foldOnly {
		// A section that is only a fold: its summary line is its title.
		return mk("section", cls("mu-x-section mu-x-foldonly"), a("data-x", s.id), a("aria-label", s.title), a("id", id), a("tabindex", "-1"), s.body)
	}
	return mk("section", cls("mu-x-section"), a("data-x", s.id), a("aria-labelledby", id),
		mk("h3", a("id", id), a("tabindex", "-1"), s.title), s.body)
}

// basisHTML says which string the sections describe when it is not the input
// as typed: a cleaned paste or credentials encoded as meant.
func basisHTML(x *explain.Explanation) HTML {
	if x.Explained == x.Repaired {
		// The summary shows this string already, as the fixed string.
		return mk("p", cls("mu-x-basis mu-note"), a("data-basis", x.Basis), "The sections below describe the fixed string shown above.")
	}
	var why string
	switch x.Basis {
	case "cleaned":
		why = "The string was cleaned up (see the findings above) before it was explained. The sections describe:"
	case "repaired":
		why = "The credentials were read as they were most likely meant (see the findings above). The sections describe:"
	default:
		return ""
	}
	return mk("div", cls("mu-x-basis"), a("data-basis", x.Basis), mk("p", why), mk("pre", cls("mu-code"), mk("code", x.Explained)))
}

// partsHTML says what each part of the string means, one row a part: the
// gist first, the rest folded.
func partsHTML(x *explain.Explanation) HTML {
	var rows []HTML
	row := func(part string, title any, gist any, more ...any) {
		var fold HTML
		if m := mk("div", more); m != "<div></div>" {
			fold = mk("details", cls("mu-more"), mk("summary", "More"), m)
		}
		rows = append(rows, mk("div", cls("mu-part"), a("data-part", part), mk("dt", title), mk("dd", gist, fold)))
	}
	if s := x.Scheme; s.Summary != "" {
		title := []any{"Scheme"}
		if s.Scheme != "" {
			title = append(title, " ", mk("code", s.Scheme+"://"))
		}
		row("scheme", title, mk("p", s.Summary),
			bulletsHTML("What it implies", s.Implies),
			when(s.SRVName != "", mk("p", "DNS questions: SRV ", mk("code", s.SRVName), ", TXT ", mk("code", s.TXTName), ".")))
	}
	if hs := x.Hosts; hs.Summary != "" || len(hs.List) > 0 {
		var lis []HTML
		for _, ho := range hs.List {
			li := []any{mk("code", ho.Address)}
			if ho.Type == string(connstr.HostUnix) {
				li = append(li, " (a Unix domain socket)")
			} else if ho.DefaultPort && x.Scheme.Scheme != string(connstr.SchemeSRV) {
				li = append(li, " (the default port, "+strconv.Itoa(ho.Port)+")")
			}
			if ho.Note != "" {
				li = append(li, ": "+ho.Note)
			}
			lis = append(lis, mk("li", li))
		}
		row("hosts", "Hosts", when(len(lis) > 0, mk("ul", cls("mu-x-hosts"), a("aria-label", "Hosts"), lis)),
			when(hs.Summary != "", mk("p", hs.Summary)))
	}
	if c := x.Credentials; c != nil {
		var dl []HTML
		if c.Username != "" {
			dl = append(dl, mk("dt", "Username"), mk("dd", mk("code", c.Username)))
		}
		password := mk("dd", c.Password)
		if !x.Masked && c.HasPassword {
			password = mk("dd", mk("code", cls("tok-password"), c.Password))
		}
		dl = append(dl, mk("dt", "Password"), password)
		if c.Mechanism != "" {
			dl = append(dl, mk("dt", "Mechanism"), mk("dd", mk("code", c.Mechanism), " ("+fromName(c.MechanismFrom)+")"))
		}
		if c.AuthSource != "" {
			dl = append(dl, mk("dt", "Authenticates against"), mk("dd", mk("code", c.AuthSource), " ("+fromName(c.AuthSourceFrom)+")"))
		}
		gist := []any{}
		if c.Username != "" {
			gist = append(gist, mk("code", c.Username), ", ")
		}
		if c.HasPassword {
			gist = append(gist, "password ", mk("span", when(!x.Masked, cls("tok-password")), c.Password))
		} else {
			gist = append(gist, "no password")
		}
		if c.Mechanism != "" {
			gist = append(gist, ", ", mk("code", c.Mechanism))
		}
		row("credentials", "Credentials", mk("p", gist), mk("dl", cls("mu-facts"), dl),
			when(c.MechanismNote != "", mk("p", c.MechanismNote)),
			when(c.AuthSourceWhy != "", mk("p", c.AuthSourceWhy)))
	}
	if d := x.Database; d.Given || d.Note != "" {
		var gist []any
		if d.Given && d.Name != "" {
			gist = append(gist, mk("code", d.Name), ": ")
		}
		row("database", "Database", mk("p", gist, d.Note))
	}
	if len(rows) == 0 {
		return ""
	}
	return mk("dl", cls("mu-parts"), rows)
}

func bulletsHTML(label string, items []string) HTML {
	if len(items) == 0 {
		return ""
	}
	var lis []HTML
	for _, s := range items {
		lis = append(lis, mk("li", s))
	}
	return mk("ul", a("aria-label", label), lis)
}

// optionsHTML explains each option from the registry, folded (the effective
// configuration above says what each does in a line), and the unknown
// ones with the option they most likely mean.
func optionsHTML(x *explain.Explanation, f *folds) HTML {
	if x.Scheme.Scheme == "" {
		return ""
	}
	if len(x.Options) == 0 && len(x.Unknown) == 0 {
		return mk("p", cls("mu-note"), "This string sets no options: every driver default applies.")
	}
	var fold HTML
	if len(x.Options) > 0 {
		var body HTML
		if f.isOpen("options") {
			var cards []HTML
			for _, o := range x.Options {
				cards = append(cards, optionCardHTML(o))
			}
			body = mk("div", cls("mu-cards mu-cards-2"), cards)
		}
		fold = foldHTML("options", "Options in detail: "+count(len(x.Options), "option")+" with defaults, driver notes and documentation — show", f, body)
	}
	var unknown []HTML
	for _, u := range x.Unknown {
		unknown = append(unknown, mk("li", a("data-unknown", u.Key), mk("code", u.Key), " = ", mk("code", u.Value), ": no driver reads this option.",
			when(u.Suggestion != "", mk("span", " Did you mean ", mk("code", cls("mu-x-suggest"), u.Suggestion), "?"))))
	}
	return mk("div", fold,
		when(len(unknown) > 0, mk("div", mk("h4", "Unknown options"), mk("ul", cls("mu-x-unknown"), unknown))))
}

func optionCardHTML(o explain.OptionPart) HTML {
	var dl []HTML
	if o.Default != "" {
		dl = append(dl, mk("dt", "Default"), mk("dd", o.Default))
	}
	if o.Unit != "" {
		dl = append(dl, mk("dt", "Unit"), mk("dd", o.Unit))
	}
	if o.Group != "" {
		dl = append(dl, mk("dt", "Group"), mk("dd", o.Group))
	}
	switch o.Status {
	case "driver-specific":
		dl = append(dl, mk("dt", "Status"), mk("dd", "not in the URI Options specification: some drivers only"))
	case "removed":
		dl = append(dl, mk("dt", "Status"), mk("dd", "removed: current drivers ignore or reject it"))
	}
	if o.Deprecated != "" {
		dl = append(dl, mk("dt", "Deprecated"), mk("dd", o.Deprecated))
	}
	var notes HTML
	if len(o.Notes) > 0 {
		var lis []HTML
		for _, n := range o.Notes {
			lis = append(lis, mk("li", mk("strong", n.Drivers+": "), n.Note))
		}
		notes = mk("ul", cls("mu-notes"), a("aria-label", "Driver notes for "+o.Name), lis)
	}
	return mk("div", cls("mu-card mu-option-card"), a("data-option", o.Name),
		mk("h4", mk("code", o.Name), " = ", mk("code", o.Value)),
		mk("p", o.Description, when(o.Key != "" && o.Key != o.Name, mk("span", cls("mu-note"), " Written ", mk("code", o.Key), ".")),
			when(o.Effect != "", mk("span", cls("mu-x-effect"), " "+o.Effect))),
		mk("details", cls("mu-more"), mk("summary", "Default and driver notes"),
			when(len(dl) > 0, mk("dl", cls("mu-facts"), dl)), notes,
			when(o.Docs != "", mk("p", docLink(o.Docs, "MongoDB manual: "+o.Name)))))
}

// effectiveHTML is the configuration a driver uses: the settings the string
// (or its scheme, database or TXT record) decides, then the defaults, folded.
// A string without a readable scheme has no configuration to show.
func effectiveHTML(x *explain.Explanation, f *folds) HTML {
	if x.Scheme.Scheme == "" || len(x.Effective) == 0 {
		return ""
	}
	described := map[string]string{}
	for _, o := range x.Options {
		described[o.Name] = o.Description
	}
	var set, defaults []explain.Setting
	for _, s := range x.Effective {
		if s.Note == "" && s.Source != "default" {
			s.Note = described[s.Name] // what the option does, in a line
		}
		if s.Source == "default" {
			defaults = append(defaults, s)
		} else {
			set = append(set, s)
		}
	}
	heads := []string{"Setting", "Value", "From", "Note"}
	table := func(label string, ss []explain.Setting) HTML {
		var rows []HTML
		for _, s := range ss {
			rows = append(rows, mk("tr", a("data-setting", s.Name), when(s.Source != "default", cls("mu-x-set")),
				mk("th", a("scope", "row"), a("data-label", heads[0]), mk("code", s.Name)),
				mk("td", a("data-label", heads[1]), mk("code", s.Value)),
				mk("td", a("data-label", heads[2]), fromName(s.Source)),
				mk("td", a("data-label", heads[3]), s.Note)))
		}
		var th []HTML
		for _, t := range heads {
			th = append(th, mk("th", a("scope", "col"), t))
		}
		return mk("div", cls("mu-scroll"), a("tabindex", "0"), a("role", "region"), a("aria-label", label),
			mk("table", cls("mu-stack"), mk("thead", mk("tr", th)), mk("tbody", rows)))
	}
	var out []any
	if len(set) > 0 {
		out = append(out, table("Settings this string decides: what a driver uses, set by the string, its scheme, its database or DNS", set))
	} else {
		out = append(out, mk("p", cls("mu-note"), "The string decides no setting: a driver uses its defaults."))
	}
	if len(defaults) > 0 {
		var body HTML
		if f.isOpen("defaults") {
			body = table("Defaults", defaults)
		}
		out = append(out, foldHTML("defaults", count(len(defaults), "default")+" — show", f, body))
	}
	return mk("div", out)
}

// foldHTML is a details element whose body is built only once it is open.
func foldHTML(name, summary string, f *folds, body HTML) HTML {
	return mk("details", cls("mu-fold"), a("data-fold", name), when(f.isOpen(name), a("open", "")),
		mk("summary", summary), mk("div", cls("mu-fold-body"), body))
}

func tipsHTML(x *explain.Explanation, f *folds, uid func(string) string) HTML {
	if len(x.Tips) == 0 {
		return ""
	}
	var cards []HTML
	for i, t := range x.Tips {
		name := "tip-" + string(t.Code)
		titleID := uid("x-tip-" + strconv.Itoa(i))
		var body []any
		if f.isOpen(name) {
			if len(t.Symptoms) > 0 {
				var lis []HTML
				for _, s := range t.Symptoms {
					lis = append(lis, mk("li", mk("code", s)))
				}
				body = append(body, mk("p", "Error messages:"), mk("ul", cls("mu-x-symptoms"), a("aria-label", "Error messages"), lis))
			}
			if t.Meaning != "" {
				body = append(body, mk("p", t.Meaning))
			}
			if len(t.Steps) > 0 {
				var lis []HTML
				for _, s := range t.Steps {
					lis = append(lis, mk("li", s))
				}
				body = append(body, mk("p", "What to try:"), mk("ol", lis))
			}
			if t.Fixed != "" {
				body = append(body, fixedBlockHTML("String to try", "string to try", "tip", strconv.Itoa(i), titleID, t.Fixed))
			}
			if t.Docs != "" {
				body = append(body, mk("p", docLink(t.Docs, "MongoDB documentation")))
			}
		}
		cards = append(cards, mk("details", cls("mu-card mu-x-tip"), a("data-tip", string(t.Code)), a("data-fold", name),
			when(f.isOpen(name), a("open", "")), mk("summary", a("id", titleID), t.Title), mk("div", cls("mu-fold-body"), body)))
	}
	return mk("div", cls("mu-cards mu-tips"), a("aria-label", "What a driver's error messages mean for this string"), cards)
}

func commandsIntro(x *explain.Explanation, resolveOffered bool) string {
	intro := "Run these on the machine that fails to connect. They name the hosts of the string and never its credentials."
	if x.Scheme.Scheme == string(connstr.SchemeSRV) && resolveOffered {
		intro += " The servers behind a mongodb+srv:// name are known only after its SRV lookup: press Resolve below for commands per server."
	}
	return intro
}

// commandsHTML lists diagnostic command lines grouped by the host they
// test, folded until opened. They hold the string's real host names and
// never its credentials (explain.Command's contract).
func commandsHTML(fold string, cs []explain.Command, f *folds, uid func(string) string, intro string) HTML {
	if len(cs) == 0 {
		return ""
	}
	var body HTML
	if f.isOpen(fold) {
		var order []string
		groups := map[string][]explain.Command{}
		for _, c := range cs {
			if _, ok := groups[c.Host]; !ok {
				order = append(order, c.Host)
			}
			groups[c.Host] = append(groups[c.Host], c)
		}
		parts := []HTML{mk("p", cls("mu-note"), intro)}
		n := 0
		for i, host := range order {
			var lis []HTML
			for _, c := range groups[host] {
				n++
				id := uid(fold + "-" + strconv.Itoa(n))
				lis = append(lis, mk("li", a("data-tool", c.Tool),
					mk("p", c.Purpose, " ", mk("span", cls("mu-x-platform"), platformName(c.Platform))),
					copyLineHTML("the command", c.Command, id)))
			}
			gname := fold + "-host-" + host
			open := i == 0 && !f.hasState(gname) || f.isOpen(gname)
			parts = append(parts, mk("details", cls("mu-x-group"), a("data-host", host), a("data-fold", gname), when(open, a("open", "")),
				mk("summary", mk("code", host), " — "+count(len(groups[host]), "command")), mk("ul", cls("mu-x-commands"), lis)))
		}
		body = mk("div", parts)
	}
	return foldHTML(fold, "Diagnostic commands: "+count(len(cs), "command")+" to test DNS and the network — show", f, body)
}

func (f *folds) hasState(name string) bool { _, ok := f.open[name]; return ok }

func platformName(p string) string {
	switch p {
	case "unix":
		return "Linux, macOS"
	case "windows":
		return "Windows"
	}
	return "any system"
}

// copyLineHTML is a one-line command with its copy button. The line gets
// the id and describes the button, whose name stays short.
func copyLineHTML(what, text, id string) HTML {
	return mk("div", cls("mu-copyable mu-x-line"),
		mk("pre", cls("mu-code"), when(id != "", a("id", id)), mk("code", text)),
		mk("div", cls("mu-actions"),
			mk("button", a("type", "button"), cls("mu-btn"), a("data-act", "copy-pre"), a("data-arg", what),
				a("aria-label", "Copy "+what), when(id != "", a("aria-describedby", id)), "Copy"),
			statusNote()))
}

func copyBlockHTML(what, text string) HTML {
	return mk("div", cls("mu-copyable"),
		mk("pre", cls("mu-code"), mk("code", text)),
		mk("div", cls("mu-actions"),
			mk("button", a("type", "button"), cls("mu-btn"), a("data-act", "copy-pre"), a("data-arg", what),
				a("aria-label", "Copy "+what), "Copy"),
			statusNote()))
}

// snippetsHTML shows the code that connects with this string, in the one
// language picked (the choice is kept), folded until opened.
func snippetsHTML(x *explain.Explanation, f *folds, uid func(string) string) HTML {
	if x.Scheme.Scheme == "" {
		return ""
	}
	ss := x.Snippets
	if len(ss) == 0 {
		return mk("p", cls("mu-note"), "Code appears once the string parses without errors: apply the fixes above first.")
	}
	var body HTML
	if f.isOpen("snippets") {
		chosen := 0
		var opts []HTML
		for i, s := range ss {
			if s.Language == f.lang {
				chosen = i
			}
		}
		for i, s := range ss {
			opts = append(opts, mk("option", a("value", strconv.Itoa(i)), a("data-lang", s.Language), when(i == chosen, a("selected", "")), s.Title))
		}
		s := ss[chosen]
		pickID := uid("x-lang")
		parts := []any{
			mk("p", cls("mu-note"), "Each snippet builds the string with its language's own percent-encoding, so that any character in a credential is safe."),
			when(x.Basis != "input", mk("p", cls("mu-note"), "The code uses the string as explained above, with the fixes applied.")),
			mk("div", cls("mu-field"), mk("label", a("for", pickID), "Language"),
				mk("select", a("id", pickID), cls("mu-text mu-x-lang"), a("data-change", "lang"), opts)),
		}
		snippet := []any{}
		if s.Install != "" {
			snippet = append(snippet, mk("h4", "Install"), copyLineHTML("the install step for "+s.Title, s.Install, ""))
		}
		snippet = append(snippet, mk("h4", "Code"), copyBlockHTML("the "+s.Title+" code", s.Code))
		if len(s.Env) > 0 {
			var lis []HTML
			for _, e := range s.Env {
				lis = append(lis, mk("li", mk("code", e)))
			}
			snippet = append(snippet, mk("p", cls("mu-note"), "The code reads its secrets from these environment variables, so that none sits in the source:"), mk("ul", lis))
		}
		parts = append(parts, mk("div", cls("mu-x-snippet"), snippet))
		body = mk("div", parts)
	}
	return foldHTML("snippets", "Connect from code: "+count(len(ss), "language")+" — show", f, body)
}
