//go:build js && wasm

package ui

import (
	"strconv"
	"syscall/js"

	"github.com/mongouri/mongouri/connstr"
	"github.com/mongouri/mongouri/connstr/explain"
)

// commands lists Explain's diagnostic command lines, grouped by the host
// they test, each with a copy button. They hold the string's real host
// names and never its credentials (explain.Command's contract).
func (v *explainView) commands(ls *listeners, id, title, intro string, cs []explain.Command) el {
	if len(cs) == 0 {
		return nil
	}
	var order []string
	groups := map[string][]explain.Command{}
	for _, c := range cs {
		if _, ok := groups[c.Host]; !ok {
			order = append(order, c.Host)
		}
		groups[c.Host] = append(groups[c.Host], c)
	}
	sec := section(id, title, h("p", cls("mu-note"), intro))
	n := 0
	for i, host := range order {
		list := h("ul", cls("mu-x-commands"))
		for _, c := range groups[host] {
			n++
			add(list, h("li", a("data-tool", c.Tool),
				h("p", c.Purpose, " ", h("span", cls("mu-x-platform"), platformName(c.Platform))),
				v.copyLine(ls, "the command", c.Command, v.in.uid(id+"-"+strconv.Itoa(n)))))
		}
		g := h("details", cls("mu-x-group"), a("data-host", host),
			h("summary", h("code", host), " — "+count(len(groups[host]), "command")), list)
		if i == 0 {
			g.SetAttribute("open", "")
		}
		add(sec, g)
	}
	return sec
}

func platformName(p string) string {
	switch p {
	case "unix":
		return "Linux, macOS"
	case "windows":
		return "Windows"
	}
	return "any system"
}

// followResolve redraws the per-node commands whenever the Resolve section
// draws or clears its answer. resolveView owns the lookup and has no hook
// for others; watching its result box keeps the two views independent.
func (v *explainView) followResolve() {
	f := js.FuncOf(func(js.Value, []js.Value) any {
		v.renderNodes()
		return nil
	})
	obs := js.Global().Get("MutationObserver").New(f)
	obs.Call("observe", v.resolve.result.Underlying(), map[string]any{"childList": true})
	v.in.cleanup = append(v.in.cleanup, func() {
		obs.Call("disconnect")
		f.Release()
		v.nodeLists.release()
	})
}

// renderNodes shows, after an SRV resolution, the commands for each server
// it found: Explain on the equivalent mongodb:// string lists the seeds as
// its hosts. Commands never hold credentials, so no secret is involved.
func (v *explainView) renderNodes() {
	v.nodeLists.release()
	clear(v.nodes)
	r := v.resolve.last
	if r.Type() != js.TypeObject || v.resolve.lastURI != v.in.uri {
		return
	}
	eq := jsString(r, "uri")
	if eq == "" {
		return
	}
	x := explain.Explain(eq)
	seeds := 0
	if s := r.Get("seeds"); s.Type() == js.TypeObject {
		seeds = s.Length()
	}
	add(v.nodes, v.commands(&v.nodeLists, "node-cmds", "Commands for the resolved servers",
		"The SRV record gave "+count(seeds, "server")+". Test each one from the machine that fails to connect; the commands name no credentials.",
		x.Commands))
}

// explainCommands adds the commands of the string itself.
func (v *explainView) explainCommands(x *explain.Explanation) {
	intro := "Run these on the machine that fails to connect. They name the hosts of the string and never its credentials."
	if x.Scheme.Scheme == string(connstr.SchemeSRV) && !v.in.cfg.resolve.IsUndefined() {
		intro += " The servers behind a mongodb+srv:// name are known only after its SRV lookup: press Resolve below for commands per server."
	}
	add(v.body, v.commands(&v.lists, "commands", "Diagnostic commands", intro, x.Commands))
}
