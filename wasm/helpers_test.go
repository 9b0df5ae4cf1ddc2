//go:build js && wasm

package main

import (
	"syscall/js"
	"testing"
)

// jsonValue parses JSON text with JavaScript's JSON.parse, as index.js does.
func jsonValue(t *testing.T, text string) js.Value {
	t.Helper()
	var v js.Value
	func() {
		defer func() {
			if r := recover(); r != nil {
				t.Fatalf("JSON.parse failed on %.200q: %v", text, r)
			}
		}()
		v = js.Global().Get("JSON").Call("parse", text)
	}()
	return v
}

// evalJS builds a JavaScript function from source, for fakes and inputs
// that only JavaScript can make.
func evalJS(params, body string) js.Value {
	return js.Global().Get("Function").New(params, body)
}

// parseResult runs parse through the direct entry point, as index.js does
// for strings: bytes into the input buffer, JSON out of the output buffer.
func parseResult(t *testing.T, uri string) js.Value {
	t.Helper()
	exportInput(int32(len(uri)))
	copy(input, uri)
	n := exportParse(int32(len(uri)))
	return jsonValue(t, string(output[:n]))
}

func diagnosticCodes(r js.Value) []string {
	ds := r.Get("diagnostics")
	codes := make([]string, ds.Length())
	for i := range codes {
		codes[i] = ds.Index(i).Get("code").String()
	}
	return codes
}

func hasCode(r js.Value, code string) bool {
	for _, c := range diagnosticCodes(r) {
		if c == code {
			return true
		}
	}
	return false
}

// checkParseResult asserts the invariants every ParseResult keeps.
func checkParseResult(t *testing.T, r js.Value) {
	t.Helper()
	for _, k := range []string{"valid", "scheme", "hosts", "username", "password", "database", "options", "unknownOptions", "diagnostics"} {
		if r.Get(k).Type() == js.TypeUndefined {
			t.Fatalf("result has no %q", k)
		}
	}
	anyError := false
	ds := r.Get("diagnostics")
	for i := 0; i < ds.Length(); i++ {
		d := ds.Index(i)
		switch d.Get("severity").String() {
		case "error":
			anyError = true
		case "warning", "info":
		default:
			t.Fatalf("diagnostic %d has severity %q", i, d.Get("severity").String())
		}
		if d.Get("code").Type() != js.TypeString || d.Get("code").String() == "" || d.Get("message").Type() != js.TypeString {
			t.Fatalf("diagnostic %d lacks a code or message", i)
		}
		if (d.Get("start").Type() == js.TypeUndefined) != (d.Get("end").Type() == js.TypeUndefined) {
			t.Fatalf("diagnostic %d has one of start and end", i)
		}
		for _, k := range []string{"start", "end", "option", "hint"} {
			if d.Get(k).Type() == js.TypeNull {
				t.Fatalf("diagnostic %d has %s: null (absent expected)", i, k)
			}
		}
	}
	if r.Get("valid").Bool() == anyError {
		t.Fatalf("valid = %v with error diagnostics = %v", r.Get("valid").Bool(), anyError)
	}
}

// jsString makes a JavaScript string from s as index.js would (syscall/js
// decodes Go strings with a TextDecoder that drops a leading U+FEFF).
func jsString(s string) js.Value {
	b := js.Global().Get("Uint8Array").New(len(s))
	js.CopyBytesToJS(b, []byte(s))
	opts := js.Global().Get("Object").New()
	opts.Set("ignoreBOM", true)
	return js.Global().Get("TextDecoder").New("utf-8", opts).Call("decode", b)
}

// jsSlice is s.slice(start, end) in JavaScript, on UTF-16 code units.
func jsSlice(s string, start, end js.Value) string {
	return js.Global().Get("String").Get("prototype").Get("slice").Call("call", jsString(s), start, end).String()
}
