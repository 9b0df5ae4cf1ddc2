package explain

import (
	"strconv"
	"strings"

	"github.com/mongouri/mongouri/connstr"
)

// Verdict sums up the findings about a string in one word, for a status
// line that every view (decode, encode, explain, a widget) shows alike.
type Verdict string

const (
	// VerdictInvalid: the string as given is invalid by the specs; a
	// driver rejects it. Some finding is an error.
	VerdictInvalid Verdict = "invalid"
	// VerdictFails: valid by the specs, but it cannot work as written (a
	// placeholder password, X.509 without TLS, mongodb+srv://localhost,
	// ...). Some finding of the explainer is an error.
	VerdictFails Verdict = "fails"
	// VerdictWarnings: valid, with warnings (and perhaps infos).
	VerdictWarnings Verdict = "warnings"
	// VerdictOK: valid, with at most infos.
	VerdictOK Verdict = "ok"
)

// Findings is the one list of findings about a connection string: the
// parser's diagnostics (Source "parse"), the SRV resolution's when one was
// given (Source "resolve"), and the explainer's checks (Source "explain"),
// each with what to do about it. Find returns it alone; an Explanation
// carries the same list (see Explanation.Findings).
type Findings struct {
	Verdict Verdict
	// Valid reports whether the string as given parses without error:
	// Verdict is then not VerdictInvalid.
	Valid                   bool
	Errors, Warnings, Infos int
	// Checks are ordered errors, warnings, infos, each in the order found.
	// A check's Fixed is the corrected string when its fix is certain.
	Checks []Check
	// Fixed is the string with every certain fix of an error or a warning
	// applied at once (infos are suggestions, left out); it parses without
	// error. Empty when there is nothing to fix or some error has no
	// certain fix. Secrets are masked unless revealed.
	Fixed string
	// Masked reports whether secrets are masked in Fixed and the checks.
	Masked bool
}

// Find returns the findings about uri, the same list and verdict Explain
// gives, without the sections, tips, commands and snippets: cheap enough to
// run at every keystroke. It takes Explain's options (RevealSecrets,
// WithResolution) and, like Explain, never panics and does no I/O.
func Find(uri string, opts ...ExplainOption) *Findings {
	x := newExplainer(uri, configOf(opts))
	x.find()
	return x.out.Findings()
}

// Findings returns the findings of the explanation: the list, counts and
// verdict that Find gives for the same string and options.
func (x *Explanation) Findings() *Findings {
	f := &Findings{Verdict: x.Verdict, Valid: x.Valid, Checks: x.Checks, Fixed: x.Repaired, Masked: x.Masked}
	for _, c := range x.Checks {
		switch c.Severity {
		case "error":
			f.Errors++
		case "warning":
			f.Warnings++
		default:
			f.Infos++
		}
	}
	return f
}

// verdictOf sums up checks about a string that is valid as given or not.
func verdictOf(valid bool, checks []Check) Verdict {
	if !valid {
		return VerdictInvalid
	}
	v := VerdictOK
	for _, c := range checks {
		switch c.Severity {
		case connstr.SeverityError.String():
			return VerdictFails
		case connstr.SeverityWarning.String():
			v = VerdictWarnings
		}
	}
	return v
}

// Summary says the verdict and the counts in a few words, for a status line:
// "Invalid: 2 errors, 1 warning", "Valid, but it cannot work as written:
// 1 error", "Valid: 1 warning, 2 infos", "Valid".
func (f *Findings) Summary() string {
	var counts []string
	for _, c := range [...]struct {
		n    int
		noun string
	}{{f.Errors, "error"}, {f.Warnings, "warning"}, {f.Infos, "info"}} {
		switch {
		case c.n == 1:
			counts = append(counts, "1 "+c.noun)
		case c.n > 1:
			counts = append(counts, strconv.Itoa(c.n)+" "+c.noun+"s")
		}
	}
	head := "Valid"
	switch f.Verdict {
	case VerdictInvalid:
		head = "Invalid"
	case VerdictFails:
		head = "Valid, but it cannot work as written"
	}
	if len(counts) == 0 {
		return head
	}
	return head + ": " + strings.Join(counts, ", ")
}
