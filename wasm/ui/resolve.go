//go:build js && wasm

package ui

import (
	"context"
	"net/url"
	"strconv"
	"syscall/js"

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

	body *region

	endpoints []endpoint
	cancel    context.CancelFunc // of the running lookup
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
	v.body = newRegion(v.result)
	v.controls = h("div", v.names,
		h("div", cls("mu-field mu-resolve-row"), v.button,
			h("label", a("for", v.provider.ID()), "DNS-over-HTTPS provider"), v.provider),
		v.customBox)
	v.intro = h("p")
	v.box = h("section", cls("mu-resolve"), a("aria-labelledby", in.uid("resolve-h")),
		h("h3", a("id", in.uid("resolve-h")), "Resolve the SRV record"), v.intro, v.controls, v.state, v.result)

	in.on(v.provider, "change", func(event) { v.render() })
	in.on(v.custom, "input", func(event) { v.renderNames() })
	in.on(v.button, "click", func(event) { v.run() })
	// A lookup still running when the inspector goes is abandoned.
	in.cleanup = append(in.cleanup, func() {
		if v.cancel != nil {
			v.cancel()
		}
	})
	return v
}

// chosen returns the endpoint the person picked; ok is false for an empty
// or unusable custom URL.
func (v *resolveView) chosen() (endpoint, bool) {
	sel := value(v.provider)
	if sel == customValue {
		u := value(v.custom)
		// The DoH client decides which URLs it takes (https, or http on loopback).
		if _, err := doh.New(doh.WithEndpoints(u), doh.WithTransport(DNSTransport)); err != nil {
			return endpoint{}, false
		}
		p, err := url.Parse(u)
		if err != nil {
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
	case v.in.cfg.resolve.IsUndefined() || DNSTransport == nil:
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
	// Only a mongodb+srv:// string has anything to resolve.
	setHidden(v.box, host == "" && v.in.cs.Scheme != connstr.SchemeSRV)
	if host == "" {
		v.intro.SetTextContent(why)
		v.clearResult()
		return
	}
	// What is sent, and when, is said right below (renderNames).
	v.intro.SetTextContent("")
	v.renderNames()
	v.renderResult()
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
	// The explainer names the two questions, srvServiceName included.
	sch := v.in.r.x.Scheme
	replace(v.names,
		h("p", "Pressing Resolve sends two DNS questions, SRV ", h("code", sch.SRVName), " and TXT ", h("code", sch.TXTName),
			", to ", h("strong", e.name), " at ", h("code", e.url), ". Nothing else from the string — no username, password, database or option — leaves this page."))
}

func (v *resolveView) clearResult() {
	v.body.set("")
	if v.in.resolvedURI != v.in.uri {
		v.state.SetTextContent("")
	}
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
	if v.cancel != nil {
		v.cancel()
	}
	client, err := doh.New(doh.WithEndpoints(e.url), doh.WithTransport(DNSTransport))
	if err != nil {
		v.state.SetTextContent("Resolve failed: " + err.Error() + ".")
		return
	}
	ctx, cancel := context.WithCancel(context.Background())
	v.cancel = cancel
	in := v.in
	uri, cs := in.uri, in.cs
	v.state.SetTextContent("Asking " + e.name + "…")
	v.button.Underlying().Set("disabled", true)
	// Go to Go: the DoH client asks through the module's fetch, and the
	// answer goes to Explain as a Resolution, not through JavaScript objects.
	go func() {
		res, err := connstr.Resolve(ctx, cs, client)
		if ctx.Err() != nil {
			return // a newer lookup or an unmount took over
		}
		cancel()
		v.cancel = nil
		v.button.Underlying().Set("disabled", false)
		if uri != in.uri {
			return // the string changed while DNS was asked: the answer is stale
		}
		in.resolution, in.resolveErr, in.resolvedURI = res, err, uri
		switch {
		case res != nil && hasCode(res.Diagnostics, connstr.CodeDNSUnreachable):
			// navigator.onLine is not to be trusted (a service worker,
			// emulation, a captive network): a fetch that reached no
			// server is what "offline" means here.
			v.state.SetTextContent(offlineMessage(e.name))
		case err != nil && (res == nil || res.Equivalent == nil):
			v.state.SetTextContent("No answer from " + e.name + ": " + resolveFailure(res, err) + " The findings above say more.")
		default:
			v.state.SetTextContent("Answered by " + e.name + ". Explain and the summary now use what DNS said.")
		}
		// Explain, the summary and the findings now use what DNS said.
		in.setURI(uri, sourceResolve)
	}()
}

// resolveFailure says why a resolution failed, from its findings.
func resolveFailure(res *connstr.Resolution, err error) string {
	if res != nil {
		for _, d := range res.Diagnostics {
			if d.Severity == connstr.SeverityError {
				return d.Message
			}
		}
	}
	return "the request failed."
}

// renderResult shows the seed list, the options DNS added and the
// equivalent mongodb:// string (password masked unless revealed). The
// resolution's findings are among the summary's.
func (v *resolveView) renderResult() {
	in := v.in
	res := in.resolution
	if res == nil || in.resolvedURI != in.uri {
		v.body.set("")
		return
	}
	var out []HTML
	if len(res.Seeds) > 0 {
		var rows [][]HTML
		for _, s := range res.Seeds {
			rows = append(rows, []HTML{mk("code", s)})
		}
		out = append(out, tableHTML("Seed list", []string{"host:port"}, rows))
	}
	fromTXT := map[string]bool{}
	for _, n := range res.FromTXT {
		fromTXT[n] = true
	}
	var rows [][]HTML
	for _, o := range res.Options {
		from := "the string"
		switch {
		case fromTXT[o.Name]:
			from = "the TXT record"
		case !o.Span.Valid():
			from = "mongodb+srv:// rules"
		}
		rows = append(rows, []HTML{mk("code", o.Name), mk("code", in.r.valueText(o.Value)), HTML(escape(from))})
	}
	if len(rows) > 0 {
		out = append(out, tableHTML("Options after resolution", []string{"Option", "Value", "From"}, rows))
	}
	if eq := res.Equivalent; eq != nil && !res.Diagnostics.HasErrors() {
		shown := eq.Redacted()
		if in.reveal {
			shown = eq.String()
		}
		hasPw := eq.User != nil && eq.User.HasPassword
		out = append(out, mk("h4", "The same connection as a mongodb:// string"),
			mk("pre", cls("mu-code"), a("data-mu-equivalent", ""), mk("code", shown)),
			mk("div", cls("mu-actions"), when(hasPw, revealButton(in.reveal)),
				when(hasPw, button("", "copy-equivalent-masked", "", "Copy with password masked")),
				button("", "copy-equivalent", "", "Copy mongodb:// string"+withPassword(eq, "")),
				statusNote()))
	}
	v.body.set(mk("div", out))
}

func offlineMessage(endpoint string) string {
	return "You are offline. Resolve needs the network to reach " + endpoint +
		"; Decode, Encode and Explain keep working offline."
}

// hasCode reports whether a resolution's findings hold code.
func hasCode(ds connstr.Diagnostics, code connstr.Code) bool {
	for _, d := range ds {
		if d.Code == code {
			return true
		}
	}
	return false
}
