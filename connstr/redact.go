package connstr

import "strings"

// RedactOption changes what Redacted hides.
type RedactOption uint8

const (
	// HideUsername masks the username as well as the password.
	HideUsername RedactOption = 1 << iota
)

// Redacted returns the string with everything that is or may be a
// credential replaced by *****: the password, every secret option value
// (proxyPassword, tlsCertificateKeyFilePassword, the AWS_SESSION_TOKEN
// property, and options whose names say they hold a secret, even
// misspelled), and whatever text the parser read in a way that may have cut
// a password apart (see secretSpans for the whole rule).
//
// A valid string whose only secrets are its password and secret option
// values comes back in canonical form (see String); any other string comes
// back as written, with each such span masked.
func (c *ConnString) Redacted(opts ...RedactOption) string {
	var hideUser bool
	for _, x := range opts {
		hideUser = hideUser || x&HideUsername != 0
	}
	spans := c.redactSpans(hideUser)
	if c.Valid() && !c.suspect && c.onlyPlainSecrets(spans) {
		return c.encode(encodeOptions{mask: true, hideUser: hideUser})
	}
	return maskSpans(c.input, spans)
}

// Redact parses uri and returns its redacted form.
func Redact(uri string, opts ...RedactOption) string {
	c, _ := Parse(uri)
	return c.Redacted(opts...)
}

// SecretSpans returns the spans of the input that may hold a credential,
// sorted and merged: what Redacted masks (see secrets.go for the rule). A
// tool that shows parts of the input (the explainer) shows nothing that
// overlaps one unless the person asked to see secrets.
func (c *ConnString) SecretSpans() []Span { return c.redactSpans(false) }

// redactSpans returns the sorted, merged spans of the input that Redacted
// masks. A string that did not parse, or has an '@' after its hosts, cannot
// be trusted to have found its userinfo: the text between the scheme and
// the last '@' is masked, but for a username that plainly ends at a first
// ':'.
func (c *ConnString) redactSpans(hideUser bool) []Span {
	in := c.input
	var extra [3]Span
	more := extra[:0]
	start := 0
	if i := strings.Index(in, "://"); i >= 0 {
		start = i + 3
	}
	if at := strings.LastIndexByte(in, '@'); at > start && (!c.Valid() || c.suspect) {
		from := start
		if i := strings.IndexAny(in[start:at], ":/?#"); !hideUser && i > 0 && in[start+i] == ':' {
			from = start + i + 1
		}
		more = append(more, Span{from, at})
	}
	if u := c.User; u != nil && u.HasPassword && u.PasswordSpan.Valid() && u.PasswordSpan.End <= len(in) {
		more = append(more, u.PasswordSpan)
	}
	if hideUser && c.User != nil && c.User.Span.Valid() && c.User.Span.End <= len(in) {
		more = append(more, c.User.Span)
	}
	return secretSpans(in, append(more, c.hidden...), nil)
}

// onlyPlainSecrets reports whether every span is the password or the value
// of a secret option that the encoder masks: then the canonical form hides
// everything that must be hidden. Any other span (a secret value inside the
// database name, a value that ran on over '&', a property) is left to
// maskSpans, which hides the text as written.
func (c *ConnString) onlyPlainSecrets(spans []Span) bool {
	for _, s := range spans {
		switch {
		case c.User != nil && s == c.User.PasswordSpan:
		case c.User != nil && s == c.User.Span: // HideUsername
		case c.isSecretValue(s):
		default:
			return false
		}
	}
	return true
}

// isSecretValue reports whether s is exactly the value of a secret option.
func (c *ConnString) isSecretValue(s Span) bool {
	for _, o := range c.Options {
		if o.Value.Kind() == KindSecret && o.Span.Valid() && s == (Span{o.Span.Start + len(o.Key) + 1, o.Span.End}) {
			return true
		}
	}
	return false
}

// maskSpans returns in with each of the sorted, merged spans replaced by
// the mask.
func maskSpans(in string, spans []Span) string {
	if len(spans) == 0 {
		return in
	}
	var b strings.Builder
	b.Grow(len(in))
	last := 0
	for _, s := range spans {
		if s.Start < last || s.End > len(in) || s.Start >= s.End {
			continue
		}
		b.WriteString(in[last:s.Start])
		b.WriteString(Mask)
		last = s.End
	}
	b.WriteString(in[last:])
	return b.String()
}

// RedactUnparsed masks s as written, whatever its shape, as Redacted masks a
// string it does not return in canonical form: for text that cannot be
// trusted to parse as meant (the explainer's rewrites of a string).
func RedactUnparsed(s string) string { return redactRaw(s, false) }

// redactRaw masks the credentials of a string as written, whatever its
// shape.
func redactRaw(in string, hideUser bool) string {
	c, _ := Parse(in)
	return maskSpans(in, c.redactSpans(hideUser))
}
