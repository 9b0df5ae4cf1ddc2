package explain

import (
	"strings"

	"github.com/mongouri/mongouri/connstr"
)

// The prefixes of the two schemes, as a string starts with them.
const (
	prefixMongoDB = string(connstr.SchemeMongoDB) + "://"
	prefixSRV     = string(connstr.SchemeSRV) + "://"
)

const upperhex = "0123456789ABCDEF"

// writeEscaped writes c as a %XX escape.
func writeEscaped(b *strings.Builder, c byte) {
	b.WriteByte('%')
	b.WriteByte(upperhex[c>>4])
	b.WriteByte(upperhex[c&15])
}

func isHex(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// writePairs writes key:value pairs as an option value holds them.
func writePairs(b *strings.Builder, props []connstr.Property) {
	for i, p := range props {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(connstr.EscapeValue(p.Key))
		b.WriteByte(':')
		b.WriteString(connstr.EscapeValue(p.Value))
	}
}

// notesText joins drivers' notes into one paragraph.
func notesText(notes []connstr.DriverNote) string {
	s := make([]string, len(notes))
	for i, n := range notes {
		s[i] = n.String()
	}
	return strings.Join(s, " ")
}
