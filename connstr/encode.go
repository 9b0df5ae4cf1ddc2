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
	for _, raw := range c.Unknown {
		b.WriteByte(sep)
		sep = '&'
		switch {
		case o.mask && raw.secretKey:
			b.WriteString(Mask + "=" + Mask)
			continue
		case o.mask && (raw.secret || secretLookingKey(raw.Key)):
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
// returns true are masked, and so are whole unknown pairs that follow a
// secret (a raw secret value holding ',' and ':' reads as further pairs)
// and keys glued to a property's name (a missing ':').
func writePairs(b *strings.Builder, props []Property, secret func(string) bool) {
	masking := false
	for i, p := range props {
		if i > 0 {
			b.WriteByte(',')
		}
		switch {
		case secret == nil:
		case masking && !knownProperty(p.Key), gluedToProperty(p.Key):
			masking = true
			b.WriteString(Mask)
			continue
		case secret(p.Key):
			masking = true
			b.WriteString(escape(p.Key, escValue) + ":" + Mask)
			continue
		default:
			masking = false
		}
		b.WriteString(escape(p.Key, escValue))
		b.WriteByte(':')
		b.WriteString(escape(p.Value, escValue))
	}
}

// Format prints the redacted string for every verb, so that logging a
// ConnString or a *ConnString with %v, %+v, %#v, %s or %q never shows a
// credential. (A value receiver: fmt finds it on values and pointers alike.)
func (c ConnString) Format(f fmt.State, _ rune) {
	f.Write([]byte(c.Redacted()))
}

// MarshalText gives the redacted string to encoding/json, encoding/xml and
// the log/slog handlers, which would otherwise print the fields, password
// included.
func (c ConnString) MarshalText() ([]byte, error) {
	return []byte(c.Redacted()), nil
}
