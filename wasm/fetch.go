//go:build js && wasm && (full || ui)

package main

import (
	"context"
	"errors"
	"sync"
	"syscall/js"

	"github.com/mongouri/mongouri/connstr/doh"
)

// hostDoH is the JavaScript half of the transport, handed over at init:
// an object with get(id, url, limit, init, settle) and abort(id), made by
// core.js's dohTransport around the platform's fetch or the caller's
// (init({fetch})). Undefined until then.
var hostDoH = js.Undefined()

func init() {
	settingReaders = append(settingReaders, func(cfg js.Value) {
		if f := cfg.Get("fetch"); f.Type() == js.TypeObject {
			hostDoH = f
		}
	})
}

var errNoFetch = errors.New("no fetch function: call init() first, or pass init({fetch})")

// fetchTransport is the DoH client's transport in the browser and in Node:
// one fetch GET per DNS question. It follows doh.Transport's rules: only the
// accept header, no credentials or referrer, no redirects, at most
// maxBytes+1 bytes of body, and an abort as soon as ctx is done.
//
// The JavaScript half makes the request and reads the whole response, and
// settles it with one call into Go (see core.js): with a thousand questions
// in flight, what costs is crossing between JavaScript and Go, so each
// question crosses twice, and no js.Func, goroutine or timer is made per
// question.
func fetchTransport(ctx context.Context, url string, maxBytes int) (resp *doh.Response, err error) {
	get, abort := hostDoHFuncs()
	if get.Type() != js.TypeFunction || abort.Type() != js.TypeFunction {
		return nil, errNoFetch
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	id, ch := exchanges.add()
	defer exchanges.remove(id)
	if err := catch(func() { get.Invoke(id, url, maxBytes+1, fetchInit(), settleFunc()) }); err != nil {
		return nil, fetchError(ctx, err)
	}
	// Abort the request when ctx ends; AfterFunc starts no goroutine
	// unless it does.
	stop := context.AfterFunc(ctx, func() { catch(func() { abort.Invoke(id) }) })
	defer stop()
	select {
	case o := <-ch:
		if o.err != nil {
			return nil, fetchError(ctx, o.err)
		}
		return o.resp, nil
	case <-ctx.Done():
		// Abort here as well as in AfterFunc's goroutine, so that the
		// request is aborted before its lookup reports the time out.
		catch(func() { abort.Invoke(id) })
		return nil, ctx.Err()
	}
}

// hostDoHFuncs reads get and abort off hostDoH, once per value of it.
func hostDoHFuncs() (get, abort js.Value) {
	if !hostDoH.Equal(hostDoHRead) {
		hostDoHRead = hostDoH
		hostDoHGet, hostDoHAbort = getOr(hostDoH, "get"), getOr(hostDoH, "abort")
	}
	return hostDoHGet, hostDoHAbort
}

var hostDoHRead, hostDoHGet, hostDoHAbort = js.Undefined(), js.Undefined(), js.Undefined()

// exchanges are the requests in flight, by id: settle delivers each
// outcome to the channel of its id, and ignores an id nobody waits for
// any more (a request whose context ended first).
var exchanges = &exchangeTable{waiting: map[int]chan outcome{}}

type exchangeTable struct {
	mu      sync.Mutex
	next    int
	waiting map[int]chan outcome
}

type outcome struct {
	resp *doh.Response
	err  error
}

func (t *exchangeTable) add() (int, chan outcome) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.next++
	ch := make(chan outcome, 1) // buffered: settle never blocks
	t.waiting[t.next] = ch
	return t.next, ch
}

func (t *exchangeTable) remove(id int) {
	t.mu.Lock()
	defer t.mu.Unlock()
	delete(t.waiting, id)
}

func (t *exchangeTable) deliver(id int, o outcome) {
	t.mu.Lock()
	ch := t.waiting[id]
	delete(t.waiting, id)
	t.mu.Unlock()
	if ch != nil {
		ch <- o
	}
}

// The outcomes core.js's dohTransport settles with.
const (
	outcomeOK       = 0 // status, content type, body
	outcomeRejected = 1 // the rejection reason
	outcomeUnusable = 2
	outcomeRedirect = 3
)

// settleFunc returns the one js.Func every request settles through,
// made on first use and kept for the life of the program.
func settleFunc() js.Func {
	settleOnce.Do(func() { settle = js.FuncOf(settleJS) })
	return settle
}

var (
	settleOnce sync.Once
	settle     js.Func
)

// settleJS is settle(id, outcome, ...): it reads what core.js passed (its
// own plain values, never the fetch's objects, apart from a rejection
// reason that jsError reads under guard) and hands it to the waiting
// request. A panic here would end the program: whatever arrives that is not
// what core.js sends makes the request fail instead.
func settleJS(_ js.Value, args []js.Value) (ret any) {
	if len(args) < 2 || typeOf(args[0]) != js.TypeNumber || typeOf(args[1]) != js.TypeNumber {
		return nil
	}
	id := args[0].Int()
	var o outcome
	defer func() {
		if recover() != nil {
			o = outcome{err: errBadResponse}
		}
		exchanges.deliver(id, o)
	}()
	switch args[1].Int() {
	case outcomeOK:
		o.resp = &doh.Response{Status: arg(args, 2).Int()}
		if ct := arg(args, 3); typeOf(ct) == js.TypeString {
			o.resp.ContentType = ct.String()
		}
		body := arg(args, 4)
		o.resp.Body = make([]byte, body.Length())
		js.CopyBytesToGo(o.resp.Body, body)
	case outcomeRejected:
		o.err = &jsError{reason: arg(args, 2)}
	case outcomeRedirect:
		// A browser hides a redirect's status behind "manual"; say what
		// happened rather than report status 0.
		o.err = errRedirect
	default:
		o.err = errBadResponse
	}
	return nil
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

var fetchInitTemplate = js.Undefined()

var (
	// errBadResponse is what a fetch that returns no usable Response gives.
	errBadResponse = errors.New("the fetch function returned something that is not a usable Response")
	errRedirect    = errors.New("the DoH endpoint answered with a redirect, which is not followed")
)

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
