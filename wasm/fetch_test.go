//go:build js && wasm && (full || ui)

package main

import (
	"context"
	"errors"
	"strings"
	"syscall/js"
	"testing"

	"github.com/mongouri/mongouri/connstr/doh"
)

// withFetch installs a fake fetch for one test, behind the JavaScript half
// of the transport that the npm package hands over (core.js's
// dohTransport). body receives (url, init) and the test's record object,
// in which the fake notes what it saw.
func withFetch(t *testing.T, body string) js.Value {
	t.Helper()
	record := js.Global().Get("Object").New()
	f := evalJS("record", "return (url, init) => { record.url = url; record.init = init; "+body+" };").Invoke(record)
	saved := hostDoH
	hostDoH = coreJS(t).Call("dohTransport", f)
	t.Cleanup(func() { hostDoH = saved })
	return record
}

// coreJS imports the npm package's core.js (the go test runs in ./wasm).
func coreJS(t testing.TB) js.Value {
	t.Helper()
	if coreModule.IsUndefined() {
		m, err := await(evalJS("", "return import(require('url').pathToFileURL(process.cwd() + '/js/core.js').href)").Invoke())
		if err != nil {
			t.Fatalf("importing core.js: %v", err)
		}
		coreModule = m
	}
	return coreModule
}

var coreModule = js.Undefined()

func TestFetchTransportRequestAndResponse(t *testing.T) {
	rec := withFetch(t, `return Promise.resolve(new Response(new Uint8Array([1, 2, 3]),
		{status: 200, headers: {"content-type": "application/dns-message"}}));`)
	resp, err := fetchTransport(context.Background(), "http://127.0.0.1:1/dns-query?dns=AAAB", 100)
	if err != nil {
		t.Fatal(err)
	}
	if resp.Status != 200 || resp.ContentType != doh.MediaType || string(resp.Body) != "\x01\x02\x03" {
		t.Errorf("response = %+v", resp)
	}
	if rec.Get("url").String() != "http://127.0.0.1:1/dns-query?dns=AAAB" {
		t.Errorf("url = %s", rec.Get("url").String())
	}
	init := rec.Get("init")
	for k, want := range map[string]string{"method": "GET", "credentials": "omit", "referrerPolicy": "no-referrer", "redirect": "manual"} {
		if got := init.Get(k).String(); got != want {
			t.Errorf("init.%s = %q, want %q", k, got, want)
		}
	}
	headers := js.Global().Get("Object").Call("keys", init.Get("headers"))
	if headers.Length() != 1 || init.Get("headers").Get("accept").String() != doh.MediaType {
		t.Errorf("headers = %s", js.Global().Get("JSON").Call("stringify", init.Get("headers")).String())
	}
	if init.Get("signal").Get("aborted").Bool() {
		t.Errorf("the signal is aborted after a normal exchange")
	}
}

func TestFetchTransportCapsTheBody(t *testing.T) {
	// A body of 10 chunks of 1000 bytes: the shim must stop after max+1.
	withFetch(t, `let n = 0;
		const stream = new ReadableStream({pull(c) { if (n++ < 10) c.enqueue(new Uint8Array(1000).fill(7)); else c.close(); }});
		record.stream = stream;
		return Promise.resolve(new Response(stream, {status: 200}));`)
	resp, err := fetchTransport(context.Background(), "http://127.0.0.1:1/q", 1500)
	if err != nil {
		t.Fatal(err)
	}
	if len(resp.Body) != 1501 {
		t.Errorf("read %d bytes, want 1501", len(resp.Body))
	}
	if resp.ContentType != "" {
		t.Errorf("content type %q for a response without one", resp.ContentType)
	}
}

func TestFetchTransportAbortsWhenContextEnds(t *testing.T) {
	rec := withFetch(t, `return new Promise((resolve, reject) => {
		init.signal.addEventListener("abort", () => { record.aborted = true; reject(init.signal.reason); });
	});`)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() {
		_, err := fetchTransport(ctx, "http://127.0.0.1:1/q", 100)
		done <- err
	}()
	// Let the request start, then give up on it.
	for rec.Get("init").IsUndefined() {
		js.Global().Get("Promise").Call("resolve") // a no-op call; yields nothing by itself
		await(evalJS("", "return new Promise(r => setTimeout(r, 1))").Invoke())
	}
	cancel()
	err := <-done
	if !errors.Is(err, context.Canceled) {
		t.Errorf("err = %v, want context.Canceled", err)
	}
	if !rec.Get("aborted").Truthy() {
		t.Errorf("the fetch was not aborted")
	}
}

func TestFetchTransportErrors(t *testing.T) {
	t.Run("network", func(t *testing.T) {
		withFetch(t, `return Promise.reject(new TypeError("fetch failed"));`)
		_, err := fetchTransport(context.Background(), "http://127.0.0.1:1/q", 100)
		if err == nil || err.Error() != "TypeError: fetch failed" {
			t.Errorf("err = %v", err)
		}
	})
	t.Run("redirect", func(t *testing.T) {
		withFetch(t, `return Promise.resolve({type: "opaqueredirect", status: 0});`)
		_, err := fetchTransport(context.Background(), "http://127.0.0.1:1/q", 100)
		if err == nil || !strings.Contains(err.Error(), "redirect") {
			t.Errorf("err = %v", err)
		}
	})
	t.Run("status passes through", func(t *testing.T) {
		withFetch(t, `return Promise.resolve(new Response("no", {status: 404}));`)
		resp, err := fetchTransport(context.Background(), "http://127.0.0.1:1/q", 100)
		if err != nil || resp.Status != 404 {
			t.Errorf("resp = %+v, err = %v", resp, err)
		}
	})
	t.Run("throws synchronously", func(t *testing.T) {
		withFetch(t, `throw new RangeError("bad init");`)
		var err error
		func() {
			defer func() {
				if recover() != nil {
					err = errors.New("panicked")
				}
			}()
			_, err = fetchTransport(context.Background(), "http://127.0.0.1:1/q", 100)
		}()
		if err == nil {
			t.Errorf("no error")
		}
	})
	t.Run("no fetch", func(t *testing.T) {
		saved := hostDoH
		hostDoH = js.Undefined()
		defer func() { hostDoH = saved }()
		if _, err := fetchTransport(context.Background(), "http://127.0.0.1:1/q", 100); !errors.Is(err, errNoFetch) {
			t.Errorf("err = %v", err)
		}
	})
	t.Run("context already done", func(t *testing.T) {
		rec := withFetch(t, `return Promise.reject(new Error("must not be called"));`)
		ctx, cancel := context.WithCancel(context.Background())
		cancel()
		if _, err := fetchTransport(ctx, "http://127.0.0.1:1/q", 100); !errors.Is(err, context.Canceled) {
			t.Errorf("err = %v", err)
		}
		if !rec.Get("url").IsUndefined() {
			t.Errorf("fetch was called")
		}
	})
}

// TestFetchTransportHostileResponses: whatever a custom fetch resolves to,
// the transport returns an error and no panic escapes.
func TestFetchTransportHostileResponses(t *testing.T) {
	for _, body := range []string{
		`return null;`,
		`return 42;`,
		`return {get status() { throw new Error("x"); }};`,
		`return {status: "200"};`,
		`return {status: 200, get headers() { throw new Error("x"); }};`,
		`return {status: 200, headers: {get() { throw new Error("x"); }}};`,
		`return {status: 200, headers: new Headers(), body: {getReader() { throw new Error("x"); }}};`,
		`return {status: 200, headers: new Headers(), body: {getReader: () => ({read: async () => null})}};`,
		`return {status: 200, headers: new Headers(), body: {getReader: () => ({read: async () => ({done: false, value: {[Symbol.toStringTag]: "Uint8Array", length: 3}})})}};`,
		`throw new Error("sync");`,
	} {
		withFetch(t, body)
		resp, err := fetchTransport(context.Background(), "http://127.0.0.1:1/q", 100)
		if err == nil {
			t.Errorf("%s: resp %+v and no error", body, resp)
		}
	}
}
