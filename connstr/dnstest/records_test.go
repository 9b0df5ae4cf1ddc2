package dnstest

import (
	"context"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/mongouri/mongouri/connstr"
)

func TestParseRecords(t *testing.T) {
	recs, err := ParseRecords(strings.NewReader(`# a comment

db.example.net            A     127.0.0.1
db.example.net.           AAAA  ::1
_mongodb._tcp.c0.example.net SRV 1 2 27017 db.example.net.
c0.example.net            TXT   "replicaS" "et=rs 0"   "a\"b\\c"
`))
	require.NoError(t, err)
	require.Len(t, recs, 4)
	assert.Equal(t, "A", recs[0].Type)
	assert.Equal(t, "127.0.0.1", recs[0].Addr.String())
	assert.Equal(t, "db.example.net", recs[1].Name, "final dot dropped")
	assert.Equal(t, connstr.SRVRecord{Target: "db.example.net", Port: 27017, Priority: 1, Weight: 2}, recs[2].SRV)
	assert.Equal(t, []string{"replicaS", "et=rs 0", `a"b\c`}, recs[3].TXT)
	assert.Equal(t, 6, recs[3].Line)
}

func TestParseRecordsErrors(t *testing.T) {
	for _, line := range []string{
		"x.example A",
		"x.example MX 10 mail.example",
		"x.example SRV 0 0 99999 t.example",
		"x.example SRV 0 0 1",
		"x.example TXT unquoted",
		`x.example TXT "unterminated`,
		`x.example TXT "` + strings.Repeat("a", 256) + `"`,
		"x.example A ::1",
		"x.example AAAA 127.0.0.1",
	} {
		_, err := ParseRecords(strings.NewReader(line))
		assert.Error(t, err, line)
	}
}

func TestResolverNamesIgnoreCase(t *testing.T) {
	r := New().AddSRV("_mongodb._tcp.C0.example.net.", "a.example.net", 1).AddTXT("c0.EXAMPLE.net", "x", "y")
	recs, err := r.LookupSRV(context.Background(), "_mongodb._tcp.c0.example.NET")
	require.NoError(t, err)
	assert.Len(t, recs, 1)
	txt, err := r.LookupTXT(context.Background(), "C0.example.net.")
	require.NoError(t, err)
	assert.Equal(t, []string{"xy"}, txt)
	none, err := r.LookupTXT(context.Background(), "other.example.net")
	require.NoError(t, err)
	assert.NotNil(t, none)
	assert.Empty(t, none)
}
