package drivers_test

import (
	"testing"

	"github.com/mongouri/mongouri/connstr"
	"github.com/mongouri/mongouri/connstr/drivers"
)

// FuzzJudge: any string gets a verdict from every family, without a panic,
// and a rejection always says why.
func FuzzJudge(f *testing.F) {
	for _, s := range []string{
		"mongodb://u:p@h1,h2:27018/db?replicaSet=rs&w=majority",
		"mongodb://h?w=1;j=true&authMechanism=GSSAPI&authMechanismProperties=service_name:x",
		"mongodb://[::1]x,%2Ftmp%2Fm.sock/?readPreferenceTags=&readPreferenceTags=a:b:c",
		"mongodb+srv://c.example.com/?srvAllowedHostsSuffix=example.com",
		"mongodb://a@b@c/?tls=true&ssl=false",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, uri string) {
		cs, _ := connstr.Parse(uri)
		vs := drivers.Judge(cs)
		if len(vs) != len(drivers.All()) {
			t.Fatalf("%d verdicts for %d drivers", len(vs), len(drivers.All()))
		}
		for _, v := range vs {
			if v.Outcome != drivers.Accepts && len(v.Reasons) == 0 {
				t.Fatalf("%s %s %q without a reason", v.Driver.Family, v.Outcome, uri)
			}
		}
	})
}
