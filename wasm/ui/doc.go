// Package ui renders the mongouri inspector — Decode, Encode and Explain views
// of one connection string, plus SRV resolution — into the DOM, from Go,
// through honnef.co/go/js/dom/v2. The static site (site/) and the
// <mongouri-inspector> custom element (wasm/js/widget.js) both use it.
//
// Everything it knows about options, mechanisms and diagnostics comes from
// package connstr (Parse, String, Redacted, the registry, NewValue, NewHost,
// Cut) and package connstr/explain (Explain: the one list of findings, the
// verdict and the merged fixed string); the UI only lays that knowledge out.
//
// # Layout
//
// Under the input, the status line gives the verdict, counting every
// finding. Under the tabs, the summary (data-mu="summary") is the top of
// every view: the fixed string with "Use this" and "Copy", what a driver
// will do, and the findings; for an empty box, examples to try. Above its
// body are two slots that other parts of the UI fill through
// Inspector.Slot: "slot-diagnosis" (a diagnosis of a pasted driver error)
// and "slot-drivers" (driver verdicts). The widget's compact mode shows the
// summary alone.
//
// # Drawing
//
// The summary, Decode and Explain are markup built in Go (markup.go, no
// build tag, so it also runs natively) and set with one innerHTML each,
// only where it changed; their buttons carry data-act and are dispatched
// by one listener (act.go). Only the view on screen is drawn; Encode and
// Explain are built when first shown; folds (details with data-fold) build
// their bodies when opened and stay open across redraws. Encode's form is
// built with dom/v2 elements, whose handles it keeps.
//
// # Contract with the wasm main package
//
// The main package exposes MountJS to JavaScript, e.g.
//
//	exports.Set("mount", js.FuncOf(ui.MountJS))
//
// and index.js re-exports it as
//
//	mount(root: Element | ShadowRoot, config?: MountConfig): Inspector
//
// where the wasm must already be initialised (await init() first), and
//
//	MountConfig = {
//	  uri?: string,                        // initial string (else the adopted textarea's value)
//	  mode?: "decode" | "encode" | "explain",
//	  resolve?: (uri: string, opts: {dohURL: string, timeoutMS?: number, signal?: AbortSignal})
//	            => Promise<ResolveResult>, // offers Resolve: index.js's mount passes the JS API's
//	                                       // resolve. The inspector itself resolves Go to Go,
//	                                       // through DNSTransport, and hands the Resolution to
//	                                       // Explain; without either, Resolve is not offered
//	  dohEndpoints?: {name: string, url: string}[],  // offered before the built-in providers
//	  onChange?: (uri: string, mode: string) => void, // after every change of string or mode
//	  error?: string,                      // a driver's error text: its diagnosis fills slot-diagnosis
//	}
//	Inspector = {setURI(s: string): void, setMode(m: string): void, setError(s: string): void,
//	             uri(): string, mode(): string, unmount(): void}
//
// The UI does not style itself: the page links ui.css (shipped in the npm
// package as mongouri.css), and the widget links it inside its shadow root.
//
// # Adopting a pre-rendered shell
//
// A page can paint before the wasm arrives by writing the inspector's outer
// markup itself: any element inside root carrying data-mu="NAME" for a NAME
// the UI would create (app, input, tabs, tab-decode, tab-encode, tab-explain,
// summary, summary-body, panel-decode, panel-encode, panel-explain, status)
// is reused instead of created, so the text a person typed and the focus
// survive the hand-over and nothing moves. site/index.html and widget.js write such a shell.
package ui
