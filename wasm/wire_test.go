//go:build js && wasm

package main

import (
	"strings"
	"testing"
)

func TestWriterQuotesEveryByte(t *testing.T) {
	var b strings.Builder
	for c := 0; c < 0x80; c++ {
		b.WriteByte(byte(c))
	}
	for _, s := range []string{b.String(), "é𝄞\u2028\u2029\ufeff", `"\"\\`, ""} {
		var w writer
		w.beginArray()
		w.str(s)
		w.endArray()
		if got := jsonValue(t, string(w.b)).Index(0).String(); got != s {
			t.Errorf("round trip of %q gave %q", s, got)
		}
	}
}

func TestWriterNesting(t *testing.T) {
	var w writer
	w.beginObject()
	w.key("a")
	w.beginArray()
	w.int(1)
	w.bool(false)
	w.null()
	w.beginObject()
	w.endObject()
	w.endArray()
	w.key("b")
	w.strOrNull("", false)
	w.endObject()
	if got, want := string(w.b), `{"a":[1,false,null,{}],"b":null}`; got != want {
		t.Errorf("got %s, want %s", got, want)
	}
}
