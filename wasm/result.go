//go:build js && wasm

package main

import (
	"github.com/mongouri/mongouri/connstr"
)

// The functions below write the JSON shapes that index.d.ts declares
// (ParseResult, FormatResult, ResolveResult). One writer serves every
// entry point, so the shapes cannot drift apart.

// writeParseFields writes a ParseResult's fields into an open object. cs may
// be nil (connstr never ran: a wrong argument, a recovered panic); options
// replaces cs.Options when non-nil (the merged options of a resolution);
// diagnostics are cs's followed by lists, with spans into cs's input.
func writeParseFields(w *writer, cs *connstr.ConnString, options []connstr.Option, lists ...connstr.Diagnostics) {
	valid := true
	var input string
	if cs != nil {
		input = cs.Input()
		valid = cs.Valid()
		lists = append([]connstr.Diagnostics{cs.Diagnostics}, lists...)
		if options == nil {
			options = cs.Options
		}
	}
	for _, l := range lists {
		if l.HasErrors() {
			valid = false
		}
	}
	w.key("valid")
	w.bool(valid)

	w.key("scheme")
	w.strOrNull(string(scheme(cs)), cs != nil && cs.Scheme != "")

	w.key("hosts")
	w.beginArray()
	if cs != nil {
		for _, h := range cs.Hosts {
			w.beginObject()
			w.key("type")
			w.str(string(h.Type))
			w.key("host")
			w.str(h.Host)
			w.key("port")
			if h.Port != 0 {
				w.int(int64(h.Port))
			} else {
				w.null()
			}
			w.endObject()
		}
	}
	w.endArray()

	hasUser := cs != nil && cs.User != nil
	w.key("username")
	if hasUser {
		w.str(cs.User.Username)
	} else {
		w.null()
	}
	// The password is the caller's own data handed back in a result field,
	// never part of a message; index.d.ts says to keep it out of logs.
	w.key("password")
	if hasUser && cs.User.HasPassword {
		w.str(cs.User.Password.Reveal())
	} else {
		w.null()
	}
	w.key("database")
	w.strOrNull(database(cs), cs != nil && cs.Database != "")

	w.key("options")
	w.beginObject()
	for _, o := range options {
		w.key(o.Name)
		writeValue(w, o.Value)
	}
	w.endObject()

	w.key("unknownOptions")
	w.beginArray()
	if cs != nil {
		for _, r := range cs.Unknown {
			w.beginObject()
			w.key("key")
			w.str(r.Key)
			w.key("value")
			w.str(r.Value)
			w.endObject()
		}
	}
	w.endArray()

	w.key("diagnostics")
	writeDiagnostics(w, input, lists...)
}

func scheme(cs *connstr.ConnString) connstr.Scheme {
	if cs == nil {
		return ""
	}
	return cs.Scheme
}

func database(cs *connstr.ConnString) string {
	if cs == nil {
		return ""
	}
	return cs.Database
}

// writeParseResult writes a whole ParseResult.
func writeParseResult(w *writer, cs *connstr.ConnString, extra ...connstr.Diagnostic) {
	w.beginObject()
	writeParseFields(w, cs, nil, extra)
	w.endObject()
}

// writeValue writes a typed option value: a number, boolean or string,
// string[] for compressors, an object for authMechanismProperties, and an
// array of objects for readPreferenceTags; key:value pairs keep the order
// written.
func writeValue(w *writer, v connstr.Value) {
	switch v.Kind() {
	case connstr.KindInt:
		w.int(v.Int())
	case connstr.KindBool:
		w.bool(v.Bool())
	case connstr.KindIntOrString:
		if v.IsInt() {
			w.int(v.Int())
		} else {
			w.str(v.Text())
		}
	case connstr.KindSecret:
		// As with the password: the caller's own value, in a result field.
		w.str(v.Secret().Reveal())
	case connstr.KindStringList:
		w.strs(v.List())
	case connstr.KindProperties:
		writePairs(w, v.Properties())
	case connstr.KindTagSets:
		w.beginArray()
		for _, set := range v.TagSets() {
			writePairs(w, set)
		}
		w.endArray()
	case connstr.KindString, connstr.KindEnum:
		w.str(v.Text())
	default:
		w.null()
	}
}

func writePairs(w *writer, ps []connstr.Property) {
	w.beginObject()
	for _, p := range ps {
		w.key(p.Key)
		w.str(p.Value)
	}
	w.endObject()
}

// writeDiagnostics writes findings, their spans as UTF-16 offsets into
// input. start, end, option and hint appear only when they apply: the
// typings declare them optional, not nullable.
func writeDiagnostics(w *writer, input string, lists ...connstr.Diagnostics) {
	var offs offsets
	mapped := false
	w.beginArray()
	for _, l := range lists {
		for _, d := range l {
			w.beginObject()
			w.key("severity")
			w.str(d.Severity.String())
			w.key("code")
			w.str(string(d.Code))
			w.key("message")
			w.str(d.Message)
			if d.Span.Valid() && d.Span.End <= len(input) {
				if !mapped {
					offs, mapped = newOffsets(input), true
				}
				start, end := offs.span(d.Span.Start, d.Span.End)
				w.key("start")
				w.int(int64(start))
				w.key("end")
				w.int(int64(end))
			}
			if d.Option != "" {
				w.key("option")
				w.str(d.Option)
			}
			if d.Hint != "" {
				w.key("hint")
				w.str(d.Hint)
			}
			w.endObject()
		}
	}
	w.endArray()
}
