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
		c := d.cause("auth-mechanism-mismatch", 90, nil, d.fromError("auth-mechanism")...)
		if strings.Contains(strings.ToLower(rep.Family("auth-mechanism").Evidence), "scram-sha-256") {
			c.Fixed = d.withOption("authMechanism", connstr.EnumValue("SCRAM-SHA-1"))
		}
		if v, span, ok := d.option("authMechanism"); ok {
			c.Evidence = append(c.Evidence, d.fromString("authMechanism="+v, span))
		}
	}
	for _, code := range []connstr.Code{CodePlaceholder, CodeCredentialsNotEncoded} {
		if ch := d.check(code); ch != nil && ch.Severity == "error" || ch != nil && code == CodeCredentialsNotEncoded {
			c := d.causeFrom(string(code), 94, ch.Title, ch.Fix, ev...)
			c.Evidence = append(c.Evidence, d.spansEvidence(ch.Seen, ch.Spans))
			c.Fixed = ch.Fixed
		}
	}
	if ev == nil {
		return
	}
	if d.x != nil && d.x.Credentials == nil {
		d.cause("no-credentials", 70, nil, ev...)
	}
	src, from := "", ""
	if d.x != nil && d.x.Credentials != nil {
		src, from = d.x.Credentials.AuthSource, d.x.Credentials.AuthSourceFrom
	}
	if rep.AuthSource != "" {
		src, from = rep.AuthSource, "error"
	}
	if from == "path" && !strings.EqualFold(src, "admin") {
		c := d.cause("auth-source-path", 84, []string{quoteDB(src)}, ev...)
		c.Evidence = append(c.Evidence, d.fromString("No authSource: the path database "+quoteDB(src)+" is the auth source.", d.credSpan()))
	}
	if from == "error" && !strings.EqualFold(src, "admin") && !strings.HasPrefix(src, "$") {
		d.cause("auth-source-not-admin", 80, []string{quoteDB(src)}, append(ev, errorWords("source='"+src+"'"))...)
	}
	key, score := "wrong-credentials", 78
	if d.has("auth-atlas") {
		key, score = "wrong-credentials#atlas", 86
	}
	c := d.cause(key, score, nil, ev...)
	if d.x != nil && d.x.Credentials != nil {
		c.Evidence = append(c.Evidence, d.fromString("The string authenticates as "+quoteDB(d.x.Credentials.Username)+" against "+quoteDB(d.x.Credentials.AuthSource)+".", d.credSpan()))
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
		key := "retry-writes-unsupported"
		if strings.Contains(low, "transaction numbers") {
			key += "#standalone"
		}
		c := d.cause(key, 96, nil, errorWords(f.Evidence))
		if v, span, ok := d.option("retryWrites"); ok {
			c.Evidence = append(c.Evidence, d.fromString("retryWrites="+v, span))
		}
		if d.anyKind("cosmos") {
			c.Evidence = append(c.Evidence, d.fromString("The host is an Azure Cosmos DB account.", connstr.NoSpan))
		}
		c.Fixed = d.withOption("retryWrites", connstr.BoolValue(false))
	}
	if d.has("not-authorized") {
		c := d.cause("not-authorized", 85, nil, d.fromError("not-authorized")...)
		if d.x != nil && d.x.Credentials == nil {
			c.Evidence = append(c.Evidence, d.fromString("The string has no user name and password.", connstr.NoSpan))
		}
	}
	if d.has("too-many-connections") {
		d.cause("too-many-connections", 85, nil, d.fromError("too-many-connections")...)
	}
	if d.has("wire-version") {
		d.cause("driver-server-versions", 90, nil, d.fromError("wire-version")...)
	}
	if d.has("rs-ghost") {
		c := d.cause("replica-set-not-initiated", 90, nil, d.fromError("rs-ghost")...)
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
	if d.has("client-not-connected") {
		d.cause("client-not-connected", 90, nil, d.fromError("client-not-connected")...)
	}
	if d.has("mongoose-buffering") {
		d.cause("mongoose-not-connected", 75, nil, d.fromError("mongoose-buffering")...)
	}
	if d.has("no-primary") && !rep.Has(drivererr.ClassDNSHost) && !rep.Has(drivererr.ClassTCPRefused) && !rep.Has(drivererr.ClassTCPTimeout) {
		d.cause("no-primary", 70, nil, d.fromError("no-primary")...)
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
	c := d.cause("selection-no-detail", 60, nil, ev...)
	c.Commands = d.commands(d.nodeHosts(), "nc", "Test-NetConnection")
	if rs, span, ok := d.option("replicaSet"); ok {
		c.Evidence = append(c.Evidence, d.fromString("The string requires replica set "+quoteDB(rs)+": servers of another set are not used.", span))
	}
}
