//go:build js && wasm

package ui

import "github.com/mongouri/mongouri/connstr/doh"

// DNSTransport is the transport the inspector's Resolve sends its
// DNS-over-HTTPS requests through. The host program sets it before mounting
// (wasm/bridge_ui.go sets the fetch shim that the JavaScript API's resolve
// uses), so that the UI can resolve Go to Go: doh.New with this transport,
// connstr.Resolve, then explain.WithResolution for the Explain view.
var DNSTransport doh.Transport
