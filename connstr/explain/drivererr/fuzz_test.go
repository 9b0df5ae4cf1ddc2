package drivererr

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzReadError: Read never panics, reads only what it is given, and never
// shows a secret it was told about or the password of a URL in the text.
func FuzzReadError(f *testing.F) {
	for _, tc := range textCases {
		f.Add(tc.text, "")
	}
	f.Add("mongodb://u:Zq9Xw2@h/ connect ECONNREFUSED h:1", "Zq9Xw2")
	f.Add("password=abcd1234 querySrv ETIMEOUT _mongodb._tcp.x.y.z", "abcd1234")
	f.Add(strings.Repeat("{ Addr: ", 100)+strings.Repeat("<ServerDescription (", 100), "")
	f.Add("connection * closed connection \n closed", "")
	f.Fuzz(func(t *testing.T, text, secret string) {
		r := Read(text, secret)
		if r == nil {
			t.Fatal("nil report")
		}
		if len(r.Servers) > maxServers || len(r.Hosts) > maxServers {
			t.Fatalf("%d servers, %d hosts", len(r.Servers), len(r.Hosts))
		}
		for _, f := range r.Findings {
			if f.Evidence == "" || f.Family == "" {
				t.Fatalf("finding without evidence: %+v", f)
			}
		}
		if len(secret) >= 4 && utf8.ValidString(secret) && !strings.Contains(Masked, secret[:4]) {
			for _, out := range dump(r) {
				for i := 0; i+4 <= len(secret); i++ {
					w := secret[i : i+4]
					if strings.Contains(out, w) && !strings.Contains(Masked, w) {
						t.Fatalf("secret window %q shown: %q", w, out)
					}
				}
			}
		}
	})
}

// dump is every string of a report taken from the text (titles and notes
// are the package's own words), for the secret checks: each one apart, so
// that no window spans two of them.
func dump(r *Report) []string {
	out := []string{r.SetName, r.SRVName, r.TXTName, r.AuthSource, r.AuthMechanism, r.Option}
	for _, f := range r.Findings {
		out = append(out, strings.Trim(f.Evidence, "…"))
	}
	for _, s := range r.Servers {
		out = append(out, s.Address, s.Type, s.Error)
	}
	return append(out, r.Hosts...)
}
