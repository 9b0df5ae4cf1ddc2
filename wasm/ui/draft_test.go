package ui

import (
	"strings"
	"testing"

	"github.com/mongouri/mongouri/connstr"
)

// A string survives the trip through the form: Decode -> Encode -> Decode.
func TestDraftRoundTrip(t *testing.T) {
	for _, in := range []string{
		"mongodb://alice:p%40ss@db1.example.net:27018,[::1]/shop?replicaSet=rs0&tls=true&compressors=zstd,zlib&foo=bar",
		"mongodb+srv://alice@cluster0.example.net/?authMechanism=GSSAPI&authMechanismProperties=SERVICE_NAME:mongo,SERVICE_REALM:EXAMPLE.COM&readPreference=secondary&readPreferenceTags=dc:ny,rack:1&readPreferenceTags=",
		"mongodb://%2Ftmp%2Fmongodb-27017.sock/?w=majority&maxPoolSize=50",
	} {
		cs, err := connstr.Parse(in)
		if err != nil {
			t.Errorf("%s: not a valid string to start from: %v", in, err)
		}
		out, bad := draftOf(cs).connString()
		if len(bad) > 0 {
			t.Errorf("%s: fields rejected: %v", in, bad)
		}
		if got, want := out.String(), cs.String(); got != want {
			t.Errorf("round trip\n got %s\nwant %s", got, want)
		}
	}
}

func TestFieldValueRejectsWrongKind(t *testing.T) {
	spec := connstr.LookupOption("maxPoolSize")
	if _, ok := fieldValue(spec, "ten"); ok {
		t.Error("maxPoolSize=ten accepted")
	}
	if _, ok := fieldValue(spec, ""); ok {
		t.Error("an empty field became an option")
	}
	if v, ok := fieldValue(connstr.LookupOption("authMechanismProperties"), "ENVIRONMENT:azure,TOKEN_RESOURCE:api://x"); !ok || len(v.Properties()) != 2 {
		t.Errorf("properties: %v %v", v.Properties(), ok)
	}
}

// A host as typed into the form is written as the core classifies it:
// brackets for IPv6, escapes for a socket path.
func TestFormHostsAreClassifiedByTheCore(t *testing.T) {
	for h, want := range map[string]string{
		"db.example.net": "mongodb://db.example.net", "10.0.0.1": "mongodb://10.0.0.1", "::1": "mongodb://[::1]",
		"[::1]": "mongodb://[::1]", "/tmp/m.sock": "mongodb://%2Ftmp%2Fm.sock",
	} {
		d := draft{scheme: connstr.SchemeMongoDB, hosts: []hostField{{host: h}}}
		cs, _ := d.connString()
		if got := cs.String(); got != want {
			t.Errorf("host %q: %s, want %s", h, got, want)
		}
	}
}

// An invalid string fills the form from its best reading, and keeps the
// options whose values the parser dropped.
func TestBestDraftKeepsEveryPart(t *testing.T) {
	d := bestDraft("mongodb+srv://admin:p@ssw0rd'9'!@cluster0.abcde.mongodb.net/?retryWrites=true&w=majority")
	if d.username != "admin" || d.password != "p@ssw0rd'9'!" {
		t.Errorf("credentials: %q %q", d.username, d.password)
	}
	d.database = "app"
	cs, _ := d.connString()
	if got, want := cs.String(), "mongodb+srv://admin:p%40ssw0rd%279%27%21@cluster0.abcde.mongodb.net/app?retryWrites=true&w=majority"; got != want {
		t.Errorf("after editing the database\n got %s\nwant %s", got, want)
	}

	d = bestDraft("mongodb://db1.example.net/?maxPoolSize=abc&appName=x")
	d.database = "shop"
	cs, _ = d.connString()
	if got := cs.String(); !strings.Contains(got, "maxPoolSize=abc") || !strings.Contains(got, "appName=x") || !strings.Contains(got, "/shop?") {
		t.Errorf("an option with a bad value was lost: %s", got)
	}
}

func TestDraftPropertyKeepsTheOthers(t *testing.T) {
	var d draft
	d.set("authMechanism", "MONGODB-AWS")
	d.setProperty("AWS_SESSION_TOKEN", "tok")
	d.setProperty("OTHER", "x")
	d.setProperty("AWS_SESSION_TOKEN", "")
	if got := d.get("authMechanismProperties"); got != "OTHER:x" {
		t.Errorf("properties = %q", got)
	}
}
