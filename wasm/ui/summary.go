package ui

import (
	"strconv"
	"strings"

	"github.com/mongouri/mongouri/connstr"
	"github.com/mongouri/mongouri/connstr/explain"
)

// This file has no build tag: the verdict, the summary and the findings are
// markup built from one reading of the string, tested natively.

// reading is what every view shows of one string: the parse, and the one
// list of findings (the parser's diagnostics and the explainer's checks,
// from connstr.Explain) with the string that merges every certain fix.
type reading struct {
	uri    string
	cs     *connstr.ConnString
	x      *explain.Explanation // secrets masked unless reveal
	reveal bool
}

func read(uri string, reveal bool, opts ...explain.ExplainOption) *reading {
	r := &reading{uri: uri, reveal: reveal}
	r.cs, _ = connstr.Parse(uri) // the diagnostics carry every error
	if reveal {
		opts = append(opts, explain.RevealSecrets())
	}
	r.x = explain.Explain(uri, opts...)
	return r
}

// tally counts the findings by severity.
type tally struct{ errors, warnings, infos int }

func (r *reading) tally() tally {
	f := r.x.Findings()
	return tally{f.Errors, f.Warnings, f.Infos}
}

func (t tally) words() string {
	var w []string
	if t.errors > 0 {
		w = append(w, count(t.errors, "error"))
	}
	if t.warnings > 0 {
		w = append(w, count(t.warnings, "warning"))
	}
	if t.infos > 0 {
		w = append(w, count(t.infos, "info"))
	}
	return strings.Join(w, ", ") // as Findings.Summary counts them
}

// invalid reports whether the string as given is one a driver rejects.
func (r *reading) invalid() bool { return r.x.Verdict == explain.VerdictInvalid }

// verdict is the status line: the explainer's verdict and counts, as every
// view shows them (Findings.Summary), what the string holds, and where the
// fix is; and the state the stylesheet colours it by.
func (r *reading) verdict() (text, state string) {
	if r.uri == "" {
		return "Paste or type a connection string: it is read here, in your browser, and sent nowhere.", "empty"
	}
	text = r.x.Findings().Summary() + "."
	if r.x.Verdict != explain.VerdictInvalid {
		cs := r.cs
		text += " A " + string(cs.Scheme) + ":// string with " + count(len(cs.Hosts), "host") +
			" and " + count(len(cs.Options)+len(cs.Unknown), "option") + "."
	}
	if r.fixed() != "" {
		text += " The fixed string is below."
	}
	switch r.x.Verdict {
	case explain.VerdictInvalid, explain.VerdictFails:
		return text, "error"
	case explain.VerdictWarnings:
		return text, "warning"
	}
	return text, "valid"
}

// fixed is the string with every certain fix applied (secrets masked unless
// revealed), or "" when there is nothing to fix or no fix is certain.
func (r *reading) fixed() string {
	if r.x.Repaired == "" || r.x.Repaired == r.uri {
		return ""
	}
	return r.x.Repaired
}

// examples are the strings the first screen offers to try.
var examples = []struct{ label, uri string }{
	{"An Atlas SRV string", "mongodb+srv://app-user:s3cret-Pass@cluster0.abcde.mongodb.net/shop?retryWrites=true&w=majority&appName=Cluster0"},
	{"A local replica set", "mongodb://localhost:27017,localhost:27018,localhost:27019/test?replicaSet=rs0"},
	{"A password that breaks the string", "mongodb+srv://admin:p@ssw0rd'9'!@cluster0.abcde.mongodb.net/?retryWrites=true&w=majority"},
}

// summaryHTML is the block at the top of every view: examples for an empty
// box; otherwise the fixed string, what a driver will do, and the findings.
// (Above it are slots that other parts of the UI fill: a diagnosis, driver
// verdicts.)
func (r *reading) summaryHTML(f *folds, uid func(string) string) HTML {
	parts := r.summaryParts(f, uid)
	return mk("div", cls("mu-summary-body"), parts[:])
}

// summaryParts are the summary's three parts, which the page draws as
// separate regions so that a keystroke replaces only the ones it changed.
func (r *reading) summaryParts(f *folds, uid func(string) string) [3]HTML {
	if r.uri == "" {
		var items []HTML
		for i, e := range examples {
			items = append(items, mk("li", button("mu-example", "example", strconv.Itoa(i), e.label), " ",
				mk("code", cls("mu-example-uri"), e.uri)))
		}
		return [3]HTML{mk("div", cls("mu-examples"), mk("h3", "Try an example"), mk("ul", items))}
	}
	return [3]HTML{r.fixedHTML(uid), r.factsHTML(), r.findingsHTML(f, uid)}
}

// fixedHTML offers the string with every certain fix merged, and says what
// the fix changes without showing the password.
func (r *reading) fixedHTML(uid func(string) string) HTML {
	f := r.fixed()
	if f == "" {
		return ""
	}
	id := uid("fixed-h")
	note := "Every certain fix applied."
	if r.x.Masked && strings.Contains(f, connstr.Mask) {
		note += " The password shows as " + connstr.Mask + "; Use this and Copy take the real one."
	}
	return mk("section", cls("mu-fixed"), a("data-mu", "fixed"), a("aria-labelledby", id),
		mk("h3", a("id", id), "Fixed string"),
		mk("p", cls("mu-note"), note),
		mk("pre", cls("mu-code"), a("data-x", "fixed"), mk("code", f)),
		r.changesHTML(),
		mk("div", cls("mu-actions"),
			button("mu-primary", "use-fixed", "", "Use this", a("aria-label", "Use this fixed string"), a("aria-describedby", id)),
			button("", "copy-fixed", "", "Copy fixed string"+withPassword(r.cs, f)),
			statusNote()))
}

// withPassword says that a copy holds the password, when it does.
func withPassword(cs *connstr.ConnString, s string) string {
	if strings.Contains(s, connstr.Mask) || (cs != nil && cs.User != nil && cs.User.HasPassword) {
		return " (with password)"
	}
	return ""
}

// changesHTML says what the fixed string changes: for the credentials, which
// characters get percent-encoded (never the password itself); for the rest,
// the titles of the findings whose fixes it merges.
func (r *reading) changesHTML() HTML {
	var items []HTML
	if enc := encodedChars(r.revealedFixed()); len(enc) > 0 {
		items = append(items, mk("li", "Percent-encodes, in the credentials, ", HTML(joinHTML(enc)), "."))
	}
	for _, c := range r.x.Checks {
		if c.Fixed == "" || c.Severity == "info" || c.Code == "credentials-not-encoded" {
			continue
		}
		items = append(items, mk("li", "Fixes: ", c.Title, "."))
	}
	if len(items) == 0 {
		return ""
	}
	return mk("div", cls("mu-changes"), mk("p", cls("mu-note"), "What the fix changes:"), mk("ul", items))
}

// revealedFixed is the fixed string with its secrets, for working out what
// changed; it never reaches the page.
func (r *reading) revealedFixed() string {
	if !r.x.Masked {
		return r.x.Repaired
	}
	return explain.Explain(r.uri, explain.RevealSecrets()).Repaired
}

// encodedChars lists, as markup, each character that the fixed string's user
// information writes percent-encoded: "@ as %40". The characters are not
// secret on their own; the password around them is never shown.
func encodedChars(fixed string) []HTML {
	if fixed == "" {
		return nil
	}
	cs, _ := connstr.Parse(fixed)
	if cs.User == nil || !cs.User.Span.Valid() {
		return nil
	}
	userinfo := fixed[cs.User.Span.Start:cs.User.Span.End]
	seen := map[string]bool{}
	var out []HTML
	for i := 0; i+2 < len(userinfo); i++ {
		if userinfo[i] != '%' {
			continue
		}
		esc := userinfo[i : i+3]
		// A multi-byte character is several escapes in a row.
		for j := i + 3; j+2 < len(userinfo) && userinfo[j] == '%' && userinfo[j+1] >= '8'; j += 3 {
			esc = userinfo[i : j+3]
		}
		i += len(esc) - 1
		ch, ok := connstr.Unescape(esc)
		if !ok || seen[esc] {
			continue
		}
		seen[esc] = true
		out = append(out, mk("code", ch)+" as "+mk("code", esc))
	}
	return out
}

// factsHTML says what a driver will actually do with the string: where it
// connects, with or without TLS, how it authenticates, which replica set.
func (r *reading) factsHTML() HTML {
	x := r.x
	if x.Scheme.Scheme == "" {
		return ""
	}
	eff := map[string]explain.Setting{}
	for _, s := range x.Effective {
		eff[s.Name] = s
	}
	var rows []HTML
	row := func(label string, value HTML) {
		rows = append(rows, mk("div", cls("mu-fact"), mk("dt", label), mk("dd", value)))
	}
	switch {
	case x.Scheme.SRVName != "":
		row("Servers", mk("span", "from the SRV record ", mk("code", x.Scheme.SRVName)))
	case len(x.Hosts.List) > 0:
		var hs []HTML
		for _, h := range x.Hosts.List {
			hs = append(hs, mk("code", h.Address))
		}
		row(plural(len(hs), "Host", "Hosts"), HTML(joinHTML(hs)))
	default:
		row("Hosts", "none that could be read")
	}
	if s, ok := eff["tls"]; ok {
		row("TLS", settingHTML(s, map[string]string{"true": "on", "false": "off"}))
	}
	if c := x.Credentials; c != nil {
		v := mk("span", when(c.Username != "", mk("span", "as ", mk("code", c.Username), ", ")),
			mk("code", c.Mechanism), " (", fromName(c.MechanismFrom), ")")
		if c.AuthSource != "" {
			v += mk("span", ", against ", mk("code", c.AuthSource), " (", fromName(c.AuthSourceFrom), ")")
		}
		row("Authentication", v)
	} else if s, ok := eff["authentication"]; ok {
		row("Authentication", settingHTML(s, nil))
	}
	if s, ok := eff["replicaSet"]; ok {
		row("Replica set", settingHTML(s, nil))
	}
	for _, name := range []string{"loadBalanced", "directConnection"} {
		if s, ok := eff[name]; ok && s.Value == "true" {
			row(name, settingHTML(s, nil))
		}
	}
	if len(rows) == 0 {
		return ""
	}
	return mk("section", cls("mu-facts-box"), a("aria-label", "What a driver will do"),
		mk("h3", "What a driver will do"), mk("dl", cls("mu-driver"), rows))
}

func settingHTML(s explain.Setting, words map[string]string) HTML {
	v := s.Value
	if w, ok := words[v]; ok {
		v = w
	}
	out := mk("code", v)
	if s.Source != "" {
		out += HTML(" ") + mk("span", cls("mu-note"), "("+fromName(s.Source)+")")
	}
	return out
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

func joinHTML(hs []HTML) string {
	parts := make([]string, len(hs))
	for i, h := range hs {
		parts[i] = string(h)
	}
	return strings.Join(parts, ", ")
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

// findingsHTML is the one list of findings every view shows, worst first.
// Each is a fold: its title on one line; open, its fix, buttons that select
// what was seen in the input, what was seen, and a corrected string of its
// own when it differs from the merged fixed string. Errors and warnings
// start open; a person's choice is kept across redraws.
func (r *reading) findingsHTML(f *folds, uid func(string) string) HTML {
	if len(r.x.Checks) == 0 {
		return mk("p", cls("mu-none"), a("data-x", "no-findings"), "No problem found in the string itself.")
	}
	var items []HTML
	for i, c := range r.x.Checks {
		items = append(items, r.checkHTML(i, c, f, uid))
	}
	return mk("section", cls("mu-findings"), a("aria-labelledby", uid("findings-h")),
		mk("h3", a("id", uid("findings-h")), "Findings ", mk("span", cls("mu-note"), "("+r.tally().words()+")")),
		mk("ol", cls("mu-diag-list mu-x-checks"), items))
}

func (r *reading) checkHTML(i int, c explain.Check, f *folds, uid func(string) string) HTML {
	titleID := uid("x-check-" + strconv.Itoa(i))
	var selects []HTML
	for n, s := range c.Spans {
		if !s.Valid() || s.End > len(r.uri) {
			continue // the span is in a cleaned or repaired form, not in the input
		}
		label := "Select in input"
		if len(c.Spans) > 1 {
			label = "Select part " + strconv.Itoa(n+1) + " in input"
		}
		selects = append(selects, mk("button", a("type", "button"), cls("mu-link"), a("data-act", "select"),
			a("data-arg", strconv.Itoa(s.Start)+"-"+strconv.Itoa(s.End)), a("aria-describedby", titleID), label))
	}
	meta := []any{mk("code", string(c.Code)), " · from " + sourceName(c.Source)}
	if c.Docs != "" {
		meta = append(meta, " · ", docLink(c.Docs, "MongoDB documentation"))
	}
	name := "finding-" + string(c.Code)
	open := f.isOpen(name) || (!f.hasState(name) && c.Severity != "info")
	return mk("li", cls("mu-diag mu-x-check u-"+c.Severity), a("data-code", string(c.Code)),
		mk("details", cls("mu-finding"), a("data-fold", name), when(open, a("open", "")),
			mk("summary", mk("span", cls("mu-sev"), c.Severity), " ", mk("span", a("id", titleID), cls("mu-x-title"), c.Title)),
			when(c.Fix != "", mk("p", cls("mu-hint"), mk("strong", "Fix: "), c.Fix)),
			when(len(selects) > 0, mk("div", cls("mu-x-selects"), selects)),
			when(c.Seen != "", mk("p", cls("mu-x-seen"), c.Seen)),
			when(c.Fixed != "" && c.Fixed != r.x.Repaired,
				fixedBlockHTML("Corrected string", "corrected string", "check", strconv.Itoa(i), titleID, c.Fixed)),
			mk("div", cls("mu-meta"), meta)))
}

// fixedBlockHTML shows a corrected string (masked unless revealed) with "Use
// this" and "Copy"; the buttons' act names the kind (check, tip) and arg its
// index, so that the click handler can ask Explain for the real string.
func fixedBlockHTML(caption, what, kind, arg, about, shown string) HTML {
	desc := when(about != "", a("aria-describedby", about))
	return mk("div", cls("mu-x-fixed"),
		mk("div", cls("mu-note"), caption),
		mk("pre", cls("mu-code"), a("data-x", "fixed"), mk("code", shown)),
		mk("div", cls("mu-actions"),
			button("mu-primary", "use-"+kind, arg, "Use this", a("aria-label", "Use this "+what), desc),
			button("", "copy-"+kind, arg, "Copy", a("aria-label", "Copy the "+what), desc),
			statusNote()))
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

// docLink opens MongoDB's documentation in a new tab; the docs site learns
// nothing about this page.
func docLink(href, text string) HTML {
	return mk("a", a("href", href), a("rel", "noreferrer noopener"), a("target", "_blank"), text)
}
