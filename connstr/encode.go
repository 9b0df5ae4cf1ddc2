package connstr

import (
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
// by *****. For a string that did not parse, it masks the text before the
// last '@' after the scheme, where a mis-split password may sit.
func (c *ConnString) Redacted(opts ...RedactOption) string {
	var o encodeOptions
	o.mask = true
	for _, x := range opts {
		o.hideUser = o.hideUser || x&HideUsername != 0
	}
	if !c.Valid() {
		return redactRaw(c.input, o.hideUser)
	}
	return c.encode(o)
}

// Redact parses uri and returns its redacted form.
func Redact(uri string, opts ...RedactOption) string {
	c, _ := Parse(uri)
	return c.Redacted(opts...)
}

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
		spec := LookupOption(opt.Name)
		if spec != nil && spec.Kind == KindTagSets {
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
		writeValue(&b, spec, opt.Value, o.mask)
	}
	for _, raw := range c.Unknown {
		b.WriteByte(sep)
		sep = '&'
		b.WriteString(escape(raw.Key, escValue))
		b.WriteByte('=')
		if o.mask && secretLookingKey(raw.Key) {
			b.WriteString(Mask)
		} else {
			b.WriteString(escape(raw.Value, escValue))
		}
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

func writeValue(b *strings.Builder, spec *OptionSpec, v Value, mask bool) {
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
			secret = secretProperty
		}
		writePairs(b, v.Properties(), secret)
	case KindInt, KindBool:
		b.WriteString(v.Text())
	default:
		b.WriteString(escape(v.Text(), escValue))
	}
}

// writePairs writes key:value pairs; values of keys for which secret
// returns true are masked.
func writePairs(b *strings.Builder, props []Property, secret func(string) bool) {
	for i, p := range props {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(escape(p.Key, escValue))
		b.WriteByte(':')
		if secret != nil && secret(p.Key) {
			b.WriteString(Mask)
		} else {
			b.WriteString(escape(p.Value, escValue))
		}
	}
}

// secretLookingKey reports whether an unknown option's name suggests it
// holds a credential, so that Redacted masks it too.
func secretLookingKey(key string) bool {
	k := strings.ToLower(key)
	for _, w := range [...]string{"pass", "pwd", "secret", "token", "credential", "apikey", "api_key"} {
		if strings.Contains(k, w) {
			return true
		}
	}
	return false
}

// redactRaw masks the credentials of a string that did not parse: text
// between the scheme and the last '@' (where a password that was not
// percent-encoded may have been split), and secret option values.
func redactRaw(in string, hideUser bool) string {
	start := 0
	if i := strings.Index(in, "://"); i >= 0 {
		start = i + 3
	}
	at := strings.LastIndexByte(in, '@')
	var b strings.Builder
	if at >= start {
		b.WriteString(in[:start])
		user := in[start:at]
		// Keep a username that plainly ends before the first ':'.
		if c := strings.IndexAny(user, ":/?#"); !hideUser && c > 0 && user[c] == ':' {
			b.WriteString(user[:c])
			b.WriteByte(':')
		}
		b.WriteString(Mask)
		b.WriteByte('@')
		in = in[at+1:]
	}
	q := strings.IndexByte(in, '?')
	if q < 0 {
		b.WriteString(in)
		return b.String()
	}
	b.WriteString(in[:q+1])
	for i, kv := range strings.FieldsFunc(in[q+1:], func(r rune) bool { return r == '&' || r == ';' }) {
		if i > 0 {
			b.WriteByte('&')
		}
		k, v, found := strings.Cut(kv, "=")
		b.WriteString(k)
		if !found {
			continue
		}
		b.WriteByte('=')
		spec := LookupOption(unescape(k))
		switch {
		case spec != nil && spec.Secret, spec == nil && secretLookingKey(k):
			b.WriteString(Mask)
		case spec != nil && spec.Kind == KindProperties:
			b.WriteString(redactRawProperties(v))
		default:
			b.WriteString(v)
		}
	}
	return b.String()
}

func redactRawProperties(v string) string {
	if badPercent(v) >= 0 {
		return Mask
	}
	parts := strings.Split(unescape(v), ",")
	for i, p := range parts {
		if k, _, ok := strings.Cut(p, ":"); ok && (secretProperty(k) || secretLookingKey(k)) {
			parts[i] = k + ":" + Mask
		}
	}
	return strings.Join(parts, ",")
}
