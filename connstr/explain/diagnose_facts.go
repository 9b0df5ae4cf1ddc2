package explain

import (
	"net/netip"
	"strconv"
	"strings"

	"github.com/mongouri/mongouri/connstr"
	"github.com/mongouri/mongouri/connstr/explain/drivererr"
)

// What Diagnose needs to know about the string, read from the explainer's
// results so that the knowledge of hosts, defaults and checks stays there.

func (d *diag) hosts() []HostPart {
	if d.x == nil {
		return nil
	}
	return d.x.Hosts.List
}

func (d *diag) srv() bool { return d.x != nil && d.x.Scheme.Scheme == "mongodb+srv" }

func (d *diag) anyKind(kinds ...string) bool {
	for _, h := range d.hosts() {
		for _, k := range kinds {
			if h.Kind == k {
				return true
			}
		}
	}
	return false
}

func (d *diag) atlas() bool { return d.anyKind("atlas-srv", "atlas-node") }

// remote: the string names hosts and none is this machine.
func (d *diag) remote() bool {
	hs := d.hosts()
	if len(hs) == 0 {
		return false
	}
	for _, h := range hs {
		if h.Kind == "local" || h.Kind == "socket" {
			return false
		}
	}
	return true
}

// effective returns a setting of the effective configuration and its source.
func (d *diag) effective(name string) (string, string) {
	if d.x == nil {
		return "", ""
	}
	for _, s := range d.x.Effective {
		if s.Name == name {
			return s.Value, s.Source
		}
	}
	return "", ""
}

func (d *diag) check(code connstr.Code) *Check {
	if d.x == nil {
		return nil
	}
	for i := range d.x.Checks {
		if d.x.Checks[i].Code == code {
			return &d.x.Checks[i]
		}
	}
	return nil
}

// option returns the value of an option written in the string.
func (d *diag) option(name string) (string, connstr.Span, bool) {
	if d.cs == nil {
		return "", connstr.NoSpan, false
	}
	o, ok := d.cs.Lookup(name)
	if !ok {
		return "", connstr.NoSpan, false
	}
	return o.Value.Text(), o.Span, true
}

// known reports whether the string names host (a host[:port] from the
// error): one of its hosts, or, for mongodb+srv://, a name in the SRV
// name's domain (the SRV targets).
func (d *diag) known(hostport string) bool {
	h := strings.ToLower(hostOnly(hostport))
	for _, p := range d.hosts() {
		ph := strings.ToLower(p.Host)
		if ph == h {
			return true
		}
		if d.srv() {
			if _, dom, ok := strings.Cut(ph, "."); ok && strings.HasSuffix(h, "."+dom) {
				return true
			}
		}
	}
	return false
}

// errorHosts are the hosts the error names that are not under a mask.
func (d *diag) errorHosts() []string {
	var out []string
	for _, h := range d.rep.Hosts {
		if !strings.Contains(h, drivererr.Masked) {
			out = append(out, h)
		}
	}
	return out
}

// unknownHosts are the hosts the error names that the string does not.
// An IP address counts only when the error names none of the string's
// hosts: otherwise it is most likely what one of them resolved to (Go and
// Node.js print the address they dialled).
func (d *diag) unknownHosts() []string {
	var out, ips []string
	anyKnown := false
	for _, h := range d.errorHosts() {
		switch {
		case d.known(h):
			anyKnown = true
		case isIP(hostOnly(h)):
			ips = append(ips, h)
		default:
			out = append(out, h)
		}
	}
	if !anyKnown {
		out = append(out, ips...)
	}
	return out
}

func isIP(h string) bool {
	_, err := netip.ParseAddr(h)
	return err == nil
}

func hostOnly(hp string) string {
	if strings.HasPrefix(hp, "[") {
		if i := strings.IndexByte(hp, ']'); i > 0 {
			return hp[1:i]
		}
	}
	if i := strings.LastIndexByte(hp, ':'); i >= 0 && strings.Count(hp, ":") == 1 {
		return hp[:i]
	}
	return hp
}

func isLoopback(h string) bool {
	h = strings.ToLower(hostOnly(h))
	return h == "localhost" || h == "::1" || strings.HasPrefix(h, "127.")
}

// memberLike: a name that resolves only inside a container network or a
// cluster: no dot, or a Kubernetes service name.
func memberLike(hp string) bool {
	h := strings.ToLower(hostOnly(hp))
	if h == "localhost" || h == "" {
		return false
	}
	return !strings.Contains(h, ".") || strings.HasSuffix(h, ".svc") || strings.Contains(h, ".svc.cluster.local") || strings.HasSuffix(h, ".local")
}

// evidence builders

func (d *diag) fromError(family string) []Evidence {
	if f := d.rep.Family(family); f != nil {
		return []Evidence{errorWords(f.Evidence)}
	}
	return nil
}

func errorWords(text string) Evidence {
	return Evidence{From: "error", Text: text, Span: connstr.NoSpan}
}

func (d *diag) fromString(text string, span connstr.Span) Evidence {
	return Evidence{From: "string", Text: text, Span: span}
}

func (d *diag) hostEvidence() []Evidence {
	var ev []Evidence
	for i, h := range d.hosts() {
		if i == 4 {
			break
		}
		ev = append(ev, d.fromString("The string names "+h.Address+".", h.Span))
	}
	return ev
}

// commands gathers the explainer's commands for the hosts, keeping the
// tools asked for. Hosts the string does not name get the commands the
// explainer gives a string naming them.
func (d *diag) commands(hosts []string, tools ...string) []Command {
	keep := func(c Command) bool {
		for _, t := range tools {
			if c.Tool == t {
				return true
			}
		}
		return len(tools) == 0
	}
	var out []Command
	seen := map[string]bool{}
	for i, hp := range hosts {
		if i == 4 {
			break
		}
		h := hostOnly(hp)
		var cmds []Command
		if d.x != nil {
			for _, c := range d.x.Commands {
				if strings.EqualFold(c.Host, h) {
					cmds = append(cmds, c)
				}
			}
		}
		if cmds == nil {
			target := hp
			if strings.Contains(h, ":") && !strings.HasPrefix(hp, "[") {
				target = "[" + h + "]"
			}
			// The explainer gives the TLS check to strings that use TLS.
			query := ""
			if on, _ := d.effective("tls"); on == "true" || strings.HasSuffix(strings.ToLower(h), ".mongodb.net") {
				query = "?tls=true"
			}
			cmds = Explain("mongodb://" + target + "/" + query).Commands
		}
		for _, c := range cmds {
			if keep(c) && !seen[c.Command] {
				seen[c.Command] = true
				out = append(out, c)
			}
		}
	}
	return out
}

// srvCommands are the explainer's SRV lookups for name (a host, not the
// _mongodb._tcp. question).
func (d *diag) srvCommands(name string) []Command {
	if d.x != nil && d.srv() && len(d.hosts()) == 1 && strings.EqualFold(d.hosts()[0].Host, name) {
		var out []Command
		for _, c := range d.x.Commands {
			if strings.Contains(c.Command, "SRV") || strings.Contains(c.Command, "TXT") {
				out = append(out, c)
			}
		}
		return out
	}
	if name == "" {
		return nil
	}
	var out []Command
	for _, c := range Explain("mongodb+srv://" + name + "/").Commands {
		if strings.Contains(c.Command, "SRV") || strings.Contains(c.Command, "TXT") {
			out = append(out, c)
		}
	}
	return out
}

// srvHost is the host of an SRV question: _mongodb._tcp.X gives X.
func srvHost(q string) string {
	if strings.HasPrefix(q, "_") {
		if _, rest, ok := strings.Cut(q, "._tcp."); ok {
			return rest
		}
	}
	return q
}

// withOption returns the string with one option set, masked; "" when the
// string does not parse.
func (d *diag) withOption(name string, v connstr.Value) string {
	if d.cs == nil || !d.cs.Valid() {
		return ""
	}
	c, err := connstr.Parse(d.cs.Input())
	if err != nil {
		return ""
	}
	c.Set(name, v)
	return c.Redacted()
}

func msText(n int64) string { return strconv.FormatInt(n, 10) + " ms" }

func joinHosts(hs []string, max int) string {
	if len(hs) > max {
		return strings.Join(hs[:max], ", ") + " and " + strconv.Itoa(len(hs)-max) + " more"
	}
	return strings.Join(hs, ", ")
}
