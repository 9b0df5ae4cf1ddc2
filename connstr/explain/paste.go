package explain

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/mongouri/mongouri/connstr"
)

// Strings as people paste them: from an env file (MONGO_URI="..."), from
// code ("..."), from a terminal (mongosh "..." --apiVersion 1), from a chat
// that wrapped a long line, or without the scheme. cleanPasted removes what
// cannot be part of a connection string and says so; Explain then explains
// the cleaned string. It only ever removes a prefix, a suffix and line
// breaks, and fixes the scheme: the rest of the string is left as typed.

// cleaned is the result of cleanPasted.
type cleaned struct {
	text   string
	m      textMap
	checks []*pending
}

// cleanPasted cleans in. Without anything to clean, text == in and checks is empty.
func cleanPasted(in string) cleaned {
	lo, hi := 0, len(in)
	var checks []*pending
	var wsSpans []connstr.Span

	trim := func() {
		s, e := trimSpaceRange(in, lo, hi)
		if s > lo {
			wsSpans = append(wsSpans, connstr.Span{Start: lo, End: s})
		}
		if e < hi {
			wsSpans = append(wsSpans, connstr.Span{Start: e, End: hi})
		}
		lo, hi = s, e
	}
	trim()

	if s, e, ok := commandURI(in, lo, hi); ok {
		checks = append(checks, cleanupCheck(CodePastedCommand, connstr.SeverityWarning,
			"A whole command line was pasted",
			"The text around the connection string is a command line, not part of the string.",
			"Give only the connection string, from mongodb:// or mongodb+srv:// to its end.",
			connstr.Span{Start: lo, End: s}, connstr.Span{Start: e, End: hi}))
		lo, hi = s, e
	} else if s, ok := assignmentValue(in, lo, hi); ok {
		checks = append(checks, cleanupCheck(CodePastedAssignment, connstr.SeverityWarning,
			"A variable assignment was pasted",
			"The string starts with a variable name and '=' or ':', as in an env file or code.",
			"Give only the value; a driver given the whole line rejects it as an invalid scheme.",
			connstr.Span{Start: lo, End: s}))
		lo = s
		trim()
	}

	// Quotes, possibly with a statement's ';' or ',' after the closing one.
	for round := 0; round < 2; round++ {
		var spans []connstr.Span
		if n := quoteLen(in[lo:hi], true); n > 0 {
			spans = append(spans, connstr.Span{Start: lo, End: lo + n})
			lo += n
		}
		end := hi
		for end > lo && (in[end-1] == ';' || in[end-1] == ',') {
			end--
		}
		// A lone trailing "'" may end an option value; other quotes cannot.
		if n := quoteLen(in[lo:end], false); n > 0 && (len(spans) > 0 || in[end-1] != '\'') {
			spans = append(spans, connstr.Span{Start: end - n, End: hi})
			hi = end - n
		}
		if len(spans) == 0 {
			break
		}
		if round == 0 {
			checks = append(checks, cleanupCheck(CodePastedQuotes, connstr.SeverityWarning,
				"The string is wrapped in quotes",
				"Quotes around the string are part of the text a driver would be given.",
				"Remove the quotes. In an env file or code they delimit the value; when pasting, leave them out.",
				spans...))
		} else {
			checks[len(checks)-1].Spans = append(checks[len(checks)-1].Spans, spans...)
		}
		trim()
	}
	if len(wsSpans) > 0 {
		checks = append(checks, cleanupCheck(CodePastedWhitespace, connstr.SeverityWarning,
			"White space around the string",
			"There is white space (a space, tab, line break or invisible character) before or after the string.",
			"Remove it: drivers do not trim the string, and a trailing newline becomes part of the last host, database or option value.",
			wsSpans...))
	}

	// Line breaks inside: a long string wrapped by a chat, a mail or an editor.
	var mb mapBuilder
	var breaks []connstr.Span
	start := lo
	for i := lo; i < hi; i++ {
		if in[i] != '\n' && in[i] != '\r' {
			continue
		}
		s, e := i, i
		for s > start && (in[s-1] == ' ' || in[s-1] == '\t' || in[s-1] == '\\') {
			s--
		}
		for e < hi && (in[e] == '\n' || in[e] == '\r' || in[e] == ' ' || in[e] == '\t') {
			e++
		}
		breaks = append(breaks, connstr.Span{Start: s, End: e})
		mb.copyRange(in, start, s)
		start, i = e, e-1
	}
	mb.copyRange(in, start, hi)
	text, m := mb.done()
	if len(mb.segs) == 0 {
		m = textMap{segs: []textSeg{{0, 0, lo, lo, true}}}
	}
	if len(breaks) > 0 {
		checks = append(checks, cleanupCheck(CodePastedLineBreak, connstr.SeverityError,
			"A line break inside the string",
			"The string is broken over several lines.",
			"Join the lines: a connection string is one line without spaces.",
			breaks...))
	}

	text, m, checks = fixScheme(text, m, checks)
	return cleaned{text: text, m: m, checks: checks}
}

// fixScheme repairs a missing or misspelt scheme at the start of text.
func fixScheme(text string, m textMap, checks []*pending) (string, textMap, []*pending) {
	if strings.HasPrefix(text, prefixMongoDB) || strings.HasPrefix(text, prefixSRV) {
		return text, m, checks
	}
	lower := strings.ToLower(text[:min(len(text), 24)])
	end, want := 0, ""
	switch {
	case strings.HasPrefix(lower, "jdbc:mongodb"):
		end, want = schemeEnd(text, len("jdbc:mongodb"))
	case strings.HasPrefix(lower, "mongo"):
		end, want = schemeEnd(text, len("mongo"))
	}
	if want != "" {
		span := m.span(connstr.Span{Start: 0, End: end})
		checks = append(checks, cleanupCheck(CodeSchemeTypo, connstr.SeverityError,
			"The scheme is misspelt",
			"The string starts with something close to a MongoDB scheme, but not exactly mongodb:// or mongodb+srv://.",
			"Write the scheme as "+want+" (lower case, a colon and two slashes).",
			span))
		return want + text[end:], m.replace(0, end, want), checks
	}
	if strings.Contains(text, "://") || !looksLikeHostList(text) {
		return text, m, checks
	}
	want = prefixMongoDB
	if strings.HasPrefix(text, "//") {
		want = "mongodb:"
	} else if isAtlasSRVName(firstHostName(text)) {
		want = prefixSRV
	}
	checks = append(checks, cleanupCheck(CodeMissingScheme, connstr.SeverityError,
		"The scheme is missing",
		"The string starts with a host, not with mongodb:// or mongodb+srv://.",
		"Put "+want+" in front of the string ("+schemeAdvice(want)+").",
		m.span(connstr.Span{Start: 0, End: 0})))
	return want + text, m.replace(0, 0, want), checks
}

func schemeAdvice(want string) string {
	if want == prefixSRV {
		return "the host is an Atlas cluster name, which is looked up in DNS"
	}
	return "mongodb+srv:// is only for a DNS name with SRV records"
}

// schemeEnd reads the scheme's tail after its first n letters: "+srv" or
// anything with "srv" in it, then ':' and slashes in any number. It returns
// where the host part starts and the scheme to use, or "" when the text is
// not a scheme gone wrong.
func schemeEnd(text string, n int) (int, string) {
	i := n
	for i < len(text) && i < 24 && text[i] != ':' && text[i] != '/' && text[i] != '@' {
		i++
	}
	word := strings.ToLower(text[:i])
	j := i
	for j < len(text) && (text[j] == ':' || text[j] == '/' || text[j] == '\\') {
		j++
	}
	sep := text[i:j]
	switch {
	case j == i || j == len(text):
		return 0, ""
	case !strings.Contains(sep, ":") && sep != "//":
		return 0, "" // "mongo/db": a host named mongo and a database
	case sep == ":" && '0' <= text[j] && text[j] <= '9':
		return 0, "" // "mongodb:27017": a host named mongodb and its port
	}
	rest := strings.TrimPrefix(strings.TrimPrefix(word, "jdbc:"), "mongodb")
	rest = strings.TrimPrefix(rest, "mongo")
	switch {
	case strings.Contains(rest, "srv"):
		return j, prefixSRV
	case rest == "" || rest == "db" || rest == "+ssl" || rest == "+tls" || rest == "s":
		return j, prefixMongoDB
	}
	return 0, ""
}

// looksLikeHostList reports whether text could be a connection string
// without its scheme: [user@]host[:port][,...][/db][?options].
func looksLikeHostList(text string) bool {
	if text == "" || strings.ContainsAny(text, " \t") {
		return false
	}
	if strings.HasPrefix(text, "//") {
		return true
	}
	h := firstHostName(text)
	if h == "" {
		return false
	}
	for i := 0; i < len(h); i++ {
		if !connstr.HostNameAllows(h[i]) {
			return false
		}
	}
	hostPart := text
	if i := strings.IndexAny(text, "/?"); i >= 0 {
		hostPart = text[:i]
	}
	return strings.ContainsAny(hostPart, ".:@[") || strings.EqualFold(h, "localhost")
}

// firstHostName returns the name of the first host of a scheme-less string.
func firstHostName(text string) string {
	end := len(text)
	if i := strings.IndexAny(text, "/?"); i >= 0 {
		end = i
	}
	h := text[:end]
	if at := strings.LastIndexByte(h, '@'); at >= 0 {
		h = h[at+1:]
	}
	if i := strings.IndexByte(h, ','); i >= 0 {
		h = h[:i]
	}
	if i := strings.LastIndexByte(h, ':'); i >= 0 && !strings.HasPrefix(h, "[") {
		h = h[:i]
	}
	return h
}

// trimSpaceRange narrows [lo, hi) past white space and invisible characters
// at both ends.
func trimSpaceRange(in string, lo, hi int) (int, int) {
	for lo < hi {
		n := spaceLen(in[lo:hi])
		if n == 0 {
			break
		}
		lo += n
	}
	for hi > lo {
		r, n := utf8.DecodeLastRuneInString(in[lo:hi])
		if !isPasteSpace(r) {
			break
		}
		hi -= n
	}
	return lo, hi
}

func spaceLen(s string) int {
	r, n := utf8.DecodeRuneInString(s)
	if isPasteSpace(r) {
		return n
	}
	return 0
}

// isPasteSpace: white space, and the invisible characters editors and chats
// add (no-break space, zero-width space, byte order mark).
func isPasteSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\r', '\v', '\f', 0xA0, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x2028, 0x2029:
		return true
	}
	return false
}

// quoteLen returns the byte length of a quote character at the start (or,
// with leading false, the end) of s, or 0.
func quoteLen(s string, leading bool) int {
	var r rune
	var n int
	if leading {
		r, n = utf8.DecodeRuneInString(s)
	} else {
		r, n = utf8.DecodeLastRuneInString(s)
	}
	switch r {
	case '"', '\'', '`', '“', '”', '‘', '’', '«', '»':
		return n
	}
	return 0
}

// commandTools are programs whose command lines people paste whole.
var commandTools = []string{"mongosh", "mongo", "mongodump", "mongorestore", "mongoimport", "mongoexport",
	"mongostat", "mongotop", "mongofiles", "mongosync", "mongomirror"}

// commandURI finds the connection string in a pasted command line such as
// `mongosh "mongodb+srv://..." --apiVersion 1` or `mongodump --uri="..."`.
func commandURI(in string, lo, hi int) (int, int, bool) {
	s := in[lo:hi]
	word := s
	if i := strings.IndexAny(s, " \t"); i >= 0 {
		word = s[:i]
	} else {
		return 0, 0, false
	}
	word = strings.TrimSuffix(strings.ToLower(word), ".exe")
	if !slices.Contains(commandTools, word) {
		return 0, 0, false
	}
	k := strings.Index(s, "mongodb://")
	if j := strings.Index(s, "mongodb+srv://"); j >= 0 && (k < 0 || j < k) {
		k = j
	}
	if k < 0 {
		return 0, 0, false
	}
	start := lo + k
	end := hi
	if k > 0 {
		if q := quoteLen(s[:k], false); q > 0 {
			quote := s[k-q : k]
			if e := strings.Index(s[k:], quote); e >= 0 {
				return start, start + e, true
			}
			return start, end, true
		}
	}
	if e := strings.IndexAny(s[k:], " \t"); e >= 0 {
		end = start + e
	}
	return start, end, true
}

// assignmentValue recognises NAME=value, export NAME="value", NAME: value
// (YAML), "name": "value" (JSON), const name = "value" and $env:NAME="value",
// and returns where the value starts. The value must start with a quote or
// with "mongo", so that host:port is never taken for an assignment.
func assignmentValue(in string, lo, hi int) (int, bool) {
	s := in[lo:hi]
	i := 0
	for _, kw := range [...]string{"export ", "set ", "const ", "let ", "var ", "$env:"} {
		if len(s) > len(kw) && strings.EqualFold(s[:len(kw)], kw) {
			i = len(kw)
			for i < len(s) && (s[i] == ' ' || s[i] == '\t') {
				i++
			}
			break
		}
	}
	quoted := i < len(s) && s[i] == '"'
	if quoted {
		i++
	}
	nameStart := i
	for i < len(s) && (s[i] == '_' || s[i] == '-' || s[i] == '.' || 'a' <= s[i]|0x20 && s[i]|0x20 <= 'z' || '0' <= s[i] && s[i] <= '9') {
		i++
	}
	if i == nameStart {
		return 0, false
	}
	name := strings.ToLower(s[nameStart:i])
	if quoted {
		if i >= len(s) || s[i] != '"' {
			return 0, false
		}
		i++
	}
	for i < len(s) && (s[i] == ' ' || s[i] == '\t') {
		i++
	}
	if i >= len(s) || s[i] != '=' && s[i] != ':' {
		return 0, false
	}
	if s[i] == ':' && (name == "mongodb" || strings.HasPrefix(s[i:], "://")) {
		return 0, false // the scheme itself
	}
	if s[i] == ':' && strings.HasPrefix(strings.ToLower(s[i+1:]), "mongo") {
		return 0, false // jdbc:mongodb://: a scheme prefix, which fixScheme removes
	}
	sep := s[i]
	i++
	for i < len(s) && (s[i] == ' ' || s[i] == '\t') {
		i++
	}
	rest := s[i:]
	q := quoteLen(rest, true)
	if q == 0 && !strings.HasPrefix(strings.ToLower(rest), "mongo") {
		return 0, false
	}
	// After "name:" a quote that opens no scheme is more likely the first
	// character of a password (user:'pass@host): taking user: for a YAML
	// key would show the password as a username.
	if sep == ':' && q > 0 && !strings.HasPrefix(strings.ToLower(rest[q:]), "mongo") {
		return 0, false
	}
	return lo + i, true
}
