//go:build js && wasm && (full || ui)

package main

import (
	"context"
	"errors"
	"math"
	"runtime"
	"strings"
	"sync"
	"syscall/js"
	"time"

	"github.com/mongouri/mongouri/connstr"
	"github.com/mongouri/mongouri/connstr/doh"
	"github.com/norunners/vert"
)

// resolveJS is resolve(uri, opts): a promise of a JSON ResolveResult. It
// rejects only when opts.signal aborts (with the signal's reason); bad
// input and DNS failures resolve with error diagnostics, as parse does.
func resolveJS(_ js.Value, args []js.Value) any {
	uri, isString := stringArg(args, 0)
	opts := arg(args, 1)
	return newPromise(func() (js.Value, error) {
		var w writer
		if !isString {
			writeResolveResult(&w, nil, nil, argumentError("resolve", arg(args, 0)))
			return js.ValueOf(string(w.b)), nil
		}
		cfg, d, ok := resolveOptionsOf(opts)
		if !ok {
			cs, _ := parseFunc(uri)
			writeResolveResult(&w, cs, nil, d)
			return js.ValueOf(string(w.b)), nil
		}
		ctx, cancel := context.WithCancel(context.Background())
		defer cancel()
		if cfg.timeout > 0 {
			ctx, cancel = context.WithTimeout(ctx, cfg.timeout)
			defer cancel()
		}
		aborted, stop, err := watchSignal(cfg, cancel)
		if err != nil {
			cs, _ := parseFunc(uri)
			writeResolveResult(&w, cs, nil, signalError())
			return js.ValueOf(string(w.b)), nil
		}
		defer stop()

		// A resolution whose context ended while it waited to start
		// still runs: its lookups then fail at once and say why.
		resolveStarts.wait(ctx)
		cs, _ := parseFunc(uri)
		res, _ := connstr.Resolve(ctx, cs, cfg.client)
		if aborted() {
			return js.Value{}, &jsError{reason: getOr(cfg.signal, "reason")}
		}
		writeResolveResult(&w, cs, res)
		return js.ValueOf(string(w.b)), nil
	})
}

// resolveStarts spreads the starts of resolutions over turns of the event
// loop. A resolution runs on the JavaScript thread until it first waits
// (for its DNS answers); a caller that starts a thousand in one loop would
// otherwise hold the event loop for as long as all of them take to start.
// Options are read at the call; the string is parsed at the start.
var resolveStarts = &starter{slice: 10 * time.Millisecond}

// starter lets waiting goroutines go one at a time, each running until it
// blocks. After a busy stretch of slice (starts less than a slice apart,
// as in a caller's loop), it waits for a turn of the event loop: a
// JavaScript timer, not a Go one, since Go fires its own timers whenever
// JavaScript calls in, which a caller's loop does a thousand times.
type starter struct {
	slice   time.Duration
	mu      sync.Mutex
	waiting []chan struct{}
	running bool
	// When the current busy stretch began, and when the last start ended.
	busySince, last time.Time
}

// wait returns when it is the caller's turn, or when ctx ends first.
func (s *starter) wait(ctx context.Context) {
	turn := make(chan struct{})
	s.mu.Lock()
	s.waiting = append(s.waiting, turn)
	if !s.running {
		s.running = true
		go s.run()
	}
	s.mu.Unlock()
	select {
	case <-turn:
	case <-ctx.Done(): // the turn still comes, and goes unused
	}
}

func (s *starter) run() {
	for {
		s.mu.Lock()
		if len(s.waiting) == 0 {
			s.running = false
			s.waiting = nil
			s.mu.Unlock()
			return
		}
		turn := s.waiting[0]
		s.waiting[0] = nil
		s.waiting = s.waiting[1:]
		s.mu.Unlock()

		now := time.Now()
		if now.Sub(s.last) >= s.slice {
			s.busySince = now
		}
		close(turn)
		runtime.Gosched() // the one let go runs until it waits
		s.last = time.Now()
		if s.last.Sub(s.busySince) >= s.slice {
			eventLoopTurn()
			s.busySince = time.Now()
		}
	}
}

// eventLoopTurn returns after a turn of the JavaScript event loop: it
// waits for a zero-delay setTimeout. Only the starter calls it, one call
// at a time.
func eventLoopTurn() {
	turnOnce.Do(func() {
		turnDone = make(chan struct{}, 1)
		onTurn = js.FuncOf(func(js.Value, []js.Value) any {
			turnDone <- struct{}{}
			return nil
		})
		setTimeout = js.Global().Get("setTimeout")
	})
	setTimeout.Invoke(onTurn, 0)
	<-turnDone
}

var (
	turnOnce   sync.Once
	turnDone   chan struct{}
	onTurn     js.Func
	setTimeout js.Value
)

// resolveConfig is what resolve's options ask for.
type resolveConfig struct {
	client  *doh.Client
	timeout time.Duration
	signal  js.Value // an AbortSignal, or undefined
	// What resolveOptionsOf read from signal, so that nothing reads it
	// twice: whether it had aborted, and its addEventListener.
	aborted bool
	listen  js.Value
}

// resolveOptionsOf reads {dohURL, timeoutMS, signal}; on a bad option it
// returns the diagnostic to report and false.
func resolveOptionsOf(o js.Value) (resolveConfig, connstr.Diagnostic, bool) {
	cfg := resolveConfig{signal: js.Undefined()}
	bad := func(msg, hint string) (resolveConfig, connstr.Diagnostic, bool) {
		return cfg, connstr.Diagnostic{Severity: connstr.SeverityError, Code: codeArgument, Span: connstr.NoSpan,
			Message: msg, Hint: hint}, false
	}
	if typeOf(o) != js.TypeUndefined && typeOf(o) != js.TypeNull && typeOf(o) != js.TypeObject {
		return bad("resolve's options must be an object, not "+typeName(o)+".", "Pass {dohURL?, timeoutMS?, signal?}.")
	}
	// Each option is read once, under catch: opts may be a Proxy or have
	// getters that throw (see get).
	var threw string
	read := func(k string) js.Value {
		v, err := get(o, k)
		if err != nil && threw == "" {
			threw = k
		}
		return v
	}
	u, t, s := read("dohURL"), read("timeoutMS"), read("signal")
	if threw != "" {
		return bad("resolve's options could not be read: reading "+threw+" threw.", "Pass a plain object {dohURL?, timeoutMS?, signal?}.")
	}
	dohOpts := []doh.Option{doh.WithTransport(fetchTransport)}
	clientKey := "default" // the endpoints and the query timeout: what makes a client
	endpoints := len(doh.DefaultEndpoints)

	if isArray(u) {
		var err error
		if u, err = plainCopy(u); err != nil {
			return bad("dohURL could not be read.", "Pass the DNS-over-HTTPS endpoint URL(s) as a string or a plain array of strings.")
		}
	}
	switch {
	case typeOf(u) == js.TypeString:
		dohOpts = append(dohOpts, doh.WithEndpoints(u.String()))
		clientKey = "url " + u.String()
		endpoints = 1
	case isArray(u): // a plain copy: Length and Index cannot throw
		var urls []string
		if vert.ValueOf(u).AssignTo(&urls) != nil || len(urls) != u.Length() {
			return bad("dohURL must be a string or an array of strings.", "Pass the DNS-over-HTTPS endpoint URL(s), e.g. https://dns.example/dns-query.")
		}
		dohOpts = append(dohOpts, doh.WithEndpoints(urls...))
		clientKey = "urls " + strings.Join(urls, "\n")
		endpoints = max(1, len(urls))
	case typeOf(u) != js.TypeUndefined && typeOf(u) != js.TypeNull:
		return bad("dohURL must be a string or an array of strings, not "+typeName(u)+".", "Pass the DNS-over-HTTPS endpoint URL(s), e.g. https://dns.example/dns-query.")
	}

	if typeOf(t) != js.TypeUndefined && typeOf(t) != js.TypeNull {
		ms := math.NaN()
		if typeOf(t) == js.TypeNumber {
			ms = t.Float()
		}
		if !(ms > 0) || math.IsInf(ms, 0) {
			return bad("timeoutMS must be a positive number of milliseconds.", "Leave it out for the default of 5 seconds per query.")
		}
		cfg.timeout = time.Duration(ms * float64(time.Millisecond))
		// timeoutMS bounds the whole resolution. Each endpoint's share of
		// it bounds one query, but never less than the client's default:
		// with many resolves in flight, an answer may wait its turn on the
		// one JavaScript thread for longer than a query would take alone.
		perQuery := max(doh.DefaultTimeout, cfg.timeout/time.Duration(endpoints))
		dohOpts = append(dohOpts, doh.WithTimeout(perQuery))
		clientKey += "\n" + perQuery.String()
	}

	if typeOf(s) == js.TypeObject {
		aborted, err1 := get(s, "aborted")
		listen, err2 := get(s, "addEventListener")
		if err1 != nil || err2 != nil || typeOf(aborted) != js.TypeBoolean || typeOf(listen) != js.TypeFunction {
			return bad("signal must be an AbortSignal.", "Pass the signal of an AbortController.")
		}
		cfg.signal, cfg.aborted, cfg.listen = s, aborted.Bool(), listen
	} else if typeOf(s) != js.TypeUndefined && typeOf(s) != js.TypeNull {
		return bad("signal must be an AbortSignal, not "+typeName(s)+".", "Pass the signal of an AbortController.")
	}

	c, err := dohClient(clientKey, dohOpts)
	if err != nil {
		// doh's reasons name the endpoint but never user info (it
		// rejects URLs holding any).
		msg := "The DNS-over-HTTPS client cannot be set up."
		var oe *doh.OptionError
		if errors.As(err, &oe) {
			msg = sentence(oe.Reason)
		}
		return bad(msg, "Use an https URL (plain http only on 127.0.0.1, ::1 or localhost).")
	}
	cfg.client = c
	return cfg, connstr.Diagnostic{}, true
}

// dohClients keeps the clients resolve made, by endpoints and timeout: a
// client is safe for concurrent use, and one kept remembers which endpoint
// answered last (a blocked first endpoint then costs its timeout once, not
// on every resolve). A handful of settings is all a page uses; past
// maxDoHClients the cache starts again.
var (
	dohClientsMu sync.Mutex
	dohClients   = map[string]*doh.Client{}
)

const maxDoHClients = 16

func dohClient(key string, opts []doh.Option) (*doh.Client, error) {
	dohClientsMu.Lock()
	defer dohClientsMu.Unlock()
	if c := dohClients[key]; c != nil {
		return c, nil
	}
	c, err := doh.New(opts...)
	if err != nil {
		return nil, err
	}
	if len(dohClients) >= maxDoHClients {
		clear(dohClients)
	}
	dohClients[key] = c
	return c, nil
}

func sentence(s string) string {
	if s == "" {
		return s
	}
	if s[0] >= 'a' && s[0] <= 'z' {
		s = string(s[0]-'a'+'A') + s[1:]
	}
	if !strings.HasSuffix(s, ".") {
		s += "."
	}
	return s
}

// watchSignal cancels when cfg's signal aborts (or had aborted when its
// options were read). aborted reports whether it did; stop removes the
// listener. It fails when adding the listener throws.
func watchSignal(cfg resolveConfig, cancel context.CancelFunc) (aborted func() bool, stop func(), err error) {
	signal := cfg.signal
	if typeOf(signal) != js.TypeObject {
		return func() bool { return false }, func() {}, nil
	}
	fired := cfg.aborted
	if fired {
		cancel()
		return func() bool { return true }, func() {}, nil
	}
	onAbort := js.FuncOf(func(js.Value, []js.Value) any {
		fired = true
		cancel()
		return nil
	})
	if err := catch(func() { cfg.listen.Call("call", signal, "abort", onAbort) }); err != nil {
		onAbort.Release()
		return nil, nil, err
	}
	return func() bool { return fired }, func() {
		catch(func() {
			if remove := getOr(signal, "removeEventListener"); remove.Type() == js.TypeFunction {
				remove.Call("call", signal, "abort", onAbort)
			}
		})
		onAbort.Release()
	}, nil
}

// signalError is the diagnostic for a signal that throws when used.
func signalError() connstr.Diagnostic {
	return connstr.Diagnostic{Severity: connstr.SeverityError, Code: codeArgument, Span: connstr.NoSpan,
		Message: "signal threw when it was used.", Hint: "Pass the signal of an AbortController."}
}

// writeResolveResult writes a ResolveResult: the ParseResult of cs with the
// resolution's merged options and findings, the seeds, the names of the
// options the TXT record supplied, and the equivalent mongodb:// string (""
// when resolution failed).
func writeResolveResult(w *writer, cs *connstr.ConnString, res *connstr.Resolution, extra ...connstr.Diagnostic) {
	w.reset()
	var options []connstr.Option
	var rdiags connstr.Diagnostics
	var seeds, fromTXT []string
	if res != nil {
		options, rdiags, seeds, fromTXT = res.Options, res.Diagnostics, res.Seeds, res.FromTXT
	}
	w.beginObject()
	writeParseFields(w, cs, options, rdiags, extra)
	w.key("seeds")
	w.strs(seeds)
	w.key("fromTXT")
	w.strs(fromTXT)
	w.key("uri")
	if res != nil && res.Equivalent != nil && !rdiags.HasErrors() {
		w.str(res.Equivalent.String())
	} else {
		w.str("")
	}
	w.endObject()
}
