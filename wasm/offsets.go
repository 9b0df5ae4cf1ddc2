//go:build js && wasm

package main

import "unicode/utf8"

// offsets maps the byte offsets of connstr's spans to UTF-16 code unit
// offsets, the unit JavaScript strings are indexed in, so that
// uri.slice(d.start, d.end) is the span a diagnostic points at.
//
// The string came from JavaScript through UTF-8 (lone surrogates became
// U+FFFD, one unit either way), so each rune is one UTF-16 unit, or two
// above U+FFFF. ASCII input, the common case, needs no table.
//
// A span edge inside a multi-byte character (connstr may end a span after
// a '%' and the first byte of what follows) widens to the whole character:
// a JavaScript string cannot point into one.
type offsets struct {
	units []int32 // units[b] = UTF-16 offset of byte b; nil for ASCII input
	s     string
}

func newOffsets(s string) offsets {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return offsets{}
	}
	units := make([]int32, len(s)+1)
	var u int32
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		for j := 0; j < n; j++ {
			units[i+j] = u // a byte inside a rune maps to the rune's start
		}
		u++
		if r > 0xFFFF {
			u++
		}
		i += n
	}
	units[len(s)] = u
	return offsets{units: units, s: s}
}

// span returns the UTF-16 offsets of the byte span [start, end), widened
// to whole characters.
func (o offsets) span(start, end int) (int, int) {
	if o.units != nil {
		for end > 0 && end < len(o.s) && !utf8.RuneStart(o.s[end]) {
			end++
		}
	}
	return o.at(start), o.at(end)
}

// at returns the UTF-16 offset of byte offset b (of the character holding b).
func (o offsets) at(b int) int {
	if o.units == nil {
		return b
	}
	if b < 0 {
		return 0
	}
	if b >= len(o.units) {
		return int(o.units[len(o.units)-1])
	}
	return int(o.units[b])
}
