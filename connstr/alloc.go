package connstr

import "strings"

// newConnString allocates the ConnString that Parse fills, together with
// room for the options the string appears to have: one allocation where
// there would be two, which is most of what a parse costs beyond reading.
// The count is read from the separators after the first '?'; when it falls
// short (a ';'-separated query), the parser makes a list of its own.
func newConnString(uri string) *ConnString {
	n := 0
	if q := strings.IndexByte(uri, '?'); q >= 0 && q+1 < len(uri) {
		n = 1 + strings.Count(uri[q+1:], "&")
	}
	var cs *ConnString
	switch {
	case n == 0:
		cs = new(ConnString)
	case n <= 2:
		b := new(struct {
			cs   ConnString
			room [2]Option
		})
		cs = &b.cs
		cs.Options = b.room[:0]
	case n <= 4:
		b := new(struct {
			cs   ConnString
			room [4]Option
		})
		cs = &b.cs
		cs.Options = b.room[:0]
	case n <= 8:
		b := new(struct {
			cs   ConnString
			room [8]Option
		})
		cs = &b.cs
		cs.Options = b.room[:0]
	case n <= 16:
		b := new(struct {
			cs   ConnString
			room [16]Option
		})
		cs = &b.cs
		cs.Options = b.room[:0]
	default:
		cs = new(ConnString)
		cs.Options = make([]Option, 0, n)
	}
	cs.input = uri
	cs.Hosts = cs.oneHost[:0]
	return cs
}
