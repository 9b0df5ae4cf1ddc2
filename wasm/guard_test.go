//go:build js && wasm

package main

import (
	"errors"
	"testing"
)

// TestGetSurvivesHostileObjects: a throwing getter, a throwing Proxy trap
// and a revoked Proxy give an error from get, not a dead program; the
// program keeps working after each.
func TestGetSurvivesHostileObjects(t *testing.T) {
	for name, body := range map[string]string{
		"getter":  `return {get x() { throw new Error("boom"); }};`,
		"proxy":   `return new Proxy({}, {get() { throw new Error("trap"); }});`,
		"revoked": `const r = Proxy.revocable({}, {}); r.revoke(); return r.proxy;`,
	} {
		o := evalJS("", body).Invoke()
		if _, err := get(o, "x"); err == nil {
			t.Errorf("%s: no error", name)
		}
		if _, err := plainCopy(o); err == nil {
			t.Errorf("%s: plainCopy copied it", name)
		}
		_ = typeName(o) // must not throw either
		if v, err := get(evalJS("", `return {x: 1};`).Invoke(), "x"); err != nil || v.Int() != 1 {
			t.Fatalf("after %s, a plain get fails: %v", name, err)
		}
	}
}

// TestAwaitHostileThenables: a thenable whose then throws, or whose then
// getter throws, rejects; it does not end the program.
func TestAwaitHostileThenables(t *testing.T) {
	for _, body := range []string{
		`return {then() { throw new Error("then threw"); }};`,
		`return {get then() { throw new Error("getter threw"); }};`,
		`return Promise.reject(new Proxy({}, {get() { throw new Error("reason trap"); }}));`,
	} {
		_, err := await(evalJS("", body).Invoke())
		var je *jsError
		if !errors.As(err, &je) {
			t.Errorf("%s: err = %v", body, err)
			continue
		}
		_ = je.Error() // reading a hostile reason must not throw
	}
}
