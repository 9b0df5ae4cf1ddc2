package drivers

import (
	"strings"

	"github.com/mongouri/mongouri/connstr"
)

// subject is a string as the drivers see it before they part ways: the
// parse, and the raw text of its parts, split the way the specification
// splits them.
type subject struct {
	cs     *connstr.ConnString
	in     string
	scheme string // "mongodb" or "mongodb+srv"; "" for anything else
	srv    bool
	rest   string // after "://"

	secrets []string // the text of the secret spans, raw and decoded, lower-case; see name
}

func newSubject(cs *connstr.ConnString) *subject {
	s := &subject{cs: cs}
	if cs == nil {
		return s
	}
	s.in = cs.Input()
	switch {
	case strings.HasPrefix(s.in, "mongodb://"):
		s.scheme, s.rest = "mongodb", s.in[len("mongodb://"):]
	case strings.HasPrefix(s.in, "mongodb+srv://"):
		s.scheme, s.rest, s.srv = "mongodb+srv", s.in[len("mongodb+srv://"):], true
	}
	return s
}

// has reports whether the parse made a finding with the code.
func (s *subject) has(code connstr.Code) bool { return s.cs.Diagnostics.Has(code) }

// firstError returns the message of the parse's first error, or "".
func (s *subject) firstError() string {
	for _, d := range s.cs.Diagnostics {
		if d.Severity == connstr.SeverityError {
			return d.Message
		}
	}
	return ""
}

// find returns the first diagnostic with one of the codes.
func (s *subject) find(codes ...connstr.Code) *connstr.Diagnostic {
	for i := range s.cs.Diagnostics {
		for _, c := range codes {
			if s.cs.Diagnostics[i].Code == c {
				return &s.cs.Diagnostics[i]
			}
		}
	}
	return nil
}

// rawPair is one key=value pair of the query as written.
type rawPair struct {
	key, value string // as written, still escaped
	hasEq      bool
}

// splitQuery splits a raw query at every byte of seps, keeping empty pairs
// when keepEmpty is set.
func splitQuery(q, seps string, keepEmpty bool) []rawPair {
	var out []rawPair
	for q != "" || keepEmpty {
		i := strings.IndexAny(q, seps)
		item := q
		if i >= 0 {
			item, q = q[:i], q[i+1:]
		} else {
			q = ""
		}
		if item != "" || keepEmpty {
			k, v, eq := strings.Cut(item, "=")
			out = append(out, rawPair{k, v, eq})
		}
		if i < 0 {
			break
		}
	}
	return out
}

// name is how a reason quotes text taken from the string (an option's key,
// say): as it is, unless it lies within a part of the string that may hold
// a credential (connstr's SecretSpans: a key read out of a password that
// holds '&', for one), where it becomes "*****". A driver's reading of a
// string must not reveal what the core masks.
func (s *subject) name(text string) string {
	if s.secrets == nil {
		s.secrets = []string{}
		for _, sp := range s.cs.SecretSpans() {
			raw := s.in[sp.Start:sp.End]
			s.secrets = append(s.secrets, strings.ToLower(raw))
			if dec, ok := connstr.Unescape(raw); ok && dec != raw {
				s.secrets = append(s.secrets, strings.ToLower(dec))
			}
		}
	}
	lower := strings.ToLower(text)
	for _, secret := range s.secrets {
		if strings.Contains(secret, lower) {
			return "*****"
		}
	}
	return text
}

// optionName names an option key from the string in a reason: its
// canonical name when the registry knows it, else the key as written. A
// key inside a part that may hold a credential (the tail of a secret value
// that held an unencoded '&', say) is "an option": it is never repeated.
func (s *subject) optionName(key string) string {
	if spec := connstr.LookupOption(key); spec != nil {
		key = spec.Name
	}
	if shown := s.name(key); shown != "*****" {
		return shown
	}
	return "an option"
}

// tableName names a key a driver's own option table holds (so it is no
// secret): the registry's canonical name, or the table's spelling.
func (s *subject) tableName(key string) string {
	if spec := connstr.LookupOption(key); spec != nil {
		return s.name(spec.Name)
	}
	return s.name(key)
}
