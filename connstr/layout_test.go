package connstr

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestCut(t *testing.T) {
	text := func(s string, sp Span) string {
		if !sp.Valid() {
			return "-"
		}
		return s[sp.Start:sp.End]
	}
	for _, tc := range []struct {
		in                               string
		scheme, user, hosts, db, options string
		sep                              byte
	}{
		{"mongodb://u:p@h1,h2:27018/db?replicaSet=rs0&w=1", "mongodb", "u:p", "h1,h2:27018", "db", "replicaSet=rs0&w=1", '&'},
		{"mongodb+srv://h/?a=1;b=2", "mongodb+srv", "-", "h", "", "a=1;b=2", ';'},
		{"mongodb://h?tls=true", "mongodb", "-", "h", "-", "tls=true", '&'},
		{"mongodb://user:p@ss/w?rd@h/db", "mongodb", "user:p", "ss", "w", "rd@h/db", '&'},
		{"mongodb://a@b@h/", "mongodb", "a@b", "h", "", "-", '&'},
		{"mongo://h", "mongo", "-", "h", "-", "-", '&'},
		{"h1:27017/db", "-", "-", "h1:27017", "db", "-", '&'},
		{"", "-", "-", "", "-", "-", '&'},
	} {
		l := Cut(tc.in)
		got := []string{text(tc.in, l.Scheme), text(tc.in, l.Userinfo), text(tc.in, l.Hosts), text(tc.in, l.Database), text(tc.in, l.Options)}
		assert.Equal(t, []string{tc.scheme, tc.user, tc.hosts, tc.db, tc.options}, got, tc.in)
		assert.Equal(t, string(tc.sep), string(l.Separator), tc.in)
	}
}

// TestCutIsTheParsersReading: the spans Parse reports lie where Cut says
// the parts are.
func TestCutIsTheParsersReading(t *testing.T) {
	for _, in := range []string{
		"mongodb://u:p@h1,h2:27018/db?replicaSet=rs0&w=1",
		"mongodb://a@b@h/?appName=x",
		"mongodb+srv://u@cluster0.example.net/?a=1;b=2",
		"mongodb://%2Ftmp%2Fm.sock,[::1]:27017/?tls=true",
	} {
		cs, _ := Parse(in)
		l := Cut(in)
		if cs.User != nil {
			assert.Equal(t, l.Userinfo, cs.User.Span, in)
		}
		for _, h := range cs.Hosts {
			assert.True(t, h.Span.Start >= l.Hosts.Start && h.Span.End <= l.Hosts.End, "%s: host %v outside %v", in, h.Span, l.Hosts)
		}
		for _, o := range cs.Options {
			assert.True(t, o.Span.Start >= l.Options.Start && o.Span.End <= l.Options.End, "%s: option %v outside %v", in, o.Span, l.Options)
		}
	}
}
