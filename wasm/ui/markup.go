package ui

import (
	"html"
	"strconv"
	"strings"
)

// This file has no build tag: views that are redrawn as a person types build
// their markup here, as one string, and hand it to the DOM in one call
// (see setHTML). Building it is plain Go, tested natively, and a build-time
// prerender can run it too.

// HTML is markup built by mk: every text and attribute value in it is escaped.
type HTML string

// attr is an attribute for mk (and for h, the DOM builder).
type attr struct{ name, value string }

func a(name, value string) attr { return attr{name, value} }

// cls is a class attribute.
func cls(c string) attr { return attr{"class", c} }

// void elements have no closing tag.
var void = map[string]bool{"br": true, "input": true, "hr": true, "img": true, "link": true, "meta": true}

// mk writes an element: attr values become attributes, strings become escaped
// text, HTML values are inserted as they are, and nil or "" is skipped.
func mk(tag string, children ...any) HTML {
	var b strings.Builder
	b.WriteByte('<')
	b.WriteString(tag)
	var body strings.Builder
	writeChildren(&b, &body, children)
	b.WriteByte('>')
	if void[tag] {
		return HTML(b.String())
	}
	b.WriteString(body.String())
	b.WriteString("</")
	b.WriteString(tag)
	b.WriteByte('>')
	return HTML(b.String())
}

func writeChildren(attrs, body *strings.Builder, children []any) {
	for _, c := range children {
		switch c := c.(type) {
		case nil:
		case attr:
			writeAttr(attrs, c)
		case []attr:
			for _, x := range c {
				writeAttr(attrs, x)
			}
		case string:
			body.WriteString(html.EscapeString(c))
		case HTML:
			body.WriteString(string(c))
		case []HTML:
			for _, x := range c {
				body.WriteString(string(x))
			}
		case []any:
			writeChildren(attrs, body, c)
		default:
			panic("ui: mk child of unexpected type")
		}
	}
}

func writeAttr(b *strings.Builder, x attr) {
	b.WriteByte(' ')
	b.WriteString(x.name)
	b.WriteString(`="`)
	b.WriteString(html.EscapeString(x.value))
	b.WriteByte('"')
}

// when returns v if ok, else nil: for optional children and attributes.
func when(ok bool, v any) any {
	if ok {
		return v
	}
	return nil
}

// button is a button that the view's one click listener dispatches by its
// data-act (and data-arg) attributes.
func button(class, act, arg, label string, more ...any) HTML {
	return mk("button", a("type", "button"), cls("mu-btn "+class), a("data-act", act), when(arg != "", a("data-arg", arg)), more, label)
}

// status is the live note beside a group of buttons that says what a copy did.
func statusNote() HTML { return mk("span", cls("mu-note"), a("role", "status")) }

// count writes "1 error", "2 errors".
func count(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return strconv.Itoa(n) + " " + noun + "s"
}

// escape is text as markup.
func escape(s string) string { return html.EscapeString(s) }
