//go:build js && wasm && (full || ui)

package main

// The full build (go build -tags full, shipped as mongouri-full.wasm; the
// UI build includes it) adds explain, diagnose and resolve. They are a separate
// module because together they cost about 170 KB of brotli (the explainer's
// text and tables; the DoH client, DNS messages, contexts and timers), which
// API users who parse, format and redact should not download: index.js's
// resolve() loads this build by itself on first use, and explain() and
// diagnose() need init({full: true}).
//
// explain.go and diagnose.go carry the same build constraint: package main
// importing connstr/explain at all would link its tables and those of
// connstr/drivers into the core build (35 KB of brotli), unused.
func init() {
	extraEntryPoints["explain"] = explainJS
	extraEntryPoints["diagnose"] = diagnoseJS
	extraEntryPoints["resolve"] = resolveJS
}
