package drivererr

import (
	"strings"
	"unicode/utf8"
)

// MaxText is the most of a text Read reads; the rest is ignored and the
// report says so. Driver errors with a topology of dozens of servers fit
// in a few KiB.
const MaxText = 64 << 10

// maxServers bounds the servers read from one topology.
const maxServers = 64

// Read reads an error text. secrets are more strings to mask wherever they
// (or any four bytes of them) appear, such as the password of the
// connection string the error came from. Read never panics.
func Read(text string, secrets ...string) *Report {
	r := &Report{Classes: []Class{}, Findings: []Finding{}, Servers: []Server{}, Hosts: []string{}, Timeouts: []Timeout{}, Unread: []string{}}
	if len(text) > MaxText {
		cut := MaxText
		for cut > 0 && !utf8.RuneStart(text[cut]) {
			cut--
		}
		text = text[:cut]
		r.Truncated = true
	}
	text = Mask(text, secrets...)
	rd := &reader{text: text, low: lowerASCII(text), r: r}
	rd.findFamilies()
	rd.findDriver()
	rd.findServers()
	rd.findFacts()
	rd.findHosts()
	rd.sortClasses()
	rd.sayUnread()
	return r
}

type reader struct {
	text, low string // the masked text, and the same in ASCII lower case
	r         *Report
}

// index finds a family word in s (lower case); a '*' in the word stands
// for up to 80 bytes of one line.
func index(s, word string) int {
	if strings.HasPrefix(word, "#") {
		word = word[1:]
		for from := 0; ; {
			i := strings.Index(s[from:], word)
			if i < 0 {
				return -1
			}
			i += from
			if i > 0 && isDigit(s[i-1]) {
				return i
			}
			from = i + len(word)
		}
	}
	star := strings.IndexByte(word, '*')
	if star < 0 {
		return strings.Index(s, word)
	}
	first, rest := word[:star], word[star+1:]
	from := 0
	for {
		i := strings.Index(s[from:], first)
		if i < 0 {
			return -1
		}
		i += from
		end := i + len(first)
		window := s[end:min(len(s), end+80+len(rest))]
		if nl := strings.IndexByte(window, '\n'); nl >= 0 {
			window = window[:nl]
		}
		if strings.Contains(window, rest) {
			return i
		}
		from = end
	}
}

// match returns the family's first word found in s and its offset.
func (f *family) match(s string) (string, int) {
	if f.with != nil {
		ok := false
		for _, w := range f.with {
			if strings.Contains(s, w) {
				ok = true
				break
			}
		}
		if !ok {
			return "", -1
		}
	}
	best, at := "", -1
	for _, w := range f.words {
		if i := index(s, w); i >= 0 && (at < 0 || i < at) {
			best, at = w, i
		}
	}
	return best, at
}

func (rd *reader) findFamilies() {
	for i := range families {
		f := &families[i]
		w, at := f.match(rd.low)
		if at < 0 {
			continue
		}
		rd.r.Findings = append(rd.r.Findings, Finding{Family: f.name, Class: f.class, Title: f.title, Evidence: evidence(rd.text, at, len(w))})
	}
	// One failure, one family: a more specific family of a class hides the
	// general ones its words overlap (the TLS trust families share
	// "certificate verify failed"; a parse error names itself first).
	rd.r.Findings = dropShadowed(rd.r.Findings)
	// Go wraps every failure of building the client in "error parsing uri:",
	// DNS lookups included: a generic parse finding next to another class
	// is that wrapping, not a parse error.
	if len(rd.r.Findings) > 1 {
		out := rd.r.Findings[:0]
		for _, f := range rd.r.Findings {
			if f.Family != "parse-other" {
				out = append(out, f)
			}
		}
		rd.r.Findings = out
	}
}

// shadows lists, for a family, the families it makes redundant. (A table,
// not a map: a map literal is built at start-up.)
var shadows = []struct {
	family string
	hides  []string
}{
	{"tls-hostname", []string{"tls-untrusted"}},
	{"tls-self-signed", []string{"tls-untrusted"}},
	{"tls-expired", []string{"tls-untrusted"}},
	{"parse-unescaped", []string{"parse-other", "parse-scheme"}},
	{"parse-scheme", []string{"parse-other"}},
	{"parse-srv-host", []string{"parse-other"}},
	{"parse-option", []string{"parse-other"}},
	{"auth-atlas", []string{"auth-failed"}},
	{"auth-mechanism", []string{"auth-failed"}},
	{"host-again", []string{"host-not-found"}},
	{"srv-refused", []string{"srv-not-found", "tcp-refused"}}, // querySrv ECONNREFUSED: the DNS server refused
	{"srv-timeout", []string{"srv-not-found"}},
	{"tls-alert-internal", []string{"tls-disconnected"}},
	{"dns-unmarshal", []string{"srv-go-lookup"}},
	{"txt-failed", []string{"tcp-refused", "tcp-timeout"}},
	{"try-once", []string{"no-members"}},
	{"no-members", []string{"selection-timeout"}},
	{"dnspython-missing", []string{"parse-other"}},
	{"rs-ghost", []string{"no-primary"}},
	{"client-not-connected", []string{"selection-timeout"}},
}

func dropShadowed(fs []Finding) []Finding {
	hidden := map[string]bool{}
	for _, f := range fs {
		for _, s := range shadows {
			if s.family == f.Family {
				for _, h := range s.hides {
					hidden[h] = true
				}
			}
		}
	}
	out := fs[:0]
	for _, f := range fs {
		if !hidden[f.Family] {
			out = append(out, f)
		}
	}
	return out
}

// evidence is the line around text[at:at+n], at most about 200 bytes.
func evidence(text string, at, n int) string {
	start := strings.LastIndexByte(text[:at], '\n') + 1
	end := at + n
	if nl := strings.IndexByte(text[end:], '\n'); nl >= 0 {
		end += nl
	} else {
		end = len(text)
	}
	const room = 100
	pre, post := "", ""
	if at-start > room {
		start = at - room
		pre = "…"
	}
	if end-(at+n) > room {
		end = at + n + room
		post = "…"
	}
	start, end = runeFloor(text, start), runeFloor(text, end)
	return pre + strings.TrimSpace(text[start:end]) + post
}

func runeFloor(s string, i int) int {
	for i > 0 && i < len(s) && !utf8.RuneStart(s[i]) {
		i--
	}
	return i
}

func (rd *reader) sortClasses() {
	r := rd.r
	// Findings by class priority, stable within a class.
	fs := r.Findings
	for i := 1; i < len(fs); i++ {
		for j := i; j > 0 && classRank(fs[j].Class) < classRank(fs[j-1].Class); j-- {
			fs[j], fs[j-1] = fs[j-1], fs[j]
		}
	}
	seen := map[Class]bool{}
	for _, f := range fs {
		if !seen[f.Class] {
			seen[f.Class] = true
			r.Classes = append(r.Classes, f.Class)
		}
	}
	// A server's own error may hold a class the top-level message hides
	// (Node prints only the first server's error).
	for _, s := range r.Servers {
		for _, c := range s.Classes {
			if !seen[c] {
				seen[c] = true
				r.Classes = append(r.Classes, c)
			}
		}
	}
	cs := r.Classes
	for i := 1; i < len(cs); i++ {
		for j := i; j > 0 && classRank(cs[j]) < classRank(cs[j-1]); j-- {
			cs[j], cs[j-1] = cs[j-1], cs[j]
		}
	}
	if len(cs) == 1 && cs[0] == ClassSelection {
		cs[0] = ClassSelectionNoCause
	}
}

// classesOf returns the classes the families find in one server's error.
func classesOf(s string) []Class {
	low := lowerASCII(s)
	var fs []Finding
	for i := range families {
		f := &families[i]
		if f.class == ClassSelection {
			continue
		}
		if _, at := f.match(low); at >= 0 {
			fs = append(fs, Finding{Family: f.name, Class: f.class})
		}
	}
	fs = dropShadowed(fs)
	out := []Class{}
	for _, c := range classOrder {
		for _, f := range fs {
			if f.Class == c {
				out = append(out, c)
				break
			}
		}
	}
	return out
}

func (rd *reader) sayUnread() {
	r := rd.r
	if strings.TrimSpace(rd.text) == "" {
		r.Unread = append(r.Unread, "The text is empty.")
		return
	}
	if r.Driver == "" {
		r.Unread = append(r.Unread, "Which driver printed the text: no wording of a known driver or shell was found.")
	}
	if len(r.Classes) == 0 {
		r.Unread = append(r.Unread, "What kind of failure this is: no known error message was found in the text.")
	}
	if r.Has(ClassSelection) || r.Has(ClassSelectionNoCause) {
		if len(r.Servers) == 0 && len(r.Hosts) == 0 {
			r.Unread = append(r.Unread, "Which servers were tried: the text names none (Node.js prints them in the error's reason, PyMongo, Go, Java, C# and Rust in the message).")
		}
		if r.Topology == "" {
			r.Unread = append(r.Unread, "The topology type: the text does not print it.")
		}
	}
	if r.Truncated {
		r.Unread = append(r.Unread, "Everything after the first 64 KiB of the text, which was not read.")
	}
}

func lowerASCII(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; 'A' <= c && c <= 'Z' {
			b := []byte(s)
			for j := i; j < len(b); j++ {
				if c := b[j]; 'A' <= c && c <= 'Z' {
					b[j] = c + 'a' - 'A'
				}
			}
			return string(b)
		}
	}
	return s
}
