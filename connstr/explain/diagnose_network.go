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
		d.cause("dnspython-missing", 96, "PyMongo needs the dnspython package to read mongodb+srv:// strings",
			"Install it in the environment the application runs in: python -m pip install \"pymongo[srv]\" (or pip install dnspython); PyMongo 4.3 and later install it themselves, so upgrading PyMongo fixes it too.",
			[]string{"Check with: python -c \"import dns.resolver\" in the same virtual environment."},
			d.fromError("dnspython-missing")...)
		return
	}
	if d.has("srv-refused") {
		d.windowsNodeFault(cmds)
		c := d.cause("dns-refuses-srv", 80, "The DNS server this machine uses refused the SRV query",
			"Use a DNS server that answers SRV queries (8.8.8.8 or 1.1.1.1 in the network settings, or leave the VPN or corporate network), or "+equivalent,
			[]string{"If dig @8.8.8.8 answers and plain dig does not, the local resolver (router, VPN, corporate DNS) is the cause."},
			d.fromError("srv-refused")...)
		c.Commands = cmds
	}
	if d.has("srv-timeout") {
		c := d.cause("dns-srv-timeout", 80, "The SRV query got no answer in time",
			"The DNS server did not answer: a VPN, firewall or slow resolver. Try again, switch to 8.8.8.8 or 1.1.1.1, or "+equivalent,
			nil, d.fromError("srv-timeout")...)
		c.Commands = cmds
		d.windowsNodeFault(cmds)
	}
	if d.has("srv-not-found") || d.has("srv-go-lookup") {
		ev := d.fromError("srv-not-found")
		if ev == nil {
			ev = d.fromError("srv-go-lookup")
		}
		c := d.cause("srv-not-found", 82, "No SRV record exists for "+orThis(name),
			"Check the host name for typos against the one your provider shows (for Atlas: Connect, Drivers). A deleted or renamed cluster loses its record; a plain server (localhost, one machine, a Docker container) has none: use mongodb://host:port for those.",
			nil, ev...)
		c.Commands = cmds
		for _, code := range []string{"srv-atlas-node-name", "srv-local-host"} {
			if ch := d.check(code); ch != nil {
				c.Evidence = append(c.Evidence, d.spansEvidence(ch.Seen, ch.Spans))
				c.Fixed = ch.Fixed
				c.score, c.Likelihood = 93, certain
			}
		}
	}
	if d.has("txt-failed") {
		c := d.cause("txt-failed", 75, "The TXT lookup of "+orThis(name)+" failed",
			"mongodb+srv:// also reads a TXT record (authSource, replicaSet). A resolver that fails on TXT fails the connection: use another DNS server or "+equivalent,
			nil, d.fromError("txt-failed")...)
		c.Commands = cmds
	}
	if d.has("dns-unmarshal") {
		c := d.cause("go-dns-unmarshal", 88, "Go's resolver could not read the DNS server's answer",
			"Some resolvers (home routers, WSL's and Docker's built-in DNS) send SRV answers Go rejects. Point the machine or container at 8.8.8.8 or 1.1.1.1, or "+equivalent,
			nil, d.fromError("dns-unmarshal")...)
		c.Commands = cmds
	}
	if d.has("srv-parent-mismatch") {
		c := d.cause("srv-parent-domain", 90, "The SRV record points outside "+orThis(name)+"'s domain",
			"The drivers accept only SRV targets in the same parent domain as the name asked (a security rule of the specification). Fix the DNS records, or use a mongodb:// string with the targets as hosts.",
			nil, d.fromError("srv-parent-mismatch")...)
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
	c := d.cause("node-windows-srv", score, "Node.js on Windows sends SRV queries to 127.0.0.1 (c-ares regression)",
		"Node.js 20.20.0, 22.22.0 and 24.13.0 and later releases on Windows can send DNS queries from dns.resolveSrv to 127.0.0.1, where nothing answers, so querySrv fails although nslookup works. Before connecting, call require(\"node:dns\").setServers([\"8.8.8.8\", \"1.1.1.1\"]) (or your network's DNS servers), or use the equivalent mongodb:// string that Resolve gives, or an earlier Node.js release.",
		[]string{
			"Check: node -e \"console.log(require('dns').getServers())\" shows 127.0.0.1 on an affected machine.",
			"nslookup -q=SRV answers while the application fails: the lookup itself works.",
		}, ev...)
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
		c := d.cause("dns-temporary", 80, "The host name could not be resolved at that moment",
			"A temporary DNS failure: no network yet (a container or laptop just starting), a VPN changing DNS, or Docker's DNS when the service named is not up. Retry; check the network and DNS settings; in Docker Compose, check the service name and that both services share a network.",
			nil, d.fromError("host-again")...)
		c.Commands = d.commands(failing, "nslookup", "dig")
	}
	if len(inString) > 0 {
		c := d.cause("host-not-resolvable", 85, "The host name "+hostOnly(inString[0])+" in the string does not resolve",
			"Check the name for typos against the one your provider shows; a deleted cluster or server loses its name. A name that resolves only inside a network (a Docker service, a Kubernetes service, a VPN) needs the application to run there.",
			nil, d.fromError("host-not-found")...)
		c.Evidence = append(c.Evidence, d.hostEvidence()...)
		c.Commands = d.commands(inString, "nslookup", "dig")
	} else if d.x == nil {
		c := d.cause("host-not-resolvable", 75, "A host name does not resolve",
			"Check the name for typos; a name that resolves only inside a network (Docker, Kubernetes, a VPN) needs the application to run there.",
			nil, d.fromError("host-not-found")...)
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
		c := d.cause("nothing-listening", 82, "Nothing accepts connections on "+orThis(joinHosts(failing, 3)),
			"The machine answered but refused the port: the server is not running, listens on another port, or listens only on 127.0.0.1 (bindIp) while you connect from elsewhere; in Docker, the port is not published (-p 27017:27017) or the application connects to localhost from inside another container (use the service name).",
			[]string{
				"Start the server and check the port it listens on: mongod's log says \"Waiting for connections\" with the port.",
				"On the server: ss -ltnp | grep 27017 (or netstat -an | findstr 27017 on Windows).",
			}, d.fromError("tcp-refused")...)
		if local := isLoopbackAll(failing); local {
			c.Steps = append(c.Steps, "Node.js 17 and later resolve localhost to ::1 first; if mongod listens on 127.0.0.1 only, use 127.0.0.1 in the string.")
		}
		c.Commands = d.commands(failing, "nc", "Test-NetConnection")
	}
	if rep.Has(drivererr.ClassTCPTimeout) {
		failing := d.serversWith(drivererr.ClassTCPTimeout)
		if len(failing) == 0 {
			failing = d.errorHosts()
		}
		score := 75
		title := "Connections to " + orThis(joinHosts(failing, 3)) + " get no answer"
		fix := "A firewall, security group or network drops the packets: open the port to this machine's address, check the address, and check that outgoing connections to port 27017 are allowed (some office and school networks block them)."
		if d.atlas() {
			d.accessList(88, d.fromError("tcp-timeout"))
			score = 70
		}
		c := d.cause("network-blocked", score, title, fix, nil, d.fromError("tcp-timeout")...)
		c.Commands = d.commands(failing, "nc", "Test-NetConnection")
	}
	if rep.Has(drivererr.ClassTCPClosed) {
		if d.atlas() {
			d.accessList(86, d.fromError("tcp-closed"))
		} else {
			c := d.cause("connection-closed", 60, "The server closed the connection",
				"A server that requires TLS closes plain connections (add tls=true), a proxy or load balancer in between cut it, or the server hit a limit. The server's log says why.",
				nil, d.fromError("tcp-closed")...)
			c.Commands = d.commands(d.errorHosts(), "nc", "openssl")
		}
	}
}

func isLoopbackAll(hs []string) bool {
	if len(hs) == 0 {
		return false
	}
	for _, h := range hs {
		if !isLoopback(h) {
			return false
		}
	}
	return true
}

// accessList: Atlas closes connections from addresses not on the
// project's IP access list, during the TLS handshake.
func (d *diag) accessList(score int, ev []Evidence) {
	c := d.cause("atlas-ip-access-list", score, "This machine's IP address is not on the Atlas project's IP access list",
		"In Atlas, open Network Access and add this machine's public IP address (a VPN, a new network or a cloud function changes it). For hosts with changing addresses use a private endpoint or peering; 0.0.0.0/0 opens the cluster to everyone and is for tests only. Changes take a minute to apply.",
		[]string{"Find the public address with: curl https://checkip.amazonaws.com (or visit any what-is-my-IP page)."},
		ev...)
	c.Evidence = append(c.Evidence, d.hostEvidence()...)
	c.Docs = "https://www.mongodb.com/docs/atlas/security/ip-access-list/"
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
				c := d.cause("tls-handshake-refused", 65, "The server ended the TLS handshake",
					"The server (or a proxy in front of it) refused this client: its access rules, a TLS version or cipher it does not accept (old runtimes offer only TLS 1.0 or 1.1), or a client certificate it requires. The server's log names the reason.",
					nil, ev...)
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
		c := d.cause("tls-wrong-name", 88, "The server's certificate is not for the name the string uses",
			"Connect with a host name the certificate lists (not an IP address or another alias), or have a certificate issued for this name. tlsAllowInvalidHostnames=true hides the problem and is for tests only.",
			nil, d.fromError("tls-hostname")...)
		c.Evidence = append(c.Evidence, d.hostEvidence()...)
		c.Commands = cmds
	case d.has("tls-expired"):
		c := d.cause("tls-expired", 88, "A certificate has expired (or this machine's clock is wrong)",
			"Renew the server's certificate; if it is valid, set this machine's date and time.",
			nil, d.fromError("tls-expired")...)
		c.Commands = cmds
	case d.has("tls-self-signed"):
		c := d.cause("tls-self-signed", 85, "The server's certificate is self-signed or signed by a private CA",
			"Give the driver the CA certificate: tlsCAFile=/path/to/ca.pem in the string (the driver's options for others). If you did not set up such a certificate, a proxy or antivirus on this network is intercepting TLS: trust its CA or connect from another network. tlsAllowInvalidCertificates=true is for tests only.",
			nil, d.fromError("tls-self-signed")...)
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
		c := d.cause("python-ca-bundle", 90, "Python does not find the CA certificates to check the server's certificate",
			"Python from python.org on macOS comes without CA certificates: run \"Install Certificates.command\" from the Python folder in Applications. Anywhere, pass certifi's bundle: MongoClient(uri, tlsCAFile=certifi.where()) after pip install certifi.",
			nil, ev...)
		c.Commands = cmds
	case drivererr.DriverJava:
		c := d.cause("java-truststore", 85, "The JVM's trust store lacks the CA of the server's certificate",
			"Import the CA certificate into the trust store the application uses (keytool -importcert), or point the JVM at one with -Djavax.net.ssl.trustStore; an outdated JDK may lack newer public CAs: update it. A TLS-intercepting proxy on the network needs its CA imported.",
			nil, ev...)
		c.Commands = cmds
	case drivererr.DriverGo:
		c := d.cause("go-system-roots", 85, "The system has no CA certificates for Go to check the server's certificate",
			"Container images built FROM scratch or minimal images lack CA certificates: install ca-certificates (apk add ca-certificates, apt-get install ca-certificates) or copy /etc/ssl/certs into the image; for a private CA set tlsCAFile.",
			nil, ev...)
		c.Commands = cmds
	default:
		c := d.cause("tls-untrusted", 80, "The client does not trust the server's certificate",
			"Give the driver the CA that signed the server's certificate (tlsCAFile=/path/to/ca.pem), update the system's CA certificates, or, when a proxy or antivirus intercepts TLS on this network, trust its CA or use another network.",
			nil, ev...)
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
		c := d.cause("tls-not-spoken", 85, "The client spoke TLS to a server that does not",
			"The server does not use TLS on this port: remove tls=true (or ssl=true) from the string, or enable TLS on the server. mongodb+srv:// turns TLS on by itself: add tls=false for a server without TLS.",
			nil, ev...)
		if v, span, ok := d.option("tls"); ok {
			c.Evidence = append(c.Evidence, d.fromString("tls="+v, span))
		}
		c.Fixed = d.withOption("tls", connstr.BoolValue(false))
		return
	}
	c := d.cause("tls-required", 80, "The server expects TLS and the client did not use it",
		"Add tls=true to the string (Atlas and most hosted services require it).",
		nil, ev...)
	c.Fixed = d.withOption("tls", connstr.BoolValue(true))
}
