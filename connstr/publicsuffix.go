package connstr

import (
	_ "embed"
	"strings"
)

// publicSuffixRules holds the Public Suffix List's rules, one a line in
// A-label form, between newlines (scripts/gen-publicsuffix writes it from
// the list's own file). golang.org/x/net/publicsuffix would link net/http
// into the WebAssembly module, through net/http/cookiejar.
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

// hasRule reports whether the list holds the rule as a line of its own.
// Only srvAllowedHostsSuffix asks, once a parse: a scan of the text costs
// less than building an index, in time and in memory.
func hasRule(rule string) bool {
	return strings.Contains(publicSuffixRules, "\n"+rule+"\n")
}
