//go:build js && wasm

package main

import (
	"context"
	"errors"
	"math"
	"strings"
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
		aborted, stop := watchSignal(cfg.signal, cancel)
		defer stop()

		cs, _ := parseFunc(uri)
		res, _ := connstr.Resolve(ctx, cs, cfg.client)
		if aborted() {
			return js.Value{}, &jsError{reason: cfg.signal.Get("reason")}
		}
		writeResolveResult(&w, cs, res)
		return js.ValueOf(string(w.b)), nil
	})
}

// resolveConfig is what resolve's options ask for.
type resolveConfig struct {
	client  *doh.Client
	timeout time.Duration
	signal  js.Value // an AbortSignal, or undefined
}

// resolveOptionsJS is the part of resolve's options that is plain data,
// read with vert. dohURL (a string or a list, read with vert once its type
// is known) and signal (a platform object) are read on their own; each
// option is read once.
type resolveOptionsJS struct {
	TimeoutMS *float64 `js:"timeoutMS"`
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
	get := func(k string) js.Value {
		if typeOf(o) != js.TypeObject {
			return js.Undefined()
		}
		return o.Get(k)
	}
	dohOpts := []doh.Option{doh.WithTransport(fetchTransport)}

	switch u := get("dohURL"); {
	case typeOf(u) == js.TypeString:
		dohOpts = append(dohOpts, doh.WithEndpoints(u.String()))
	case isArray(u):
		var urls []string
		if vert.ValueOf(u).AssignTo(&urls) != nil || len(urls) != u.Length() {
			return bad("dohURL must be a string or an array of strings.", "Pass the DNS-over-HTTPS endpoint URL(s), e.g. https://dns.example/dns-query.")
		}
		dohOpts = append(dohOpts, doh.WithEndpoints(urls...))
	case typeOf(u) != js.TypeUndefined && typeOf(u) != js.TypeNull:
		return bad("dohURL must be a string or an array of strings, not "+typeName(u)+".", "Pass the DNS-over-HTTPS endpoint URL(s), e.g. https://dns.example/dns-query.")
	}

	var data resolveOptionsJS
	if typeOf(o) == js.TypeObject && vert.ValueOf(o).AssignTo(&data) != nil {
		data.TimeoutMS = new(math.NaN())
	}
	if ms := data.TimeoutMS; ms != nil {
		if !(*ms > 0) || math.IsInf(*ms, 0) {
			return bad("timeoutMS must be a positive number of milliseconds.", "Leave it out for the default of 5 seconds per query.")
		}
		cfg.timeout = time.Duration(*ms * float64(time.Millisecond))
	}

	if s := get("signal"); typeOf(s) == js.TypeObject {
		if typeOf(s.Get("aborted")) != js.TypeBoolean || typeOf(s.Get("addEventListener")) != js.TypeFunction {
			return bad("signal must be an AbortSignal.", "Pass the signal of an AbortController.")
		}
		cfg.signal = s
	} else if typeOf(s) != js.TypeUndefined && typeOf(s) != js.TypeNull {
		return bad("signal must be an AbortSignal, not "+typeName(s)+".", "Pass the signal of an AbortController.")
	}

	c, err := doh.New(dohOpts...)
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

// watchSignal cancels when signal aborts. aborted reports whether it did;
// stop removes the listener.
func watchSignal(signal js.Value, cancel context.CancelFunc) (aborted func() bool, stop func()) {
	if typeOf(signal) != js.TypeObject {
		return func() bool { return false }, func() {}
	}
	var fired bool
	onAbort := js.FuncOf(func(js.Value, []js.Value) any {
		fired = true
		cancel()
		return nil
	})
	signal.Call("addEventListener", "abort", onAbort)
	if signal.Get("aborted").Bool() {
		fired = true
		cancel()
	}
	return func() bool { return fired }, func() {
		signal.Call("removeEventListener", "abort", onAbort)
		onAbort.Release()
	}
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
