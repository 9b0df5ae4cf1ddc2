//go:build js && wasm

package ui

import (
	"syscall/js"

	"honnef.co/go/js/dom/v2"
)

// el is an element under construction. The helpers return it so a view reads
// as a tree: h("tr", cell("td", name), cell("td", value)).
type el = dom.Element

var doc = dom.GetWindow().Document()

// h creates an element with children: dom.Node values are appended, strings
// become text nodes, attr values set attributes, and nil is skipped.
func h(tag string, children ...any) el {
	e := doc.CreateElement(tag)
	add(e, children...)
	return e
}

func add(e el, children ...any) {
	for _, c := range children {
		switch c := c.(type) {
		case nil:
		case string:
			e.AppendChild(doc.CreateTextNode(c))
		case attr:
			e.SetAttribute(c.name, c.value)
		case []attr:
			for _, x := range c {
				e.SetAttribute(x.name, x.value)
			}
		case dom.Node:
			e.AppendChild(c)
		case []el:
			for _, x := range c {
				e.AppendChild(x)
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

func (l *listeners) on(e dom.EventTarget, typ string, fn func(dom.Event)) {
	f := e.AddEventListener(typ, false, fn)
	*l = append(*l, func() { e.RemoveEventListener(typ, false, f); f.Release() })
}

func (l *listeners) release() {
	for i := len(*l) - 1; i >= 0; i-- {
		(*l)[i]()
	}
	*l = nil
}

// on adds a listener that lives as long as the inspector.
func (in *Inspector) on(e dom.EventTarget, typ string, fn func(dom.Event)) {
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
