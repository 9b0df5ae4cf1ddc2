//go:build js && wasm

package ui

import "syscall/js"

// copy puts text on the clipboard and says in note what happened. The
// clipboard is the only place a copy goes: nothing is stored or sent.
func (in *Inspector) copy(text, what string, note el) {
	clip := js.Global().Get("navigator").Get("clipboard")
	if !clip.Truthy() {
		note.SetTextContent("This browser gives the page no clipboard; select the text and copy it yourself.")
		return
	}
	var done, failed js.Func
	release := func() { done.Release(); failed.Release() }
	done = js.FuncOf(func(js.Value, []js.Value) any {
		note.SetTextContent("Copied " + what + ".")
		release()
		return nil
	})
	failed = js.FuncOf(func(js.Value, []js.Value) any {
		note.SetTextContent("The browser refused the clipboard; select the text and copy it yourself.")
		release()
		return nil
	})
	clip.Call("writeText", text).Call("then", done, failed)
}
