//go:build js && wasm

package main

import (
	"strings"
	"syscall/js"

	"github.com/mongouri/mongouri/connstr"
)

// Codes the adapter itself reports. They sit beside connstr's codes in the
// same diagnostics list; connstr never produces them.
const (
	// codeInternal marks a Go panic recovered at the boundary: a bug in
	// mongouri, not in the string.
	codeInternal connstr.Code = "internal-error"
	// codeArgument marks a call with an argument of the wrong JavaScript
	// type, e.g. parse(42) or parse().
	codeArgument connstr.Code = "invalid-argument"
)

// guard runs f and turns a panic into fallback's value. An unrecovered panic
// in a js.Func ends the whole Go program, after which every later call from
// JavaScript fails; so every entry point runs under guard. The panic value
// is dropped, never formatted: it could quote the input, and the input may
// hold a password.
func guard(f func() any, fallback func() any) (out any) {
	defer func() {
		if recover() != nil {
			out = fallback()
		}
	}()
	return f()
}

// internalError is the diagnostic for a recovered panic.
func internalError() connstr.Diagnostic {
	return connstr.Diagnostic{
		Severity: connstr.SeverityError,
		Code:     codeInternal,
		Message:  "mongouri failed while reading this string; this is a bug in mongouri, not necessarily in the string.",
		Span:     connstr.NoSpan,
		Hint:     "Please report it with a string that shows the problem and has its password replaced.",
	}
}

// argumentError is the diagnostic for an argument that is not a string.
func argumentError(fn string, v js.Value) connstr.Diagnostic {
	return connstr.Diagnostic{
		Severity: connstr.SeverityError,
		Code:     codeArgument,
		Message:  fn + " expects a string, got " + typeName(v) + ".",
		Span:     connstr.NoSpan,
		Hint:     "Pass the connection string as a JavaScript string.",
	}
}

// typeOther stands for a JavaScript type syscall/js has no name for (a
// BigInt): js.Value.Type panics on those, so user values go through typeOf.
const typeOther js.Type = -1

// typeOf is v.Type() without the panic.
func typeOf(v js.Value) (t js.Type) {
	defer func() {
		if recover() != nil {
			t = typeOther
		}
	}()
	return v.Type()
}

// typeName names a value's JavaScript type the way typeof does, with null
// and arrays told apart because "object" helps nobody.
func typeName(v js.Value) string {
	switch typeOf(v) {
	case js.TypeNull:
		return "null"
	case js.TypeObject:
		if isArray(v) {
			return "an array"
		}
		return "an object"
	case js.TypeUndefined:
		return "undefined"
	case js.TypeBoolean:
		return "a boolean"
	case js.TypeNumber:
		return "a number"
	case js.TypeString:
		return "a string"
	case js.TypeSymbol:
		return "a symbol"
	case js.TypeFunction:
		return "a function"
	}
	// "[object BigInt]" -> "a bigint"
	tag := tagOf(v)
	tag = strings.TrimSuffix(strings.TrimPrefix(tag, "[object "), "]")
	return "a " + strings.ToLower(tag)
}

// tagOf is Object.prototype.toString.call(v), "[object Object]" if that
// throws (a revoked Proxy, a throwing Symbol.toStringTag getter).
func tagOf(v js.Value) string {
	tag := "[object Object]"
	catch(func() {
		if t := objectToString.Call("call", v); t.Type() == js.TypeString {
			tag = t.String()
		}
	})
	return tag
}

// isArray is Array.isArray(v), false if that throws (a revoked Proxy).
func isArray(v js.Value) bool {
	if typeOf(v) != js.TypeObject {
		return false
	}
	var ok bool
	catch(func() { ok = arrayIsArray.Invoke(v).Truthy() })
	return ok
}

// stringArg returns args[i] when it is a string. A string longer than
// connstr.MaxLength is cut just past the limit before it is copied into Go,
// where it gets connstr's input-too-long diagnostic: a 100 MB argument
// costs no 100 MB copy. (Past MaxLength UTF-16 units, the UTF-8 text is
// past MaxLength bytes too.)
func stringArg(args []js.Value, i int) (string, bool) {
	if i >= len(args) || typeOf(args[i]) != js.TypeString {
		return "", false
	}
	return stringSlice.Call("call", args[i], 0, connstr.MaxLength+1).String(), true
}

var stringSlice = js.Global().Get("String").Get("prototype").Get("slice")

// arg returns args[i], or undefined when the caller passed fewer.
func arg(args []js.Value, i int) js.Value {
	if i >= len(args) {
		return js.Undefined()
	}
	return args[i]
}

// Reading a caller's object is where a JavaScript exception can reach Go:
// syscall/js's Get, Index and Length run a getter or a Proxy trap with no
// try/catch around it, and an exception thrown there unwinds through the Go
// program and leaves it dead. Call, Invoke and New do catch (the exception
// comes back as a js.Error panic). So every read of a value that came from
// a caller goes through Reflect.get with Invoke, inside catch, and reads
// each property once; an object whose shape matters as a whole (format's
// parts) is first copied with structuredClone, which runs each getter once
// and refuses functions, symbols and Proxies.

var (
	reflectGet     = js.Global().Get("Reflect").Get("get")
	structuredCopy = js.Global().Get("structuredClone")
	objectToString = js.Global().Get("Object").Get("prototype").Get("toString")
	arrayIsArray   = js.Global().Get("Array").Get("isArray")
)

// catch runs f and returns the exception or panic it ended with as an
// error: a *jsError holding what JavaScript threw, or errInternal.
func catch(f func()) (err error) {
	defer func() {
		if r := recover(); r != nil {
			if je, ok := r.(js.Error); ok {
				err = &jsError{reason: je.Value}
				return
			}
			err = errInternal
		}
	}()
	f()
	return nil
}

// get reads o[key] once, with any getter or Proxy trap inside catch. It
// returns undefined for a value that has no properties to read.
func get(o js.Value, key string) (v js.Value, err error) {
	if t := typeOf(o); t != js.TypeObject && t != js.TypeFunction {
		return js.Undefined(), nil
	}
	k := jsName(key)
	err = catch(func() { v = reflectGet.Invoke(o, k) })
	return v, err
}

// jsNames holds the JavaScript strings of the property names and
// constants the adapter uses again and again, made once: converting a Go
// string makes a new JavaScript value each time, and every one of those
// costs a finalizer, which with a thousand resolves in flight adds up.
var jsNames = map[string]js.Value{}

// jsName returns s as a JavaScript string, made once (s must be one of
// a small fixed set of names, never user text).
func jsName(s string) js.Value {
	v, ok := jsNames[s]
	if !ok {
		v = js.ValueOf(s)
		jsNames[s] = v
	}
	return v
}

// getOr is get, with undefined for a read that threw.
func getOr(o js.Value, key string) js.Value {
	v, err := get(o, key)
	if err != nil {
		return js.Undefined()
	}
	return v
}

// plainCopy returns a structured clone of v: plain data whose reads cannot
// throw. It fails for what cannot be cloned (a Proxy, a function, a
// symbol) and for a getter that throws.
func plainCopy(v js.Value) (c js.Value, err error) {
	if structuredCopy.Type() != js.TypeFunction {
		return js.Undefined(), errInternal
	}
	err = catch(func() { c = structuredCopy.Invoke(v) })
	return c, err
}
