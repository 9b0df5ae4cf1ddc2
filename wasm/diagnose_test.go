//go:build js && wasm && (full || ui)

package main

import (
	"strings"
	"syscall/js"
	"testing"
)

func TestDiagnoseJS(t *testing.T) {
	uri := "mongodb+srv://app:hunter2x@cluster0.abcde.mongodb.net/shop"
	text := "MongoServerSelectionError: connect ECONNREFUSED 127.0.0.1:27017 (mongodb://app:hunter2x@localhost/)"
	r := jsonValue(t, diagnoseJS(js.Undefined(), []js.Value{js.ValueOf(uri), js.ValueOf(text)}).(string))
	causes := r.Get("causes")
	if !isArray(causes) || causes.Length() == 0 {
		t.Fatalf("no causes")
	}
	if got := causes.Index(0).Get("code").String(); got != "string-not-loaded" {
		t.Errorf("top cause %s", got)
	}
	if r.Get("error").Get("driver").String() != "node" || r.Get("diagnostics").Length() != 0 {
		t.Errorf("error report or diagnostics wrong")
	}
	out := js.Global().Get("JSON").Call("stringify", r).String()
	if strings.Contains(out, "hunter2x") || strings.Contains(out, `"Start"`) {
		t.Errorf("a secret or a byte span in %s", out)
	}
	// A string's evidence points into it in UTF-16 units; the error's is null.
	for _, e := range jsArray(causes.Index(0).Get("evidence")) {
		sp := e.Get("span")
		if e.Get("from").String() == "error" && !sp.IsNull() {
			t.Errorf("error evidence with a span")
		}
		if e.Get("from").String() == "string" && !sp.IsNull() && jsSlice(uri, sp.Get("start"), sp.Get("end")) == "" {
			t.Errorf("empty string span")
		}
	}
}

func TestDiagnoseJSArguments(t *testing.T) {
	// No string: the error alone.
	r := jsonValue(t, diagnoseJS(js.Undefined(), []js.Value{js.Null(), js.ValueOf("getaddrinfo ENOTFOUND db1.example.com")}).(string))
	if r.Get("causes").Length() == 0 {
		t.Errorf("no causes without a string")
	}
	for _, args := range [][]js.Value{nil, {js.ValueOf("mongodb://h/")}, {js.ValueOf(42), js.ValueOf("x")}} {
		r := jsonValue(t, diagnoseJS(js.Undefined(), args).(string))
		if r.Get("causes").Length() != 0 || !hasCode(r, string(codeArgument)) {
			t.Errorf("args %v: %s", args, js.Global().Get("JSON").Call("stringify", r).String())
		}
	}
}

func jsArray(v js.Value) []js.Value {
	out := make([]js.Value, v.Length())
	for i := range out {
		out[i] = v.Index(i)
	}
	return out
}
