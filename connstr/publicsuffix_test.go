package connstr

import (
	"slices"
	"strings"
	"testing"
)

// TestPublicSuffixFormat holds publicsuffix.txt to the format hasRule
// reads: after the comment lines, "domain: label label ...", each domain
// once, its labels sorted and without repeats; and hasRule finds every rule
// the file holds, and not the same labels under another domain.
func TestPublicSuffixFormat(t *testing.T) {
	lines := strings.Split(strings.TrimSuffix(publicSuffixRules, "\n"), "\n")
	seen := map[string]bool{}
	rules := 0
	for _, line := range lines {
		if strings.HasPrefix(line, "//") {
			continue
		}
		domain, list, ok := strings.Cut(line, ": ")
		if !ok || seen[domain] || strings.ContainsAny(domain, ": ") {
			t.Fatalf("line %q: want a domain, once, then ': ' and labels", line)
		}
		seen[domain] = true
		labels := strings.Split(list, " ")
		if !slices.IsSorted(labels) || len(slices.Compact(slices.Clone(labels))) != len(labels) || slices.Contains(labels, "") {
			t.Fatalf("line of %q: labels not sorted, repeated or empty", domain)
		}
		for _, l := range labels {
			rule := l
			if domain != "" {
				rule += "." + domain
			}
			if !hasRule(rule) {
				t.Errorf("hasRule(%q) = false", rule)
			}
			if hasRule(l + ".mongouri-test") {
				t.Errorf("hasRule(%q) = true", l+".mongouri-test")
			}
			rules++
		}
	}
	if rules < 5000 {
		t.Errorf("only %d rules", rules)
	}
}

func TestIsPublicSuffix(t *testing.T) {
	for s, want := range map[string]bool{
		"com": true, "mongouri-test": true, // one label: the default rule
		"co.uk": true, "example.co.uk": false,
		"x.kawasaki.jp": true, "city.kawasaki.jp": false, "kawasaki.jp": false, // *.kawasaki.jp, !city.kawasaki.jp, no rule
		"ck": true, "x.ck": true, "www.ck": false, // *.ck, !www.ck
		"github.io": true, "x.github.io": false, // the private section
		"com.ac": true, "x.com.ac": false, "ac.com": false,
	} {
		if got := isPublicSuffix(s); got != want {
			t.Errorf("isPublicSuffix(%q) = %v, want %v", s, got, want)
		}
	}
}
