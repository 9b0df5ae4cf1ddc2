//go:build js && wasm

package main

import (
	"syscall/js"

	"github.com/mongouri/mongouri/connstr"
)

// newAPI builds the object handed to index.js. Its functions live as long as
// the program: they are never released.
func newAPI() js.Value {
	api := js.Global().Get("Object").New()
	for name, f := range entryPoints() {
		api.Set(name, js.FuncOf(f))
	}
	return api
}

// entryPoint is the signature of a function JavaScript calls.
type entryPoint = func(this js.Value, args []js.Value) any

// entryPoints lists what the module offers; files that add a capability
// (the UI, explain) register theirs here through extraEntryPoints.
func entryPoints() map[string]entryPoint {
	m := map[string]entryPoint{
		"parse": parseJS,
	}
	for k, v := range extraEntryPoints {
		m[k] = v
	}
	return m
}

var extraEntryPoints = map[string]entryPoint{}

// parseFunc is connstr.Parse; tests swap it to prove the panic guard.
var parseFunc = connstr.Parse

// parseJS is parse(uri): a ParseResult, whatever it is given. A non-string
// argument or a panic becomes an error diagnostic, never an exception.
func parseJS(_ js.Value, args []js.Value) any {
	uri, ok := stringArg(args, 0)
	if !ok {
		return failedResult(argumentError("parse", arg(args, 0)))
	}
	return guard(func() any {
		cs, _ := parseFunc(uri) // the error repeats cs.Diagnostics' errors
		return resultValue(cs)
	}, func() any { return failedResult(internalError()) })
}
