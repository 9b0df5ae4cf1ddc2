package connstr

import "strings"

// Layout is where the parts of a connection string stand, as Parse cuts the
// string before it reads the parts. Tools that edit or mask a string as
// written (the explainer's corrections, for one) take their view of it from
// here, so that there is one reading of the grammar.
type Layout struct {
	Scheme   Span // the scheme, without "://"; NoSpan when there is no "://"
	Userinfo Span // without the '@' that ends it; NoSpan when there is none
	Hosts    Span // the host list, maybe empty; its items are split at ','
	Database Span // after the '/' that starts the path; NoSpan without a path
	Options  Span // after the '?'; NoSpan without one
	// Separator splits Options into key=value items: '&', or ';' when the
	// options hold no '&' (the legacy form).
	Separator byte
}

// Cut returns the layout of s. Unlike Parse it accepts any scheme before
// "://" (so that a mistyped one can be corrected in place), and it never
// fails: a string without "://" is read from its start.
func Cut(s string) Layout {
	l := Layout{Scheme: NoSpan, Userinfo: NoSpan, Database: NoSpan, Options: NoSpan, Separator: '&'}
	rest := 0
	if i := strings.Index(s, "://"); i >= 0 {
		l.Scheme, rest = Span{0, i}, i+3
	}
	at, end, query := cutAfterScheme(s, rest)
	hostsStart := rest
	if at >= 0 {
		l.Userinfo, hostsStart = Span{rest, at}, at+1
	}
	l.Hosts = Span{hostsStart, end}
	if end < query {
		l.Database = Span{end + 1, query}
	}
	if query < len(s) {
		l.Options = Span{query + 1, len(s)}
		l.Separator = optionSeparator(s[query+1:])
	}
	return l
}

// cutAfterScheme finds, in s from rest (just after "://"), the '@' that
// ends the user information (-1 without one), the end of the host list and
// the '?' that starts the options (len(s) without one). The host
// information ends at the first '/' or, when there is no path, at the
// first '?' (the slash before the options is optional); the user
// information ends at its last '@'.
func cutAfterScheme(s string, rest int) (at, end, query int) {
	query = len(s)
	if i := strings.IndexByte(s[rest:], '?'); i >= 0 {
		query = rest + i
	}
	end = query
	if i := strings.IndexByte(s[rest:query], '/'); i >= 0 {
		end = rest + i
	}
	at = strings.IndexByte(s[rest:end], '@')
	if at < 0 { // most strings have none
		return -1, end, query
	}
	at += rest
	for { // LastIndexByte is not vectorised
		next := strings.IndexByte(s[at+1:end], '@')
		if next < 0 {
			return at, end, query
		}
		at += 1 + next
	}
}

// optionSeparator returns what separates the options of query: '&', or ';'
// when query holds no '&' but a ';'.
func optionSeparator(query string) byte {
	if strings.IndexByte(query, '&') < 0 && strings.IndexByte(query, ';') >= 0 {
		return ';'
	}
	return '&'
}
