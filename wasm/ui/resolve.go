//go:build js && wasm

package ui

import (
	"net/url"
	"sort"
	"strconv"
	"syscall/js"

	"honnef.co/go/js/dom/v2"

	"github.com/mongouri/mongouri/connstr"
	"github.com/mongouri/mongouri/connstr/doh"
)

// endpoint is a DNS-over-HTTPS provider a person can pick.
type endpoint struct{ name, url string }

// providerNames labels the resolver's built-in endpoints for people.
var providerNames = map[string]string{
	"cloudflare-dns.com": "Cloudflare",
	"dns.google":         "Google",
}

// customValue marks the "custom URL" choice in the provider select.
const customValue = "custom"

// resolveView asks DNS, over HTTPS, what a mongodb+srv:// string stands for.
// Before anything is sent it shows exactly which names go to which provider;
// nothing is sent until the Resolve button is pressed.
type resolveView struct {
	in        *Inspector
	box       el
	intro     el
	controls  el
	provider  el
	custom    el
	customBox el
	names     el
	button    el
	state     el
	result    el

	endpoints []endpoint
	inFlight  js.Value // the AbortController of the running lookup
	last      js.Value // the last ResolveResult
	lastURI   string   // the string it was for
	lists     listeners
}

func newResolveView(in *Inspector) *resolveView {
	v := &resolveView{in: in}
	v.endpoints = append(v.endpoints, in.cfg.doh...)
	for _, u := range doh.DefaultEndpoints {
		name := u
		if p, err := url.Parse(u); err == nil && providerNames[p.Hostname()] != "" {
			name = providerNames[p.Hostname()]
		}
		v.endpoints = append(v.endpoints, endpoint{name: name, url: u})
	}

	v.provider = h("select", a("id", in.uid("doh")), cls("mu-text"))
	for i, e := range v.endpoints {
		add(v.provider, h("option", a("value", strconv.Itoa(i)), e.name+" — "+e.url))
	}
	add(v.provider, h("option", a("value", customValue), "Another DoH server…"))
	v.custom = h("input", a("id", in.uid("doh-url")), a("type", "url"), cls("mu-text"),
		a("placeholder", "https://dns.example/dns-query"), a("autocomplete", "off"), a("spellcheck", "false"))
	v.customBox = h("div", cls("mu-field"), h("label", a("for", v.custom.ID()), "DoH server URL"), v.custom,
		h("div", cls("mu-note"), "The page's security policy lets it reach only the providers listed; host the site yourself to add another (see the README)."))
	v.names = h("div", cls("mu-disclosure"), a("id", in.uid("doh-names")))
	v.button = h("button", a("type", "button"), cls("mu-btn mu-primary"), a("aria-describedby", v.names.ID()), "Resolve")
	v.state = h("p", cls("mu-note"), a("role", "status"), a("aria-live", "polite"))
	v.result = h("div", cls("mu-resolved"))
	v.controls = h("div",
		h("div", cls("mu-field"), h("label", a("for", v.provider.ID()), "DNS-over-HTTPS provider"), v.provider),
		v.customBox, v.names, v.button)
	v.intro = h("p")
	v.box = h("section", cls("mu-resolve"), a("aria-labelledby", in.uid("resolve-h")),
		h("h3", a("id", in.uid("resolve-h")), "Resolve the SRV record"), v.intro, v.controls, v.state, v.result)

	in.on(v.provider, "change", func(dom.Event) { v.render() })
	in.on(v.custom, "input", func(dom.Event) { v.renderNames() })
	in.on(v.button, "click", func(dom.Event) { v.run() })
	return v
}

// chosen returns the endpoint the person picked; ok is false for an empty
// or unusable custom URL.
func (v *resolveView) chosen() (endpoint, bool) {
	sel := value(v.provider)
	if sel == customValue {
		u := value(v.custom)
		p, err := url.Parse(u)
		if err != nil || (p.Scheme != "https" && p.Scheme != "http") || p.Host == "" {
			return endpoint{}, false
		}
		return endpoint{name: p.Host, url: u}, true
	}
	i, err := strconv.Atoi(sel)
	if err != nil || i < 0 || i >= len(v.endpoints) {
		return endpoint{}, false
	}
	return v.endpoints[i], true
}

// srvHost returns the one host of a mongodb+srv:// string, or why there is
// nothing to resolve.
func (v *resolveView) srvHost() (string, string) {
	cs := v.in.cs
	switch {
	case v.in.cfg.resolve.IsUndefined():
		return "", "This page offers no DNS resolution."
	case cs.Scheme != connstr.SchemeSRV:
		return "", "Only mongodb+srv:// strings need DNS: this string lists its hosts itself."
	case len(cs.Hosts) != 1 || cs.Hosts[0].Type != connstr.HostName:
		return "", "A mongodb+srv:// string names exactly one DNS name; fix the findings in Decode first."
	}
	return cs.Hosts[0].Host, ""
}

func (v *resolveView) render() {
	host, why := v.srvHost()
	setHidden(v.controls, host == "")
	setHidden(v.customBox, value(v.provider) != customValue)
	if host == "" {
		v.intro.SetTextContent(why)
		v.clearResult()
		return
	}
	v.intro.SetTextContent("A mongodb+srv:// string is a DNS name: the hosts and some options live in its SRV and TXT records. " +
		"A browser can ask DNS only over HTTPS, so resolving means sending a query to a public resolver. Nothing is sent until you press Resolve.")
	v.renderNames()
	if v.lastURI != v.in.uri {
		v.clearResult()
	} else {
		v.renderResult()
	}
}

// renderNames states exactly what pressing Resolve sends, and where.
func (v *resolveView) renderNames() {
	host, _ := v.srvHost()
	if host == "" {
		return
	}
	e, ok := v.chosen()
	v.button.Underlying().Set("disabled", !ok)
	if !ok {
		replace(v.names, h("p", "Enter the https:// URL of a DNS-over-HTTPS server."))
		return
	}
	service := v.in.cs.Value("srvServiceName").Text()
	if service == "" {
		service = connstr.LookupOption("srvServiceName").Default
	}
	replace(v.names,
		h("p", "Pressing Resolve sends these two DNS questions to ", h("strong", e.name), " at ", h("code", e.url), ":"),
		h("ul", h("li", "SRV ", h("code", "_"+service+"._tcp."+host)), h("li", "TXT ", h("code", host))),
		h("p", "Nothing else from the string — no username, password, database or option — leaves this page."))
}

func (v *resolveView) clearResult() {
	v.lists.release()
	clear(v.result)
	v.state.SetTextContent("")
	v.last = js.Undefined()
	v.lastURI = ""
}

func (v *resolveView) run() {
	host, _ := v.srvHost()
	e, ok := v.chosen()
	if host == "" || !ok {
		return
	}
	if nav := js.Global().Get("navigator"); nav.Get("onLine").Type() == js.TypeBoolean && !nav.Get("onLine").Bool() {
		v.state.SetTextContent(offlineMessage(e.name))
		return
	}
	if v.inFlight.Truthy() {
		v.inFlight.Call("abort")
	}
	ctrl := js.Global().Get("AbortController").New()
	v.inFlight = ctrl
	uri := v.in.uri
	opts := js.Global().Get("Object").New()
	opts.Set("dohURL", e.url)
	opts.Set("signal", ctrl.Get("signal"))
	v.state.SetTextContent("Asking " + e.name + "…")
	v.button.Underlying().Set("disabled", true)

	var done, failed js.Func
	finish := func() {
		done.Release()
		failed.Release()
		if v.inFlight.Equal(ctrl) {
			v.inFlight = js.Undefined()
			v.button.Underlying().Set("disabled", false)
		}
	}
	done = js.FuncOf(func(_ js.Value, args []js.Value) any {
		defer finish()
		if !v.inFlight.Equal(ctrl) || uri != v.in.uri {
			return nil // the string changed while DNS was asked: the answer is stale
		}
		v.last, v.lastURI = args[0], uri
		switch {
		case hasCode(args[0], connstr.CodeDNSUnreachable):
			// navigator.onLine is not to be trusted (a service worker,
			// emulation, a captive network): a fetch that reached no
			// server is what "offline" means here.
			v.state.SetTextContent(offlineMessage(e.name))
		case args[0].Get("seeds").Length() == 0:
			v.state.SetTextContent("No answer from " + e.name + ": the findings below say why.")
		default:
			v.state.SetTextContent("Answered by " + e.name + ".")
		}
		v.renderResult()
		return nil
	})
	failed = js.FuncOf(func(_ js.Value, args []js.Value) any {
		defer finish()
		if !v.inFlight.Equal(ctrl) {
			return nil
		}
		msg := "the request failed"
		if len(args) > 0 && args[0].Truthy() {
			if m := args[0].Get("message"); m.Type() == js.TypeString {
				msg = m.String()
			}
		}
		v.state.SetTextContent("Resolve failed: " + msg + ". It needs the network and a DoH server this page may reach.")
		return nil
	})
	call := js.Global().Get("Promise").Call("resolve", v.in.cfg.resolve.Invoke(uri, opts))
	call.Call("then", done, failed)
}

// renderResult shows the seed list, the options after DNS, the equivalent
// mongodb:// string (password masked unless revealed) and the findings.
func (v *resolveView) renderResult() {
	v.lists.release()
	clear(v.result)
	r := v.last
	if !r.Truthy() {
		return
	}
	in := v.in
	if seeds := r.Get("seeds"); seeds.Truthy() && seeds.Length() > 0 {
		body := h("tbody")
		for i := 0; i < seeds.Length(); i++ {
			add(body, h("tr", h("td", h("code", seeds.Index(i).String()))))
		}
		add(v.result, table("Seed list", []string{"host:port"}, body))
	}
	if opts := r.Get("options"); opts.Type() == js.TypeObject {
		keys := js.Global().Get("Object").Call("keys", opts)
		body := h("tbody")
		names := make([]string, keys.Length())
		for i := range names {
			names[i] = keys.Index(i).String()
		}
		sort.Strings(names)
		for _, k := range names {
			// Not in the string: the TXT record or the SRV rules (tls) added it;
			// the findings below say which.
			from := "the string"
			if _, ok := in.cs.Lookup(k); !ok {
				from = "resolution"
			}
			add(body, h("tr", h("td", h("code", k)), h("td", h("code", in.jsValueText(k, opts.Get(k)))), h("td", from)))
		}
		if len(names) > 0 {
			add(v.result, table("Options after resolution", []string{"Option", "Value", "From"}, body))
		}
	}
	if u := r.Get("uri"); u.Type() == js.TypeString && u.String() != "" {
		eq, _ := connstr.Parse(u.String())
		shown := eq.Redacted()
		if in.reveal {
			shown = u.String()
		}
		full := u.String()
		copyNote := h("span", cls("mu-note"), a("role", "status"))
		show := h("button", a("type", "button"), cls("mu-btn"), a("aria-pressed", strconv.FormatBool(in.reveal)), "Show password")
		v.lists.on(show, "click", func(dom.Event) { in.setReveal(!in.reveal) })
		if eq.User == nil || !eq.User.HasPassword {
			show = nil
		}
		cr := h("button", a("type", "button"), cls("mu-btn"), "Copy redacted")
		cf := h("button", a("type", "button"), cls("mu-btn"), "Copy full")
		v.lists.on(cr, "click", func(dom.Event) { in.copy(eq.Redacted(), "the redacted mongodb:// string", copyNote) })
		v.lists.on(cf, "click", func(dom.Event) { in.copy(full, "the mongodb:// string, password included", copyNote) })
		add(v.result, h("h4", "The same connection as a mongodb:// string"),
			h("pre", cls("mu-code"), a("data-mu-equivalent", ""), h("code", shown)),
			h("div", cls("mu-actions"), show, cr, cf, copyNote))
	}
	if ds := r.Get("diagnostics"); ds.Truthy() && ds.Length() > 0 {
		list := h("ol", cls("mu-diag-list"))
		for i := 0; i < ds.Length(); i++ {
			d := ds.Index(i)
			sev := jsString(d, "severity")
			item := h("li", cls("mu-diag u-"+sev), a("data-code", jsString(d, "code")),
				h("span", cls("mu-sev"), sev), " ", h("span", cls("mu-msg"), jsString(d, "message")))
			if hint := jsString(d, "hint"); hint != "" {
				add(item, h("div", cls("mu-hint"), hint))
			}
			add(list, item)
		}
		add(v.result, h("h4", "Findings from DNS"), list)
	}
}

// jsValueText writes an option value from the JS API's result, masking
// secrets as the registry marks them.
func (in *Inspector) jsValueText(name string, val js.Value) string {
	if spec := connstr.LookupOption(name); spec != nil && spec.Secret && !in.reveal {
		return connstr.Mask
	}
	switch val.Type() {
	case js.TypeString:
		return val.String()
	case js.TypeNumber, js.TypeBoolean:
		return js.Global().Get("String").Invoke(val).String()
	}
	return js.Global().Get("JSON").Call("stringify", val).String()
}

func offlineMessage(endpoint string) string {
	return "You are offline. Resolve needs the network to reach " + endpoint +
		"; Decode, Encode and Explain keep working offline."
}

// hasCode reports whether a ResolveResult holds a diagnostic with code.
func hasCode(result js.Value, code connstr.Code) bool {
	diags := result.Get("diagnostics")
	for i, n := 0, diags.Length(); i < n; i++ {
		if diags.Index(i).Get("code").String() == string(code) {
			return true
		}
	}
	return false
}
