//go:build js && wasm

package main

import (
	"errors"
	"math"
	"syscall/js"

	"github.com/mongouri/mongouri/connstr"
)

// partsJS is what format(parts) reads: a ParseResult's fields, all
// optional but hosts. Options are read separately (optionsOf), because
// their JavaScript types depend on each option's kind.
type partsJS struct {
	Scheme         *string
	Hosts          []hostPartJS
	Username       *string
	Password       *string
	Database       *string
	UnknownOptions []rawOptionJS
}

type hostPartJS struct {
	Host string
	Port *float64
}

type rawOptionJS struct {
	Key   string
	Value string
}

// partsOf reads parts, a plain copy (see plainCopy), into partsJS. A field
// that is null or undefined is left out; false means a field holds a value
// of another type. Reading these six fields by hand keeps vert and its
// reflection out of the API module (19 KB of brotli); vert reads the full
// build's option objects.
func partsOf(parts js.Value) (p partsJS, ok bool) {
	ok = optString(parts.Get("scheme"), &p.Scheme) &&
		optString(parts.Get("username"), &p.Username) &&
		optString(parts.Get("password"), &p.Password) &&
		optString(parts.Get("database"), &p.Database) &&
		listOf(parts.Get("hosts"), func(v js.Value) bool {
			var h hostPartJS
			var host *string
			if !optString(v.Get("host"), &host) || !optNumber(v.Get("port"), &h.Port) {
				return false
			}
			if host != nil {
				h.Host = *host
			}
			p.Hosts = append(p.Hosts, h)
			return true
		}) &&
		listOf(parts.Get("unknownOptions"), func(v js.Value) bool {
			var key, value *string
			if !optString(v.Get("key"), &key) || !optString(v.Get("value"), &value) {
				return false
			}
			var r rawOptionJS
			if key != nil {
				r.Key = *key
			}
			if value != nil {
				r.Value = *value
			}
			p.UnknownOptions = append(p.UnknownOptions, r)
			return true
		})
	return p, ok
}

// absent reports null or undefined, which format reads as a field left out.
func absent(v js.Value) bool {
	t := typeOf(v)
	return t == js.TypeUndefined || t == js.TypeNull
}

// optString sets *dst to v when v is a string, leaves it nil when v is
// absent, and reports false for any other value.
func optString(v js.Value, dst **string) bool {
	if absent(v) {
		return true
	}
	if typeOf(v) != js.TypeString {
		return false
	}
	s := v.String()
	*dst = &s
	return true
}

// optNumber is optString for a number.
func optNumber(v js.Value, dst **float64) bool {
	if absent(v) {
		return true
	}
	if typeOf(v) != js.TypeNumber {
		return false
	}
	f := v.Float()
	*dst = &f
	return true
}

// listOf calls item with each element of the array v that is not absent
// (objects only); absent v is an empty list.
func listOf(v js.Value, item func(js.Value) bool) bool {
	if absent(v) {
		return true
	}
	if !isArray(v) {
		return false
	}
	for i, n := 0, v.Length(); i < n; i++ {
		e := v.Index(i)
		if absent(e) {
			continue
		}
		if typeOf(e) != js.TypeObject || !item(e) {
			return false
		}
	}
	return true
}

// formatJS is format(parts): a JSON FormatResult. Parts it cannot read give
// diagnostics, never an exception.
func formatJS(_ js.Value, args []js.Value) any {
	var w writer
	out := guard(func() any { return string(formatJSON(&w, arg(args, 0))) }, func() any {
		w.reset()
		writeFormatResult(&w, "", connstr.Diagnostics{internalError()})
		return string(w.b)
	})
	return out
}

func formatJSON(w *writer, parts js.Value) []byte {
	w.reset()
	cs, diags := connStringOf(parts)
	if cs == nil {
		writeFormatResult(w, "", diags)
		return w.b
	}
	uri, fdiags := connstr.Format(cs)
	writeFormatResult(w, uri, append(diags, fdiags...))
	return w.b
}

func writeFormatResult(w *writer, uri string, diags connstr.Diagnostics) {
	w.beginObject()
	w.key("uri")
	w.str(uri)
	w.key("diagnostics")
	writeDiagnostics(w, uri, diags)
	w.endObject()
}

// partsError is the diagnostic for parts that are not shaped like a
// ParseResult: the hint says what is expected.
func partsError(what string) connstr.Diagnostic {
	return connstr.Diagnostic{
		Severity: connstr.SeverityError,
		Code:     codeArgument,
		Message:  "format cannot read " + what + ".",
		Span:     connstr.NoSpan,
		Hint:     "Pass {hosts: [{host, port?}], scheme?, username?, password?, database?, options?}, the shape parse returns.",
	}
}

// connStringOf builds the ConnString that parts describe, with a
// diagnostic for each part that cannot be used; nil when parts is not an
// object at all.
func connStringOf(parts js.Value) (*connstr.ConnString, connstr.Diagnostics) {
	if typeOf(parts) != js.TypeObject || isArray(parts) {
		return nil, connstr.Diagnostics{partsError("parts that are " + typeName(parts))}
	}
	// partsOf and the option readers below read properties with Get, which
	// a throwing getter or a Proxy would break: they read a plain copy.
	parts, err := plainCopy(parts)
	if err != nil {
		return nil, connstr.Diagnostics{partsError("parts that cannot be copied (a getter threw, or they hold a Proxy, a function or a symbol)")}
	}
	p, ok := partsOf(parts)
	if !ok {
		return nil, connstr.Diagnostics{partsError("these parts")}
	}
	var diags connstr.Diagnostics
	cs := &connstr.ConnString{Scheme: connstr.SchemeMongoDB}
	if p.Scheme != nil {
		switch s := connstr.Scheme(*p.Scheme); s {
		case connstr.SchemeMongoDB, connstr.SchemeSRV:
			cs.Scheme = s
		default:
			diags = append(diags, partsError(`a scheme other than "mongodb" or "mongodb+srv"`))
		}
	}
	for _, h := range p.Hosts {
		port := 0
		if h.Port != nil {
			f := *h.Port
			if f != math.Trunc(f) || f < 1 || f > 65535 {
				diags = append(diags, connstr.Diagnostic{Severity: connstr.SeverityError, Code: connstr.CodePortOutOfRange,
					Span: connstr.NoSpan, Message: "A port of host " + h.Host + " is not a whole number from 1 to 65535.",
					Hint: "Give the port as a number, or null for the default 27017."})
				continue
			}
			port = int(f)
		}
		cs.Hosts = append(cs.Hosts, connstr.NewHost(h.Host, port))
	}
	if p.Username != nil || p.Password != nil {
		u := &connstr.Userinfo{Span: connstr.NoSpan, PasswordSpan: connstr.NoSpan}
		if p.Username != nil {
			u.Username = *p.Username
		}
		if p.Password != nil {
			u.Password, u.HasPassword = connstr.Secret(*p.Password), true
		}
		cs.User = u
	}
	if p.Database != nil {
		cs.Database = *p.Database
	}
	cs.Options, cs.Unknown, diags = optionsOf(parts.Get("options"), diags)
	for _, r := range p.UnknownOptions {
		cs.Unknown = append(cs.Unknown, connstr.RawOption{Key: r.Key, Value: r.Value, Span: connstr.NoSpan})
	}
	return cs, diags
}

// optionsOf reads {name: value}: each known option through
// connstr.NewValue, which checks the value as the parser would; unknown
// names with a string, number or boolean value are kept as written (the
// encoder's parse then warns about them).
func optionsOf(o js.Value, diags connstr.Diagnostics) ([]connstr.Option, []connstr.RawOption, connstr.Diagnostics) {
	if typeOf(o) == js.TypeUndefined || typeOf(o) == js.TypeNull {
		return nil, nil, diags
	}
	if typeOf(o) != js.TypeObject || isArray(o) {
		return nil, nil, append(diags, partsError("options that are "+typeName(o)))
	}
	var opts []connstr.Option
	var unknown []connstr.RawOption
	keys := js.Global().Get("Object").Call("keys", o)
	for i, n := 0, keys.Length(); i < n; i++ {
		name := keys.Index(i).String()
		jv := o.Get(name)
		if typeOf(jv) == js.TypeUndefined {
			continue // {tls: undefined} sets nothing, as in JSON
		}
		spec := connstr.LookupOption(name)
		if spec == nil {
			if s, ok := primitiveText(jv); ok {
				unknown = append(unknown, connstr.RawOption{Key: name, Value: s, Span: connstr.NoSpan})
			} else {
				diags = append(diags, valueError(name, "an unknown option takes a string, number or boolean"))
			}
			continue
		}
		x, ok := goValue(jv, spec.Kind)
		if !ok {
			diags = append(diags, valueError(spec.Name, "it takes a "+spec.Kind.String()+", not "+typeName(jv)))
			continue
		}
		v, err := connstr.NewValue(spec.Name, x)
		if err != nil {
			var ve *connstr.ValueError
			if !errors.As(err, &ve) {
				diags = append(diags, valueError(spec.Name, "connstr cannot read it"))
				continue
			}
			d := ve.Diagnostic
			if d.Hint == "" {
				d.Hint = valueHint
			}
			diags = append(diags, d)
			continue
		}
		opts = append(opts, connstr.Option{Name: spec.Name, Key: spec.Name, Value: v, Span: connstr.NoSpan})
	}
	return opts, unknown, diags
}

// valueError reports an option value format cannot use; why is a phrase
// that never quotes the value.
func valueError(name, why string) connstr.Diagnostic {
	return connstr.Diagnostic{Severity: connstr.SeverityError, Code: connstr.CodeInvalidValue, Span: connstr.NoSpan,
		Option: name, Message: "The value given for " + name + " cannot be used: " + why + ".", Hint: valueHint}
}

const valueHint = "Give the value with the type parse returns for this option."

// goValue converts an option's JavaScript value to what connstr.NewValue
// takes: string, float64, bool, []any, and for key:value kinds the ordered
// []connstr.Property / []connstr.TagSet (a Go map would lose the order).
// It reports false for a value of no usable type.
func goValue(v js.Value, kind connstr.Kind) (any, bool) {
	switch typeOf(v) {
	case js.TypeString:
		return v.String(), true
	case js.TypeNumber:
		return v.Float(), true
	case js.TypeBoolean:
		return v.Bool(), true
	case js.TypeObject:
		switch {
		case kind == connstr.KindProperties:
			props, ok := pairsOf(v)
			return props, ok
		case kind == connstr.KindTagSets && isArray(v):
			sets := make([]connstr.TagSet, v.Length())
			for i := range sets {
				props, ok := pairsOf(v.Index(i))
				if !ok {
					return nil, false
				}
				sets[i] = props
			}
			return sets, true
		case isArray(v):
			items := make([]any, v.Length())
			for i := range items {
				s, ok := primitiveText(v.Index(i))
				if !ok {
					return nil, false
				}
				items[i] = s
			}
			return items, true
		}
	}
	return nil, false
}

// pairsOf reads a {key: value} object in key order; values may be
// strings, numbers or booleans.
func pairsOf(o js.Value) ([]connstr.Property, bool) {
	if typeOf(o) != js.TypeObject || isArray(o) {
		return nil, false
	}
	keys := js.Global().Get("Object").Call("keys", o)
	props := make([]connstr.Property, 0, keys.Length())
	for i, n := 0, keys.Length(); i < n; i++ {
		k := keys.Index(i).String()
		s, ok := primitiveText(o.Get(k))
		if !ok {
			return nil, false
		}
		props = append(props, connstr.Property{Key: k, Value: s})
	}
	return props, true
}

// primitiveText gives a string, number or boolean as JavaScript's String()
// would write it.
func primitiveText(v js.Value) (string, bool) {
	switch typeOf(v) {
	case js.TypeString:
		return v.String(), true
	case js.TypeNumber, js.TypeBoolean:
		return js.Global().Get("String").Invoke(v).String(), true
	}
	return "", false
}
