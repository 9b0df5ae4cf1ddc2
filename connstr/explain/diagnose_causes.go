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

func (d *diag) conclude() {
	rules := []func(){
		d.crossChecks,
		d.parseCauses,
		d.srvCauses,
		d.hostCauses,
		d.tlsCauses,
		d.authCauses,
		d.refusalCauses,
		d.networkCauses,
		d.selectionCauses,
	}
	for _, r := range rules {
		r()
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

func (d *diag) cause(code string, score int, title, fix string, steps []string, ev ...Evidence) *Cause {
	return d.add(&Cause{Code: code, score: score, Likelihood: likelihood(score), Title: title, Fix: fix, Steps: steps, Evidence: ev})
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
		c := d.cause("string-not-loaded", 95, "The application did not use this string: it connected to "+local[0]+", a default",
			"Make sure the variable that holds the string is loaded before the client is created (dotenv's config() runs first, the variable's name matches, the file is the one the process reads), and remove the fallback to localhost from the code so that a missing variable fails loudly.",
			[]string{
				"Print whether the variable is set (not its value) right before connecting, e.g. console.log(Boolean(process.env.MONGODB_URI)).",
				"Look for code such as process.env.MONGODB_URI || \"mongodb://localhost:27017\" or a framework default that applies when the variable is missing.",
				"In containers and hosting dashboards, check that the variable is defined for this service and this environment.",
			},
			errorWords("The error is about "+joinHosts(local, 3)+"."))
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
			d.cause("srv-name-differs", 92, "The error is about another SRV name than this string's",
				"The application used a different connection string from this one: find where it reads its string (environment variable, configuration file, secret store) and correct that one, or diagnose the string it really uses.",
				nil, errorWords("The driver asked for "+rep.SRVName+"."), d.fromString(seen, d.x.Scheme.Span))
		}
	}
	// Java names the auth source it used.
	if rep.AuthSource != "" && d.x.Credentials != nil {
		src, from := d.x.Credentials.AuthSource, d.x.Credentials.AuthSourceFrom
		if src != "" && !strings.EqualFold(src, rep.AuthSource) && from != "txt" {
			d.cause("auth-source-differs", 93, "The driver authenticated against "+quoted(rep.AuthSource)+", this string against "+quoted(src),
				"The application's credentials do not come from this string alone: a framework setting (Spring's spring.data.mongodb.authentication-database or database, a MongoCredential built in code) or another string sets the auth source. Make them agree with where the user was created, usually admin.",
				nil, errorWords("source='"+rep.AuthSource+"'"),
				d.fromString("This string's auth source is "+quoted(src)+" (from "+authFromWords(from)+").", d.credSpan()))
		}
	}
	// A single server while the string names a replica set.
	if rs, span, ok := d.option("replicaSet"); ok && rep.Topology == "Single" {
		d.cause("topology-differs", 85, "The driver saw a single server although this string names replica set "+quoted(rs),
			"With replicaSet set a driver monitors a replica set; a Single topology means the application's string differs from this one or the code forces a direct connection (directConnection=true in the options object).",
			nil, errorWords("Topology type: Single."), d.fromString("replicaSet="+rs, span))
	}
	if rs, span, ok := d.option("replicaSet"); ok && rep.SetName != "" && !strings.EqualFold(rs, rep.SetName) {
		d.cause("set-name-differs", 90, "The servers belong to replica set "+quoted(rep.SetName)+", the string asks for "+quoted(rs),
			"Set replicaSet to the name the servers report (rs.status().set in mongosh), or leave replicaSet out.",
			nil, errorWords("Set name: "+rep.SetName), d.fromString("replicaSet="+rs, span))
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
		c := d.cause("member-names", 90, "The replica set's members are named "+joinHosts(unknown, 3)+", which this machine cannot reach",
			"The driver connected to the seed in the string, read the replica set configuration, and then used the member names it holds (as rs.conf() shows them). Those names resolve only inside the container network or the cluster. Connect with directConnection=true to the one node you can reach, or give the members names (and ports) that resolve from where the application runs, or run the application in the same network.",
			[]string{
				"See the member names: mongosh --eval \"rs.conf().members.map(m => m.host)\"",
				"For a one-node set in Docker, initiate it with a reachable name: rs.initiate({_id: \"rs0\", members: [{_id: 0, host: \"localhost:27017\"}]}), or add the names to /etc/hosts (C:\\Windows\\System32\\drivers\\etc\\hosts).",
				"In Kubernetes, connect from inside the cluster, or expose each member under a name that resolves outside it (split horizon).",
			},
			errorWords("The error names "+joinHosts(unknown, 4)+"."))
		c.Evidence = append(c.Evidence, d.hostEvidence()...)
		if len(d.hosts()) == 1 && !d.srv() {
			c.Fixed = d.withOption("directConnection", connstr.BoolValue(true))
		}
		c.Commands = d.commands(unknown, "nslookup", "dig")
		return
	}
	c := d.cause("host-differs", 80, "The error names "+joinHosts(unknown, 3)+", which this string does not",
		"The application is likely not using this string: find where it reads its connection string and check that one. (If the names are replica set members, the servers' configuration names them: see the member names with rs.conf().)",
		nil, errorWords("The error names "+joinHosts(unknown, 4)+"."))
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

func quoted(s string) string { return "\"" + s + "\"" }

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
		c := d.cause("credentials-not-encoded", 95, "The password or user name holds characters that must be percent-encoded",
			"Percent-encode the user name and password (@ as %40, : as %3A, / as %2F, ? as %3F, # as %23, % as %25), e.g. with encodeURIComponent, urllib.parse.quote_plus or url.QueryEscape, or change the password to letters and digits.",
			nil, d.fromError("parse-unescaped")...)
		if ch := d.check("credentials-not-encoded"); ch != nil {
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
			d.cause("string-not-loaded", 95, "The connection string was empty or undefined when the client was created",
				"The variable that should hold the string was not set: load the environment (dotenv's config() before the import that connects, the right .env file, the variable defined in the hosting dashboard) and check its exact name.",
				[]string{"Print whether the variable is set (not its value) just before connecting."},
				d.fromError("parse-scheme")...)
			break
		}
		c := d.cause("bad-scheme", 92, "The string does not start with mongodb:// or mongodb+srv://",
			"Start the string with mongodb:// or mongodb+srv:// exactly: no quotes, spaces or variable name before it, lower case.",
			nil, d.fromError("parse-scheme")...)
		d.attachPasteChecks(c)
		if parsesHere {
			c.Evidence = append(c.Evidence, d.fromString(differs, connstr.NoSpan))
		}
	case d.has("parse-srv-host"):
		c := d.cause("srv-short-name", 90, "The driver wants a mongodb+srv:// host with at least three parts",
			"Use the full SRV name (cluster0.abcde.mongodb.net), or mongodb:// with the host and port for a server that has no SRV record (localhost, a single machine).",
			nil, d.fromError("parse-srv-host")...)
		if ch := d.check("srv-short-name"); ch != nil {
			c.Evidence = append(c.Evidence, d.spansEvidence(ch.Seen, ch.Spans))
			c.Fixed = ch.Fixed
		} else if ch := d.check("srv-local-host"); ch != nil {
			c.Evidence = append(c.Evidence, d.spansEvidence(ch.Seen, ch.Spans))
			c.Fixed = ch.Fixed
		}
		if rep.DriverHint != "" {
			c.Steps = append(c.Steps, "The wording dates the driver: "+rep.DriverHint+". Drivers from Node.js 6.10 on accept two-part SRV names such as localhost.test.")
		}
	case d.has("parse-option"):
		d.optionCause()
	case d.has("mongosh-host-port"):
		c := d.cause("mongosh-host-and-uri", 95, "mongosh was given a full connection string and --host or --port",
			"Give mongosh either the connection string alone (mongosh \"mongodb://host:27017/db\") or --host and --port without a string; put everything the string says in one of the two.",
			nil, d.fromError("mongosh-host-port")...)
		if d.x != nil && d.x.Explained != "" {
			c.Steps = []string{"Run: mongosh \"" + d.x.Explained + "\" (put the password back in place of *****, or leave it out to be prompted)."}
		}
	default:
		c := d.cause("parse-error", 80, "The driver could not parse the connection string",
			"Fix the string's errors listed here; if there are none, the application's string is not this one.",
			nil, d.fromError("parse-other")...)
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
		if strings.HasPrefix(string(ch.Code), "pasted-") || ch.Code == "scheme-typo" || ch.Code == "missing-scheme" {
			c.Evidence = append(c.Evidence, d.spansEvidence(ch.Seen, ch.Spans))
			if c.Fixed == "" {
				c.Fixed = d.x.Repaired
			}
		}
	}
}

func (d *diag) optionCause() {
	name := d.rep.Option
	c := d.cause("unsupported-option", 90, "The driver does not support an option it was given",
		"Remove the option. useNewUrlParser and useUnifiedTopology did nothing since Node.js driver 4.0 (Mongoose 6) and are now rejected; other options may belong to another driver or a newer version.",
		nil, d.fromError("parse-option")...)
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
	c := d.cause("unrecognised-error", 10, "The error text was not recognised",
		"Paste the whole error as printed, including the lines after the first (the topology description or the cause), or check the string's own findings.",
		nil)
	for _, u := range d.rep.Unread {
		c.Evidence = append(c.Evidence, errorWords(u))
	}
}
