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
func fetchTransport(ctx context.Context, url string, maxBytes int) (*doh.Response, error) {
	if hostFetch.Type() != js.TypeFunction {
		return nil, errNoFetch
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
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

	init := js.Global().Get("Object").New()
	init.Set("method", "GET")
	headers := js.Global().Get("Object").New()
	headers.Set("accept", doh.MediaType)
	init.Set("headers", headers)
	init.Set("credentials", "omit")
	init.Set("referrerPolicy", "no-referrer")
	init.Set("redirect", "manual")
	init.Set("cache", "no-store")
	init.Set("signal", ctrl.Get("signal"))

	resp, err := await(hostFetch.Invoke(url, init))
	if err != nil {
		return nil, fetchError(ctx, err)
	}
	if resp.Get("type").String() == "opaqueredirect" {
		// A browser hides a redirect's status behind "manual"; say what
		// happened rather than report status 0.
		return nil, errors.New("the DoH endpoint answered with a redirect, which is not followed")
	}
	out := &doh.Response{Status: resp.Get("status").Int()}
	if ct := resp.Get("headers").Call("get", "content-type"); ct.Type() == js.TypeString {
		out.ContentType = ct.String()
	}
	body, err := readBody(resp.Get("body"), maxBytes+1)
	if err != nil {
		return nil, fetchError(ctx, err)
	}
	out.Body = body
	return out, nil
}

// readBody reads at most limit bytes of a ReadableStream and cancels the
// rest, so an endless or huge body costs no more than limit bytes.
func readBody(stream js.Value, limit int) ([]byte, error) {
	if stream.Type() != js.TypeObject {
		return nil, nil // a response without a body (e.g. 204)
	}
	reader := stream.Call("getReader")
	var body []byte
	for {
		chunk, err := await(reader.Call("read"))
		if err != nil {
			return nil, err
		}
		if chunk.Get("done").Truthy() {
			return body, nil
		}
		value := chunk.Get("value")
		n := value.Get("length").Int()
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
			await(reader.Call("cancel"))
			return body, nil
		}
	}
}

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
