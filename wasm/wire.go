//go:build js && wasm

package main

import "strconv"

// writer builds JSON text. Results cross into JavaScript as one JSON string
// that JSON.parse turns into plain objects: measured in Node, that is
// several times faster than creating the same objects from Go property by
// property (each syscall/js Set decodes its key with a TextDecoder and
// registers a finalizer), which alone cost more than parsing does. It
// writes only what the API's shapes need, so encoding/json stays out.
//
// The methods are marked noinline: Go inlines such small functions at each
// of their many call sites, which in wasm more than doubled the adapter's
// code for no measurable gain in speed.
type writer struct {
	b     []byte
	comma bool // a value was written at this level: the next one needs ','
}

func (w *writer) reset() { w.b, w.comma = w.b[:0], false }

func (w *writer) sep() {
	if w.comma {
		w.b = append(w.b, ',')
	}
	w.comma = true
}

//go:noinline
func (w *writer) open(c byte) {
	w.sep()
	w.b = append(w.b, c)
	w.comma = false
}

//go:noinline
func (w *writer) close(c byte) {
	w.b = append(w.b, c)
	w.comma = true
}

func (w *writer) beginObject() { w.open('{') }
func (w *writer) endObject()   { w.close('}') }
func (w *writer) beginArray()  { w.open('[') }
func (w *writer) endArray()    { w.close(']') }

// key writes an object key; the value written next belongs to it.
//
//go:noinline
func (w *writer) key(k string) {
	w.sep()
	w.quote(k)
	w.b = append(w.b, ':')
	w.comma = false
}

//go:noinline
func (w *writer) str(s string) {
	w.sep()
	w.quote(s)
}

// strs writes a JSON array of strings ([] for a nil list).
func (w *writer) strs(list []string) {
	w.beginArray()
	for _, s := range list {
		w.str(s)
	}
	w.endArray()
}

//go:noinline
func (w *writer) int(n int64) {
	w.sep()
	w.b = strconv.AppendInt(w.b, n, 10)
}

//go:noinline
func (w *writer) bool(v bool) {
	w.sep()
	w.b = strconv.AppendBool(w.b, v)
}

//go:noinline
func (w *writer) null() {
	w.sep()
	w.b = append(w.b, "null"...)
}

// strOrNull writes s, or null when ok is false.
//
//go:noinline
func (w *writer) strOrNull(s string, ok bool) {
	if ok {
		w.str(s)
	} else {
		w.null()
	}
}

const hexDigits = "0123456789abcdef"

// quote writes s as a JSON string. Bytes that are not valid UTF-8 (a
// percent-decoded %FF, say) pass through; TextDecoder turns them into
// U+FFFD, as syscall/js would.
//
//go:noinline
func (w *writer) quote(s string) {
	w.b = append(w.b, '"')
	start := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x20 && c != '"' && c != '\\' {
			continue
		}
		w.b = append(w.b, s[start:i]...)
		switch c {
		case '"', '\\':
			w.b = append(w.b, '\\', c)
		case '\n':
			w.b = append(w.b, '\\', 'n')
		case '\r':
			w.b = append(w.b, '\\', 'r')
		case '\t':
			w.b = append(w.b, '\\', 't')
		default:
			w.b = append(w.b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xF])
		}
		start = i + 1
	}
	w.b = append(w.b, s[start:]...)
	w.b = append(w.b, '"')
}
