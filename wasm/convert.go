//go:build js && wasm

package main

import (
	"syscall/js"

	"github.com/mongouri/mongouri/connstr"
	"github.com/norunners/vert"
)

// The structs below are the JavaScript shapes of index.d.ts; vert turns them
// into plain objects, one property per field, in field order. A nil `any`
// becomes null; slices are always made non-nil so that they become arrays.

type resultJS struct {
	Valid    bool     `js:"valid"`
	Scheme   any      `js:"scheme"` // "mongodb", "mongodb+srv" or null
	Hosts    []hostJS `js:"hosts"`
	Username any      `js:"username"`
	Password any      `js:"password"`
	Database any      `js:"database"`
	// Options and UnknownOptions keep the string's order, which vert's
	// map conversion would not: they are null here and filled in after.
	Options        any `js:"options"`
	UnknownOptions any `js:"unknownOptions"`
	Diagnostics    any `js:"diagnostics"`
}

type hostJS struct {
	Type string `js:"type"`
	Host string `js:"host"`
	Port any    `js:"port"` // a number, or null when the string gives none
}

type rawOptionJS struct {
	Key   string `js:"key"`
	Value string `js:"value"`
}

// diagnosticJS holds the fields every diagnostic has; start, end, option
// and hint are added only when they apply, as index.d.ts declares them
// optional (absent, not null).
type diagnosticJS struct {
	Severity string `js:"severity"`
	Code     string `js:"code"`
	Message  string `js:"message"`
}

// resultValue converts a parsed string, and any diagnostics the adapter adds,
// into a ParseResult object.
func resultValue(cs *connstr.ConnString, extra ...connstr.Diagnostic) js.Value {
	r := resultJS{Valid: true, Hosts: []hostJS{}}
	var ds connstr.Diagnostics
	var input string
	if cs != nil {
		input = cs.Input()
		r.Valid = cs.Valid()
		if cs.Scheme != "" {
			r.Scheme = string(cs.Scheme)
		}
		for _, h := range cs.Hosts {
			hj := hostJS{Type: string(h.Type), Host: h.Host}
			if h.Port != 0 {
				hj.Port = h.Port
			}
			r.Hosts = append(r.Hosts, hj)
		}
		if cs.User != nil {
			r.Username = cs.User.Username
			if cs.User.HasPassword {
				// The caller's own data, returned to the caller: a result
				// field, never part of a message.
				r.Password = cs.User.Password.Reveal()
			}
		}
		if cs.Database != "" {
			r.Database = cs.Database
		}
		ds = cs.Diagnostics
	}
	for _, d := range extra {
		if d.Severity == connstr.SeverityError {
			r.Valid = false
		}
	}
	obj := vert.ValueOf(r).JSValue()
	if cs != nil {
		obj.Set("options", optionsValue(cs.Options))
		obj.Set("unknownOptions", unknownValue(cs.Unknown))
	} else {
		obj.Set("options", js.Global().Get("Object").New())
		obj.Set("unknownOptions", js.Global().Get("Array").New())
	}
	obj.Set("diagnostics", diagnosticsValue(input, ds, extra))
	return obj
}

// failedResult is the ParseResult of a call that could not run connstr at
// all: a wrong argument or a recovered panic.
func failedResult(d connstr.Diagnostic) js.Value {
	return resultValue(nil, d)
}

// optionsValue builds {canonicalName: value} in the order written.
func optionsValue(opts []connstr.Option) js.Value {
	o := js.Global().Get("Object").New()
	for _, opt := range opts {
		o.Set(opt.Name, valueOf(opt.Value))
	}
	return o
}

func unknownValue(raw []connstr.RawOption) js.Value {
	l := make([]rawOptionJS, len(raw))
	for i, r := range raw {
		l[i] = rawOptionJS{Key: r.Key, Value: r.Value}
	}
	return vert.ValueOf(l).JSValue()
}

// valueOf converts a typed option value: number, boolean, string, string[]
// (compressors), an object (authMechanismProperties) or an array of objects
// (readPreferenceTags). Key:value pairs become objects in the order written.
func valueOf(v connstr.Value) js.Value {
	switch v.Kind() {
	case connstr.KindSecret:
		// As with the password: the caller's data, in a result field.
		return js.ValueOf(v.Secret().Reveal())
	case connstr.KindStringList:
		l := v.List()
		if l == nil {
			l = []string{}
		}
		return vert.ValueOf(l).JSValue()
	case connstr.KindProperties:
		return pairsValue(v.Properties())
	case connstr.KindTagSets:
		sets := v.TagSets()
		a := js.Global().Get("Array").New(len(sets))
		for i, set := range sets {
			a.SetIndex(i, pairsValue(set))
		}
		return a
	}
	i := v.Interface()
	if i == nil {
		return js.Null()
	}
	return vert.ValueOf(i).JSValue()
}

func pairsValue(ps []connstr.Property) js.Value {
	o := js.Global().Get("Object").New()
	for _, p := range ps {
		o.Set(p.Key, p.Value)
	}
	return o
}

// diagnosticsValue converts findings, with spans as UTF-16 offsets into input.
func diagnosticsValue(input string, ds connstr.Diagnostics, extra []connstr.Diagnostic) js.Value {
	a := js.Global().Get("Array").New()
	var offs offsets
	if len(ds) > 0 {
		offs = newOffsets(input)
	}
	add := func(d connstr.Diagnostic) {
		o := vert.ValueOf(diagnosticJS{
			Severity: d.Severity.String(),
			Code:     string(d.Code),
			Message:  d.Message,
		}).JSValue()
		if d.Span.Valid() {
			o.Set("start", offs.at(d.Span.Start))
			o.Set("end", offs.at(d.Span.End))
		}
		if d.Option != "" {
			o.Set("option", d.Option)
		}
		if d.Hint != "" {
			o.Set("hint", d.Hint)
		}
		a.Call("push", o)
	}
	for _, d := range ds {
		add(d)
	}
	for _, d := range extra {
		add(d)
	}
	return a
}
