//go:build js && wasm && (full || ui)

package main

import (
	"context"
	"strings"
	"sync"
	"syscall/js"
	"testing"
	"time"
)

func resolveResult(t *testing.T, args ...js.Value) js.Value {
	t.Helper()
	p, ok := resolveJS(js.Undefined(), args).(js.Value)
	if !ok {
		t.Fatal("resolveJS did not return a promise")
	}
	v, err := await(p)
	if err != nil {
		t.Fatalf("the promise rejected: %v", err)
	}
	return jsonValue(t, v.String())
}

func TestResolvePassesMongoDBThrough(t *testing.T) {
	r := resolveResult(t, js.ValueOf("mongodb://u:p@h1,h2:27018/db?tls=true"))
	checkParseResult(t, r)
	seeds := r.Get("seeds")
	if seeds.Length() != 2 || seeds.Index(0).String() != "h1:27017" || seeds.Index(1).String() != "h2:27018" {
		t.Errorf("seeds = %s", js.Global().Get("JSON").Call("stringify", seeds).String())
	}
	if !strings.HasPrefix(r.Get("uri").String(), "mongodb://u:p@h1,h2:27018/db") {
		t.Errorf("uri = %q", r.Get("uri").String())
	}
}

func TestResolveArgumentErrors(t *testing.T) {
	srv := js.ValueOf("mongodb+srv://cluster0.example.net/")
	opts := func(src string) js.Value { return evalJS("", "return "+src).Invoke() }
	for name, args := range map[string][]js.Value{
		"no uri":          nil,
		"number uri":      {js.ValueOf(1)},
		"options string":  {srv, js.ValueOf("x")},
		"dohURL number":   {srv, opts(`{dohURL: 5}`)},
		"dohURL list":     {srv, opts(`{dohURL: ["http://127.0.0.1:1/q", 5]}`)},
		"dohURL null":     {srv, opts(`{dohURL: ["http://127.0.0.1:1/q", null]}`)},
		"dohURL empty":    {srv, opts(`{dohURL: []}`)},
		"dohURL ftp":      {srv, opts(`{dohURL: "ftp://127.0.0.1/q"}`)},
		"dohURL remote":   {srv, opts(`{dohURL: "http://dns.example/q"}`)},
		"dohURL userinfo": {srv, opts(`{dohURL: "https://u:hunter2@dns.example/q"}`)},
		"timeout zero":    {srv, opts(`{timeoutMS: 0}`)},
		"timeout NaN":     {srv, opts(`{timeoutMS: NaN}`)},
		"timeout string":  {srv, opts(`{timeoutMS: "5"}`)},
		"timeout bigint":  {srv, opts(`{timeoutMS: 5n}`)},
		"signal object":   {srv, opts(`{signal: {}}`)},
	} {
		t.Run(name, func(t *testing.T) {
			r := resolveResult(t, args...)
			checkParseResult(t, r)
			if r.Get("valid").Bool() || !hasCode(r, string(codeArgument)) {
				t.Errorf("codes %v", diagnosticCodes(r))
			}
			if s := js.Global().Get("JSON").Call("stringify", r).String(); strings.Contains(s, "hunter2") {
				t.Errorf("result quotes the endpoint's password: %s", s)
			}
		})
	}
}

// TestStarterLetsTheEventLoopRun: starts that take longer together than a
// slice give way to a JavaScript timer set before them, and each waiter
// gets its turn once; a waiter whose context has ended does not wait.
func TestStarterLetsTheEventLoopRun(t *testing.T) {
	s := &starter{slice: 10 * time.Millisecond}
	fired := make(chan struct{}, 1)
	timer := js.FuncOf(func(js.Value, []js.Value) any {
		fired <- struct{}{}
		return nil
	})
	defer timer.Release()
	js.Global().Call("setTimeout", timer, 0)

	const n = 40 // 40 starts of 1 ms each: four slices at least
	var mu sync.Mutex
	started, timerFirst := 0, -1
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s.wait(context.Background())
			for t0 := time.Now(); time.Since(t0) < time.Millisecond; {
				// a start that keeps the thread busy
			}
			mu.Lock()
			defer mu.Unlock()
			select {
			case <-fired:
				timerFirst = started
			default:
			}
			started++
		}()
	}
	wg.Wait()
	if started != n {
		t.Fatalf("%d of %d started", started, n)
	}
	if timerFirst < 0 {
		t.Errorf("the timer ran only after all %d starts: the starter never gave way", n)
	}

	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	s.wait(ctx) // returns: the test would hang otherwise
}
