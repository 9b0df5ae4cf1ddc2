package connstr

import (
	"strconv"
	"unicode"
	"unicode/utf8"
)

// maxShown is the longest value a message repeats as is.
const maxShown = 64

// shownValue is a value from outside the string (a DNS answer) as a message
// may show it: as is when it is short, valid UTF-8 and free of control
// characters; otherwise Go-quoted (NUL, newlines and bad bytes escaped) and
// cut to maxShown bytes. A DNS server chooses these bytes.
func shownValue(s string) string {
	plain := len(s) <= maxShown && utf8.ValidString(s)
	for _, r := range s {
		if !plain {
			break
		}
		plain = !unicode.IsControl(r) && r != '"'
	}
	if plain {
		return s
	}
	if len(s) > maxShown {
		return strconv.Quote(s[:maxShown]) + "..." // a cut rune is escaped as bytes
	}
	return strconv.Quote(s)
}
