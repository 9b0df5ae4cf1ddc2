package explain

import (
	"testing"

	"github.com/mongouri/mongouri/connstr"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestFindingsOneVerdict: Find and Explain give the same list and verdict,
// and the verdict agrees with the parser's and with the counts, for every
// string of the explain tests.
func TestFindingsOneVerdict(t *testing.T) {
	for _, tc := range explainCases {
		t.Run(tc.name, func(t *testing.T) {
			f := Find(tc.uri)
			assert.Equal(t, Explain(tc.uri).Findings(), f)

			cs, _ := connstr.Parse(tc.uri)
			assert.Equal(t, cs.Valid(), f.Valid, "Valid is the parser's verdict on the string as given")
			assert.Equal(t, len(f.Checks), f.Errors+f.Warnings+f.Infos)
			switch {
			case !f.Valid:
				assert.Equal(t, VerdictInvalid, f.Verdict)
				assert.Positive(t, f.Errors, "an invalid string has an error among its findings")
			case f.Errors > 0:
				assert.Equal(t, VerdictFails, f.Verdict)
			case f.Warnings > 0:
				assert.Equal(t, VerdictWarnings, f.Verdict)
			default:
				assert.Equal(t, VerdictOK, f.Verdict)
			}
			if f.Fixed != "" {
				assert.True(t, Find(f.Fixed).Valid, "Fixed %q parses", f.Fixed)
			}
		})
	}
}

// TestFindingsPastedAssignment: a pasted assignment is invalid as given;
// the finding says so and its corrected string is the clean one, which is
// also the merged fix.
func TestFindingsPastedAssignment(t *testing.T) {
	f := Find(`MONGO_URI="mongodb://root:example@mongo:27017/"`)
	require.Equal(t, VerdictInvalid, f.Verdict)
	require.False(t, f.Valid)
	require.NotEmpty(t, f.Checks)
	codes := checkCodes(f.Checks)
	assert.Contains(t, codes, string(CodePastedAssignment))
	for _, c := range f.Checks {
		if c.Code == CodePastedAssignment {
			assert.Equal(t, "error", c.Severity)
			assert.Equal(t, "mongodb://root:*****@mongo:27017/", c.Fixed)
		}
		assert.NotEqual(t, connstr.CodeInvalidDatabase, c.Code, "the parser's reading of the assignment is not a finding")
	}
	assert.Equal(t, "mongodb://root:*****@mongo:27017/", f.Fixed)
	assert.Equal(t, "mongodb://root:example@mongo:27017/", Find(`MONGO_URI="mongodb://root:example@mongo:27017/"`, RevealSecrets()).Fixed)

	// The clean string itself: valid, no finding about pasting.
	clean := Find("mongodb://root:example@mongo:27017/")
	assert.True(t, clean.Valid)
	assert.NotContains(t, checkCodes(clean.Checks), string(CodePastedAssignment))
}

// TestFindingsValidButFails: the explainer's errors about a valid string
// (it cannot work as written) give VerdictFails, not VerdictInvalid.
func TestFindingsValidButFails(t *testing.T) {
	f := Find("mongodb+srv://localhost/app")
	assert.True(t, f.Valid)
	assert.Equal(t, VerdictFails, f.Verdict)
	assert.Positive(t, f.Errors)
}

func TestFindingsSummary(t *testing.T) {
	for _, tc := range []struct {
		f    Findings
		want string
	}{
		{Findings{Verdict: VerdictOK, Valid: true}, "Valid"},
		{Findings{Verdict: VerdictOK, Valid: true, Infos: 2}, "Valid: 2 infos"},
		{Findings{Verdict: VerdictWarnings, Valid: true, Warnings: 1, Infos: 1}, "Valid: 1 warning, 1 info"},
		{Findings{Verdict: VerdictFails, Valid: true, Errors: 1}, "Valid, but it cannot work as written: 1 error"},
		{Findings{Verdict: VerdictInvalid, Errors: 2, Warnings: 3}, "Invalid: 2 errors, 3 warnings"},
	} {
		assert.Equal(t, tc.want, tc.f.Summary())
	}
	assert.Equal(t, "Invalid: 1 error, 1 warning, 1 info", Find(`MONGO_URI=mongodb://app:s3cret@db1.example.net/`).Summary())
}

// The parser's options-in-database warning carries its fix: a '?' where the
// options start, in the check's Fixed and in the merged Fixed string, with
// a secret value masked and never quoted elsewhere.
func TestFindingsOptionsInDatabase(t *testing.T) {
	cases := []struct{ uri, fixed string }{
		{"mongodb://h.example.net/replicaSet=rs&w=1", "mongodb://h.example.net/?replicaSet=rs&w=1"},
		{"mongodb://u:pw@h.example.net/test&w=1&appName=x", "mongodb://u:*****@h.example.net/test?w=1&appName=x"},
		{"mongodb://h.example.net/test&w=1?appName=x", "mongodb://h.example.net/test?w=1&appName=x"},
		{"mongodb://h.example.net/app;w=1;ssl=true", "mongodb://h.example.net/app?w=1&ssl=true"},
		{"mongodb://h.example.net/test&proxyHost=p&proxyUsername=u&proxyPassword=hunter2",
			"mongodb://h.example.net/test?proxyHost=p&proxyUsername=u&proxyPassword=*****"},
		// The error of the '/' in a path value is repaired by the same fix.
		{"mongodb://h.example.net/test&tlsCAFile=/etc/ca.pem", "mongodb://h.example.net/test?tlsCAFile=/etc/ca.pem"},
		// proxyPassword without proxyHost is an error once it is read:
		// no fixed string is certain.
		{"mongodb://u:pw@h.example.net/test&proxyPassword=hunter2", ""},
	}
	for _, tc := range cases {
		t.Run(tc.uri, func(t *testing.T) {
			f := Find(tc.uri)
			assert.Equal(t, tc.fixed, f.Fixed)
			var seen bool
			for _, c := range f.Checks {
				assert.NotContains(t, c.Seen+c.Fix+c.Fixed, "hunter2", c.Code)
				if c.Code == connstr.CodeOptionsInDatabase {
					seen = true
					assert.Equal(t, "parse", c.Source)
					if tc.fixed != "" {
						assert.Equal(t, tc.fixed, c.Fixed)
					}
				}
			}
			assert.True(t, seen, "no options-in-database check")
			x := Explain(tc.uri)
			assert.Equal(t, tc.fixed, x.Repaired)
		})
	}
	// Unknown keys only: the explainer's own check, with the same code.
	f := Find("mongodb://h.example.net/db&foo=bar")
	var sources []string
	for _, c := range f.Checks {
		if c.Code == connstr.CodeOptionsInDatabase {
			sources = append(sources, c.Source)
		}
	}
	assert.Equal(t, []string{"explain"}, sources)
	assert.Equal(t, "mongodb://h.example.net/db?foo=bar", f.Fixed)
}
