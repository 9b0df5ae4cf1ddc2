//go:build js && wasm

package main

import (
	"strings"
	"syscall/js"
	"testing"

	"github.com/mongouri/mongouri/connstr"
)

func formatResult(t *testing.T, parts js.Value) js.Value {
	t.Helper()
	out, ok := formatJS(js.Undefined(), []js.Value{parts}).(string)
	if !ok {
		t.Fatal("formatJS did not return a string")
	}
	return jsonValue(t, out)
}

func TestFormatRoundTripsParse(t *testing.T) {
	for _, uri := range []string{
		"mongodb://u:p%40ss@h1:27018,[::1]/db?replicaSet=rs0&readPreference=secondary&readPreferenceTags=dc:ny,rack:1&readPreferenceTags=&w=2",
		"mongodb+srv://cluster0.example.net/?authMechanism=GSSAPI&authMechanismProperties=SERVICE_REALM:X,SERVICE_NAME:m&compressors=zstd,zlib",
		"mongodb://%2Ftmp%2Fmongodb-27017.sock/?tls=true&connectTimeoutMS=1500&appName=a%26b",
	} {
		cs, _ := connstr.Parse(uri)
		parts := parseResult(t, uri)
		r := formatResult(t, parts)
		if got, want := r.Get("uri").String(), cs.String(); got != want {
			t.Errorf("format(parse(%q)) = %q, want %q", uri, got, want)
		}
	}
}

func TestFormatEncodes(t *testing.T) {
	parts := jsonValue(t, `{"hosts": [{"host": "db1.example.net"}, {"host": "::1", "port": 27018}],
		"username": "app", "password": "p@ss:/", "database": "shop",
		"options": {"tls": true, "w": "majority", "compressors": ["zstd"], "connectTimeoutMS": 1000,
		            "authMechanismProperties": {"SERVICE_NAME": "x"}, "custom": 1}}`)
	r := formatResult(t, parts)
	uri := r.Get("uri").String()
	for _, want := range []string{"mongodb://app:p%40ss%3A%2F@db1.example.net,[::1]:27018/shop?", "tls=true", "w=majority",
		"compressors=zstd", "connectTimeoutMS=1000", "authMechanismProperties=SERVICE_NAME:x", "custom=1"} {
		if !strings.Contains(uri, want) {
			t.Errorf("%q lacks %q", uri, want)
		}
	}
	ds := r.Get("diagnostics")
	for i := 0; i < ds.Length(); i++ {
		d := ds.Index(i)
		if !d.Get("start").IsUndefined() {
			// Spans of the encoder's parse point into the produced string.
			if s := jsSlice(uri, d.Get("start"), d.Get("end")); d.Get("code").String() == "unknown-option" && s != "custom" {
				t.Errorf("unknown-option span covers %q", s)
			}
		}
	}
}

func TestFormatReportsBadParts(t *testing.T) {
	cases := map[string]struct {
		parts js.Value
		code  string
	}{
		"number":         {js.ValueOf(42), string(codeArgument)},
		"undefined":      {js.Undefined(), string(codeArgument)},
		"array":          {jsonValue(t, `[]`), string(codeArgument)},
		"hosts a string": {jsonValue(t, `{"hosts": "h"}`), string(codeArgument)},
		"bad port":       {jsonValue(t, `{"hosts": [{"host": "h", "port": 1.5}]}`), string(connstr.CodePortOutOfRange)},
		"bad scheme":     {jsonValue(t, `{"scheme": "http", "hosts": [{"host": "h"}]}`), string(codeArgument)},
		"bool as text":   {jsonValue(t, `{"hosts": [{"host": "h"}], "options": {"tls": "maybe"}}`), string(connstr.CodeInvalidValue)},
		"list of objects": {jsonValue(t, `{"hosts": [{"host": "h"}], "options": {"compressors": [{}]}}`),
			string(connstr.CodeInvalidValue)},
		"options array": {jsonValue(t, `{"hosts": [{"host": "h"}], "options": []}`), string(codeArgument)},
		"bigint option": {evalJS("", `return {hosts: [{host: "h"}], options: {connectTimeoutMS: 10n}}`).Invoke(),
			string(connstr.CodeInvalidValue)},
		// Each field of partsOf, given a value of another type.
		"scheme a number":        {jsonValue(t, `{"scheme": 1, "hosts": [{"host": "h"}]}`), string(codeArgument)},
		"username a bool":        {jsonValue(t, `{"username": true, "hosts": [{"host": "h"}]}`), string(codeArgument)},
		"password an object":     {jsonValue(t, `{"password": {}, "hosts": [{"host": "h"}]}`), string(codeArgument)},
		"database an array":      {jsonValue(t, `{"database": ["d"], "hosts": [{"host": "h"}]}`), string(codeArgument)},
		"host a number":          {jsonValue(t, `{"hosts": [{"host": 1}]}`), string(codeArgument)},
		"port a string":          {jsonValue(t, `{"hosts": [{"host": "h", "port": "27017"}]}`), string(codeArgument)},
		"host entry a string":    {jsonValue(t, `{"hosts": ["h"]}`), string(codeArgument)},
		"hosts array-like":       {jsonValue(t, `{"hosts": {"length": 1, "0": {"host": "h"}}}`), string(codeArgument)},
		"unknownOptions object":  {jsonValue(t, `{"hosts": [{"host": "h"}], "unknownOptions": {"key": "k"}}`), string(codeArgument)},
		"unknown option value 1": {jsonValue(t, `{"hosts": [{"host": "h"}], "unknownOptions": [{"key": "k", "value": 1}]}`), string(codeArgument)},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			r := formatResult(t, c.parts)
			if !hasCode(r, c.code) {
				t.Errorf("codes %v lack %s", diagnosticCodes(r), c.code)
			}
		})
	}
}

// TestFormatValueErrors: connstr's typed value errors reach the result as
// the diagnostics connstr made, option and hint included.
func TestFormatValueErrors(t *testing.T) {
	r := formatResult(t, jsonValue(t, `{"hosts": [{"host": "h"}], "options": {"maxPoolSize": 1.5, "tls": "maybe"}}`))
	ds := r.Get("diagnostics")
	found := map[string]js.Value{}
	for i := 0; i < ds.Length(); i++ {
		if d := ds.Index(i); d.Get("option").Type() == js.TypeString {
			found[d.Get("option").String()] = d
		}
	}
	for _, name := range []string{"maxPoolSize", "tls"} {
		d, ok := found[name]
		if !ok {
			t.Fatalf("no diagnostic for %s: %v", name, diagnosticCodes(r))
		}
		if d.Get("code").String() != string(connstr.CodeInvalidValue) || d.Get("severity").String() != "error" ||
			d.Get("hint").Type() != js.TypeString || strings.HasPrefix(d.Get("message").String(), "connstr:") {
			t.Errorf("%s: %s", name, js.Global().Get("JSON").Call("stringify", d).String())
		}
	}
	if got := found["maxPoolSize"].Get("message").String(); got != "maxPoolSize takes a whole number." {
		t.Errorf("maxPoolSize: message %q", got)
	}
}

func TestFormatNeverQuotesSecrets(t *testing.T) {
	parts := jsonValue(t, `{"hosts": [{"host": "h"}], "password": "hunter2",
		"options": {"proxyPassword": "sekret", "tlsCertificateKeyFilePassword": "sekret2", "connectTimeoutMS": "sekret3"}}`)
	r := formatResult(t, parts)
	ds := js.Global().Get("JSON").Call("stringify", r.Get("diagnostics")).String()
	for _, s := range []string{"hunter2", "sekret"} {
		if strings.Contains(ds, s) {
			t.Errorf("diagnostics quote %q: %s", s, ds)
		}
	}
}

// TestFormatReadsAbsentFields: null and undefined fields are left out, as
// are null entries of the lists; every field present is used.
func TestFormatReadsAbsentFields(t *testing.T) {
	for parts, want := range map[string]string{
		`{"scheme": null, "username": null, "password": null, "database": null, "hosts": [null, {"host": "h", "port": null}], "unknownOptions": null}`:                             "mongodb://h",
		`{"scheme": "mongodb+srv", "username": "u", "password": "p", "database": "d", "hosts": [{"host": "c.example.net"}], "unknownOptions": [null, {"key": "k", "value": "v"}]}`: "mongodb+srv://u:p@c.example.net/d?k=v",
		`{"hosts": [{"host": "a"}, {"host": "b", "port": 27018}], "unknownOptions": [{"key": "k"}]}`:                                                                               "mongodb://a,b:27018/?k=",
	} {
		if got := formatResult(t, jsonValue(t, parts)).Get("uri").String(); got != want {
			t.Errorf("format(%s) = %q, want %q", parts, got, want)
		}
	}
}
