//go:build js && wasm

// Command wasm is the mongouri WebAssembly module. It is a thin adapter: it
// reads JavaScript arguments (explain's and resolve's options with
// github.com/norunners/vert; format's parts, six fields, by hand, which keeps
// vert out of the API module: see partsOf), calls packages
// connstr and connstr/explain, and returns each result as JSON text that
// index.js parses. The result shapes are declared once, in js/index.d.ts;
// contract_test.go holds every writer to them. Everything it knows about
// connection strings comes from connstr; it parses nothing itself.
//
// The module is loaded by the npm package's index.js, never on its own. The
// two sides meet through one global, handshakeGlobal: index.js sets it to a
// function just before it starts the Go program and deletes it right after,
// and main calls it once with the API object. Nothing else is published on
// globalThis.
package main

import (
	"runtime/debug"
	"syscall/js"
)

// gcPercent lets the heap grow to five times the live data before a
// collection. Each parse leaves about a kilobyte of garbage and the live heap
// is tiny, so Go's default (100) collects very often, and in js/wasm a
// collection runs on the only thread: measured in scripts/bench-node.mjs,
// fewer collections make parse() faster for a few hundred KB of memory.
const gcPercent = 400

// handshakeGlobal is the one global the module reads. index.js owns it: it
// exists only while the Go program starts.
const handshakeGlobal = "__mongouri_handshake"

func main() {
	debug.SetGCPercent(gcPercent)
	hs := js.Global().Get(handshakeGlobal)
	if hs.Type() != js.TypeFunction {
		// Started without index.js (for example by hand with wasm_exec.js):
		// there is nobody to hand the API to, so exit rather than idle.
		return
	}
	// The handshake returns the host's settings, among them the JavaScript
	// half of the DoH transport (see fetch.go).
	configure(hs.Invoke(newAPI()))
	// Serve calls from JavaScript for the life of the page or process. An
	// idle Go program does not keep Node's event loop alive.
	select {}
}

// configure reads what the host handed over at init: each reader in
// settingReaders takes what its part of the build needs.
func configure(cfg js.Value) {
	if cfg.Type() != js.TypeObject {
		return
	}
	for _, read := range settingReaders {
		read(cfg)
	}
}

// settingReaders are registered by init functions of the files that need a
// setting (fetch.go, in the full and UI builds).
var settingReaders []func(cfg js.Value)
