//go:build js && wasm

package main

import (
	"syscall/js"

	"github.com/mongouri/mongouri/connstr"
)

// The API has two doors into the same functions:
//
//   - exports.go: //go:wasmexport functions that index.js calls directly
//     for the synchronous calls on strings (parse, redact). A direct call
//     costs well under a microsecond; a js.FuncOf call goes through the Go
//     scheduler's event handling and costs tens of microseconds, more than
//     parsing itself.
//   - the js.FuncOf functions below, on the object handed over at init:
//     resolve (it returns a promise and runs on goroutines), format (its
//     argument is an object), explain (it takes options), mount, and the
//     string functions again for
//     arguments that are not strings, whose type only JavaScript can name.
//
// Results travel as JSON text (see wire.go) that index.js parses.

// newAPI builds the object handed to index.js. Its functions live as long
// as the program: they are never released.
func newAPI() js.Value {
	api := js.Global().Get("Object").New()
	for name, f := range entryPoints() {
		api.Set(name, js.FuncOf(f))
	}
	return api
}

// entryPoint is the signature of a function JavaScript calls.
type entryPoint = func(this js.Value, args []js.Value) any

// entryPoints lists the js.FuncOf functions; files that add a capability
// (explain and resolve: bridge_full.go; the UI: bridge_ui.go) register
// theirs in extraEntryPoints from an init function.
func entryPoints() map[string]entryPoint {
	m := map[string]entryPoint{
		"parse":  parseJS,
		"redact": redactJS,
		"format": formatJS,
	}
	for k, v := range extraEntryPoints {
		m[k] = v
	}
	return m
}

var extraEntryPoints = map[string]entryPoint{}

// parseFunc is connstr.Parse; tests swap it to prove the panic guard.
var parseFunc = connstr.Parse

// parseInto is connstr.ParseInto, for parse(); tests swap it too.
var parseInto = connstr.ParseInto

// parseScratch is the ConnString parse() reuses. Its result is written out
// as JSON before the call returns, and calls never overlap (JavaScript runs
// one at a time and parseJSON does not block), so one is enough; reusing its
// lists saves most of a parse's allocations and so most of its collections.
var parseScratch connstr.ConnString

// parseJSON returns the ParseResult of uri as JSON. It never panics: a
// recovered panic becomes an internal-error diagnostic.
func parseJSON(w *writer, uri string) []byte {
	w.reset()
	ok := guard(func() any {
		parseInto(&parseScratch, uri) // the error repeats the diagnostics' errors
		writeParseResult(w, &parseScratch)
		return true
	}, func() any { return false })
	if ok != true {
		return failedJSON(w, internalError())
	}
	return w.b
}

// failedJSON is the ParseResult of a call connstr could not serve.
func failedJSON(w *writer, d connstr.Diagnostic) []byte {
	w.reset()
	writeParseResult(w, nil, d)
	return w.b
}

// redactString returns uri with its secrets masked; "" if that panics,
// since the input itself must never be returned unredacted.
func redactString(uri string) string {
	s := guard(func() any { return connstr.Redact(uri) }, func() any { return "" })
	return s.(string)
}

// parseJS is parse(uri) through js.FuncOf: a JSON ParseResult, whatever it
// is given. A non-string argument becomes an error diagnostic.
func parseJS(_ js.Value, args []js.Value) any {
	var w writer
	return guard(func() any {
		uri, ok := stringArg(args, 0)
		if !ok {
			return string(failedJSON(&w, argumentError("parse", arg(args, 0))))
		}
		return string(parseJSON(&w, uri))
	}, func() any { return string(failedJSON(&w, internalError())) })
}

// redactJS is redact(uri): "" for anything that is not a string, so that a
// logging path never throws and never echoes an unknown value.
func redactJS(_ js.Value, args []js.Value) any {
	return guard(func() any {
		uri, ok := stringArg(args, 0)
		if !ok {
			return ""
		}
		return redactString(uri)
	}, func() any { return "" })
}
