package connstr

import (
	"strconv"
	"strings"
)

// forbiddenInDatabase are the characters the Connection String spec forbids
// in a decoded database name.
const forbiddenInDatabase = "/\\ \"$\x00"

var databaseForbidden = func() (t [256]bool) {
	for i := 0; i < len(forbiddenInDatabase); i++ {
		t[forbiddenInDatabase[i]] = true
	}
	return t
}()

// forbiddenByte returns the offset of the first byte of name that
// forbiddenInDatabase lists, or -1.
func forbiddenByte(name string) int {
	for i := 0; i < len(name); i++ {
		if databaseForbidden[name[i]] {
			return i
		}
	}
	return -1
}

// database parses the path in[s:e], the database (optionally "db.collection").
func (p *parser) database(s, e int) {
	in := p.in
	if s == e {
		return
	}
	span := Span{s, e}
	optionsHere := p.optionsInDatabase(s, e)
	name, bad := decode(in[s:e])
	if bad >= 0 {
		p.errorf(CodeBadPercent, Span{s + bad, s + bad + 1}, "", "The database name contains a '%' that is not a %XX escape.",
			"Write a literal '%' as %25.")
		return
	}
	if forbiddenByte(name) >= 0 {
		hint := "Database names cannot contain / \\ space \" or $."
		switch {
		case strings.Contains(name, ".sock"):
			hint = "This looks like a UNIX socket path: percent-encode its '/' as %2F in the host part."
		case optionsHere:
			hint = "Options stand in the path because the '?' that starts them is missing (see the options-in-database warning): put it in."
		case strings.IndexByte(name, '@') >= 0:
			hint = "An '@' after the host list usually means the password contains an unescaped '/' or '?': percent-encode the password."
		}
		p.errorf(CodeInvalidDatabase, span, "", "The database name contains a character database names cannot have.", hint)
		return
	}
	p.cs.Database = name
	if p.cs.User == nil && strings.IndexByte(name, '@') >= 0 {
		p.warnf(CodeSuspectedPassword, span, "",
			"The database name contains '@' and the string has no user information: the password probably contains an unescaped '/'.",
			"Percent-encode the password (/ as %2F, ? as %3F, @ as %40) so that the host list starts after the '@'.")
	}
	db := name
	if len(db) >= 64 { // "db.collection": the database is before the first '.'
		if dot := strings.IndexByte(db, '.'); dot >= 0 {
			db = db[:dot]
		}
	}
	if len(db) >= 64 {
		p.warnf(CodeDatabaseTooLong, span, "", "The database name is 64 bytes or longer; MongoDB rejects such names.",
			"Use a database name shorter than 64 bytes.")
	}
}

// optionsInDatabase warns when the path in[s:e] holds options: a '?' is
// missing (/test&w=1, /replicaSet=rs), so drivers read them as part of the
// database name and ignore them. It takes a key=value pair, at the start of
// the path or after a '&' or ';', for an option when its key is one the
// registry knows; the options start at the first key=value pair. The span
// covers the options; the message names the options the registry knows,
// never a value (proxyPassword=... may stand there).
func (p *parser) optionsInDatabase(s, e int) bool {
	in := p.in
	start := -1
	var known []string
	extra := 0
	for i := s; i < e; i++ {
		if i > s && in[i-1] != '&' && in[i-1] != ';' {
			continue
		}
		j := i
		for j < e && in[j] != '=' && in[j] != '&' && in[j] != ';' {
			j++
		}
		if j == i || j == e || in[j] != '=' {
			continue
		}
		if start < 0 {
			start = i
		}
		key := in[i:j]
		if strings.IndexByte(key, '%') >= 0 {
			key = unescape(key)
		}
		if spec := LookupOption(key); spec != nil {
			if len(known) < 3 {
				known = append(known, spec.Name)
			} else {
				extra++
			}
		}
		i = j
	}
	if len(known) == 0 {
		return false
	}
	names := strings.Join(known, ", ")
	if extra > 0 {
		names += " and " + strconv.Itoa(extra) + " more"
	}
	p.warnf(CodeOptionsInDatabase, Span{start, e}, "",
		"The database name holds options ("+names+"): the '?' that starts options is missing before them, so drivers read them as part of the database name and ignore them.",
		"Start the options with a '?': /mydb?w=majority, not /mydb&w=majority (or /?w=majority without a database).")
	return true
}
