package connstr

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// fuzzSeeds are inputs that reach every branch of the parser quickly.
var fuzzSeeds = []string{
	"",
	"mongodb://",
	"mongodb://u:p@h:1,[::1]:2,%2Ftmp%2Fa.sock/db.c?replicaSet=rs&w=majority",
	"mongodb+srv://u:p%40@c.example.net/?srvMaxHosts=2&authSource=$external",
	"mongodb://h/?readPreference=nearest&readPreferenceTags=a:b,c:d&readPreferenceTags=",
	"mongodb://h/?authMechanism=MONGODB-OIDC&authMechanismProperties=ENVIRONMENT:azure,TOKEN_RESOURCE:api://x",
	"mongodb://h/?tlsInsecure=true&tlsAllowInvalidHostnames=1;ssl=t",
	"mongodb://u:pa/ss@h/d?proxyHost=p&proxyUsername=a&proxyPassword=b&c",
	"mongodb://u:p?x=1@h?appName=@acc@&wtimeout=5&j=yes",
	"MONGO_URI=\"mongodb+srv://user:p@ss@cluster0.x.mongodb.net:27017\"\n",
	"mongodb://[fe80::1%25eth0]:27017,[::1,:,:0,%zz/%",
}

func FuzzParse(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	uris, _ := loadMix(f)
	for _, s := range uris {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		cs, err := Parse(s)
		if cs == nil {
			t.Fatal("nil ConnString")
		}
		if (err != nil) != cs.Diagnostics.HasErrors() {
			t.Fatalf("error %v but diagnostics %v", err, cs.Diagnostics)
		}
		for _, d := range cs.Diagnostics {
			if d.Span != NoSpan && (d.Span.Start < 0 || d.Span.End > len(s) || d.Span.Start > d.Span.End) {
				t.Fatalf("%s: span %v outside input of %d bytes", d.Code, d.Span, len(s))
			}
			if d.Code == "" || d.Message == "" {
				t.Fatalf("diagnostic without code or message: %+v", d)
			}
		}
		red := cs.Redacted()
		if u := cs.User; u != nil && u.HasPassword && len(u.Password) >= 6 && utf8.ValidString(string(u.Password)) {
			// Only a password that stands once in the input can be looked
			// for: "000000" may be part of a host name too.
			raw := s[u.PasswordSpan.Start:u.PasswordSpan.End]
			if strings.Count(s, raw) == 1 && strings.Count(s, string(u.Password)) <= 1 &&
				(strings.Contains(red, raw) || strings.Contains(red, string(u.Password))) {
				t.Fatalf("redacted %q shows the password", red)
			}
		}
		if err != nil {
			return
		}
		again, _ := Parse(cs.String())
		if !sameParse(cs, again) {
			t.Fatalf("round trip changed the parse:\n in: %q\nout: %q", s, cs.String())
		}
	})
}

// FuzzEncode builds strings from fuzzed parts and checks that the parts
// come back from parsing the encoder's output.
func FuzzEncode(f *testing.F) {
	f.Add("alice", "p@ss:w/rd?#[]%", "db-1", "my app&x=y", "/tmp/m.sock", uint16(27018))
	f.Add("", "", "", "", "host", uint16(0))
	f.Add("ü", "+ %20", "a.b", "@acc@", "::1", uint16(1))
	f.Fuzz(func(t *testing.T, user, password, db, appName, host string, port uint16) {
		cs := &ConnString{Scheme: SchemeMongoDB, Hosts: []Host{NewHost(host, int(port))}, Database: db}
		if user != "" {
			cs.User = &Userinfo{Username: user, Password: Secret(password), HasPassword: password != ""}
		}
		if appName != "" {
			cs.Set("appName", StringValue(appName))
		}
		uri, diags := Format(cs)
		if diags.HasErrors() || diags.Has(CodeInvalidValue) {
			// Parts no string can carry (an invalid host, a '$' in db, ...),
			// or a value the parser ignores (an appName over 128 bytes).
			return
		}
		parsed, err := Parse(uri)
		if err != nil {
			t.Fatalf("Format reported no error but %q does not parse: %v", uri, err)
		}
		if !sameParse(cs, parsed) {
			t.Fatalf("parts changed:\n%q\nparsed %+v", cs.String(), parsed.Hosts)
		}
	})
}
