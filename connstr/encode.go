package connstr

import (
	"fmt"
	"strconv"
	"strings"
)

// String returns the canonical form of the connection string: the scheme,
// percent-encoded credentials, the hosts, "/" and the database, then the
// recognised options under their canonical names in the order they were
// given, then unrecognised ones. Parse(c.String()) gives back the same hosts,
// credentials, database and option values.
func (c *ConnString) String() string {
	return c.encode(encodeOptions{})
}

// RedactOption changes what Redacted hides.
type RedactOption uint8

const (
	// HideUsername masks the username as well as the password.
	HideUsername RedactOption = 1 << iota
)

// Redacted returns the string with the password and every secret option
// value (proxyPassword, tlsCertificateKeyFilePassword, the AWS_SESSION_TOKEN
// property, and unknown options whose names say they hold a secret) replaced
// by *****. For a string that did not parse, or one with an '@' after the
// hosts and no userinfo before them (a password with an unescaped '/' may
// parse as a host and a database), it masks the text between the scheme and
// the last '@', where such a password sits.
func (c *ConnString) Redacted(opts ...RedactOption) string {
	var o encodeOptions
	o.mask = true
	for _, x := range opts {
		o.hideUser = o.hideUser || x&HideUsername != 0
	}
	if !c.Valid() || c.suspect {
		return redactRaw(c.input, o.hideUser)
	}
	return c.encode(o)
}

// Redact parses uri and returns its redacted form.
func Redact(uri string, opts ...RedactOption) string {
	c, _ := Parse(uri)
	return c.Redacted(opts...)
}

// RedactUnparsed masks s as Redacted masks a string that did not parse, for
// a string that cannot be trusted to have parsed as meant: secret option
// values, then the text between the scheme and the last '@'.
func RedactUnparsed(s string) string { return redactRaw(s, false) }

type encodeOptions struct {
	mask, hideUser bool
}

func (c *ConnString) encode(o encodeOptions) string {
	var b strings.Builder
	b.Grow(len(c.input) + 16)
	scheme := c.Scheme
	if scheme == "" {
		scheme = SchemeMongoDB
	}
	b.WriteString(string(scheme))
	b.WriteString("://")
	if u := c.User; u != nil {
		if o.hideUser {
			b.WriteString(Mask)
		} else {
			b.WriteString(escape(u.Username, escUserinfo))
		}
		if u.HasPassword {
			b.WriteByte(':')
			if o.mask {
				b.WriteString(Mask)
			} else {
				b.WriteString(escape(u.Password.Reveal(), escUserinfo))
			}
		}
		b.WriteByte('@')
	}
	for i, h := range c.Hosts {
		if i > 0 {
			b.WriteByte(',')
		}
		writeHost(&b, h)
	}
	if c.Database != "" || len(c.Options) > 0 || len(c.Unknown) > 0 {
		b.WriteByte('/')
		b.WriteString(escape(c.Database, escPath))
	}
	sep := byte('?')
	for _, opt := range c.Options {
		if opt.Value.Kind() == KindTagSets { // one key=value per tag set
			for _, t := range opt.Value.TagSets() {
				b.WriteByte(sep)
				sep = '&'
				b.WriteString(opt.Name)
				b.WriteByte('=')
				writePairs(&b, t, nil)
			}
			continue
		}
		b.WriteByte(sep)
		sep = '&'
		b.WriteString(opt.Name)
		b.WriteByte('=')
		writeValue(&b, opt.Value, o.mask)
	}
	secretFrom := len(c.input)
	if o.mask {
		secretFrom = firstSecretOption(c.input)
	}
	for _, raw := range c.Unknown {
		b.WriteByte(sep)
		sep = '&'
		switch {
		case raw.Span.Valid() && raw.Span.Start > secretFrom:
			// Possibly the tail of a raw secret value that held a '&'.
			b.WriteString(Mask + "=" + Mask)
			continue
		case o.mask && secretLookingKey(raw.Key):
			b.WriteString(escape(raw.Key, escValue) + "=" + Mask)
			continue
		}
		b.WriteString(escape(raw.Key, escValue))
		b.WriteByte('=')
		b.WriteString(escape(raw.Value, escValue))
	}
	return b.String()
}

func writeHost(b *strings.Builder, h Host) {
	switch h.Type {
	case HostIPLiteral:
		b.WriteByte('[')
		b.WriteString(strings.ReplaceAll(h.Host, "%", "%25")) // a zone's '%'
		b.WriteByte(']')
	case HostUnix:
		b.WriteString(escape(h.Host, escPath))
		return
	default:
		b.WriteString(h.Host)
	}
	if h.Port != 0 {
		b.WriteByte(':')
		b.WriteString(strconv.Itoa(h.Port))
	}
}

func writeValue(b *strings.Builder, v Value, mask bool) {
	switch v.Kind() {
	case KindSecret:
		if mask {
			b.WriteString(Mask)
		} else {
			b.WriteString(escape(v.Secret().Reveal(), escValue))
		}
	case KindStringList:
		for i, item := range v.List() {
			if i > 0 {
				b.WriteByte(',')
			}
			b.WriteString(escape(item, escValue))
		}
	case KindProperties:
		var secret func(string) bool
		if mask {
			secret = secretPropertyKey
		}
		writePairs(b, v.Properties(), secret)
	case KindInt, KindBool:
		b.WriteString(v.Text())
	default:
		b.WriteString(escape(v.Text(), escValue))
	}
}

// writePairs writes key:value pairs; values of keys for which secret
// returns true are masked, and so are unknown keys that follow a secret (a
// raw secret value holding ',' and ':' reads as further pairs).
func writePairs(b *strings.Builder, props []Property, secret func(string) bool) {
	masking := false
	for i, p := range props {
		if i > 0 {
			b.WriteByte(',')
		}
		switch {
		case secret == nil:
		case secret(p.Key):
			masking = true
			b.WriteString(escape(p.Key, escValue) + ":" + Mask)
			continue
		case masking && !knownProperty(p.Key):
			b.WriteString(Mask)
			continue
		default:
			masking = false
		}
		b.WriteString(escape(p.Key, escValue))
		b.WriteByte(':')
		b.WriteString(escape(p.Value, escValue))
	}
}

// redactRaw masks the credentials of a string that cannot be trusted to
// have parsed as meant. Secret option values are masked first, each up to the
// next option the registry knows (a raw value may hold '&', '@' or ','); then
// the text between the scheme and the last remaining '@', where a password
// that was not percent-encoded sits.
func redactRaw(in string, hideUser bool) string {
	s := maskSecretValues(in)
	start := 0
	if i := strings.Index(s, "://"); i >= 0 {
		start = i + 3
	}
	at := strings.LastIndexByte(s, '@')
	if at < start {
		return s
	}
	var b strings.Builder
	b.WriteString(s[:start])
	user := s[start:at]
	// Keep a username that plainly ends at the first ':'.
	if c := strings.IndexAny(user, ":/?#"); !hideUser && c > 0 && user[c] == ':' {
		b.WriteString(user[:c+1])
	}
	b.WriteString(Mask)
	b.WriteString(s[at:])
	return b.String()
}

// maskSecretValues replaces the values of secret options, and of the secret
// properties inside authMechanismProperties, with the mask.
func maskSecretValues(s string) string {
	var b strings.Builder
	last := 0
	semi := semicolonSeparates(s)
	for i := 0; i < len(s); i++ {
		if i > 0 && !isOptionSeparator(s[i-1], semi) {
			continue
		}
		key, ok := keyAt(s, i, '=')
		if !ok {
			continue
		}
		spec := LookupOption(key)
		vs := i + len(key) + 1
		switch {
		case holdsSecret(spec, key):
			ve := nextOption(s, vs, semi)
			b.WriteString(s[last:vs])
			b.WriteString(Mask)
			last, i = ve, ve-1
		case spec != nil && spec.Kind == KindProperties:
			ve := nextOption(s, vs, semi)
			b.WriteString(s[last:vs])
			b.WriteString(maskSecretProperties(s[vs:ve]))
			last, i = ve, ve-1
		}
	}
	b.WriteString(s[last:])
	return b.String()
}

// firstSecretOption returns where the first option that may carry a secret
// starts, or len(s).
func firstSecretOption(s string) int {
	semi := semicolonSeparates(s)
	for i := 1; i < len(s); i++ {
		if !isOptionSeparator(s[i-1], semi) {
			continue
		}
		if key, ok := keyAt(s, i, '='); ok {
			spec := LookupOption(key)
			if holdsSecret(spec, key) || spec != nil && spec.Kind == KindProperties {
				return i
			}
		}
	}
	return len(s)
}

// semicolonSeparates says whether ';' separates options in s: as in the
// parser, only when no '&' does.
func semicolonSeparates(s string) bool { return strings.IndexByte(s, '&') < 0 }

func isOptionSeparator(c byte, semi bool) bool { return c == '?' || c == '&' || semi && c == ';' }

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

// nextOption returns where the option whose value starts at vs ends: at a
// separator followed by a known option's name and '=', or at the end.
func nextOption(s string, vs int, semi bool) int {
	for i := vs; i < len(s); i++ {
		if s[i] == '&' || semi && s[i] == ';' {
			if key, ok := keyAt(s, i+1, '='); ok && LookupOption(key) != nil {
				return i
			}
		}
	}
	return len(s)
}

// maskSecretProperties masks secret values in a raw key:value list; a
// secret runs up to the next ',' followed by a known property name and ':'.
func maskSecretProperties(v string) string {
	var b strings.Builder
	last := 0
	for i := 0; i < len(v); i++ {
		if i > 0 && v[i-1] != ',' {
			continue
		}
		key, ok := keyAt(v, i, ':')
		if !ok || !secretPropertyKey(key) {
			continue
		}
		vs := i + len(key) + 1
		ve := len(v)
		for j := vs; j < len(v); j++ {
			if k, ok := keyAt(v, j+1, ':'); v[j] == ',' && ok && knownProperty(k) {
				ve = j
				break
			}
		}
		b.WriteString(v[last:vs])
		b.WriteString(Mask)
		last, i = ve, ve-1
	}
	b.WriteString(v[last:])
	return b.String()
}

// Format prints the redacted string for every verb, so that logging a
// *ConnString with %v, %+v or %#v never shows a credential.
func (c *ConnString) Format(f fmt.State, _ rune) {
	f.Write([]byte(c.Redacted()))
}
