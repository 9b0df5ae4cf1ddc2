package explain

import (
	"strconv"
	"strings"

	"github.com/mongouri/mongouri/connstr"
	"github.com/mongouri/mongouri/connstr/explain/drivererr"
)

// --- DNS: SRV and TXT ---------------------------------------------------------

func (d *diag) srvName() string {
	if d.rep.SRVName != "" {
		return srvHost(d.rep.SRVName)
	}
	if d.srv() && len(d.hosts()) == 1 {
		return d.hosts()[0].Host
	}
	return ""
}

func (d *diag) srvCauses() {
	rep := d.rep
	if !rep.Has(drivererr.ClassDNSSRV) {
		return
	}
	name := d.srvName()
	cmds := d.srvCommands(name)
	equivalent := "Use the equivalent mongodb:// string, which needs no SRV lookup: Resolve in this tool gives it (for Atlas, the connect dialog's driver version 2.2.12 or earlier shows it too)."
	if d.has("dnspython-missing") {
		d.cause("dnspython-missing", 96, nil, d.fromError("dnspython-missing")...)
		return
	}
	if d.has("srv-refused") {
		d.windowsNodeFault(cmds)
		c := d.cause("dns-refuses-srv", 80, []string{equivalent}, d.fromError("srv-refused")...)
		c.Commands = cmds
	}
	if d.has("srv-timeout") {
		c := d.cause("dns-srv-timeout", 80, []string{equivalent}, d.fromError("srv-timeout")...)
		c.Commands = cmds
		d.windowsNodeFault(cmds)
	}
	if d.has("srv-not-found") || d.has("srv-go-lookup") {
		ev := d.fromError("srv-not-found")
		if ev == nil {
			ev = d.fromError("srv-go-lookup")
		}
		c := d.cause("srv-not-found", 82, []string{orThis(name)}, ev...)
		c.Commands = cmds
		for _, code := range []connstr.Code{CodeSRVNodeName, CodeSRVLocalHost} {
			if ch := d.check(code); ch != nil {
				c.Evidence = append(c.Evidence, d.spansEvidence(ch.Seen, ch.Spans))
				c.Fixed = ch.Fixed
				c.score, c.Likelihood = 93, certain
			}
		}
	}
	if d.has("txt-failed") {
		c := d.cause("txt-failed", 75, []string{orThis(name), equivalent}, d.fromError("txt-failed")...)
		c.Commands = cmds
	}
	if d.has("dns-unmarshal") {
		c := d.cause("go-dns-unmarshal", 88, []string{equivalent}, d.fromError("dns-unmarshal")...)
		c.Commands = cmds
	}
	if d.has("srv-parent-mismatch") {
		c := d.cause("srv-parent-domain", 90, []string{orThis(name)}, d.fromError("srv-parent-mismatch")...)
		c.Commands = cmds
	}
}

func orThis(name string) string {
	if name == "" {
		return "this name"
	}
	return name
}

// windowsNodeFault: Node.js on Windows sends c-ares queries to 127.0.0.1
// after a regression in Node.js 20.20.0, 22.22.0 and 24.13.0 (and the
// lines after them), so querySrv fails with ECONNREFUSED while nslookup
// works.
func (d *diag) windowsNodeFault(cmds []Command) {
	rep := d.rep
	node := rep.Driver == drivererr.DriverNode || rep.Driver == drivererr.DriverMongoose || rep.Driver == drivererr.DriverMongosh
	if !node || !d.has("srv-refused") && !d.has("srv-timeout") {
		return
	}
	affected := nodeAffected(rep.Runtime)
	score := 45
	switch {
	case rep.Windows && affected:
		score = 92
	case rep.Windows || affected:
		score = 78
	}
	ev := d.fromError("srv-refused")
	if ev == nil {
		ev = d.fromError("srv-timeout")
	}
	if rep.Runtime != "" {
		ev = append(ev, errorWords("Runtime: "+rep.Runtime+"."))
	}
	if rep.Windows {
		ev = append(ev, errorWords("The text shows a Windows machine."))
	}
	c := d.cause("node-windows-srv", score, nil, ev...)
	c.Commands = cmds
}

// nodeAffected reports whether a "Node.js vX.Y.Z" runtime is a release
// with the Windows SRV regression.
func nodeAffected(runtime string) bool {
	v, ok := strings.CutPrefix(runtime, "Node.js v")
	if !ok {
		return false
	}
	parts := strings.SplitN(v, ".", 3)
	n := make([]int, 3)
	for i := range parts {
		x, err := strconv.Atoi(parts[i])
		if err != nil {
			return false
		}
		n[i] = x
	}
	switch {
	case n[0] == 20:
		return n[1] >= 20
	case n[0] == 22:
		return n[1] >= 22
	case n[0] == 24:
		return n[1] >= 13
	default:
		return n[0] >= 25
	}
}

// --- DNS: host names ----------------------------------------------------------------

func (d *diag) hostCauses() {
	if !d.rep.Has(drivererr.ClassDNSHost) {
		return
	}
	failing := d.serversWith(drivererr.ClassDNSHost)
	if len(failing) == 0 {
		failing = d.errorHosts()
	}
	var inString []string
	for _, h := range failing {
		if d.known(h) {
			inString = append(inString, h)
		}
	}
	if d.has("host-again") {
		c := d.cause("dns-temporary", 80, nil, d.fromError("host-again")...)
		c.Commands = d.commands(failing, "nslookup", "dig")
	}
	if len(inString) > 0 {
		c := d.cause("host-not-resolvable", 85, []string{hostOnly(inString[0])}, d.fromError("host-not-found")...)
		c.Evidence = append(c.Evidence, d.hostEvidence()...)
		c.Commands = d.commands(inString, "nslookup", "dig")
	} else if d.x == nil {
		c := d.cause("host-not-resolvable#any", 75, nil, d.fromError("host-not-found")...)
		c.Commands = d.commands(failing, "nslookup", "dig")
	}
}

// serversWith returns the addresses whose own error shows the class.
func (d *diag) serversWith(c drivererr.Class) []string {
	var out []string
	for _, s := range d.rep.Servers {
		for _, x := range s.Classes {
			if x == c && !strings.Contains(s.Address, drivererr.Masked) {
				out = append(out, s.Address)
				break
			}
		}
	}
	return out
}

// --- TCP ------------------------------------------------------------------------------------

func (d *diag) networkCauses() {
	rep := d.rep
	if rep.Has(drivererr.ClassTCPRefused) {
		failing := d.serversWith(drivererr.ClassTCPRefused)
		if len(failing) == 0 {
			failing = d.errorHosts()
		}
		c := d.cause("nothing-listening", 82, []string{orThis(joinHosts(failing, 3))}, d.fromError("tcp-refused")...)
		c.Commands = d.commands(failing, "nc", "Test-NetConnection")
		d.ipv6Localhost()
	}
	if rep.Has(drivererr.ClassTCPTimeout) {
		failing := d.serversWith(drivererr.ClassTCPTimeout)
		if len(failing) == 0 {
			failing = d.errorHosts()
		}
		score := 75
		if d.atlas() {
			d.accessList(88, d.fromError("tcp-timeout"))
			score = 70
		}
		c := d.cause("network-blocked", score, []string{orThis(joinHosts(failing, 3))}, d.fromError("tcp-timeout")...)
		c.Commands = d.commands(failing, "nc", "Test-NetConnection")
	}
	if rep.Has(drivererr.ClassTCPClosed) {
		if d.atlas() {
			d.accessList(86, d.fromError("tcp-closed"))
		} else {
			c := d.cause("connection-closed", 60, nil, d.fromError("tcp-closed")...)
			c.Commands = d.commands(d.errorHosts(), "nc", "openssl")
		}
	}
}

// ipv6Localhost: the driver was refused at ::1 for a string that says
// localhost. Node.js 17 and later try ::1 first, where mongod does not
// listen by default; the explainer's check on localhost has the fix.
func (d *diag) ipv6Localhost() {
	ch := d.check(CodeLocalhostIPv6)
	if ch == nil {
		return
	}
	for _, h := range d.errorHosts() {
		if hostOnly(h) == "::1" || strings.HasPrefix(h, "::1:") {
			c := d.causeFrom(string(CodeLocalhostIPv6), 93, ch.Title, ch.Fix, d.fromError("tcp-refused")...)
			c.Evidence = append(c.Evidence, d.spansEvidence(ch.Seen, ch.Spans))
			c.Fixed = ch.Fixed
			return
		}
	}
}

// accessList: Atlas closes connections from addresses not on the
// project's IP access list, during the TLS handshake.
func (d *diag) accessList(score int, ev []Evidence) {
	c := d.cause("atlas-ip-access-list", score, nil, ev...)
	c.Evidence = append(c.Evidence, d.hostEvidence()...)
	c.Commands = d.commands(d.nodeHosts(), "nc", "Test-NetConnection", "openssl")
}

// nodeHosts are the servers to test: those the error names, else the string's.
func (d *diag) nodeHosts() []string {
	if hs := d.errorHosts(); len(hs) > 0 {
		return hs
	}
	var out []string
	for _, h := range d.hosts() {
		out = append(out, h.Address)
	}
	return out
}

// --- TLS ----------------------------------------------------------------------------

func (d *diag) tlsCauses() {
	rep := d.rep
	if rep.Has(drivererr.ClassTLSAlert) {
		ev := d.fromError("tls-alert-internal")
		if ev == nil {
			ev = d.fromError("tls-disconnected")
		}
		if ev != nil {
			if d.atlas() || d.x == nil && rep.Family("atlas-access-list") != nil || d.atlasHostsInError() {
				d.accessList(95, ev)
			} else {
				c := d.cause("tls-handshake-refused", 65, nil, ev...)
				c.Commands = d.commands(d.nodeHosts(), "openssl")
			}
		}
		if f := rep.Family("tls-plaintext"); f != nil {
			d.tlsMismatch(f)
		}
	}
	if !rep.Has(drivererr.ClassTLSTrust) {
		return
	}
	cmds := d.commands(d.nodeHosts(), "openssl")
	switch {
	case d.has("tls-hostname"):
		c := d.cause("tls-wrong-name", 88, nil, d.fromError("tls-hostname")...)
		c.Evidence = append(c.Evidence, d.hostEvidence()...)
		c.Commands = cmds
	case d.has("tls-expired"):
		c := d.cause("tls-expired", 88, nil, d.fromError("tls-expired")...)
		c.Commands = cmds
	case d.has("tls-self-signed"):
		c := d.cause("tls-self-signed", 85, nil, d.fromError("tls-self-signed")...)
		c.Commands = cmds
	default:
		d.untrusted(cmds)
	}
}

func (d *diag) untrusted(cmds []Command) {
	rep := d.rep
	ev := d.fromError("tls-untrusted")
	switch rep.Driver {
	case drivererr.DriverPython:
		c := d.cause("python-ca-bundle", 90, nil, ev...)
		c.Commands = cmds
	case drivererr.DriverJava:
		c := d.cause("java-truststore", 85, nil, ev...)
		c.Commands = cmds
	case drivererr.DriverGo:
		c := d.cause("go-system-roots", 85, nil, ev...)
		c.Commands = cmds
	default:
		c := d.cause("tls-untrusted", 80, nil, ev...)
		c.Commands = cmds
	}
}

func (d *diag) atlasHostsInError() bool {
	for _, h := range d.errorHosts() {
		if strings.HasSuffix(strings.ToLower(hostOnly(h)), ".mongodb.net") {
			return true
		}
	}
	return false
}

// tlsMismatch: TLS on one side only.
func (d *diag) tlsMismatch(f *drivererr.Finding) {
	on, _ := d.effective("tls")
	ev := []Evidence{errorWords(f.Evidence)}
	if on == "true" {
		c := d.cause("tls-not-spoken", 85, nil, ev...)
		if v, span, ok := d.option("tls"); ok {
			c.Evidence = append(c.Evidence, d.fromString("tls="+v, span))
		}
		c.Fixed = d.withOption("tls", connstr.BoolValue(false))
		return
	}
	c := d.cause("tls-required", 80, nil, ev...)
	c.Fixed = d.withOption("tls", connstr.BoolValue(true))
}
