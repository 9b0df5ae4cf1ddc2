//go:build js && wasm

package main

import (
	"errors"
	"syscall/js"
)

// jsError carries a JavaScript rejection reason into Go. Error() gives the
// reason's name and message only.
type jsError struct {
	reason js.Value
}

func (e *jsError) Error() string {
	r := e.reason
	if typeOf(r) == js.TypeObject {
		// The reason may be anything a caller's fetch rejected with: its
		// getters may throw (then it is described by type only).
		name, msg := getOr(r, "name"), getOr(r, "message")
		if typeOf(name) == js.TypeString && typeOf(msg) == js.TypeString {
			if msg.String() == "" {
				return name.String()
			}
			return name.String() + ": " + msg.String()
		}
	}
	if typeOf(r) == js.TypeString {
		return r.String()
	}
	return "promise rejected with " + typeName(r)
}

// await waits for p to settle and returns its value or its rejection as a
// *jsError. It must run on a goroutine of its own, never on the goroutine
// that runs a js.Func callback: waiting there would block the very event
// loop that settles p. While this goroutine waits, the Go scheduler has
// nothing to run and hands control back to JavaScript.
//
// There is deliberately no context here: to give up early, abort the
// operation behind p (fetch's AbortController) and let p reject, so the
// callbacks are released only once JavaScript can no longer call them.
func await(p js.Value) (js.Value, error) {
	a := newAwaiter()
	defer a.release()
	return a.await(p)
}

// awaiter awaits promises one after another with one pair of callbacks:
// a goroutine that awaits several in a row (a fetch, then its body's
// chunks) makes two js.Funcs, not two per promise.
type awaiter struct {
	ch          chan settled // buffered: the callbacks never block
	onOK, onErr js.Func
}

type settled struct {
	v   js.Value
	err error
}

func newAwaiter() *awaiter {
	a := &awaiter{ch: make(chan settled, 1)}
	a.onOK = js.FuncOf(func(_ js.Value, args []js.Value) any {
		a.ch <- settled{v: arg(args, 0)}
		return nil
	})
	a.onErr = js.FuncOf(func(_ js.Value, args []js.Value) any {
		a.ch <- settled{err: &jsError{reason: arg(args, 0)}}
		return nil
	})
	return a
}

// release frees the callbacks; the awaiter must not be used after it. Each
// await returns only once its promise settled, so JavaScript holds no
// pending call to them then.
func (a *awaiter) release() {
	a.onOK.Release()
	a.onErr.Release()
}

// await is the package's await with a's callbacks. Calls must not overlap.
func (a *awaiter) await(p js.Value) (js.Value, error) {
	if t := typeOf(p); t != js.TypeObject && t != js.TypeFunction {
		return p, nil // a plain value, as `await v` would take it
	}
	// Promise.resolve takes any value as `await` would: a promise as is, a
	// thenable through its then (a then that throws, or whose getter
	// throws, rejects), anything else as a value. p itself is never read
	// from Go.
	var err error
	if err = catch(func() { p = promiseResolve.Invoke(p) }); err != nil {
		return js.Undefined(), err
	}
	if err = catch(func() { promiseThen.Call("call", p, a.onOK, a.onErr) }); err != nil {
		return js.Undefined(), err
	}
	s := <-a.ch
	return s.v, s.err
}

// Promise.resolve bound to Promise, and Promise.prototype.then: the real
// ones, whatever a thenable's own then says.
var (
	promiseResolve = js.Global().Get("Promise").Get("resolve").Call("bind", js.Global().Get("Promise"))
	promiseThen    = js.Global().Get("Promise").Get("prototype").Get("then")
)

// newPromise returns a JavaScript promise settled by run, which runs on a
// goroutine of its own so that it may await other promises. A panic in run
// rejects the promise with a generic error instead of ending the Go program.
func newPromise(run func() (js.Value, error)) js.Value {
	var executor js.Func
	executor = js.FuncOf(func(_ js.Value, args []js.Value) any {
		resolve, reject := args[0], args[1]
		executor.Release() // the executor runs once, synchronously
		go func() {
			var v js.Value
			var err error
			func() {
				defer func() {
					if recover() != nil {
						err = errInternal
					}
				}()
				v, err = run()
			}()
			if err != nil {
				reject.Invoke(rejection(err))
				return
			}
			resolve.Invoke(v)
		}()
		return nil
	})
	return js.Global().Get("Promise").New(executor)
}

var errInternal = errors.New("mongouri: internal error (a bug in mongouri)")

// rejection turns err into the value a promise rejects with: a JavaScript
// reason passes through unchanged (an AbortSignal's reason, say), anything
// else becomes an Error with err's message.
func rejection(err error) js.Value {
	var je *jsError
	if errors.As(err, &je) {
		return je.reason
	}
	return js.Global().Get("Error").New(err.Error())
}
