package connstr

import (
	"slices"
	"strings"
)

// What counts as a secret, in one place: redaction, messages, the explainer
// and the snippets all ask these functions, so that they cannot disagree.
//
// The rule: whatever a string's shape, anything that could be a credential
// is masked in every output unless the caller asks to reveal it. That is
//   - the password, and when the userinfo cannot be trusted (an invalid
//     string, or an '@' after the hosts) everything between the scheme and
//     the last '@';
//   - the text after a "user:" that the parser read as a host and a port
//     which is not a number, up to the end of the string;
//   - the values of options whose names say they hold a credential, even
//     misspelled, wherever they stand (after '?', '&', ';' or a '/' with a
//     missing '?'), each up to the next option the registry knows;
//   - the secret properties of authMechanismProperties, and any property
//     the parser cannot place (no ':');
//   - a scheme the parser cannot place.
// secretSpans lists those spans of the input; the parser never quotes text
// that overlaps one, and Redacted masks them.

// holdsSecret reports whether the value of the option written as key, whose
// registry row is spec (nil for an unknown key), must be hidden: a row
// marked Secret, or an unknown key whose name says it holds a credential.
func holdsSecret(spec *OptionSpec, key string) bool {
	return spec != nil && spec.Secret || spec == nil && secretLookingKey(key)
}

// secretPropertyKey reports whether the value of an authMechanismProperties
// key must be hidden: a property marked Secret (AWS_SESSION_TOKEN), or an
// unknown one whose name says it holds a credential.
func secretPropertyKey(key string) bool {
	return secretProperty(key) || secretLookingKey(key)
}

// secretProperty reports whether key is a mechanism property marked Secret.
func secretProperty(key string) bool {
	p := findProperty(key)
	return p != nil && p.Secret
}

// gluedToProperty reports whether key is a property name with more text
// after it, AWS_SESSION_TOKENabc: a ':' is missing and the rest is the
// value, which may be a secret.
func gluedToProperty(key string) bool {
	if knownProperty(key) {
		return false
	}
	for _, m := range mechanisms {
		for _, p := range m.Properties {
			if len(key) > len(p.Name) && strings.EqualFold(key[:len(p.Name)], p.Name) {
				return true
			}
		}
	}
	return false
}

// knownProperty reports whether some mechanism defines the property key.
func knownProperty(key string) bool { return findProperty(key) != nil }

// findProperty finds a property by name in any mechanism.
func findProperty(key string) *PropertySpec {
	for _, m := range mechanisms {
		if p := m.Property(key); p != nil {
			return p
		}
	}
	return nil
}

// secretWords are the words whose presence in a name the registry does not
// know says the value is a credential; secretLookingKey also accepts each
// with one letter missing or two neighbours swapped (proxyPasword).
var secretWords = [...]string{"password", "passwd", "secret", "token", "credential", "apikey", "privatekey", "passphrase"}

// secretStems are shorter pieces that say as much on their own.
var secretStems = [...]string{"pass", "pwd", "secr", "cred", "tok"}

// secretPieces are the stems, the words and their misspellings, each with
// the set of letters it holds: a name lacking one of those letters cannot
// contain the piece, which rules out most pieces at the cost of an AND.
var secretPieces = func() []letterPiece {
	var out []letterPiece
	add := func(w string) {
		for _, p := range out {
			if p.text == w {
				return
			}
		}
		out = append(out, letterPiece{w, letterSet(w)})
	}
	for _, w := range secretStems {
		add(w)
	}
	for _, w := range secretWords {
		add(w)
		for i := range len(w) {
			add(w[:i] + w[i+1:])
			if i+1 < len(w) {
				add(w[:i] + string(w[i+1]) + string(w[i]) + w[i+2:])
			}
		}
	}
	return out
}()

type letterPiece struct {
	text    string
	letters uint64
}

// letterSet is the set of lower-case letters and digits in s.
func letterSet(s string) uint64 {
	var m uint64
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case 'a' <= c && c <= 'z':
			m |= 1 << (c - 'a')
		case '0' <= c && c <= '9':
			m |= 1 << (26 + c - '0')
		}
	}
	return m
}

// maxKeyLen is the longest name secretLookingKey reads; a longer one is
// text nobody would type as an option name, so its value is hidden.
const maxKeyLen = 64

// secretLookingKey reports whether a name the registry does not know
// suggests it holds a credential, so that its value is hidden too.
func secretLookingKey(key string) bool {
	if len(key) > maxKeyLen {
		return true
	}
	if len(key) < 3 {
		return false
	}
	var buf [maxKeyLen]byte
	k := buf[:0]
	for i := 0; i < len(key); i++ { // lower case, letters and digits only
		switch c := key[i] | 0x20; {
		case 'a' <= c && c <= 'z', '0' <= key[i] && key[i] <= '9':
			k = append(k, c)
		}
	}
	s := string(k)
	letters := letterSet(s)
	for _, p := range secretPieces {
		if p.letters&^letters == 0 && len(p.text) <= len(s) && strings.Contains(s, p.text) {
			return true
		}
	}
	return false
}

// secretSpans appends to out the spans of in that may hold a credential
// (see the rule above), sorted and merged. hidden are spans the parser
// found as it read (a password, a port that is not one, a scheme it could
// not place); scan adds the option values it finds from the text alone.
func secretSpans(in string, hidden []Span, out []Span) []Span {
	out = append(out, hidden...)
	out = scanSecretValues(in, out)
	return mergeSpans(out)
}

// mergeSpans sorts spans and merges those that overlap or touch.
func mergeSpans(s []Span) []Span {
	if len(s) < 2 {
		return s
	}
	slices.SortFunc(s, func(a, b Span) int { return a.Start - b.Start })
	out := s[:1]
	for _, x := range s[1:] {
		last := &out[len(out)-1]
		if x.Start <= last.End {
			last.End = max(last.End, x.End)
			continue
		}
		out = append(out, x)
	}
	return out
}

// overlaps reports whether span overlaps one of the sorted, merged spans.
// An empty span at an offset inside one counts as overlapping.
func overlaps(spans []Span, span Span) bool {
	i, _ := slices.BinarySearchFunc(spans, span.Start, func(s Span, off int) int {
		if s.End <= off {
			return -1
		}
		return 1
	})
	return i < len(spans) && spans[i].Start < max(span.End, span.Start+1)
}

// querySeparator is the byte the parser splits options on: '&', or ';'
// when the query has no '&' but a ';' (see parser.options).
func querySeparator(in string) byte {
	q := strings.IndexByte(in, '?')
	if q < 0 {
		return '&'
	}
	if query := in[q+1:]; strings.IndexByte(query, '&') < 0 && strings.IndexByte(query, ';') >= 0 {
		return ';'
	}
	return '&'
}

// scanSecretValues appends the spans of the values of secret options, and
// of secret or unplaceable properties, wherever a key=value stands after a
// '?', '&', ';' or '/'. A ';' is looked at even when '&' separates options
// (tls=true;proxyPassword=x&appName=a puts the password in tls's value),
// and a '/' or '&' in the path too (a missing '?' puts the options in the
// database name). A value runs up to the next separator that the parser
// splits on followed by an option the registry knows, since a raw secret
// may hold '&'. It runs in time linear in len(in).
func scanSecretValues(in string, out []Span) []Span {
	from := 0
	if i := strings.Index(in, "://"); i >= 0 {
		from = i + 3
	}
	sep := querySeparator(in)
	for i := from; i < len(in); i++ {
		if i > from && !isKeyBoundary(in[i-1]) {
			continue
		}
		j := i
		for j < len(in) && !isKeyStop(in[j]) {
			j++
		}
		if j == i || j >= len(in) || in[j] != '=' {
			continue
		}
		key := in[i:j]
		if strings.IndexByte(key, '%') >= 0 {
			key = unescape(key)
		}
		spec := LookupOption(key)
		vs := j + 1
		switch {
		case holdsSecret(spec, key):
			ve := nextOption(in, vs, sep)
			out = append(out, Span{vs, ve})
			i = ve - 1
		case spec != nil && spec.Kind == KindProperties:
			ve := nextOption(in, vs, sep)
			out = propertySecrets(in, vs, ve, out)
			i = ve - 1
		}
	}
	return out
}

// isKeyBoundary reports whether an option name may start after c.
func isKeyBoundary(c byte) bool { return c == '?' || c == '&' || c == ';' || c == '/' }

// isKeyStop reports whether c ends an option name.
func isKeyStop(c byte) bool {
	switch c {
	case '=', '?', '&', ';', '/', '#', ',', ':', '@':
		return true
	}
	return false
}

// nextOption returns where the option whose value starts at vs ends: at a
// sep followed by a known option's name and '=', or at the end.
func nextOption(s string, vs int, sep byte) int {
	for i := vs; i < len(s); i++ {
		if s[i] != sep {
			continue
		}
		if key, ok := keyAt(s, i+1, '='); ok && LookupOption(key) != nil {
			return i
		}
	}
	return len(s)
}

// keyAt reads an option or property name at s[i:] ending in sep.
func keyAt(s string, i int, sep byte) (string, bool) {
	j := i
	for j < len(s) && (s[j] == '_' || s[j] == '-' || 'a' <= s[j]|0x20 && s[j]|0x20 <= 'z' || '0' <= s[j] && s[j] <= '9') {
		j++
	}
	if j == i || j >= len(s) || s[j] != sep {
		return "", false
	}
	return s[i:j], true
}

// propertySecrets appends the spans of in[vs:ve], an authMechanismProperties
// value as written, that may be credentials: the value of a secret property
// (up to the next ',' followed by a known property and ':', since a raw
// token may hold ','), and an item without ':' that the parser cannot
// place. A value with escapes is judged decoded, and then hidden whole: an
// escaped ',' or ':' moves the pairs' borders.
func propertySecrets(in string, vs, ve int, out []Span) []Span {
	v := in[vs:ve]
	if strings.IndexByte(v, '%') >= 0 {
		if propertiesHoldSecret(unescape(v)) {
			out = append(out, Span{vs, ve})
		}
		return out
	}
	for i := 0; i < len(v); i++ {
		if i > 0 && v[i-1] != ',' {
			continue
		}
		c := strings.IndexAny(v[i:], ",:")
		switch {
		case c > 0 && v[i+c] == ':' && gluedToProperty(v[i:i+c]):
			// AWS_SESSION_TOKENabc:…: the ':' is not where the value starts.
		case c > 0 && v[i+c] == ':' && !secretPropertyKey(v[i:i+c]):
			continue
		case c > 0 && v[i+c] == ':': // a secret property's value
			i += c + 1
		}
		end := nextProperty(v, i)
		if end <= i { // an empty item right before a known property
			continue
		}
		out = append(out, Span{vs + i, vs + end})
		i = end - 1
	}
	return out
}

// nextProperty returns where a property value starting at i ends: at a ','
// followed by a known property name and ':', or at the end.
func nextProperty(v string, i int) int {
	for j := i; j < len(v); j++ {
		if k, ok := keyAt(v, j+1, ':'); v[j] == ',' && ok && knownProperty(k) {
			return j
		}
	}
	return len(v)
}

// propertiesHoldSecret reports whether a decoded key:value list holds a
// secret property or an item without ':'.
func propertiesHoldSecret(v string) bool {
	for item := range strings.SplitSeq(v, ",") {
		k, _, ok := strings.Cut(item, ":")
		if !ok || secretPropertyKey(k) {
			return true
		}
	}
	return false
}

// IsSecretOption reports whether the value of the option named key must be
// hidden: a registry option marked Secret, or an unknown key whose name says
// it holds a credential.
func IsSecretOption(key string) bool { return holdsSecret(LookupOption(key), key) }

// IsSecretProperty reports whether the value of the authMechanismProperties
// key must be hidden: a property marked Secret (AWS_SESSION_TOKEN), or an
// unknown one whose name says it holds a credential.
func IsSecretProperty(key string) bool { return secretPropertyKey(key) }
