//go:build js && wasm && (full || ui)

package main

import (
	"reflect"
	"sort"
	"strconv"
	"syscall/js"

	"github.com/mongouri/mongouri/connstr"
	"github.com/mongouri/mongouri/connstr/explain"
	"github.com/norunners/vert"
)

// explainOptionsJS is the shape explain's options are read into with vert.
type explainOptionsJS struct {
	RevealSecrets *bool `js:"revealSecrets"`
}

// explainOptionsOf reads {revealSecrets?}; undefined and null mean none. On
// options it cannot read it returns the diagnostic to report and false.
func explainOptionsOf(o js.Value) ([]explain.ExplainOption, connstr.Diagnostic, bool) {
	switch typeOf(o) {
	case js.TypeUndefined, js.TypeNull:
		return nil, connstr.Diagnostic{}, true
	case js.TypeObject:
		var opts explainOptionsJS
		if isArray(o) || vert.ValueOf(o).AssignTo(&opts) != nil {
			break
		}
		if opts.RevealSecrets != nil && *opts.RevealSecrets {
			return []explain.ExplainOption{explain.RevealSecrets()}, connstr.Diagnostic{}, true
		}
		return nil, connstr.Diagnostic{}, true
	}
	return nil, connstr.Diagnostic{Severity: connstr.SeverityError, Code: codeArgument, Span: connstr.NoSpan,
		Message: "explain's options must be an object {revealSecrets?: boolean}, not " + typeName(o) + ".",
		Hint:    "Pass {revealSecrets: true} to see the password and secret values in the corrected strings, or nothing."}, false
}

// explainJS is explain(uri, opts): a JSON Explanation, the ParseResult of
// uri with the explain package's Explanation under "sections". Secrets are
// masked unless opts.revealSecrets is true, as with explain.RevealSecrets.
// Wrong arguments and panics give a ParseResult that says why, with
// sections null.
func explainJS(_ js.Value, args []js.Value) any {
	var w writer
	failed := func(d connstr.Diagnostic) any {
		w.reset()
		w.beginObject()
		writeParseFields(&w, nil, nil, connstr.Diagnostics{d})
		w.key("sections")
		w.null()
		w.endObject()
		return string(w.b)
	}
	return guard(func() any {
		uri, ok := stringArg(args, 0)
		if !ok {
			return failed(argumentError("explain", arg(args, 0)))
		}
		opts, d, ok := explainOptionsOf(arg(args, 1))
		if !ok {
			return failed(d)
		}
		cs, _ := parseFunc(uri)
		x := explain.Explain(uri, opts...) // masked unless the caller asked: a person chose to see them
		w.beginObject()
		writeParseFields(&w, cs, nil)
		w.key("sections")
		(&sectionWriter{w: &w, offs: newOffsets(uri)}).value(reflect.ValueOf(x))
		w.endObject()
		return string(w.b)
	}, func() any { return failed(internalError()) })
}

// sectionWriter writes the Explanation, a tree of plain exported structs,
// slices and strings, as JSON. Keys follow vert's rule (the js tag, else
// the json tag, else the field name), so the shape is the one the struct
// tags promise. It exists because the pinned vert cannot convert named
// string types such as connstr.Code ("ValueOf: invalid value"), and it
// turns every connstr.Span into {start, end} in UTF-16 code units (null
// for none), like the spans of diagnostics. Nil slices become [].
type sectionWriter struct {
	w    *writer
	offs offsets
}

var spanType = reflect.TypeOf(connstr.Span{})

func (s *sectionWriter) value(v reflect.Value) {
	w := s.w
	switch v.Kind() {
	case reflect.Pointer, reflect.Interface:
		if v.IsNil() {
			w.null()
			return
		}
		s.value(v.Elem())
	case reflect.Struct:
		if v.Type() == spanType {
			s.span(v.Interface().(connstr.Span))
			return
		}
		w.beginObject()
		t := v.Type()
		for i := 0; i < t.NumField(); i++ {
			f := t.Field(i)
			if !f.IsExported() {
				continue
			}
			w.key(fieldName(f))
			s.value(v.Field(i))
		}
		w.endObject()
	case reflect.Slice, reflect.Array:
		w.beginArray()
		for i := 0; i < v.Len(); i++ {
			s.value(v.Index(i))
		}
		w.endArray()
	case reflect.Map:
		keys := v.MapKeys()
		sort.Slice(keys, func(i, j int) bool { return keys[i].String() < keys[j].String() })
		w.beginObject()
		for _, k := range keys {
			w.key(k.String())
			s.value(v.MapIndex(k))
		}
		w.endObject()
	case reflect.String:
		w.str(v.String())
	case reflect.Bool:
		w.bool(v.Bool())
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		w.int(v.Int())
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		w.int(int64(v.Uint()))
	case reflect.Float32, reflect.Float64:
		w.sep()
		w.b = strconv.AppendFloat(w.b, v.Float(), 'g', -1, 64)
	default:
		w.null() // funcs, channels: the Explanation has none
	}
}

func (s *sectionWriter) span(sp connstr.Span) {
	if !sp.Valid() {
		s.w.null()
		return
	}
	a, b := s.offs.span(sp.Start, sp.End)
	s.w.beginObject()
	s.w.key("start")
	s.w.int(int64(a))
	s.w.key("end")
	s.w.int(int64(b))
	s.w.endObject()
}

func fieldName(f reflect.StructField) string {
	if n := f.Tag.Get("js"); n != "" {
		return n
	}
	if n := f.Tag.Get("json"); n != "" {
		return n
	}
	return f.Name
}
