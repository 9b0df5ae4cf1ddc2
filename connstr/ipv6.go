package connstr

import "strings"

// isIPv6 reports whether s is an IPv6 address in text form, with an
// optional zone ("fe80::1%eth0"): exactly the strings net/netip's
// ParseAddr reads as IPv6. Groups have one to four hex digits; one "::"
// stands for at least one zero group; a dotted IPv4 address may fill the
// last 32 bits; a '%' starts a zone that must not be empty.
//
// It exists because netip costs the WebAssembly module 16 KB of brotli (its
// zones are interned through package unique, whose generic code is large),
// for a yes or no. ipv6_test.go and FuzzIsIPv6 hold it to netip's answers.
func isIPv6(s string) bool {
	if i := strings.IndexByte(s, '%'); i >= 0 {
		if i == len(s)-1 {
			return false
		}
		s = s[:i]
	}
	groups, ellipsis := 0, false // 16-bit groups read; whether "::" was
	if strings.HasPrefix(s, "::") {
		s, ellipsis = s[2:], true
		if s == "" {
			return true
		}
	}
	for {
		n := 0
		for n < len(s) && ishex(s[n]) {
			n++
		}
		if n == 0 || n > 4 {
			return false
		}
		if n < len(s) && s[n] == '.' {
			// An IPv4 address ends the text, in the last two groups.
			if !ellipsis && groups != 6 || groups > 6 || !isIPv4(s) {
				return false
			}
			groups += 2
			break
		}
		groups++
		s = s[n:]
		if s == "" {
			break
		}
		if groups == 8 || s[0] != ':' || len(s) == 1 {
			return false
		}
		s = s[1:]
		if s[0] == ':' {
			if ellipsis {
				return false
			}
			s, ellipsis = s[1:], true
			if s == "" {
				break
			}
		}
	}
	if ellipsis {
		return groups < 8
	}
	return groups == 8
}
