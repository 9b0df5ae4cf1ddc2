package connstr_test

import (
	"context"
	"strings"
	"testing"

	"github.com/mongouri/mongouri/connstr"
	"github.com/mongouri/mongouri/connstr/dnstest"
)

// FuzzResolve resolves a string against arbitrary SRV targets and TXT
// content: Resolve must never panic, every finding must say something, and
// a success must give an equivalent mongodb:// string that parses back to
// the same seeds.
func FuzzResolve(f *testing.F) {
	f.Add("c0.example.net", "a.example.net", uint16(27017), "authSource=admin&replicaSet=rs0", "?srvMaxHosts=1")
	f.Add("mongo.local", "db.mongo.local", uint16(1), "loadBalanced=true", "")
	f.Add("c0.example.net", "a/b.example.net", uint16(0), "ssl=false", "?tls=false")
	f.Add("localhost", "x.localhost", uint16(27017), "authSource=%24external&replicaSet=a%26b", "?authMechanism=MONGODB-X509")
	f.Fuzz(func(t *testing.T, host, target string, port uint16, txt, query string) {
		cs, err := connstr.Parse("mongodb+srv://u:p@" + host + "/db" + query)
		if err != nil {
			return
		}
		mem := dnstest.New().
			AddSRV("_mongodb._tcp."+host, target, port).
			AddSRV("_mongodb._tcp."+host, "second."+strings.TrimSuffix(host, "."), 27017).
			AddTXT(host, txt)
		res, err := connstr.Resolve(context.Background(), cs, mem)
		for _, d := range res.Diagnostics {
			if d.Code == "" || d.Message == "" {
				t.Fatalf("empty diagnostic %+v", d)
			}
			if d.Severity == connstr.SeverityError && d.Hint == "" {
				t.Fatalf("error without a hint: %+v", d)
			}
		}
		if err != nil {
			if res.Equivalent != nil {
				t.Fatal("an equivalent string despite the error")
			}
			return
		}
		again, perr := connstr.Parse(res.Equivalent.String())
		if perr != nil {
			t.Fatalf("equivalent %q does not parse: %v", res.Equivalent.Redacted(), perr)
		}
		if len(again.Hosts) != len(res.Seeds) {
			t.Fatalf("equivalent %q has %d hosts, want %d", res.Equivalent.Redacted(), len(again.Hosts), len(res.Seeds))
		}
		for i, h := range again.Hosts {
			if h.Address() != res.Seeds[i] {
				t.Fatalf("equivalent host %s, seed %s", h.Address(), res.Seeds[i])
			}
		}
	})
}
