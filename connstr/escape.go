package connstr

import "strings"

// An escapeSet lists the bytes a component may hold without percent-encoding.
// The rules are data, one table per component, as in net/url.
type escapeSet [256]bool

func newEscapeSet(extra string) *escapeSet {
	var s escapeSet
	for c := 'a'; c <= 'z'; c++ {
		s[c] = true
	}
	for c := 'A'; c <= 'Z'; c++ {
		s[c] = true
	}
	for c := '0'; c <= '9'; c++ {
		s[c] = true
	}
	for _, c := range []byte("-._~" + extra) { // RFC 3986 unreserved, plus extra
		s[c] = true
	}
	return &s
}

var (
	// Userinfo: only unreserved characters stay as they are. That encodes
	// : / ? # [ ] @ ! $ & ' ( ) * , ; = % + and space, the set MongoDB's
	// Atlas guide lists, and '+' which PyMongo would read as a space.
	escUserinfo = newEscapeSet("")
	// Socket paths and database names: the same, so '/' becomes %2F.
	escPath = newEscapeSet("")
	// Option values: ':' and ',' separate properties and list items and are
	// written raw; '$' keeps authSource=$external readable. Everything that
	// could end or split the pair (& = ; # ?), '@' (some parsers take the
	// last '@' as the end of the userinfo) and '+' are encoded.
	escValue = newEscapeSet(":,/$!'()*")
)

// userinfoPlain lists the bytes a username or password may hold as they
// are: unreserved characters, sub-delimiters and raw UTF-8, which most
// drivers accept though RFC 3986 does not. The parser looks closer at every
// other byte (':', '%', '@', '+', which some drivers read as a space, ...).
var userinfoPlain = func() (t [256]bool) {
	for c := range t {
		t[c] = escUserinfo[c] || isSubDelim(byte(c)) && c != '+' || c >= 0x80
	}
	return t
}()

// userinfoMustEncode lists the bytes a username or password cannot hold
// raw, whatever the driver: the Connection String spec's '@', a second ':'
// and a '%' that starts no escape (checked apart), and the rest of RFC 3986's
// gen-delims, which end the userinfo or start a fragment or an IP literal in
// any URI parser. Any other byte outside RFC 3986's userinfo set (a space,
// '"', '<', ...) is one the spec only says drivers SHOULD reject: a warning.
var userinfoMustEncode = func() (t [256]bool) {
	for _, c := range []byte(":/?#[]@%") {
		t[c] = true
	}
	return t
}()

// isSubDelim reports whether c is one of RFC 3986's sub-delimiters.
func isSubDelim(c byte) bool {
	return strings.IndexByte("!$&'()*+,;=", c) >= 0
}

const upperhex = "0123456789ABCDEF"

// escape percent-encodes every byte of s that set does not allow.
func escape(s string, set *escapeSet) string {
	n := 0
	for i := 0; i < len(s); i++ {
		if !set[s[i]] {
			n++
		}
	}
	if n == 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 2*n)
	for i := 0; i < len(s); i++ {
		c := s[i]
		if set[c] {
			b.WriteByte(c)
			continue
		}
		b.WriteByte('%')
		b.WriteByte(upperhex[c>>4])
		b.WriteByte(upperhex[c&15])
	}
	return b.String()
}

func ishex(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

func unhex(c byte) byte {
	switch {
	case c <= '9':
		return c - '0'
	case c >= 'a':
		return c - 'a' + 10
	default:
		return c - 'A' + 10
	}
}

// badPercent returns the offset of the first '%' in s that does not start a
// valid %XX escape, or -1.
func badPercent(s string) int {
	i := strings.IndexByte(s, '%') // most values hold none: one vectorised scan
	if i < 0 {
		return -1
	}
	for ; i < len(s); i++ {
		if s[i] == '%' && (i+2 >= len(s) || !ishex(s[i+1]) || !ishex(s[i+2])) {
			return i
		}
	}
	return -1
}

// unescape decodes %XX escapes. '+' stays '+': the Connection String spec
// says a space is %20. The caller has checked s with badPercent. Without a
// '%' it returns s itself and allocates nothing.
func unescape(s string) string {
	i := strings.IndexByte(s, '%')
	if i < 0 {
		return s
	}
	return unescapeFrom(s, i)
}

// unescapeFrom is unescape for s whose first '%' is at i.
func unescapeFrom(s string, i int) string {
	var b strings.Builder // one allocation: String does not copy
	b.Grow(len(s))
	for {
		b.WriteString(s[:i])
		if i+2 >= len(s) { // too near the end to be an escape
			b.WriteString(s[i:])
			return b.String()
		}
		b.WriteByte(unhex(s[i+1])<<4 | unhex(s[i+2]))
		s = s[i+3:]
		if i = strings.IndexByte(s, '%'); i < 0 {
			b.WriteString(s)
			return b.String()
		}
	}
}

// decode checks and decodes the %XX escapes of s, for the parser. bad is
// the offset of the first '%' that does not start an escape (s is then
// returned as it is), or -1. Without a '%' it returns s itself and
// allocates nothing.
func decode(s string) (decoded string, bad int) {
	i := strings.IndexByte(s, '%') // most components hold none: one vectorised scan
	if i < 0 {
		return s, -1
	}
	if bad := badPercent(s[i:]); bad >= 0 {
		return s, i + bad
	}
	return unescapeFrom(s, i), -1
}

// EscapeUserinfo percent-encodes a username or a password as String writes
// it: everything but RFC 3986's unreserved characters.
func EscapeUserinfo(s string) string { return escape(s, escUserinfo) }

// EscapeValue percent-encodes an option value, or one key or value of a
// key:value list, as String writes it.
func EscapeValue(s string) string { return escape(s, escValue) }

// Unescape decodes the %XX escapes of s as the parser does: '+' stays '+'.
// ok is false, and s is returned as it is, when some '%' does not start an
// escape.
func Unescape(s string) (decoded string, ok bool) {
	d, bad := decode(s)
	return d, bad < 0
}

// UserinfoAllows reports whether a username or password may hold the byte c
// without percent-encoding: unreserved characters and sub-delimiters other
// than '+'. Bytes of raw UTF-8 are not allowed (most drivers accept them,
// RFC 3986 does not).
func UserinfoAllows(c byte) bool { return c < 0x80 && userinfoPlain[c] }

// HostNameAllows reports whether a host name may hold the byte c as it is:
// RFC 3986's unreserved characters. Bytes of raw UTF-8 are not allowed.
func HostNameAllows(c byte) bool { return c < 0x80 && hostChar[c] }
