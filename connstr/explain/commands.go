package explain

import (
	"strconv"
	"strings"

	"github.com/mongouri/mongouri/connstr"
)

// Diagnostic commands with the string's real host names, never its
// credentials. Only plain DNS names and IP addresses are put on a command
// line (see shellSafeHost): a host name may legally hold $ ( ) ; & which a
// shell would run.

// maxCommandHosts bounds the hosts given per-node commands.
const maxCommandHosts = 16

type node struct {
	host string
	port int
	ip   bool // an address: no DNS lookup, no TLS server name
}

func (x *explainer) commands() {
	cs := x.cs
	x.out.Commands = []Command{}
	if cs.Scheme == "" {
		return
	}
	hosts := x.hostsShown()
	if cs.Scheme == connstr.SchemeSRV && len(hosts) == 1 && shellSafeHost(hosts[0]) {
		x.srvCommands(hosts[0].Host)
	}
	var nodes []node
	if cs.Scheme == connstr.SchemeSRV {
		if x.res != nil {
			for _, s := range x.res.Seeds {
				i := strings.LastIndexByte(s, ':')
				if i <= 0 {
					continue
				}
				h := connstr.NewHost(s[:i], atoiOr(s[i+1:], connstr.DefaultPort))
				if shellSafeHost(h) {
					nodes = append(nodes, node{h.Host, h.Port, h.Type != connstr.HostName})
				}
			}
		}
	} else {
		for _, h := range hosts {
			if h.Type != connstr.HostUnix && shellSafeHost(h) {
				nodes = append(nodes, node{h.Host, portOf(h), h.Type != connstr.HostName})
			}
		}
	}
	tls, _ := x.tlsOn()
	for i, n := range nodes {
		if i >= maxCommandHosts {
			break
		}
		x.nodeCommands(n, tls)
	}
}

func (x *explainer) cmd(tool, platform, host, purpose, line string) {
	x.out.Commands = append(x.out.Commands, Command{Tool: tool, Platform: platform, Host: host, Purpose: purpose, Command: line})
}

func (x *explainer) srvCommands(host string) {
	srv := x.out.Scheme.SRVName
	if !shellSafeHost(connstr.Host{Type: connstr.HostName, Host: srv}) {
		return // a service name with characters a shell would read
	}
	x.cmd("dig", "unix", host, "List the servers the SRV record gives (target and port of each).", "dig SRV "+srv)
	x.cmd("dig", "unix", host, "Ask a public resolver: if this answers and the line above does not, the local resolver cannot serve SRV records.", "dig @8.8.8.8 SRV "+srv)
	txt := "Read the TXT record, which may add authSource, replicaSet and loadBalanced."
	if x.res != nil {
		txt = "Read the TXT record, which " + x.txtText() + " when this page resolved it."
	}
	x.cmd("dig", "unix", host, txt, "dig TXT "+host)
	x.cmd("nslookup", "any", host, "The SRV lookup on Windows, macOS or Linux, with the resolver's exchange shown.", "nslookup -debug -q=SRV "+srv)
	x.cmd("nslookup", "any", host, "The TXT lookup with nslookup.", "nslookup -q=TXT "+host)
	x.cmd("Resolve-DnsName", "windows", host, "The SRV lookup in PowerShell.", "Resolve-DnsName -Type SRV "+srv)
}

func (x *explainer) nodeCommands(n node, tls bool) {
	port := strconv.Itoa(n.port)
	if !n.ip {
		x.cmd("dig", "unix", n.host, "Check that the name resolves to an address.", "dig "+n.host)
		x.cmd("nslookup", "any", n.host, "The same lookup with nslookup.", "nslookup "+n.host)
	}
	x.cmd("ping", "unix", n.host, "Check that the host answers at all (many cloud hosts, Atlas among them, do not answer ping: a failure alone proves little).", "ping -c 10 "+n.host)
	x.cmd("ping", "windows", n.host, "The same on Windows.", "ping -n 10 "+n.host)
	x.cmd("nc", "unix", n.host, "Check that port "+port+" accepts TCP connections from here (firewalls, IP access lists).", "nc -zv "+n.host+" "+port)
	x.cmd("Test-NetConnection", "windows", n.host, "Check the port from PowerShell.", "Test-NetConnection -ComputerName "+n.host+" -Port "+port)
	if tls {
		target := n.host + ":" + port
		if strings.Contains(n.host, ":") {
			target = "[" + n.host + "]:" + port
		}
		line := "openssl s_client -connect " + target
		if !n.ip {
			line += " -servername " + n.host
		}
		x.cmd("openssl", "unix", n.host, "Check the TLS handshake and the certificate the server presents.", line+" </dev/null")
	}
}

func atoiOr(s string, def int) int {
	n := 0
	if s == "" || len(s) > 5 {
		return def
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return def
		}
		n = n*10 + int(s[i]-'0')
	}
	return n
}
