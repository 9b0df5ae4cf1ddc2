//go:build js && wasm

package main

import (
	"math/rand/v2"
	"strings"
	"syscall/js"
	"testing"
	"unicode/utf8"

	"github.com/mongouri/mongouri/connstr"
)

func TestParseResultShape(t *testing.T) {
	uri := "mongodb+srv://app%40corp:p%40ss@cluster0.example.net/sh%6Fp?retryWrites=true&w=majority" +
		"&appName=Shop&compressors=zstd,snappy&readPreference=secondary&readPreferenceTags=dc:ny,rack:1" +
		"&readPreferenceTags=&authMechanism=GSSAPI&authMechanismProperties=SERVICE_NAME:mongo,SERVICE_REALM:X&zz=1"
	r := parseResult(t, uri)
	checkParseResult(t, r)
	if got := r.Get("scheme").String(); got != "mongodb+srv" {
		t.Errorf("scheme = %q", got)
	}
	h := r.Get("hosts").Index(0)
	if h.Get("type").String() != "hostname" || h.Get("host").String() != "cluster0.example.net" || h.Get("port").Type() != js.TypeNull {
		t.Errorf("host = %s", js.Global().Get("JSON").Call("stringify", h).String())
	}
	if r.Get("username").String() != "app@corp" || r.Get("password").String() != "p@ss" || r.Get("database").String() != "shop" {
		t.Errorf("userinfo/database = %q %q %q", r.Get("username").String(), r.Get("password").String(), r.Get("database").String())
	}
	o := r.Get("options")
	if o.Get("retryWrites").Type() != js.TypeBoolean || !o.Get("retryWrites").Bool() {
		t.Errorf("retryWrites is not the boolean true")
	}
	if o.Get("w").String() != "majority" || o.Get("appName").String() != "Shop" {
		t.Errorf("w/appName wrong")
	}
	if c := o.Get("compressors"); c.Length() != 2 || c.Index(0).String() != "zstd" || c.Index(1).String() != "snappy" {
		t.Errorf("compressors wrong")
	}
	tags := o.Get("readPreferenceTags")
	if tags.Length() != 2 || tags.Index(0).Get("dc").String() != "ny" || tags.Index(0).Get("rack").String() != "1" ||
		js.Global().Get("Object").Call("keys", tags.Index(1)).Length() != 0 {
		t.Errorf("readPreferenceTags = %s", js.Global().Get("JSON").Call("stringify", tags).String())
	}
	// Key order is the order written.
	keys := js.Global().Get("Object").Call("keys", o.Get("authMechanismProperties"))
	if keys.Length() != 2 || keys.Index(0).String() != "SERVICE_NAME" || keys.Index(1).String() != "SERVICE_REALM" {
		t.Errorf("authMechanismProperties keys out of order")
	}
	u := r.Get("unknownOptions")
	if u.Length() != 1 || u.Index(0).Get("key").String() != "zz" || u.Index(0).Get("value").String() != "1" {
		t.Errorf("unknownOptions wrong")
	}
	if !hasCode(r, string(connstr.CodeUnknownOption)) {
		t.Errorf("no unknown-option warning: %v", diagnosticCodes(r))
	}
}

func TestParseNumbersAndNulls(t *testing.T) {
	r := parseResult(t, "mongodb://h1:27018,[::1],%2Ftmp%2Fm.sock/?connectTimeoutMS=1500&w=2")
	checkParseResult(t, r)
	hosts := r.Get("hosts")
	want := [][3]string{{"hostname", "h1", "27018"}, {"ip_literal", "::1", "null"}, {"unix", "/tmp/m.sock", "null"}}
	if hosts.Length() != len(want) {
		t.Fatalf("%d hosts", hosts.Length())
	}
	for i, w := range want {
		h := hosts.Index(i)
		port := js.Global().Get("String").Invoke(h.Get("port")).String()
		if h.Get("type").String() != w[0] || h.Get("host").String() != w[1] || port != w[2] {
			t.Errorf("host %d = %s %s %s, want %v", i, h.Get("type").String(), h.Get("host").String(), port, w)
		}
	}
	o := r.Get("options")
	if o.Get("connectTimeoutMS").Type() != js.TypeNumber || o.Get("connectTimeoutMS").Int() != 1500 {
		t.Errorf("connectTimeoutMS is not the number 1500")
	}
	if o.Get("w").Type() != js.TypeNumber || o.Get("w").Int() != 2 {
		t.Errorf("w is not the number 2")
	}
	for _, k := range []string{"username", "password", "database"} {
		if r.Get(k).Type() != js.TypeNull {
			t.Errorf("%s is not null", k)
		}
	}
	if r := parseResult(t, "mongodb://u:@h/"); r.Get("password").Type() != js.TypeString || r.Get("password").String() != "" {
		t.Errorf(`"u:@" should give password ""`)
	}
}

func TestParseWrongArgumentTypes(t *testing.T) {
	cases := []struct {
		name string
		args []js.Value
		want string
	}{
		{"none", nil, "undefined"},
		{"number", []js.Value{js.ValueOf(42)}, "a number"},
		{"null", []js.Value{js.Null()}, "null"},
		{"object", []js.Value{js.Global().Get("Object").New()}, "an object"},
		{"array", []js.Value{js.Global().Get("Array").New()}, "an array"},
		{"boolean", []js.Value{js.ValueOf(true)}, "a boolean"},
		{"function", []js.Value{js.Global().Get("Object")}, "a function"},
		{"symbol", []js.Value{js.Global().Get("Symbol").Invoke("x")}, "a symbol"},
		{"bigint", []js.Value{js.Global().Get("BigInt").Invoke(7)}, "a bigint"},
		{"String object", []js.Value{js.Global().Get("String").New("mongodb://h")}, "an object"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			out := parseJS(js.Undefined(), c.args)
			s, ok := out.(string)
			if !ok {
				t.Fatalf("parseJS returned %T", out)
			}
			r := jsonValue(t, s)
			checkParseResult(t, r)
			if r.Get("valid").Bool() || !hasCode(r, string(codeArgument)) {
				t.Fatalf("got %s", s)
			}
			if msg := r.Get("diagnostics").Index(0).Get("message").String(); !strings.Contains(msg, c.want) {
				t.Errorf("message %q does not name %q", msg, c.want)
			}
		})
	}
}

func TestParsePanicBecomesDiagnostic(t *testing.T) {
	defer func(f func(*connstr.ConnString, string) error) { parseInto = f }(parseInto)
	parseInto = func(_ *connstr.ConnString, uri string) error {
		panic("parser bug while reading " + uri)
	}
	uri := "mongodb://admin:hunter2@db.example.net/"
	exportInput(int32(len(uri)))
	copy(input, uri)
	text := string(output[:exportParse(int32(len(uri)))])
	if strings.Contains(text, "hunter2") {
		t.Fatalf("the panic's text reached the result: %s", text)
	}
	r := jsonValue(t, text)
	checkParseResult(t, r)
	if r.Get("valid").Bool() || !hasCode(r, string(codeInternal)) {
		t.Fatalf("got %s", text)
	}
	// The program is still alive: the FuncOf door works after the panic.
	parseInto = connstr.ParseInto
	if r := jsonValue(t, parseJS(js.Undefined(), []js.Value{js.ValueOf("mongodb://h")}).(string)); !r.Get("valid").Bool() {
		t.Fatalf("parse after a recovered panic failed")
	}
}

func TestRedactNeverEchoes(t *testing.T) {
	got := redactJS(js.Undefined(), []js.Value{js.ValueOf("mongodb://u:hunter2@h/?proxyPassword=sekret")})
	if s := got.(string); strings.Contains(s, "hunter2") || strings.Contains(s, "sekret") || !strings.HasPrefix(s, "mongodb://u:") {
		t.Errorf("redact gave %q", s)
	}
	for _, a := range [][]js.Value{nil, {js.ValueOf(1)}, {js.Null()}} {
		if got := redactJS(js.Undefined(), a); got != "" {
			t.Errorf("redact(%v) = %q, want \"\"", a, got)
		}
	}
	// The direct door returns the same string.
	uri := "mongodb://u:hunter2@h/"
	exportInput(int32(len(uri)))
	copy(input, uri)
	if s := string(output[:exportRedact(int32(len(uri)))]); s != connstr.Redact(uri) {
		t.Errorf("exportRedact = %q", s)
	}
}

// TestSpansAreUTF16 checks that uri.slice(start, end) in JavaScript is the
// text connstr's byte span covers.
func TestSpansAreUTF16(t *testing.T) {
	uri := "mongodb://hé𝄞llo:99999,ok/?zé=1&w=𝄞"
	cs, _ := connstr.Parse(uri)
	r := parseResult(t, uri)
	checkSpans(t, uri, cs, r)
	if len(cs.Diagnostics) == 0 {
		t.Fatal("expected diagnostics")
	}
}

func checkSpans(t *testing.T, uri string, cs *connstr.ConnString, r js.Value) {
	t.Helper()
	ds := r.Get("diagnostics")
	for i, d := range cs.Diagnostics {
		jd := ds.Index(i)
		if !d.Span.Valid() {
			if jd.Get("start").Type() != js.TypeUndefined {
				t.Errorf("diagnostic %d (%s) has a start but no span", i, d.Code)
			}
			continue
		}
		// JavaScript cannot point into a character: an edge inside one
		// widens to the whole character.
		start, end := d.Span.Start, d.Span.End
		for start > 0 && start < len(uri) && !utf8.RuneStart(uri[start]) {
			start--
		}
		for end < len(uri) && !utf8.RuneStart(uri[end]) {
			end++
		}
		got := jsSlice(uri, jd.Get("start"), jd.Get("end"))
		if want := uri[start:end]; got != want {
			t.Errorf("diagnostic %d (%s): slice(%d, %d) = %q, want %q", i, d.Code, jd.Get("start").Int(), jd.Get("end").Int(), got, want)
		}
	}
}

// TestParseSurvivesArbitraryStrings is the fuzz-style test of the bridge:
// seeded random strings, built from the characters that matter to the
// syntax plus arbitrary Unicode, all come back as well-formed results whose
// spans slice correctly in JavaScript.
func TestParseSurvivesArbitraryStrings(t *testing.T) {
	rng := rand.New(rand.NewPCG(4, 2026))
	pieces := []string{"mongodb://", "mongodb+srv://", "@", ":", "/", "?", "&", "=", ",", ";", "%", "%2", "%40", "%FF", "[", "]",
		"::1", "h", "host.example.net", "27017", "99999", "user", "tls", "ssl", "true", "w", "majority", "readPreferenceTags",
		"authMechanism", "MONGODB-X509", "authMechanismProperties", "SERVICE_NAME", "é", "𝄞", "\x00", "\t", " ", "\"", "\\", "\u2028", "\ufeff"}
	n := 1500
	if testing.Short() {
		n = 200
	}
	for i := 0; i < n; i++ {
		var b strings.Builder
		for j, k := 0, rng.IntN(24); j < k; j++ {
			if rng.IntN(8) == 0 {
				b.WriteRune(rune(rng.IntN(0x10FFFF)))
			} else {
				b.WriteString(pieces[rng.IntN(len(pieces))])
			}
		}
		uri := strings.ToValidUTF8(b.String(), "\uFFFD") // what TextEncoder would hand over
		if !utf8.ValidString(uri) {
			t.Fatalf("generator made invalid UTF-8")
		}
		cs, _ := connstr.Parse(uri)
		r := parseResult(t, uri)
		checkParseResult(t, r)
		checkSpans(t, uri, cs, r)
		if t.Failed() {
			t.Fatalf("input %q", uri)
		}
	}
}

func TestParseHugeInputs(t *testing.T) {
	// 20,000 repeats of one option give as many duplicate-option findings:
	// a large result as well as a large input.
	opts := strings.Repeat("appName=x&", 20_000)
	for _, uri := range []string{
		"mongodb://h/?" + opts,
		"mongodb://" + strings.Repeat("h,", 100_000) + "h",
		"mongodb://" + strings.Repeat("%", 200_000),
		"mongodb://" + strings.Repeat("é", 500_000),
	} {
		r := parseResult(t, uri)
		checkParseResult(t, r)
	}
}
