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
	tag := js.Global().Get("Object").Get("prototype").Get("toString").Call("call", v).String()
	tag = strings.TrimSuffix(strings.TrimPrefix(tag, "[object "), "]")
	return "a " + strings.ToLower(tag)
}

// stringArg returns args[i] when it is a string.
func stringArg(args []js.Value, i int) (string, bool) {
	if i >= len(args) || typeOf(args[i]) != js.TypeString {
		return "", false
	}
	return args[i].String(), true
}

// arg returns args[i], or undefined when the caller passed fewer.
func arg(args []js.Value, i int) js.Value {
	if i >= len(args) {
		return js.Undefined()
	}
	return args[i]
}
