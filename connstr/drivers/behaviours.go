package drivers

import (
	"strings"

	"github.com/mongouri/mongouri/connstr"
)

// behaviour is one way some drivers treat a string: the families it
// concerns (none: every family), what they then do, and when and why: it
// applies when the parser reported one of codes, and says reason; a
// behaviour that needs more than that has a check instead, which returns
// the reason in the driver's terms, or "" when it does not apply.
type behaviour struct {
	families []Family
	outcome  Outcome
	codes    []connstr.Code
	reason   string
	check    func(s *subject, d Driver) string
}

// reasonFor returns why b applies to d's reading of the string, or "".
func (b *behaviour) reasonFor(s *subject, d Driver) string {
	if b.check != nil {
		return b.check(s, d)
	}
	if s.find(b.codes...) != nil {
		return b.reason
	}
	return ""
}

func (b *behaviour) concerns(f Family) bool {
	if len(b.families) == 0 {
		return true
	}
	for _, g := range b.families {
		if g == f {
			return true
		}
	}
	return false
}

// others are the families whose parsing is not followed step by step (Go
// and Node.js are): they are judged from the specifications' rules and the
// departures from them listed here.
var others = []Family{Python, Java, CSharp, Rust, C}

// behaviours lists, in order, what the drivers do. The first rejection ends
// a driver's verdict.
var behaviours = []behaviour{
	// The drivers followed step by step.
	{families: []Family{Go}, outcome: Rejects, check: func(s *subject, d Driver) string { return goRejects(s) }},
	{families: []Family{Node}, outcome: Rejects, check: func(s *subject, d Driver) string { return nodeRejects(s, 7) }},
	{families: []Family{Node6}, outcome: Rejects, check: func(s *subject, d Driver) string { return nodeRejects(s, 6) }},

	// The others: what the parser calls invalid, they are taken to reject.
	{families: others, outcome: Rejects, check: func(s *subject, d Driver) string {
		if msg := s.firstError(); msg != "" {
			return "judged from the specifications (not tested against this driver): " + lowerFirst(msg)
		}
		return ""
	}},
	// Known differences from the specifications.
	{families: []Family{Python}, outcome: Rejects, codes: []connstr.Code{connstr.CodeMixedSeparators},
		reason: "PyMongo rejects options separated by both '&' and ';' (InvalidURI)."},
	{families: []Family{Python}, outcome: Rejects, check: func(s *subject, d Driver) string {
		// common.validate_read_preference_mode and validate_auth_mechanism
		// compare exactly.
		for _, d := range s.cs.Diagnostics {
			if d.Code == connstr.CodeValueCase && (d.Option == "readPreference" || d.Option == "authMechanism") {
				return "PyMongo raises ValueError for " + d.Option + " in another letter case: its values are case-sensitive."
			}
		}
		return ""
	}},
	// PyMongo's validators (common.py) raise ValueError: booleans are
	// "true" or "false" exactly, integers must parse. The Java driver
	// (ConnectionString.parseInteger) throws IllegalArgumentException and
	// the C# driver MongoConfigurationException for an integer they cannot
	// parse, and the Rust driver's ClientOptions::parse returns an error for
	// an invalid value.
	{families: []Family{Python, Java, CSharp, Rust}, outcome: Rejects, check: func(s *subject, d Driver) string {
		for _, diag := range s.cs.Diagnostics {
			spec := connstr.LookupOption(diag.Option)
			if spec == nil {
				continue
			}
			switch {
			case diag.Code == connstr.CodeInvalidValue && (spec.Kind == connstr.KindInt || d.Family == Rust),
				d.Family == Python && spec.Kind == connstr.KindBool && (diag.Code == connstr.CodeInvalidValue || diag.Code == connstr.CodeLegacyBoolean):
				return d.Name + " raises an error for the value of " + spec.Name + " instead of ignoring it."
			}
		}
		return ""
	}},
	{families: []Family{Python}, outcome: AcceptsWarn, codes: []connstr.Code{connstr.CodePlusInUserinfo},
		reason: "PyMongo reads '+' in the username or password as a space."},
	{families: []Family{Go, Java}, outcome: AcceptsWarn, check: func(s *subject, d Driver) string {
		if s.has(connstr.CodeMixedSeparators) {
			return d.Name + " splits options on ';' as well as '&', so a value holding ';' is cut there."
		}
		return ""
	}},
	{families: []Family{Go}, outcome: AcceptsWarn, check: func(s *subject, d Driver) string {
		// It decodes hosts, the database and option values with
		// url.QueryUnescape (the user information with PathUnescape).
		after := s.rest
		if at := strings.IndexByte(after, '@'); at >= 0 {
			after = after[at+1:]
		}
		if strings.Contains(after, "+") {
			return "the Go driver reads '+' in hosts, the database name and option values as a space (write %2B)."
		}
		return ""
	}},
	{families: []Family{Go}, outcome: AcceptsWarn, check: func(s *subject, d Driver) string {
		// connstring.go has no case for it: it lands in UnknownOptions.
		if s.cs.Value("srvAllowedHostsSuffix").IsSet() {
			return "the Go driver (v2.9) does not know srvAllowedHostsSuffix: it ignores it and checks the SRV targets against the host's own domain."
		}
		return ""
	}},
	{families: []Family{Node, Node6}, outcome: AcceptsWarn, codes: []connstr.Code{connstr.CodeMixedSeparators, connstr.CodeLegacySeparator},
		reason: "the Node.js driver does not split options on ';': it stays in the value."},
	{families: others, outcome: AcceptsWarn, codes: []connstr.Code{connstr.CodeUnknownOption, connstr.CodeRemovedOption},
		reason: "an option it does not know is ignored with a warning."},
	{families: others, outcome: AcceptsWarn, codes: []connstr.Code{connstr.CodeInvalidValue, connstr.CodeValueOutOfRange, connstr.CodeEmptyValue},
		reason: "an option with a value it cannot use is ignored with a warning, or rejected, depending on the option."},
	{families: others, outcome: AcceptsWarn, check: func(s *subject, d Driver) string {
		if d := s.find(connstr.CodeLegacyBoolean, connstr.CodeValueCase); d != nil {
			return "a value in a legacy spelling or another letter case (" + d.Option + "): the specifications leave it to each driver to accept it."
		}
		return ""
	}},
	{families: []Family{CSharp}, outcome: AcceptsWarn, check: func(s *subject, d Driver) string {
		if o := findKey(s.cs, "wTimeoutMS"); o != nil && strings.EqualFold(o.Key, "wtimeout") {
			return "the C# driver reads wtimeout without a unit as seconds, where the specification reads milliseconds."
		}
		return ""
	}},
}

// findKey returns the option the string gave for name, under any key.
func findKey(cs *connstr.ConnString, name string) *connstr.Option {
	for i := range cs.Options {
		if cs.Options[i].Name == name {
			return &cs.Options[i]
		}
	}
	return nil
}

func lowerFirst(s string) string {
	if s != "" && 'A' <= s[0] && s[0] <= 'Z' && (len(s) < 2 || !('A' <= s[1] && s[1] <= 'Z')) {
		return string(s[0]+'a'-'A') + s[1:]
	}
	return s
}
