//go:build js && wasm

package ui

import (
	"strconv"

	"honnef.co/go/js/dom/v2"

	"github.com/mongouri/mongouri/connstr/explain"
)

// snippets shows the code that connects with this string in one language
// at a time, picked with a select. The language picked survives redraws,
// so typing in the input does not reset it.
func (v *explainView) snippets(x *explain.Explanation) {
	ss := x.Snippets
	if len(ss) == 0 {
		add(v.body, section("snippets", "Connect from code",
			h("p", cls("mu-note"), "Code appears once the string parses without errors: apply the fixes above first.")))
		return
	}
	pick := h("select", a("id", v.in.uid("x-lang")), cls("mu-text mu-x-lang"))
	chosen := 0
	for i, s := range ss {
		add(pick, h("option", a("value", strconv.Itoa(i)), a("data-lang", s.Language), s.Title))
		if s.Language == v.lang {
			chosen = i
		}
	}
	setValue(pick, strconv.Itoa(chosen))
	box := h("div", cls("mu-x-snippet"))
	var shown listeners // of the shown snippet's buttons, replaced with it
	show := func(i int) {
		s := ss[i]
		v.lang = s.Language
		shown.release()
		clear(box)
		if s.Install != "" {
			add(box, h("h4", "Install"), v.copyLine(&shown, "the install step for "+s.Title, s.Install, ""))
		}
		add(box, h("h4", "Code"), v.copyable(&shown, "the "+s.Title+" code", s.Code))
		if len(s.Env) > 0 {
			ul := h("ul")
			for _, e := range s.Env {
				add(ul, h("li", h("code", e)))
			}
			add(box, h("p", cls("mu-note"), "The code reads its secrets from these environment variables, so that none sits in the source:"), ul)
		}
	}
	v.lists.on(pick, "change", func(dom.Event) {
		if i, err := strconv.Atoi(value(pick)); err == nil && i >= 0 && i < len(ss) {
			show(i)
		}
	})
	// The shown snippet's listeners go when the view is redrawn.
	v.lists = append(v.lists, func() { shown.release() })
	show(chosen)
	sec := section("snippets", "Connect from code",
		h("p", cls("mu-note"), "Each snippet builds the string with its language's own percent-encoding, so that any character in a credential is safe."))
	if x.Basis != "input" {
		add(sec, h("p", cls("mu-note"), "The code uses the string as explained above, with the fixes applied."))
	}
	add(sec, h("div", cls("mu-field"), h("label", a("for", pick.ID()), "Language"), pick), box)
	add(v.body, sec)
}
