package connstr

import (
	_ "embed"
	"strings"
)

// publicSuffixRules holds the Public Suffix List's rules in A-label form,
// grouped under the domain they are one label below, a line a domain:
// "ck: !www *" holds !www.ck and *.ck, and the line of the empty domain
// (": ac ad ...") the rules of one label. scripts/gen-publicsuffix writes it
// from the list's own file; grouped, it costs the WebAssembly module 4 KB of
// brotli less than a rule a line. golang.org/x/net/publicsuffix would link
// net/http into the module, through net/http/cookiejar.
//
//go:embed publicsuffix.txt
var publicSuffixRules string

// isPublicSuffix reports whether the lower-case A-label domain name s is a
// public suffix under the list's algorithm: a rule names it, or a wildcard
// rule names its parent and no exception rule names it. A single label is
// one by the list's default rule ("*").
func isPublicSuffix(s string) bool {
	if strings.IndexByte(s, '.') < 0 {
		return true
	}
	if hasRule("!" + s) {
		return false
	}
	return hasRule(s) || hasRule("*."+s[strings.IndexByte(s, '.')+1:])
}

// hasRule reports whether the list holds the rule: whether the line of the
// domain after its first label names that label. Only srvAllowedHostsSuffix
// asks, once a parse: a scan of the text costs less than building an index,
// in time and in memory.
func hasRule(rule string) bool {
	first, domain, _ := strings.Cut(rule, ".")
	_, line, found := strings.Cut(publicSuffixRules, "\n"+domain+":")
	if !found {
		return false
	}
	line, _, _ = strings.Cut(line, "\n")
	return strings.Contains(line+" ", " "+first+" ")
}
