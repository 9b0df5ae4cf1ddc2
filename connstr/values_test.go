package connstr

import (
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestParseDecimal checks the one-pass integer reader against strconv.
func TestParseDecimal(t *testing.T) {
	for _, s := range []string{
		"0", "7", "-0", "+5", "-1", "27017", "00012",
		"9223372036854775807", "9223372036854775808", "-9223372036854775808", "-9223372036854775809",
		"18446744073709551616", "99999999999999999999999", "-99999999999999999999999",
		"", "-", "+", "1.5", "1e3", " 1", "1 ", "0x10", "--1", "+-1", "١٢",
	} {
		n, isInt, fits := parseDecimal(s)
		want, err := strconv.ParseInt(s, 10, 64)
		wantInt := isDigits(trimSign(s))
		assert.Equal(t, wantInt, isInt, "%q isInt", s)
		assert.Equal(t, err == nil, fits, "%q fits", s)
		if err == nil {
			assert.Equal(t, want, n, "%q", s)
		}
	}
}

func trimSign(s string) string {
	if s != "" && (s[0] == '-' || s[0] == '+') {
		return s[1:]
	}
	return s
}
