package explain

import (
	"strings"

	"github.com/mongouri/mongouri/connstr"
	"github.com/mongouri/mongouri/connstr/explain/drivererr"
)

// The conclusions. Each rule looks at the error's findings and at the
// string, and adds the causes they support with a score: 90 and above
// when the evidence admits no other reading, 70 to 89 when it is the usual
// cause of what the error shows, lower when it is one possibility of
// several. The scores order the causes; Likelihood says the same in words.

// diagRules are the rules, in the order they add causes.
var diagRules = [...]func(*diag){
	(*diag).crossChecks,
	(*diag).parseCauses,
	(*diag).srvCauses,
	(*diag).hostCauses,
	(*diag).tlsCauses,
	(*diag).authCauses,
	(*diag).refusalCauses,
	(*diag).networkCauses,
	(*diag).selectionCauses,
}

func (d *diag) conclude() {
	for _, r := range diagRules {
		r(d)
	}
	if len(d.causes) == 0 {
		d.unknownCause()
	}
}

func likelihood(score int) string {
	switch {
	case score >= 90:
		return certain
	case score >= 70:
		return likely
	default:
		return possible
	}
}

// cause adds the cause named key (see causeTexts), its words filled with
// vars, on the evidence ev.
func (d *diag) cause(key string, score int, vars []string, ev ...Evidence) *Cause {
	t := textOf(key)
	code, _, _ := strings.Cut(key, "#")
	for i := range vars {
		vars[i] = d.clean(vars[i])
	}
	steps := make([]string, len(t.steps))
	for i, s := range t.steps {
		steps[i] = fill(s, vars)
	}
	c := d.causeFrom(code, score, fill(t.title, vars), fill(t.fix, vars), ev...)
	c.Steps, c.Docs = steps, t.docs
	if tip := d.tip(t.tip); tip != nil {
		c.Steps = append(c.Steps, tip.Steps...)
		if c.Docs == "" {
			c.Docs = tip.Docs
		}
		// The SRV tip's fixed string is the equivalent mongodb:// string
		// (after a resolution), which needs no SRV lookup: a certain way
		// around every SRV failure.
		if tip.Code == TipSRVDNS {
			c.Fixed = tip.Fixed
		}
	}
	return c
}

// tip returns the explainer's tip of that code for the string, or nil.
func (d *diag) tip(code connstr.Code) *Tip {
	if d.x == nil || code == "" {
		return nil
	}
	for i := range d.x.Tips {
		if d.x.Tips[i].Code == code {
			return &d.x.Tips[i]
		}
	}
	return nil
}

// causeFrom adds a cause in words of its own: the explainer's, for a
// finding of the string that explains the error.
func (d *diag) causeFrom(code string, score int, title, fix string, ev ...Evidence) *Cause {
	return d.add(&Cause{Code: code, score: score, Likelihood: likelihood(score), Title: title, Fix: fix, Evidence: ev})
}

func (d *diag) has(f string) bool { return d.rep.Family(f) != nil }

// --- the string against the error ----------------------------------------

func (d *diag) crossChecks() {
	if d.x == nil {
		return
	}
	rep := d.rep
	// The driver fell back to a default: the error is about this machine
	// while the string names remote hosts.
	var local []string
	for _, h := range d.errorHosts() {
		if isLoopback(h) && !d.known(h) {
			local = append(local, h)
		}
	}
	if len(local) > 0 && d.remote() && !rep.Has(drivererr.ClassParse) {
		c := d.cause("string-not-loaded", 95, []string{local[0]}, errorWords("The error is about "+joinHosts(local, 3)+"."))
		c.Evidence = append(c.Evidence, d.hostEvidence()...)
		return
	}
	// The SRV question is not this string's.
	if rep.SRVName != "" {
		want := strings.ToLower(d.x.Scheme.SRVName)
		if got := strings.ToLower(rep.SRVName); want == "" || got != want {
			seen := "The string is a mongodb:// string: it asks for no SRV record."
			if want != "" {
				seen = "The string's SRV name is " + want + "."
			}
			d.cause("srv-name-differs", 92, nil, errorWords("The driver asked for "+rep.SRVName+"."), d.fromString(seen, d.x.Scheme.Span))
		}
	}
	// Java names the auth source it used.
	if rep.AuthSource != "" && d.x.Credentials != nil {
		src, from := d.x.Credentials.AuthSource, d.x.Credentials.AuthSourceFrom
		if src != "" && !strings.EqualFold(src, rep.AuthSource) && from != "txt" {
			d.cause("auth-source-differs", 93, []string{quoteDB(rep.AuthSource), quoteDB(src)}, errorWords("source='"+rep.AuthSource+"'"),
				d.fromString("This string's auth source is "+quoteDB(src)+" (from "+authFromWords(from)+").", d.credSpan()))
		}
	}
	// A single server while the string names a replica set.
	if rs, span, ok := d.option("replicaSet"); ok && rep.Topology == "Single" {
		d.cause("topology-differs", 85, []string{quoteDB(rs)}, errorWords("Topology type: Single."), d.fromString("replicaSet="+rs, span))
	}
	if rs, span, ok := d.option("replicaSet"); ok && rep.SetName != "" && !strings.EqualFold(rs, rep.SetName) {
		d.cause("set-name-differs", 90, []string{quoteDB(rep.SetName), quoteDB(rs)}, errorWords("Set name: "+rep.SetName), d.fromString("replicaSet="+rs, span))
	}
	// Hosts the error names that the string does not.
	unknown := d.unknownHosts()
	if len(unknown) == 0 || len(local) > 0 {
		return
	}
	members := 0
	for _, h := range unknown {
		if memberLike(h) {
			members++
		}
	}
	discovered := strings.HasPrefix(rep.Topology, "ReplicaSet") || members == len(unknown) && len(d.hosts()) > 0
	if discovered && members > 0 {
		c := d.cause("member-names", 90, []string{joinHosts(unknown, 3)}, errorWords("The error names "+joinHosts(unknown, 4)+"."))
		c.Evidence = append(c.Evidence, d.hostEvidence()...)
		if len(d.hosts()) == 1 && !d.srv() {
			c.Fixed = d.withOption("directConnection", connstr.BoolValue(true))
		}
		c.Commands = d.commands(unknown, "nslookup", "dig")
		return
	}
	c := d.cause("host-differs", 80, []string{joinHosts(unknown, 3)}, errorWords("The error names "+joinHosts(unknown, 4)+"."))
	c.Evidence = append(c.Evidence, d.hostEvidence()...)
}

func (d *diag) credSpan() connstr.Span {
	if d.x != nil && d.x.Credentials != nil {
		return d.x.Credentials.Span
	}
	return connstr.NoSpan
}

func authFromWords(from string) string {
	switch from {
	case "authSource":
		return "its authSource option"
	case "path":
		return "the database in its path"
	case "txt":
		return "the SRV name's TXT record"
	default:
		return "the default"
	}
}

// --- parse ------------------------------------------------------------------

func (d *diag) parseCauses() {
	rep := d.rep
	if !rep.Has(drivererr.ClassParse) {
		return
	}
	parsesHere := d.x != nil && d.x.Valid && d.x.Basis == "input"
	differs := "The string given here parses as it is: the application's string is not this one (another variable, quotes or spaces added by the environment, a different file)."
	switch {
	case d.has("parse-unescaped"):
		c := d.cause("credentials-not-encoded", 95, nil, d.fromError("parse-unescaped")...)
		if ch := d.check(CodeCredentialsNotEncoded); ch != nil {
			c.Evidence = append(c.Evidence, d.spansEvidence(ch.Seen, ch.Spans))
			c.Fixed = ch.Fixed
		} else if parsesHere {
			c.Evidence = append(c.Evidence, d.fromString(differs, connstr.NoSpan))
			c.score = 75
			c.Likelihood = likely
		}
		if c.Fixed == "" && d.x != nil && d.x.Repaired != "" && d.x.Basis == "repaired" {
			c.Fixed = d.x.Repaired
		}
	case d.has("parse-scheme"):
		f := d.rep.Family("parse-scheme")
		low := strings.ToLower(f.Evidence)
		if strings.Contains(low, "undefined") || strings.Contains(low, "must be of type string") || strings.Contains(low, "got \"undefined\"") || strings.TrimSpace(d.uri) == "" {
			d.cause("string-not-loaded#undefined", 95, nil, d.fromError("parse-scheme")...)
			break
		}
		c := d.cause("bad-scheme", 92, nil, d.fromError("parse-scheme")...)
		d.attachPasteChecks(c)
		if parsesHere {
			c.Evidence = append(c.Evidence, d.fromString(differs, connstr.NoSpan))
		}
	case d.has("parse-srv-host"):
		c := d.cause("srv-short-name", 90, nil, d.fromError("parse-srv-host")...)
		if ch := d.check(CodeSRVShortName); ch != nil {
			c.Evidence = append(c.Evidence, d.spansEvidence(ch.Seen, ch.Spans))
			c.Fixed = ch.Fixed
		} else if ch := d.check(CodeSRVLocalHost); ch != nil {
			c.Evidence = append(c.Evidence, d.spansEvidence(ch.Seen, ch.Spans))
			c.Fixed = ch.Fixed
		}
		if rep.DriverHint != "" {
			c.Steps = append(c.Steps, "The wording dates the driver: "+rep.DriverHint+". Drivers from Node.js 6.10 on accept two-part SRV names such as localhost.test.")
		}
	case d.has("parse-option"):
		d.optionCause()
	case d.has("mongosh-host-port"):
		c := d.cause("mongosh-host-and-uri", 95, nil, d.fromError("mongosh-host-port")...)
		if d.x != nil && d.x.Explained != "" {
			c.Steps = []string{"Run: mongosh \"" + d.clean(d.x.Explained) + "\" (put the password back in place of *****, or leave it out to be prompted)."}
		}
	default:
		c := d.cause("parse-error", 80, nil, d.fromError("parse-other")...)
		if d.x != nil {
			for _, ch := range d.x.Checks {
				if ch.Severity == "error" {
					c.Evidence = append(c.Evidence, d.spansEvidence(ch.Title+": "+ch.Seen, ch.Spans))
					if c.Fixed == "" {
						c.Fixed = d.x.Repaired
					}
				}
			}
			if parsesHere {
				c.Evidence = append(c.Evidence, d.fromString(differs, connstr.NoSpan))
			}
		}
	}
}

func (d *diag) spansEvidence(text string, spans []connstr.Span) Evidence {
	sp := connstr.NoSpan
	if len(spans) > 0 {
		sp = spans[0]
	}
	return d.fromString(text, sp)
}

// attachPasteChecks adds the explainer's findings about a pasted string.
func (d *diag) attachPasteChecks(c *Cause) {
	if d.x == nil {
		return
	}
	for _, ch := range d.x.Checks {
		if strings.HasPrefix(string(ch.Code), "pasted-") || ch.Code == CodeSchemeTypo || ch.Code == CodeMissingScheme {
			c.Evidence = append(c.Evidence, d.spansEvidence(ch.Seen, ch.Spans))
			if c.Fixed == "" {
				c.Fixed = d.x.Repaired
			}
		}
	}
}

func (d *diag) optionCause() {
	name := d.clean(d.rep.Option)
	c := d.cause("unsupported-option", 90, nil, d.fromError("parse-option")...)
	if name == "" {
		return
	}
	c.Title = "The driver does not support the option " + name
	if _, span, ok := d.option(name); ok {
		c.Evidence = append(c.Evidence, d.fromString("The string sets "+name+".", span))
		c.Fixed = d.x.Repaired
	} else if d.cs != nil && d.unknownOption(name) {
		c.Evidence = append(c.Evidence, d.fromString("The string sets "+name+".", connstr.NoSpan))
	} else if d.x != nil {
		c.Evidence = append(c.Evidence, d.fromString("This string does not set "+name+": the application passes it in the options object (MongoClient(uri, {...}) or mongoose.connect(uri, {...})).", connstr.NoSpan))
		c.Fix = "Remove " + name + " from the options object the code passes to the client; the string is not the cause."
	}
}

func (d *diag) unknownOption(name string) bool {
	for _, u := range d.cs.Unknown {
		if strings.EqualFold(u.Key, name) {
			return true
		}
	}
	return false
}

func (d *diag) unknownCause() {
	c := d.cause("unrecognised-error", 10, nil)
	for _, u := range d.rep.Unread {
		c.Evidence = append(c.Evidence, errorWords(u))
	}
}
