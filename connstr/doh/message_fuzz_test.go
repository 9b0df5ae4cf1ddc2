package doh

import (
	"testing"

	"golang.org/x/net/dns/dnsmessage"
)

// FuzzParseAnswer feeds arbitrary bodies to the response validation: it
// must never panic, and whatever it accepts must hold only records of the
// type asked.
func FuzzParseAnswer(f *testing.F) {
	const q = "_mongodb._tcp.c0.example.net."
	f.Add(response(f, dnsmessage.Header{}, q, dnsmessage.TypeSRV,
		rr{name: q, typ: dnsmessage.TypeSRV, target: "a.example.net.", port: 27017},
		rr{name: q, typ: dnsmessage.TypeCNAME, target: "x.example.net."}))
	f.Add(response(f, dnsmessage.Header{RCode: dnsmessage.RCodeNameError}, q, dnsmessage.TypeSRV))
	f.Add(response(f, dnsmessage.Header{}, q, dnsmessage.TypeTXT, rr{name: q, typ: dnsmessage.TypeTXT, txt: []string{"a=b", "c"}}))
	f.Add([]byte("<html></html>"))
	f.Fuzz(func(t *testing.T, body []byte) {
		for _, typ := range []dnsmessage.Type{dnsmessage.TypeSRV, dnsmessage.TypeTXT} {
			a, err := parseAnswer(body, q, typ)
			if err != nil {
				continue
			}
			if typ == dnsmessage.TypeSRV && len(a.txt) > 0 || typ == dnsmessage.TypeTXT && len(a.srv) > 0 {
				t.Fatalf("records of another type accepted: %+v", a)
			}
			if a.nxdomain && (len(a.srv) > 0 || len(a.txt) > 0) {
				t.Fatalf("NXDOMAIN with records: %+v", a)
			}
		}
	})
}
