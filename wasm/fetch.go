//go:build js && wasm

package main

import (
	"context"
	"errors"
	"syscall/js"

	"github.com/mongouri/mongouri/connstr/doh"
)

// hostFetch is the fetch function index.js hands over at init (the
// platform's fetch unless the caller passed one). Undefined until then.
var hostFetch = js.Undefined()

var errNoFetch = errors.New("no fetch function: call init() first, or pass init({fetch})")

// fetchTransport is the DoH client's transport in the browser and in Node:
// one fetch GET per DNS question, made by the JavaScript side. It follows
// doh.Transport's rules: only the accept header, no credentials or
// referrer, no redirects, at most maxBytes+1 bytes of body, and an abort as
// soon as ctx is done.
func fetchTransport(ctx context.Context, url string, maxBytes int) (resp *doh.Response, err error) {
	if hostFetch.Type() != js.TypeFunction {
		return nil, errNoFetch
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	// The fetch function may be the caller's (init({fetch})) and return
	// anything: every read of what it returns is guarded, and a panic here
	// (this runs on one of the DoH client's goroutines, where nothing else
	// would recover it) becomes an error.
	defer func() {
		if r := recover(); r != nil {
			resp, err = nil, errBadResponse
		}
	}()
	ctrl := js.Global().Get("AbortController").New()
	// Abort the request when ctx ends; stop watching when the call returns.
	done := make(chan struct{})
	defer close(done)
	go func() {
		select {
		case <-ctx.Done():
			ctrl.Call("abort")
		case <-done:
		}
	}()

	init := objectAssign.Invoke(js.Global().Get("Object").New(), fetchInit())
	init.Set("signal", ctrl.Get("signal"))

	var pending js.Value
	if err := catch(func() { pending = hostFetch.Invoke(url, init) }); err != nil {
		return nil, fetchError(ctx, err) // fetch threw instead of rejecting
	}
	a := newAwaiter()
	defer a.release()
	r, err := a.await(pending)
	if err != nil {
		return nil, fetchError(ctx, err)
	}
	return readResponse(ctx, a, r, maxBytes)
}

// fetchInit returns the request options every DoH GET shares, made once
// and frozen (a fetch function cannot change them for the next request);
// each request copies them and adds its own signal.
func fetchInit() js.Value {
	if fetchInitTemplate.IsUndefined() {
		freeze := js.Global().Get("Object").Get("freeze")
		headers := js.Global().Get("Object").New()
		headers.Set("accept", doh.MediaType)
		init := js.Global().Get("Object").New()
		init.Set("method", "GET")
		init.Set("headers", freeze.Invoke(headers))
		init.Set("credentials", "omit")
		init.Set("referrerPolicy", "no-referrer")
		init.Set("redirect", "manual")
		init.Set("cache", "no-store")
		fetchInitTemplate = freeze.Invoke(init)
	}
	return fetchInitTemplate
}

var (
	fetchInitTemplate = js.Undefined()
	objectAssign      = js.Global().Get("Object").Get("assign")
)

// errBadResponse is what a fetch that returns no usable Response gives.
var errBadResponse = errors.New("the fetch function returned something that is not a usable Response")

// readResponse reads the status, content type and at most maxBytes+1
// bytes of body of r, which must look like a Response; each property is
// read once, under catch.
func readResponse(ctx context.Context, a *awaiter, r js.Value, maxBytes int) (*doh.Response, error) {
	if typeOf(r) != js.TypeObject {
		return nil, errBadResponse
	}
	if t, err := get(r, "type"); err != nil {
		return nil, errBadResponse
	} else if typeOf(t) == js.TypeString && t.String() == "opaqueredirect" {
		// A browser hides a redirect's status behind "manual"; say what
		// happened rather than report status 0.
		return nil, errors.New("the DoH endpoint answered with a redirect, which is not followed")
	}
	status, err := get(r, "status")
	if err != nil || typeOf(status) != js.TypeNumber || status.Float() != float64(int(status.Float())) {
		return nil, errBadResponse
	}
	out := &doh.Response{Status: status.Int()}
	headers, err := get(r, "headers")
	if err != nil {
		return nil, errBadResponse
	}
	if typeOf(headers) == js.TypeObject {
		var ct js.Value
		if err := catch(func() { ct = headers.Call("get", jsName("content-type")) }); err != nil {
			return nil, errBadResponse
		}
		if typeOf(ct) == js.TypeString {
			out.ContentType = ct.String()
		}
	}
	stream, err := get(r, "body")
	if err != nil {
		return nil, errBadResponse
	}
	body, err := readBody(a, stream, maxBytes+1)
	if err != nil {
		return nil, fetchError(ctx, err)
	}
	out.Body = body
	return out, nil
}

// readBody reads at most limit bytes of a ReadableStream and cancels the
// rest, so an endless or huge body costs no more than limit bytes. Each
// chunk must be a Uint8Array.
func readBody(a *awaiter, stream js.Value, limit int) ([]byte, error) {
	if typeOf(stream) != js.TypeObject {
		return nil, nil // a response without a body (e.g. 204)
	}
	var reader js.Value
	if err := catch(func() { reader = stream.Call("getReader") }); err != nil || typeOf(reader) != js.TypeObject {
		return nil, errBadResponse
	}
	var body []byte
	for {
		var read js.Value
		if err := catch(func() { read = reader.Call("read") }); err != nil {
			return nil, errBadResponse
		}
		chunk, err := a.await(read)
		if err != nil {
			return nil, err
		}
		done, err := get(chunk, "done")
		if err != nil || typeOf(chunk) != js.TypeObject {
			return nil, errBadResponse
		}
		if done.Truthy() {
			return body, nil
		}
		value, err := get(chunk, "value")
		if err != nil || !isBytes(value) {
			return nil, errBadResponse
		}
		length, err := get(value, "length")
		if err != nil || typeOf(length) != js.TypeNumber {
			return nil, errBadResponse
		}
		n := length.Int()
		if take := limit - len(body); n > take {
			n = take
			value = value.Call("subarray", 0, take)
		}
		start := len(body)
		body = append(body, make([]byte, n)...)
		js.CopyBytesToGo(body[start:], value)
		if len(body) >= limit {
			// Settle the cancel before returning; its outcome is of no
			// interest (the stream may have ended meanwhile).
			var cancel js.Value
			if catch(func() { cancel = reader.Call("cancel") }) == nil {
				a.await(cancel)
			}
			return body, nil
		}
	}
}

// isBytes reports whether v is a real Uint8Array (not a look-alike whose
// Symbol.toStringTag says so): what js.CopyBytesToGo takes.
func isBytes(v js.Value) bool {
	var ok bool
	catch(func() { ok = arrayBufferIsView.Invoke(v).Truthy() })
	return ok && tagOf(v) == "[object Uint8Array]"
}

var arrayBufferIsView = js.Global().Get("ArrayBuffer").Get("isView")

// fetchError keeps the context's own error when the abort was ours, so the
// DoH client sees a deadline as a deadline; any other rejection (network
// failure, CORS, a refused connection) passes through as its name and
// message, which never include the request's URL.
func fetchError(ctx context.Context, err error) error {
	if ctxErr := ctx.Err(); ctxErr != nil {
		return ctxErr
	}
	return err
}

// Compile-time check that the shim fits the DoH client's seam.
var _ doh.Transport = fetchTransport
