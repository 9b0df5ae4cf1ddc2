//go:build js && wasm && (full || ui)

package main

import (
	"strings"
	"syscall/js"
	"testing"
)

func TestExplainJoinsParseResultAndSections(t *testing.T) {
	uri := "mongodb://admin:hunter2@hé.example.net:99999,db2/shop?replicaSet=rs0&tlsCertificateKeyFilePassword=sekret"
	r := jsonValue(t, explainJS(js.Undefined(), []js.Value{js.ValueOf(uri)}).(string))
	checkParseResult(t, r)
	sections := r.Get("sections")
	if typeOf(sections) != js.TypeObject || !isArray(sections.Get("checks")) || !isArray(sections.Get("snippets")) {
		t.Fatalf("no sections")
	}
	// The ParseResult hands the password back as data; the sections, made
	// for display, mask it.
	text := js.Global().Get("JSON").Call("stringify", sections).String()
	for _, s := range []string{"hunter2", "sekret"} {
		if strings.Contains(text, s) {
			t.Errorf("the sections show %q", s)
		}
	}
	if strings.Contains(text, `"Start"`) {
		t.Errorf("a byte span was left unconverted")
	}
	// Spans are UTF-16 offsets, as in diagnostics.
	db := sections.Get("database").Get("span")
	if got := jsSlice(uri, db.Get("start"), db.Get("end")); got != "shop" {
		t.Errorf("database span covers %q", got)
	}
}

func TestExplainWrongArgument(t *testing.T) {
	r := jsonValue(t, explainJS(js.Undefined(), nil).(string))
	if !r.Get("sections").IsNull() || !hasCode(r, string(codeArgument)) {
		t.Errorf("got %s", js.Global().Get("JSON").Call("stringify", r).String())
	}
}

func TestExplainRevealSecrets(t *testing.T) {
	uri := "mongodb://admin:hunter2@db.example.net/shop?tlsCertificateKeyFilePassword=sekret&tls=true"
	sections := func(opts js.Value) string {
		r := jsonValue(t, explainJS(js.Undefined(), []js.Value{js.ValueOf(uri), opts}).(string))
		checkParseResult(t, r)
		return js.Global().Get("JSON").Call("stringify", r.Get("sections")).String()
	}
	opts := func(src string) js.Value { return evalJS("", "return "+src).Invoke() }
	for _, masked := range []js.Value{js.Undefined(), js.Null(), opts("({})"), opts("({revealSecrets: false})")} {
		text := sections(masked)
		if strings.Contains(text, "hunter2") || strings.Contains(text, "sekret") || !strings.Contains(text, `"masked":true`) {
			t.Errorf("secrets shown without revealSecrets: %.300s", text)
		}
	}
	text := sections(opts("({revealSecrets: true})"))
	if !strings.Contains(text, `"explained":"mongodb://admin:hunter2@db.example.net/shop?tlsCertificateKeyFilePassword=sekret&tls=true"`) ||
		!strings.Contains(text, `"masked":false`) {
		t.Errorf("revealSecrets: true does not reveal: %.300s", text)
	}
	for _, bad := range []string{`"yes"`, "[]", "({revealSecrets: 1})", "({revealSecrets: 'true'})"} {
		r := jsonValue(t, explainJS(js.Undefined(), []js.Value{js.ValueOf(uri), opts(bad)}).(string))
		if !r.Get("sections").IsNull() || !hasCode(r, string(codeArgument)) {
			t.Errorf("options %s: got %s", bad, js.Global().Get("JSON").Call("stringify", r).String())
		}
	}
}
