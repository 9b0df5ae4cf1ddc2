package connstr

import "strings"

const (
	prefixMongoDB = "mongodb://"
	prefixSRV     = "mongodb+srv://"
)

// Parse parses a connection string. It always returns a *ConnString holding
// everything it could read and every finding as a Diagnostic; the error is
// non-nil (an *Error) exactly when some finding is an error. Parse never
// panics and runs in time linear in the length of uri.
func Parse(uri string) (*ConnString, error) {
	cs := newConnString(uri)
	return cs, parse(cs)
}

// ParseInto is Parse into a ConnString the caller owns, reusing the memory
// of its host, option and diagnostic lists: a caller that parses many strings
// and is done with each result before the next (a server, the WebAssembly
// adapter) parses without allocating those lists again. Everything dst held
// before is replaced; values taken out of it earlier stay valid except the
// lists themselves and the Userinfo that User pointed to.
func ParseInto(dst *ConnString, uri string) error {
	hosts := dst.Hosts[:0]
	if hosts == nil {
		hosts = dst.oneHost[:0]
	}
	*dst = ConnString{
		Hosts:       hosts,
		Options:     dst.Options[:0],
		Unknown:     dst.Unknown[:0],
		Diagnostics: dst.Diagnostics[:0],
		hidden:      dst.hidden[:0],
		input:       uri,
	}
	return parse(dst)
}

// parse parses cs.input into cs, which holds nothing else yet.
func parse(cs *ConnString) error {
	var p parser // zeroed in place: a composite literal would be built and copied
	p.in, p.cs, p.lastAt = cs.input, cs, notComputed
	if len(cs.input) > MaxLength {
		p.tooLong()
	} else {
		p.parse()
		p.summarizeRepeats()
	}
	if !cs.Diagnostics.HasErrors() {
		return nil
	}
	errs := make(Diagnostics, 0, 2)
	for _, d := range cs.Diagnostics {
		if d.Severity == SeverityError {
			errs = append(errs, d)
		}
	}
	return &Error{Diagnostics: errs}
}

// parser holds the state of one Parse call.
type parser struct {
	in     string
	cs     *ConnString
	lastAt int  // offset of the input's last '@' (-1: none), for quotable; see lastAtSign
	query  Span // the options, after '?'
	sep    byte // their separator
	opts   optionState
	// secrets are the spans of option values that may be credentials,
	// found by scanning the input on first need (scanned); see mayBeSecret.
	secrets []Span
	scanned bool
	// repeats counts findings per code once a parse has made capFrom of
	// them (see capped); nil until then.
	repeats map[Code]*repeat
}

func (p *parser) add(sev Severity, code Code, span Span, option, msg, hint string) {
	if len(p.cs.Diagnostics) >= capFrom {
		if p.capped(code) {
			r := p.repeats[code]
			r.dropped++
			r.severity = min(r.severity, sev)
			return
		}
		p.count(code, sev)
	}
	p.cs.Diagnostics = append(p.cs.Diagnostics, Diagnostic{
		Severity: sev, Code: code, Message: msg, Span: span, Option: option, Hint: hint,
	})
}

func (p *parser) errorf(code Code, span Span, option, msg, hint string) {
	p.add(SeverityError, code, span, option, msg, hint)
}

func (p *parser) warnf(code Code, span Span, option, msg, hint string) {
	p.add(SeverityWarning, code, span, option, msg, hint)
}

// quotable reports whether the input text in span may be quoted in a message.
// Text before the last '@' may be part of a password that an unescaped
// '/', '?' or '@' split off the userinfo, so it is never quoted; nor is text
// that overlaps a span that may hold a credential (see secretSpans), nor
// anything long.
func (p *parser) quotable(span Span) bool {
	if span.Start <= p.lastAtSign() || span.End-span.Start > 64 {
		return false
	}
	return !p.mayBeSecret(span)
}

// mayBeSecret reports whether span overlaps text that may be a credential:
// one the parser hid as it read, or a value secretSpans finds.
func (p *parser) mayBeSecret(span Span) bool {
	if overlaps(p.cs.hidden, span) {
		return true
	}
	if !p.scanned {
		p.scanned = true
		p.secrets = mergeSpans(scanSecretValues(p.in, p.secrets[:0]))
	}
	return overlaps(p.secrets, span)
}

// hide records a span of the input that may hold a credential.
// The list stays sorted and merged, for overlaps: the parser reads left to
// right, so a span almost always goes at the end.
func (p *parser) hide(span Span) {
	h := p.cs.hidden
	switch n := len(h); {
	case n == 0 || span.Start > h[n-1].End:
		p.cs.hidden = append(h, span)
	case span.Start >= h[n-1].Start:
		h[n-1].End = max(h[n-1].End, span.End)
	default:
		p.cs.hidden = mergeSpans(append(h, span))
	}
}

// notComputed marks a parser field that is worked out on first use: most
// strings never need it, and scanning the string for it costs time.
const notComputed = -2

// lastAtSign returns the offset of the input's last '@', or -1.
func (p *parser) lastAtSign() int {
	if p.lastAt == notComputed {
		p.lastAt = strings.LastIndexByte(p.in, '@')
	}
	return p.lastAt
}

// quote returns the text of a quotable span for a message (see quoteText),
// and "" otherwise.
func (p *parser) quote(span Span) string {
	return quoteText(p.in[span.Start:span.End], p.quotable(span))
}

func (p *parser) parse() {
	in := p.in
	rest := p.scheme()
	if rest < 0 {
		return
	}

	at, end, query := cutAfterScheme(in, rest) // the one reading of the layout, see Cut
	hostsStart := rest
	if at >= 0 {
		p.userinfo(rest, at)
		hostsStart = at + 1
	}
	if !p.hosts(hostsStart, end) {
		return
	}
	// An '@' after the hosts is the mark of a password holding an unescaped
	// '/' or '?' (or '@' and then '/'): the parse is then not to be trusted
	// with secrets (see Redacted).
	p.cs.suspect = atAfterHosts(in[end:])

	if end < query { // a path: the database
		p.database(end+1, query)
		end = query
	}
	if end < len(in) && in[end] == '?' {
		p.options(end+1, len(in))
	}
	if !p.opts.seen.empty() { // every rule between options needs an option
		p.checkRules()
	}
	if p.opts.seen.intersects(&authRuleOptions) { // the credentials alone break no rule
		p.checkAuth()
	}
}

// scheme validates the scheme and returns the offset after "://", or -1 when
// parsing cannot go on.
func (p *parser) scheme() int {
	in := p.in
	switch {
	case strings.HasPrefix(in, prefixMongoDB):
		p.cs.Scheme = SchemeMongoDB
		return len(prefixMongoDB)
	case strings.HasPrefix(in, prefixSRV):
		p.cs.Scheme = SchemeSRV
		return len(prefixSRV)
	}
	return p.badScheme()
}

// badScheme reports a string without a scheme this package reads and
// returns where parsing can go on, or -1.
func (p *parser) badScheme() int {
	in := p.in
	if strings.TrimSpace(in) == "" {
		p.errorf(CodeEmpty, NoSpan, "", "The connection string is empty.",
			"Paste a string that starts with mongodb:// or mongodb+srv://.")
		return -1
	}
	sep := strings.Index(in, "://")
	span := Span{0, len(in)}
	if sep >= 0 {
		span.End = sep + 3
	}
	hint := "A connection string starts with mongodb:// (a list of hosts) or mongodb+srv:// (one DNS name to look up)."
	head := strings.TrimLeft(in, " \t\r\n\"'`")
	switch {
	case len(head) != len(in):
		hint = "Remove the quotes or white space before the scheme: the string must start with mongodb:// or mongodb+srv://."
	case sep >= 0 && (strings.EqualFold(in[:sep], "mongodb") || strings.EqualFold(in[:sep], "mongodb+srv")):
		hint = "The scheme is case-sensitive: write it in lower case, mongodb:// or mongodb+srv://."
	case sep < 0 && strings.Contains(in, "="):
		hint = "This looks like a variable assignment or a key=value list; keep only the part from mongodb:// on."
	case sep < 0:
		hint = "Add the scheme: mongodb:// before a list of hosts, or mongodb+srv:// before an Atlas-style DNS name."
	}
	p.errorf(CodeInvalidScheme, span, "", "The string does not start with mongodb:// or mongodb+srv://.", hint)
	p.hideUnplacedScheme(sep)
	if sep < 0 {
		return -1
	}
	// Go on after the unknown scheme, to report what else is wrong.
	return sep + 3
}

// hideUnplacedScheme hides the text of a scheme the parser cannot place
// (mongodb:/user:hunter2://…), which sep, the offset of "://" or -1, ends.
// A known scheme in the wrong case or after quotes or white space is placed.
// Without "://", the text after a first ':' may be a password (user:pass@…
// pasted without the scheme), up to the last '@' or the end.
func (p *parser) hideUnplacedScheme(sep int) {
	in := p.in
	if sep < 0 {
		if c := strings.IndexByte(in, ':'); c >= 0 {
			end := len(in)
			if at := p.lastAtSign(); at > c {
				end = at
			}
			p.hide(Span{c + 1, end})
		}
		return
	}
	head := strings.TrimLeft(in[:sep], " \t\r\n\"'`")
	if !strings.EqualFold(head, "mongodb") && !strings.EqualFold(head, "mongodb+srv") {
		p.hide(Span{0, sep})
	}
}

// userinfo parses in[start:end], the part before the host list's '@'.
func (p *parser) userinfo(start, end int) {
	in := p.in
	u := &p.cs.user
	*u = Userinfo{Span: Span{start, end}, PasswordSpan: NoSpan}
	p.cs.User = u
	userEnd := end // the first ':' separates username and password
	ok, plus := true, false
	unencoded := -1 // the first byte RFC 3986 wants encoded and the spec tolerates
	var all byte    // every byte OR-ed together: the top bit marks raw UTF-8
	for i := start; i < end; i++ {
		c := in[i]
		all |= c
		if userinfoPlain[c] {
			continue
		}
		switch {
		case c == '%' && i+2 < end && ishex(in[i+1]) && ishex(in[i+2]): // an escape
		case c == ':' && userEnd == end:
			userEnd = i
			u.HasPassword = true
			u.PasswordSpan = Span{i + 1, end} // Redacted hides it; quotable stops at the last '@'
		case c == '+':
			plus = true
		case !userinfoMustEncode[c]:
			if unencoded < 0 {
				unencoded = i
			}
		default:
			p.badUserinfoByte(i, end)
			ok = false
		}
	}
	if !ok {
		return
	}
	if unencoded >= 0 {
		p.warnf(CodeUserinfoUnencoded, Span{unencoded, unencoded + 1}, "",
			"The username or password contains a character that RFC 3986 requires to be percent-encoded (such as a space).",
			"Percent-encode it (a space as %20): the Go, Node.js and Python drivers read it as it is, but stricter parsers reject the string.")
	}
	u.Username = unescape(in[start:userEnd])
	if u.HasPassword {
		u.Password = Secret(unescape(in[userEnd+1 : end]))
	}
	if u.Username == "" {
		p.errorf(CodeEmptyUsername, Span{start, userEnd}, "",
			"The user information is present but the username is empty.",
			"Put the username before the ':' or remove the '@' and everything before it.")
	}
	if plus {
		p.add(SeverityInfo, CodePlusInUserinfo, Span{start, end}, "",
			"The user information contains '+', which PyMongo and other form-decoding parsers read as a space.",
			"Write '+' as %2B so that every driver reads the same credentials.")
	}
	if all >= 0x80 {
		p.add(SeverityInfo, CodeUserinfoNonASCII, Span{start, end}, "",
			"The user information contains non-ASCII characters that are not percent-encoded.",
			"Percent-encode them (UTF-8) for drivers that follow RFC 3986 strictly.")
	}
}

// badUserinfoByte reports the byte at i of a userinfo that ends at end.
func (p *parser) badUserinfoByte(i, end int) {
	hint := "Percent-encode special characters in the username and password (@ as %40, : as %3A, / as %2F, % as %25)."
	switch p.in[i] {
	case '%':
		p.errorf(CodeBadPercent, Span{i, min(i+3, end)}, "",
			"The username or password contains a '%' that is not a %XX escape.",
			"Write a literal '%' as %25.")
	case '@':
		p.errorf(CodeUserinfoAt, Span{i, i + 1}, "",
			"The username or password contains an unescaped '@'.", hint)
	case ':':
		p.errorf(CodeUserinfoColon, Span{i, i + 1}, "",
			"The password contains an unescaped ':' (only the first ':' separates username and password).", hint)
	default:
		p.errorf(CodeUserinfoChar, Span{i, i + 1}, "",
			"The username or password contains a character that must be percent-encoded.", hint)
	}
}

// atAfterHosts reports whether the text after the host list holds an '@',
// other than in Cosmos DB's well-known appName=@account@ form.
func atAfterHosts(tail string) bool {
	for i := strings.IndexByte(tail, '@'); i >= 0; {
		v := strings.LastIndexAny(tail[:i], "?&;")
		if v < 0 || !isCosmosAppName(tail[v+1:]) {
			return true
		}
		// Skip past this appName value.
		end := len(tail)
		if j := strings.IndexAny(tail[v+1:], "&;"); j >= 0 {
			end = v + 1 + j
		}
		tail = tail[end:]
		i = strings.IndexByte(tail, '@')
	}
	return false
}

// isCosmosAppName reports whether s begins with appName=@name@ followed by
// the end of the option.
func isCosmosAppName(s string) bool {
	const key = "appname=@"
	if len(s) < len(key) || !strings.EqualFold(s[:len(key)], key) {
		return false
	}
	rest := s[len(key):]
	end := strings.IndexByte(rest, '@')
	if end <= 0 || strings.ContainsAny(rest[:end], "&;=/?") {
		return false
	}
	return end+1 == len(rest) || rest[end+1] == '&' || rest[end+1] == ';'
}
