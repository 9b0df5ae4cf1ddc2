package explain

import (
	"strconv"
	"strings"

	"github.com/mongouri/mongouri/connstr"
)

// A password with an unencoded '@', ':', '/', '?' or '#' shifts the parts of
// the string: the host list starts at the wrong '@', the password's tail
// reads as a host, a port or a database. The parser reports the symptoms;
// repairCredentials finds the likely intent. It tries the string's '@'s from
// the last one back, takes everything between the scheme and that '@' as
// the user information, percent-encodes what needs it, and keeps the first
// reading that parses with plain host names and no error before the hosts.

// maxAtCandidates bounds the readings tried, so that the repair costs a
// constant number of parses whatever the input.
const maxAtCandidates = 8

func (x *explainer) repairCredentials() {
	cs := x.cs
	s := x.basis
	start := schemeLen(s)
	if start == 0 {
		return
	}
	if at := strings.LastIndexByte(s, '@'); at < start || cs.Valid() && !misSplit(cs, at) {
		return
	}
	dbAt := strings.IndexByte(cs.Database, '@') >= 0
	// The earliest symptom: a repair must change something before it.
	firstBad, errs := len(s), 0
	for _, d := range cs.Diagnostics {
		if d.Severity == connstr.SeverityError || d.Code == connstr.CodeSuspectedPassword {
			if d.Severity == connstr.SeverityError {
				errs++
			}
			if d.Span.Valid() {
				firstBad = min(firstBad, d.Span.Start)
			}
		}
	}
	if dbAt {
		firstBad = min(firstBad, strings.IndexByte(s[start:], '/')+start)
	}
	for _, r := range cs.Unknown {
		if strings.IndexByte(r.Key+r.Value, '@') >= 0 && connstr.LookupOption(r.Key) == nil && r.Span.Valid() {
			firstBad = min(firstBad, r.Span.Start)
		}
	}
	// An '@' inside a secret option's value (raw, with a '&' before it) is
	// not where user information ends.
	secrets := secretStart(cutURI(s))
	tries := 0
	for at := strings.LastIndexByte(s, '@'); at > start && tries < maxAtCandidates; at = strings.LastIndexByte(s[:at], '@') {
		tries++
		if firstBad > at || at >= secrets {
			continue
		}
		enc, chars := encodeUserinfo(s[start:at])
		if chars == "" {
			continue
		}
		cand := s[:start] + enc + s[at:]
		c2, _ := connstr.Parse(cand)
		hostEnd := len(cand)
		if i := strings.IndexAny(cand[start+len(enc):], "/?"); i >= 0 {
			hostEnd = start + len(enc) + i
		}
		if !plausibleRepair(c2, hostEnd, errs) {
			continue
		}
		sev := connstr.SeverityWarning
		if !cs.Valid() {
			sev = connstr.SeverityError
		}
		x.m = x.m.replace(start, at, enc)
		x.basis, x.cs, x.basisKind = cand, c2, "repaired"
		if isPlaceholder(c2.Username()) || c2.User != nil && isPlaceholder(c2.User.Password.Reveal()) {
			return // the placeholder check explains it; nothing to encode
		}
		p := &pending{
			Check: Check{Code: CodeCredentialsNotEncoded, Severity: sev.String(), Source: "explain",
				Title: "Special characters in the credentials are not percent-encoded",
				// Which characters is not said: that would tell what the
				// password holds.
				Seen: "The username or password holds special characters written as is. Such characters end the user information " +
					"early or make the rest of it read as a host, a port, a database or options.",
				Fix: "Percent-encode the username and password (RFC 3986): every character other than letters, digits and - . _ ~ " +
					"is written as % and its two hex digits, e.g. @ as %40, : as %3A, / as %2F, ? as %3F, # as %23, % as %25. " +
					"Read this way, the string authenticates as " + quoteUser(c2.Username()) + " and connects to " + firstHost(c2) + "."},
			sev:        sev,
			basisSpans: []connstr.Span{{Start: start, End: start + len(enc)}},
			basisFix:   true,
		}
		x.add(p)
		return
	}
}

// schemeLen returns the length of a valid scheme prefix of s, or 0.
func schemeLen(s string) int {
	switch {
	case strings.HasPrefix(s, prefixMongoDB):
		return len(prefixMongoDB)
	case strings.HasPrefix(s, prefixSRV):
		return len(prefixSRV)
	}
	return 0
}

// plausibleRepair accepts a reading with user information, one or more
// hosts that are plain names or addresses, no error up to the end of the
// host list, fewer errors than before, and no '@' left after the hosts.
func plausibleRepair(c *connstr.ConnString, hostEnd, errsBefore int) bool {
	if c.User == nil || len(c.Hosts) == 0 || strings.IndexByte(c.Database, '@') >= 0 || c.Diagnostics.Has(connstr.CodeSuspectedPassword) {
		return false
	}
	for _, r := range c.Unknown {
		if strings.IndexByte(r.Key+r.Value, '@') >= 0 && connstr.LookupOption(r.Key) == nil {
			return false
		}
	}
	errs := 0
	for _, d := range c.Diagnostics {
		if d.Severity != connstr.SeverityError {
			continue
		}
		errs++
		if !d.Span.Valid() || d.Span.Start < hostEnd {
			return false
		}
	}
	if errsBefore > 0 && errs >= errsBefore {
		return false
	}
	for _, h := range c.Hosts {
		if h.Type != connstr.HostUnix && !shellSafeHost(h) {
			return false
		}
	}
	return true
}

// encodeUserinfo percent-encodes raw user information as the person most
// likely meant it: the first ':' separates username and password, valid %XX
// escapes stay (unless some '%' is not one, which means none were meant as
// escapes), and everything RFC 3986 does not allow is encoded, '+' too (some
// drivers read it as a space). It returns the result and the characters it
// encoded, in words ("'@' and '/'"), or "" when nothing needed encoding.
func encodeUserinfo(raw string) (string, string) {
	_, escapes := connstr.Unescape(raw)
	literalPercent := !escapes
	colon := strings.IndexByte(raw, ':')
	var b strings.Builder
	var seen []byte
	for i := 0; i < len(raw); i++ {
		c := raw[i]
		switch {
		case i == colon:
			b.WriteByte(c)
			continue
		case c == '%' && !literalPercent:
			b.WriteByte(c) // a valid escape: keep it
			continue
		case connstr.UserinfoAllows(c): // raw UTF-8 is encoded, as RFC 3986 wants
			b.WriteByte(c)
			continue
		}
		writeEscaped(&b, c)
		if c < 0x80 && strings.IndexByte(string(seen), c) < 0 && len(seen) < 8 {
			seen = append(seen, c)
		} else if c >= 0x80 && strings.IndexByte(string(seen), 0x80) < 0 {
			seen = append(seen, 0x80)
		}
	}
	if len(seen) == 0 {
		return raw, ""
	}
	words := make([]string, len(seen))
	for i, c := range seen {
		switch c {
		case 0x80:
			words[i] = "non-ASCII characters"
		case ' ':
			words[i] = "a space"
		default:
			words[i] = "'" + string(c) + "'"
		}
	}
	return b.String(), joinWords(words)
}

// joinWords joins "a", "b" and "c" as "a, b and c".
func joinWords(w []string) string {
	switch len(w) {
	case 0:
		return ""
	case 1:
		return w[0]
	}
	return strings.Join(w[:len(w)-1], ", ") + " and " + w[len(w)-1]
}

// isPlaceholder reports whether s is a placeholder left from a template,
// such as Atlas's <db_password> or <username>.
func isPlaceholder(s string) bool {
	return len(s) >= 3 && len(s) <= 40 && s[0] == '<' && s[len(s)-1] == '>' && !strings.ContainsAny(s[1:len(s)-1], "<>")
}

func quoteUser(u string) string {
	if u == "" {
		return "no user"
	}
	return "user " + u
}

func firstHost(c *connstr.ConnString) string {
	if len(c.Hosts) == 0 {
		return "no host"
	}
	s := c.Hosts[0].Address()
	if n := len(c.Hosts) - 1; n > 0 {
		s += " (and " + strconv.Itoa(n) + " more)"
	}
	return s
}
