//go:build js && wasm

package main

import (
	"strings"
	"syscall/js"
	"testing"
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
