//go:build js && wasm && (full || ui)

package main

import (
	"reflect"
	"syscall/js"

	"github.com/mongouri/mongouri/connstr"
	"github.com/mongouri/mongouri/connstr/explain"
)

// diagnoseJS is diagnose(uri, errorText): a JSON Diagnosis (explain's
// Diagnose) with its spans in UTF-16 units of uri and a "diagnostics"
// list, empty unless the call itself failed. uri may be null or undefined
// when the error text is all there is. Wrong arguments and panics give a
// Diagnosis without causes whose diagnostic says why.
func diagnoseJS(_ js.Value, args []js.Value) any {
	var w writer
	failed := func(d connstr.Diagnostic) any {
		w.reset()
		w.beginObject()
		w.key("error")
		w.null()
		w.key("causes")
		w.beginArray()
		w.endArray()
		w.key("string")
		w.str("")
		w.key("diagnostics")
		writeDiagnostics(&w, "", connstr.Diagnostics{d})
		w.endObject()
		return string(w.b)
	}
	return guard(func() any {
		uri, ok := stringArg(args, 0)
		if a := arg(args, 0); !ok && !a.IsUndefined() && !a.IsNull() {
			return failed(argumentError("diagnose", a))
		}
		text, ok := stringArg(args, 1)
		if !ok {
			return failed(argumentError("diagnose", arg(args, 1)))
		}
		d := explain.Diagnose(uri, text)
		w.beginObject()
		sw := &sectionWriter{w: &w, offs: newOffsets(uri)}
		v := reflect.ValueOf(d).Elem()
		for i := 0; i < v.NumField(); i++ {
			w.key(fieldName(v.Type().Field(i)))
			sw.value(v.Field(i))
		}
		w.key("diagnostics")
		w.beginArray()
		w.endArray()
		w.endObject()
		return string(w.b)
	}, func() any { return failed(internalError()) })
}
