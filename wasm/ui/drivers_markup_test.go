package ui

import (
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/mongouri/mongouri/connstr/explain"
)

// chips returns each chip's family and outcome, in order.
func chips(out string) []string {
	var got []string
	for _, m := range regexp.MustCompile(`class="mu-chip" data-family="([^"]+)" data-outcome="([^"]+)"`).FindAllStringSubmatch(out, -1) {
		got = append(got, m[1]+"="+m[2])
	}
	return got
}

func TestDriversHTML(t *testing.T) {
	f := &folds{open: map[string]bool{}}
	for _, c := range []struct {
		name, uri string
		chips     []string
		has, not  []string
		open      bool
	}{{
		name:  "Node.js 7 rejects an option it does not support; 6 and Go accept",
		uri:   "mongodb://h/?useNewUrlParser=true",
		chips: []string{"node=rejects", "node6=accepts", "python=warns", "go=accepts", "java=warns", "csharp=warns", "rust=warns", "c=warns"},
		has: []string{
			"Will it work in my driver?", ">Node.js 7.x<", ">Node.js 6.x<", ">C#<", ">C/PHP<",
			`<strong>Node.js 7.x</strong> <span class="mu-chip-word">rejects:</span>`, "useNewUrlParser",
			// The five that warn for the same reason share one line.
			`data-families="python java csharp rust c"`, "Python, Java, C#, Rust and C/PHP</strong>",
			"(read from the specifications and the drivers&#39; sources)", "(checked against the driver)",
			"Node.js and Go checked against the real drivers",
			"Drivers: ✕ rejects: Node.js 7.x · ! warn: Python, Java, C#, Rust, C/PHP · ✓ accept: Node.js 6.x, Go",
		},
		open: true, // they disagree on rejecting: the reasons start open
	}, {
		name:  "an Atlas SRV string: every driver accepts, nothing to explain",
		uri:   examples[0].uri,
		chips: []string{"node=accepts", "node6=accepts", "python=accepts", "go=accepts", "java=accepts", "csharp=accepts", "rust=accepts", "c=accepts"},
		has:   []string{`data-same="accepts"`, "every driver accepts it", `data-fold="driver-chips">`},
		not:   []string{"mu-verdict-reasons", "s3cret-Pass"},
	}, {
		name:  "a broken password: all reject, one line says so, the chips and reasons are folded, the password unsaid",
		uri:   examples[2].uri,
		chips: []string{"node=rejects", "node6=rejects", "python=rejects", "go=rejects", "java=rejects", "csharp=rejects", "rust=rejects", "c=rejects"},
		has:   []string{`data-same="rejects"`, "every driver rejects it", `data-fold="driver-chips">`, "Node.js 7.x and Node.js 6.x</strong>"},
		not:   []string{"ssw0rd", "'9'!"},
	}} {
		out := string(read(c.uri, false).driversHTML(f, uid))
		assert.Equal(t, c.chips, chips(out), c.name)
		for _, s := range c.has {
			assert.Contains(t, out, s, c.name)
		}
		for _, s := range c.not {
			assert.NotContains(t, out, s, c.name)
		}
		assert.Equal(t, c.open, strings.Contains(out, `data-fold="driver-reasons" open=""`), c.name)
		assert.Equal(t, 1, strings.Count(out, `data-mu="drivers"`), c.name)
	}

	// Every driver warning reads as a sentence.
	warns := &reading{uri: "mongodb://h/", x: &explain.Explanation{Drivers: []explain.DriverVerdict{
		{Family: "go", Driver: "Go", Checked: true, Outcome: "warns", Reasons: []string{"a"}},
		{Family: "java", Driver: "Java", Outcome: "warns", Reasons: []string{"b"}},
	}}}
	assert.Contains(t, string(warns.driversHTML(f, uid)), "every driver accepts it with a warning")
	// Two reasons of one family read as one sentence, not as two sentences
	// of which the second starts in lower case.
	two := &reading{uri: "mongodb://h/", x: &explain.Explanation{Drivers: []explain.DriverVerdict{
		{Family: "c", Driver: "C/PHP", Outcome: "warns", Reasons: []string{"an unknown option is ignored.", "a bad value is ignored"}},
		{Family: "go", Driver: "Go", Checked: true, Outcome: "accepts"},
	}}}
	assert.Contains(t, string(two.driversHTML(f, uid)),
		`<span class="mu-reason">an unknown option is ignored</span>; <span class="mu-reason">a bad value is ignored</span>.`)
	// Empty for an empty string.
	assert.Empty(t, read("", false).driversHTML(f, uid))
	// On a phone's width the reasons start closed: the chips say who.
	narrow := &folds{open: map[string]bool{}, narrow: true}
	legacy := string(read("mongodb://h/?useNewUrlParser=true", false).driversHTML(narrow, uid))
	assert.Contains(t, legacy, `data-fold="driver-reasons"`)
	assert.NotContains(t, legacy, `open=""`)
	// A person's choice to close the reasons is kept across redraws.
	f.open["driver-reasons"] = false
	assert.NotContains(t, string(read("mongodb://h/?useNewUrlParser=true", false).driversHTML(f, uid)), `open=""`)
}
