//go:build js && wasm && ui

package main

import (
	"syscall/js"

	"github.com/mongouri/mongouri/wasm/ui"
)

// The UI build (go build -tags ui, shipped as mongouri-ui.wasm) adds
// mount(root, config) for the site and the <mongouri-inspector> element.
// It is a separate module because the UI roughly doubles the download,
// which API users should not pay for. The contract is in wasm/ui/doc.go;
// index.js's init({ui: true}) loads this build.
func init() {
	extraEntryPoints["mount"] = mountJS
	ui.DNSTransport = fetchTransport
}

// mountJS calls ui.MountJS under the guard. A Go function cannot throw
// into JavaScript, so a failure comes back as an Error object that
// index.js throws.
func mountJS(this js.Value, args []js.Value) any {
	return guard(func() any { return ui.MountJS(this, args) }, func() any {
		return js.Global().Get("Error").New("mongouri: mount failed; root must be an Element or a ShadowRoot")
	})
}
