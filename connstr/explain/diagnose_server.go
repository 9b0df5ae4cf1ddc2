package explain

import (
	"strings"

	"github.com/mongouri/mongouri/connstr"
	"github.com/mongouri/mongouri/connstr/explain/drivererr"
)

// --- authentication --------------------------------------------------------------

func (d *diag) authCauses() {
	rep := d.rep
	if !rep.Has(drivererr.ClassAuth) {
		return
	}
	ev := d.fromError("auth-atlas")
	if ev == nil {
		ev = d.fromError("auth-failed")
	}
	if d.has("auth-mechanism") {
		c := d.cause("auth-mechanism-mismatch", 90, "The mechanism does not match the credentials the user has",
			"A user created with only SCRAM-SHA-1 credentials (an old server, featureCompatibilityVersion below 4.0, Amazon DocumentDB) cannot log in with SCRAM-SHA-256, and the reverse. Set authMechanism to one the user has (SCRAM-SHA-1 for DocumentDB and old users), or update the user's credentials on the server.",
			nil, d.fromError("auth-mechanism")...)
		if strings.Contains(strings.ToLower(rep.Family("auth-mechanism").Evidence), "scram-sha-256") {
			c.Fixed = d.withOption("authMechanism", connstr.EnumValue("SCRAM-SHA-1"))
		}
		if v, span, ok := d.option("authMechanism"); ok {
			c.Evidence = append(c.Evidence, d.fromString("authMechanism="+v, span))
		}
	}
	for _, code := range []string{"unreplaced-placeholder", "credentials-not-encoded"} {
		if ch := d.check(code); ch != nil && ch.Severity == "error" || ch != nil && code == "credentials-not-encoded" {
			c := d.cause(code, 94, ch.Title, ch.Fix, nil, ev...)
			c.Evidence = append(c.Evidence, d.spansEvidence(ch.Seen, ch.Spans))
			c.Fixed = ch.Fixed
		}
	}
	if ev == nil {
		return
	}
	if d.x != nil && d.x.Credentials == nil {
		d.cause("no-credentials", 70, "The string has no credentials, yet the driver authenticated",
			"The credentials come from elsewhere (the options object, a framework setting): the application's string or settings differ from this one.",
			nil, ev...)
	}
	src, from := "", ""
	if d.x != nil && d.x.Credentials != nil {
		src, from = d.x.Credentials.AuthSource, d.x.Credentials.AuthSourceFrom
	}
	if rep.AuthSource != "" {
		src, from = rep.AuthSource, "error"
	}
	if from == "path" && !strings.EqualFold(src, "admin") {
		c := d.cause("auth-source-path", 84, "The driver authenticates against "+quoted(src)+", the database in the path",
			"Without authSource, the database in the path is where the driver looks the user up. Users are usually created in admin (Atlas creates them all there): add authSource=admin, unless the user was created in "+quoted(src)+".",
			nil, ev...)
		c.Evidence = append(c.Evidence, d.fromString("No authSource: the path database "+quoted(src)+" is the auth source.", d.credSpan()))
	}
	if from == "error" && !strings.EqualFold(src, "admin") && !strings.HasPrefix(src, "$") {
		d.cause("auth-source-not-admin", 80, "The driver authenticated against "+quoted(src)+", not admin",
			"The user is looked up in "+quoted(src)+". If it was created in admin (the usual place, and the only one on Atlas), set authSource=admin (Spring: spring.data.mongodb.authentication-database=admin).",
			nil, append(ev, errorWords("source='"+src+"'"))...)
	}
	title := "The user name or password is wrong"
	fix := "Check the user name and password against the database user (not the account you log in to the web console with), and reset the password if unsure. Percent-encode special characters. The user must exist in the auth source database."
	score := 78
	if d.has("auth-atlas") {
		title = "Atlas rejected the database user's name or password"
		fix = "Use a database user from Atlas's Database Access page (not your Atlas login), with its current password, percent-encoded; Atlas users authenticate against admin. Edit the user there to reset the password if unsure."
		score = 86
	}
	c := d.cause("wrong-credentials", score, title, fix, []string{
		"Test the same credentials with mongosh: mongosh \"<the string>\" --eval \"db.runCommand({connectionStatus: 1})\".",
	}, ev...)
	if d.x != nil && d.x.Credentials != nil {
		c.Evidence = append(c.Evidence, d.fromString("The string authenticates as "+quoted(d.x.Credentials.Username)+" against "+quoted(d.x.Credentials.AuthSource)+".", d.credSpan()))
	}
}

// --- server refusals ----------------------------------------------------------------------

func (d *diag) refusalCauses() {
	rep := d.rep
	if !rep.Has(drivererr.ClassRefusal) {
		return
	}
	if d.has("retry-writes") {
		f := rep.Family("retry-writes")
		low := strings.ToLower(f.Evidence)
		title := "The server does not support retryable writes: the string must say retryWrites=false"
		fix := "Amazon DocumentDB and Azure Cosmos DB (RU) reject retryable writes, which drivers turn on by default: add retryWrites=false to the string."
		if strings.Contains(low, "transaction numbers") {
			title = "A standalone server cannot run retryable writes"
			fix = "Retryable writes need a replica set or a sharded cluster: add retryWrites=false for a standalone mongod, or run it as a one-member replica set."
		}
		c := d.cause("retry-writes-unsupported", 96, title, fix, nil, errorWords(f.Evidence))
		if v, span, ok := d.option("retryWrites"); ok {
			c.Evidence = append(c.Evidence, d.fromString("retryWrites="+v, span))
		}
		if d.anyKind("cosmos") {
			c.Evidence = append(c.Evidence, d.fromString("The host is an Azure Cosmos DB account.", connstr.NoSpan))
		}
		c.Fixed = d.withOption("retryWrites", connstr.BoolValue(false))
	}
	if d.has("not-authorized") {
		c := d.cause("not-authorized", 85, "The user lacks the privileges for the operation",
			"Grant the user a role that allows it on this database (readWrite, or read for queries); on Atlas, edit the user's privileges in Database Access. \"requires authentication\" means no credentials were sent at all.",
			nil, d.fromError("not-authorized")...)
		if d.x != nil && d.x.Credentials == nil {
			c.Evidence = append(c.Evidence, d.fromString("The string has no user name and password.", connstr.NoSpan))
		}
	}
	if d.has("too-many-connections") {
		d.cause("too-many-connections", 85, "The server is at its connection limit",
			"Create one client per process and reuse it (serverless functions: outside the handler); lower maxPoolSize; close clients you no longer need. Atlas shared tiers allow 500 connections per node.",
			nil, d.fromError("too-many-connections")...)
	}
	if d.has("wire-version") {
		d.cause("driver-server-versions", 90, "The driver and the server are too far apart in version",
			"Upgrade the server, or use a driver release that still supports it (each driver's compatibility table lists the pairs).",
			nil, d.fromError("wire-version")...)
	}
	if d.has("rs-ghost") {
		c := d.cause("replica-set-not-initiated", 90, "The server runs with --replSet but the replica set was never initiated",
			"Run rs.initiate() once (mongosh --eval \"rs.initiate()\"), with member host names the application can reach, or connect with directConnection=true to use the node alone.",
			nil, d.fromError("rs-ghost")...)
		if len(d.hosts()) == 1 && !d.srv() {
			c.Fixed = d.withOption("directConnection", connstr.BoolValue(true))
		}
	}
}

// --- server selection ------------------------------------------------------------------------

func (d *diag) selectionCauses() {
	rep := d.rep
	if d.has("atlas-access-list") {
		d.accessList(90, d.fromError("atlas-access-list"))
	}
	if d.has("mongoose-buffering") {
		d.cause("mongoose-not-connected", 75, "Mongoose never connected, so the query waited in its buffer",
			"The operation ran before mongoose.connect() succeeded: await mongoose.connect(uri) before the first query and log its error, which names the real cause; check that the model uses the connection you connected (mongoose.createConnection returns its own).",
			nil, d.fromError("mongoose-buffering")...)
	}
	if d.has("no-primary") && !rep.Has(drivererr.ClassDNSHost) && !rep.Has(drivererr.ClassTCPRefused) && !rep.Has(drivererr.ClassTCPTimeout) {
		d.cause("no-primary", 70, "The replica set has no primary the driver can reach",
			"Writes need a primary: check rs.status() for an elected one (a majority of members must be up), or read with readPreference=primaryPreferred or secondaryPreferred meanwhile.",
			nil, d.fromError("no-primary")...)
	}
	if !rep.Has(drivererr.ClassSelectionNoCause) {
		return
	}
	ev := d.fromError("selection-timeout")
	if ev == nil {
		ev = d.fromError("no-members")
	}
	if ev == nil {
		ev = d.fromError("try-once")
	}
	sel := "serverSelectionTimeoutMS"
	if n, ok := rep.Timeout(sel); ok {
		ev = append(ev, errorWords("The driver waited "+msText(n)+"."))
	}
	if d.atlas() {
		d.accessList(72, ev)
	}
	c := d.cause("selection-no-detail", 60, "The driver reached no suitable server, and the error does not say why",
		"Print the full error (Node.js: console.log(error.reason); its servers show each one's error), then check the network path to each host, the IP access list or firewall, and the replica set name.",
		nil, ev...)
	c.Commands = d.commands(d.nodeHosts(), "nc", "Test-NetConnection")
	if rs, span, ok := d.option("replicaSet"); ok {
		c.Evidence = append(c.Evidence, d.fromString("The string requires replica set "+quoted(rs)+": servers of another set are not used.", span))
	}
}
