package ui

import (
	"strconv"
	"strings"

	"github.com/mongouri/mongouri/connstr/explain"
	"github.com/mongouri/mongouri/connstr/explain/drivererr"
)

// This file has no build tag: the diagnosis of a pasted error is markup
// built from explain.Diagnose, tested natively. Every sentence comes from
// the diagnosis; the UI only lays it out.

// driverNames names the drivers a diagnosis reads, for people.
var driverNames = map[drivererr.Driver]string{
	drivererr.DriverNode: "the Node.js driver", drivererr.DriverMongosh: "mongosh", drivererr.DriverMongoose: "Mongoose",
	drivererr.DriverPython: "PyMongo", drivererr.DriverGo: "the Go driver", drivererr.DriverJava: "the Java driver",
	drivererr.DriverCSharp: "the C# driver", drivererr.DriverRust: "the Rust driver", drivererr.DriverC: "libmongoc (the C driver)",
	drivererr.DriverPHP: "the PHP driver",
}

// diagnosisHTML is the diagnosis at the top of the summary: the likely
// causes, most likely first, each with its evidence, fix, steps, commands
// and corrected string; then what the error text says.
func diagnosisHTML(d *explain.Diagnosis, uid func(string) string) HTML {
	if d == nil {
		return ""
	}
	id := uid("diagnosis-h")
	var causes []HTML
	for i, c := range d.Causes {
		causes = append(causes, causeHTML(i, c, uid))
	}
	return mk("section", cls("mu-diagnosis"), a("data-mu", "diagnosis"), a("aria-labelledby", id),
		mk("h3", a("id", id), "What the error says"),
		mk("p", cls("mu-note"), readingWords(d.Error)),
		mk("ol", cls("mu-causes"), causes),
		reportHTML(d.Error))
}

// readingWords says in one sentence who printed the error and what kind
// of failure it is.
func readingWords(r *drivererr.Report) string {
	if r == nil {
		return ""
	}
	who := "An error"
	if n, ok := driverNames[r.Driver]; ok {
		who = "An error from " + n
	}
	var kinds []string
	for _, c := range r.Classes {
		kinds = append(kinds, classWords[c])
	}
	s := who
	if len(kinds) > 0 {
		s += ": " + andList(kinds)
	}
	s += "."
	if r.DriverHint != "" {
		s += " The wording dates it: " + r.DriverHint + "."
	}
	return s + " Likely causes, most likely first:"
}

var classWords = map[drivererr.Class]string{
	drivererr.ClassParse: "the string was rejected", drivererr.ClassDNSSRV: "the SRV lookup failed",
	drivererr.ClassDNSHost: "a host name did not resolve", drivererr.ClassTCPRefused: "a connection was refused",
	drivererr.ClassTCPTimeout: "a connection timed out", drivererr.ClassTCPClosed: "a connection was closed",
	drivererr.ClassTLSTrust: "a certificate was not trusted", drivererr.ClassTLSAlert: "the server ended the TLS handshake",
	drivererr.ClassAuth: "authentication failed", drivererr.ClassRefusal: "the server refused",
	drivererr.ClassSelection:        "server selection timed out",
	drivererr.ClassSelectionNoCause: "server selection timed out without saying why",
}

func causeHTML(i int, c explain.Cause, uid func(string) string) HTML {
	titleID := uid("cause-" + strconv.Itoa(i))
	var ev []HTML
	for _, e := range c.Evidence {
		from := "In the error: "
		if e.From == "string" {
			from = "In the string: "
		}
		ev = append(ev, mk("li", a("data-from", e.From), mk("span", cls("mu-note"), from), mk("code", e.Text)))
	}
	var steps []HTML
	for _, s := range c.Steps {
		steps = append(steps, mk("li", s))
	}
	var cmds []HTML
	for k, m := range c.Commands {
		if k == 6 {
			break
		}
		cmds = append(cmds, mk("li", mk("span", cls("mu-note"), m.Purpose+" ("+m.Platform+")"),
			mk("pre", cls("mu-code"), mk("code", m.Command))))
	}
	var fixed HTML
	if c.Fixed != "" {
		note := "The corrected string."
		if strings.Contains(c.Fixed, "*****") {
			note += " The password shows as *****: put yours back when you use it."
		}
		fixed = mk("div", cls("mu-cause-fixed"), mk("p", cls("mu-note"), note),
			mk("pre", cls("mu-code"), a("data-x", "cause-fixed"), mk("code", c.Fixed)))
	}
	return mk("li", cls("mu-cause"), a("data-cause", c.Code), a("data-likelihood", c.Likelihood), a("aria-labelledby", titleID),
		mk("h4", a("id", titleID), c.Title, " ", mk("span", cls("mu-likelihood"), c.Likelihood)),
		mk("p", c.Fix),
		when(len(ev) > 0, mk("ul", cls("mu-evidence"), ev)),
		when(len(steps) > 0, mk("ul", cls("mu-steps"), steps)),
		fixed,
		when(len(cmds) > 0, mk("details", cls("mu-more"), mk("summary", "Commands to check it"), mk("ul", cls("mu-commands"), cmds))),
		when(c.Docs != "", docLink(c.Docs, "Documentation")))
}

// reportHTML lists what was read from the error text, folded.
func reportHTML(r *drivererr.Report) HTML {
	if r == nil {
		return ""
	}
	var rows []HTML
	row := func(k, v string) {
		if v != "" {
			rows = append(rows, mk("dt", k), mk("dd", v))
		}
	}
	row("Topology", r.Topology)
	row("Replica set", r.SetName)
	row("SRV name", r.SRVName)
	row("Auth source used", r.AuthSource)
	row("Mechanism", r.AuthMechanism)
	row("Runtime", r.Runtime)
	var ts []string
	for _, t := range r.Timeouts {
		ts = append(ts, t.Name+"="+strconv.FormatInt(t.MS, 10))
	}
	row("Timeouts", strings.Join(ts, ", "))
	var servers []HTML
	for _, s := range r.Servers {
		line := s.Address
		if s.Type != "" {
			line += " (" + s.Type + ")"
		}
		servers = append(servers, mk("li", mk("code", line), when(s.Error != "", mk("span", ": ", s.Error))))
	}
	var unread []HTML
	for _, u := range r.Unread {
		unread = append(unread, mk("li", u))
	}
	if len(rows) == 0 && len(servers) == 0 && len(unread) == 0 {
		return ""
	}
	return mk("details", cls("mu-more"), a("data-x", "error-report"), mk("summary", "Everything read from the error"),
		when(len(rows) > 0, mk("dl", cls("mu-facts"), rows)),
		when(len(servers) > 0, mk("div", mk("p", cls("mu-note"), "Servers tried, each with its last error:"), mk("ul", servers))),
		when(len(unread) > 0, mk("div", mk("p", cls("mu-note"), "Not read:"), mk("ul", unread))),
		when(r.Truncated, mk("p", cls("mu-note"), "Only the first 64 KiB of the text were read.")))
}

// andList writes a, b and c.
func andList(items []string) string {
	if len(items) < 2 {
		return strings.Join(items, "")
	}
	return strings.Join(items[:len(items)-1], ", ") + " and " + items[len(items)-1]
}
