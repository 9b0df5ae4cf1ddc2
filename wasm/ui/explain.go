//go:build js && wasm

package ui

import "github.com/mongouri/mongouri/connstr"

// explainView says what each part of the string does, from the registry's
// knowledge, and offers SRV resolution. It draws only what package connstr
// knows; it has no explanations of its own.
type explainView struct {
	in      *Inspector
	body    el // redrawn on every change
	resolve *resolveView
	lists   listeners
}

func newExplainView(in *Inspector, panel el) *explainView {
	v := &explainView{in: in}
	v.body = h("div", cls("mu-explain"))
	v.resolve = newResolveView(in)
	replace(panel, v.body, v.resolve.box)
	return v
}

func (v *explainView) render() {
	v.lists.release()
	clear(v.body)
	in := v.in
	cs := in.cs
	if in.uri == "" {
		add(v.body, h("p", cls("mu-note"), "Type or paste a connection string above to see what each part does."))
		v.resolve.render()
		return
	}
	if m := cs.Value("authMechanism"); m.IsSet() {
		if spec := connstr.LookupMechanism(m.Text()); spec != nil {
			v.mechanism(spec)
		}
	}
	if len(cs.Options) > 0 {
		add(v.body, h("h3", "Options"))
		list := h("div", cls("mu-cards"))
		for _, o := range cs.Options {
			if spec := connstr.LookupOption(o.Name); spec != nil {
				add(list, in.optionCard(spec, o.Value))
			}
		}
		add(v.body, list)
	}
	if len(cs.Unknown) > 0 {
		ul := h("ul")
		for _, o := range cs.Unknown {
			add(ul, h("li", h("code", o.Key), ": not an option any driver reads from a connection string; see the findings in Decode."))
		}
		add(v.body, h("h3", "Unknown options"), ul)
	}
	if len(cs.Options) == 0 && len(cs.Unknown) == 0 && cs.Value("authMechanism").Kind() == 0 {
		add(v.body, h("p", cls("mu-note"), "This string sets no options: every driver default applies."))
	}
	v.resolve.render()
}

func (v *explainView) mechanism(m *connstr.MechanismSpec) {
	card := h("div", cls("mu-card"), h("h4", h("code", m.Name)), h("p", m.Description))
	if m.Removed != "" {
		add(card, h("p", cls("mu-warn"), "Removed: "+m.Removed+"."))
	}
	if len(m.Properties) > 0 {
		dl := h("dl", cls("mu-facts"))
		for _, p := range m.Properties {
			add(dl, h("dt", h("code", p.Name)), h("dd", p.Description))
		}
		add(card, h("p", "Properties (authMechanismProperties):"), dl)
	}
	add(v.body, h("h3", "Authentication"), card)
}

// optionCard lays out one registry row for the value the string gives.
func (in *Inspector) optionCard(spec *connstr.OptionSpec, val connstr.Value) el {
	card := h("div", cls("mu-card"), a("data-option", spec.Name),
		h("h4", h("code", spec.Name), " = ", h("code", in.valueText(spec, val))),
		h("p", spec.Description))
	dl := h("dl", cls("mu-facts"))
	if spec.Default != "" {
		add(dl, h("dt", "Default"), h("dd", spec.Default))
	}
	if spec.Unit != "" {
		add(dl, h("dt", "Unit"), h("dd", spec.Unit))
	}
	add(dl, h("dt", "Group"), h("dd", string(spec.Group)))
	switch spec.Status {
	case connstr.StatusDriver:
		add(dl, h("dt", "Status"), h("dd", "not in the URI Options specification: some drivers only"))
	case connstr.StatusRemoved:
		add(dl, h("dt", "Status"), h("dd", "removed: current drivers ignore or reject it"))
	}
	if spec.Deprecated != "" {
		add(dl, h("dt", "Deprecated"), h("dd", "use "+spec.Deprecated))
	}
	add(card, dl)
	if len(spec.Notes) > 0 {
		ul := h("ul", cls("mu-notes"), a("aria-label", "Driver notes for "+spec.Name))
		for _, n := range spec.Notes {
			add(ul, h("li", h("strong", n.Drivers+": "), n.Note))
		}
		add(card, ul)
	}
	if spec.Anchor != "" {
		// rel=noreferrer: following the link tells the docs site nothing
		// about this page (the page's Referrer-Policy says the same).
		add(card, h("p", h("a", a("href", spec.Anchor), a("rel", "noreferrer noopener"), a("target", "_blank"), "MongoDB manual: "+spec.Name)))
	}
	return card
}
