package connstr

import "strings"

// newConnString allocates the ConnString that Parse fills, together with
// room for the options the string appears to have: one allocation where
// there would be two, which is much of what a parse costs beyond reading.
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
		b := new(withRoom[[2]Option])
		cs = b.take(b.room[:])
	case n <= 4:
		b := new(withRoom[[4]Option])
		cs = b.take(b.room[:])
	case n <= 8:
		b := new(withRoom[[8]Option])
		cs = b.take(b.room[:])
	case n <= 16:
		b := new(withRoom[[16]Option])
		cs = b.take(b.room[:])
	default:
		cs = new(ConnString)
		cs.Options = make([]Option, 0, n)
	}
	cs.input = uri
	cs.Hosts = cs.oneHost[:0]
	return cs
}

// withRoom is a ConnString allocated with room R for its options.
type withRoom[R any] struct {
	cs   ConnString
	room R
}

// take points the ConnString's options at room, which is b.room, and
// returns it.
func (b *withRoom[R]) take(room []Option) *ConnString {
	b.cs.Options = room[:0]
	return &b.cs
}
