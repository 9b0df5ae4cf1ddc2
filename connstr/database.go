package connstr

import "strings"

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
