package explain

import (
	"reflect"
	"testing"
	"unicode/utf8"

	"github.com/mongouri/mongouri/connstr"
)

// FuzzExplain: Explain never panics, every span points into the input,
// every corrected string it offers parses without error, and Find gives the
// same findings, whose verdict agrees with the parser.
func FuzzExplain(f *testing.F) {
	for _, tc := range explainCases {
		f.Add(tc.uri)
	}
	for _, s := range []string{"", "mongodb://", "\"", "mongosh \"mongodb://", "MONGO_URI=", "x:y@z", "mongodb://a@b@c/d@e?f=@g"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, uri string) {
		x := Explain(uri)
		if x == nil {
			t.Fatal("nil explanation")
		}
		for _, c := range x.Checks {
			for _, s := range c.Spans {
				if s.Start < 0 || s.Start > s.End || s.End > len(uri) {
					t.Fatalf("%s: span %v outside the input of %d bytes", c.Code, s, len(uri))
				}
			}
			if c.Fixed != "" {
				if _, err := connstr.Parse(c.Fixed); err != nil {
					t.Fatalf("%s: the fix %q does not parse: %v", c.Code, c.Fixed, err)
				}
			}
		}
		if x.Repaired != "" {
			if _, err := connstr.Parse(x.Repaired); err != nil {
				t.Fatalf("Repaired %q does not parse: %v", x.Repaired, err)
			}
		}
		// One set of findings: Find gives the explanation's, and the
		// verdict agrees with the parser on the string as given.
		f := Find(uri)
		if !reflect.DeepEqual(f, x.Findings()) {
			t.Fatalf("Find and Explain disagree:\n%+v\n%+v", f, x.Findings())
		}
		if cs, _ := connstr.Parse(uri); cs.Valid() != f.Valid || !f.Valid && (f.Errors == 0 || f.Verdict != VerdictInvalid) {
			t.Fatalf("verdict %s (valid %v, %d errors), the parser says valid %v", f.Verdict, f.Valid, f.Errors, cs.Valid())
		}
		if utf8.ValidString(uri) {
			for _, s := range x.Snippets {
				if !utf8.ValidString(s.Code) {
					t.Fatalf("%s snippet is not UTF-8", s.Language)
				}
			}
		}
	})
}
