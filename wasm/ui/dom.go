//go:build js && wasm

package ui

import (
	"syscall/js"

	"honnef.co/go/js/dom/v2"
)

// el is a handle on an element: dom/v2's HTMLElement type, made directly
// from the JavaScript value by wrap. (dom.WrapElement and the Document and
// Event methods that return elements pick among some 140 element types by
// comparing constructors: that links every one of those types, with about
// 2,700 methods, into the module, and costs dozens of property reads per
// element. The inspector needs one type.) The helpers return it so a view
// reads as a tree: h("tr", cell("td", name), cell("td", value)).
type el = *dom.BasicHTMLElement

// event is a handle on an event, made directly like el; its target is read
// with target(ev).
type event = *dom.BasicEvent

// wrap makes the handle of an element; nil for null or undefined.
func wrap(v js.Value) el {
	if v.IsNull() || v.IsUndefined() {
		return nil
	}
	return &dom.BasicHTMLElement{BasicElement: &dom.BasicElement{BasicNode: &dom.BasicNode{Value: v}}}
}

// target is the element an event was dispatched to.
func target(ev event) js.Value { return ev.Underlying().Get("target") }

// query returns the first element under parent that matches selector, or nil.
func query(parent el, selector string) el {
	return wrap(parent.Underlying().Call("querySelector", selector))
}

// queryAll returns the elements under parent that match selector.
func queryAll(parent el, selector string) []el {
	list := parent.Underlying().Call("querySelectorAll", selector)
	out := make([]el, list.Length())
	for i := range out {
		out[i] = wrap(list.Index(i))
	}
	return out
}

var doc = js.Global().Get("document")

// h creates an element with children: elements are appended, strings become
// text nodes, attr values set attributes, and nil is skipped.
func h(tag string, children ...any) el {
	e := wrap(doc.Call("createElement", tag))
	add(e, children...)
	return e
}

func add(e el, children ...any) {
	for _, c := range children {
		switch c := c.(type) {
		case nil:
		case string:
			e.Underlying().Call("append", c)
		case attr:
			e.SetAttribute(c.name, c.value)
		case []attr:
			for _, x := range c {
				e.SetAttribute(x.name, x.value)
			}
		case el:
			if c != nil { // a nil handle is skipped, as a nil interface is
				e.AppendChild(c)
			}
		case []el:
			for _, x := range c {
				if x != nil {
					e.AppendChild(x)
				}
			}
		case []any:
			add(e, c...)
		default:
			panic("ui: h child of unexpected type")
		}
	}
}

// region is an element whose children are markup built by mk, set in one
// call into JavaScript. set does nothing when the element already shows
// exactly that markup: redrawing only what changed keeps typing fast.
type region struct {
	el    el
	html  HTML
	drawn bool
}

func newRegion(e el) *region { return &region{el: e} }

// set replaces the children; it reports whether anything was redrawn.
func (r *region) set(m HTML) bool {
	if r.drawn && r.html == m {
		return false
	}
	r.el.Underlying().Set("innerHTML", string(m))
	r.html, r.drawn = m, true
	return true
}

// clear removes every child of e.
func clear(e el) {
	e.Underlying().Set("textContent", "")
}

// replace sets e's children to children.
func replace(e el, children ...any) {
	clear(e)
	add(e, children...)
}

// listeners remembers the event listeners added to a group of elements, so
// that they can be removed and their Go callbacks released together: when a
// list is redrawn, and when the inspector unmounts.
type listeners []func()

func (l *listeners) on(e el, typ string, fn func(event)) {
	f := js.FuncOf(func(_ js.Value, args []js.Value) any {
		fn(&dom.BasicEvent{Value: args[0]})
		return nil
	})
	v := e.Underlying()
	v.Call("addEventListener", typ, f)
	*l = append(*l, func() { v.Call("removeEventListener", typ, f); f.Release() })
}

func (l *listeners) release() {
	for i := len(*l) - 1; i >= 0; i-- {
		(*l)[i]()
	}
	*l = nil
}

// on adds a listener that lives as long as the inspector.
func (in *Inspector) on(e el, typ string, fn func(event)) {
	in.cleanup.on(e, typ, fn)
}

// value reads the value property of an input, select or textarea.
func value(e el) string { return e.Underlying().Get("value").String() }

func setValue(e el, s string) { e.Underlying().Set("value", s) }

func checked(e el) bool { return e.Underlying().Get("checked").Bool() }

func setChecked(e el, b bool) { e.Underlying().Set("checked", b) }

// setHidden shows or hides an element with the hidden attribute, which the
// stylesheet and assistive technology both honour.
func setHidden(e el, hidden bool) { e.Underlying().Set("hidden", hidden) }

// uid gives ids that stay unique when several inspectors share a document.
func (in *Inspector) uid(name string) string { return in.idPrefix + name }

// jsString reads a string property of a JS object, "" when missing.
func jsString(v js.Value, name string) string {
	if v.Type() != js.TypeObject {
		return ""
	}
	p := v.Get(name)
	if p.Type() != js.TypeString {
		return ""
	}
	return p.String()
}
