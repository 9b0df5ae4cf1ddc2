package connstr

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestTooLong: a string over MaxLength gets one error diagnostic and is not
// read; one at the limit is read in full.
func TestTooLong(t *testing.T) {
	long := "mongodb://u:hunter2@h/?appName=" + strings.Repeat("a", MaxLength)
	cs, err := Parse(long)
	require.Error(t, err)
	require.Len(t, cs.Diagnostics, 1)
	require.Equal(t, CodeTooLong, cs.Diagnostics[0].Code)
	require.Equal(t, SeverityError, cs.Diagnostics[0].Severity)
	require.Empty(t, cs.Hosts)
	red := cs.Redacted()
	require.NotContains(t, red, "hunter2")
	require.Less(t, len(red), 64)

	// replicaSet, not appName: an appName is at most 128 bytes (Handshake spec).
	atLimit := "mongodb://h/?replicaSet=" + strings.Repeat("a", MaxLength-len("mongodb://h/?replicaSet="))
	require.Len(t, atLimit, MaxLength)
	cs, err = Parse(atLimit)
	require.NoError(t, err)
	require.Equal(t, strings.Repeat("a", MaxLength-len("mongodb://h/?replicaSet=")), cs.Value("replicaSet").Text())
}

// TestRepeatsCapped: a finding that repeats is reported maxRepeats times and
// then counted, once per code, and the count is right.
func TestRepeatsCapped(t *testing.T) {
	const n = 3000 // 51 KB, under MaxLength
	var b strings.Builder
	b.WriteString("mongodb://h/?")
	for i := range n {
		if i > 0 {
			b.WriteByte('&')
		}
		b.WriteString("zz=1&appName=%zz") // an unknown option and a bad escape
	}
	cs, err := Parse(b.String())
	require.Error(t, err)
	count := map[Code]int{}
	var more []Diagnostic
	for _, d := range cs.Diagnostics {
		count[d.Code]++
		if d.Code == CodeMoreFindings {
			more = append(more, d)
		}
	}
	require.LessOrEqual(t, count[CodeUnknownOption], capFrom)
	require.LessOrEqual(t, count[CodeBadPercent], capFrom)
	require.Len(t, more, 2, "one summary per repeated code")
	total := count[CodeUnknownOption] + count[CodeBadPercent]
	for _, d := range more {
		var k int
		for _, f := range strings.Fields(d.Message) {
			if x, ok := atoiOK(f); ok {
				k = x
			}
		}
		total += k
	}
	// Every pair was either shown or counted.
	require.Equal(t, 2*n, total, "shown + counted")
	require.Equal(t, SeverityError, more[len(more)-1].Severity, "a summary of errors is an error")
}

func atoiOK(s string) (int, bool) {
	n := 0
	for _, c := range []byte(s) {
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, s != ""
}
