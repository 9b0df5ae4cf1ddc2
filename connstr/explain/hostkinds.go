package explain

import (
	"net/netip"
	"strings"

	"github.com/mongouri/mongouri/connstr"
)

// What a host name says about where the server runs. The explainer tailors
// checks and tips to it (Atlas needs TLS and an IP access list entry, a
// local server may listen on 127.0.0.1 only, ...).

// atlasDomains are the DNS domains of MongoDB Atlas clusters.
var atlasDomains = []string{".mongodb.net", ".mongodbgov.net"}

func isAtlasHost(h string) bool {
	h = strings.ToLower(strings.TrimSuffix(h, "."))
	for _, d := range atlasDomains {
		if strings.HasSuffix(h, d) {
			return true
		}
	}
	return false
}

// isAtlasNodeName reports whether an Atlas host names one node (or a load
// balancer) rather than a cluster: its first label ends in -shard-NN-NN,
// -NN-NN (config servers) or -lb.
func isAtlasNodeName(h string) bool {
	if !isAtlasHost(h) {
		return false
	}
	label, _, _ := strings.Cut(strings.ToLower(h), ".")
	if strings.HasSuffix(label, "-lb") || strings.Contains(label, "-shard-") {
		return true
	}
	parts := strings.Split(label, "-")
	n := len(parts)
	return n >= 3 && isDigits(parts[n-1]) && isDigits(parts[n-2])
}

// isAtlasSRVName reports whether h looks like an Atlas cluster's SRV name,
// cluster0.abcde.mongodb.net: at least two labels before the domain and no
// node suffix.
func isAtlasSRVName(h string) bool {
	if !isAtlasHost(h) || isAtlasNodeName(h) {
		return false
	}
	return strings.Count(strings.TrimSuffix(h, "."), ".") >= 3
}

// atlasSRVNameOf returns the SRV name of the cluster an Atlas node name
// belongs to (cluster0-shard-00-01.abcde.mongodb.net gives
// cluster0.abcde.mongodb.net), or "" when the name has no such shape.
func atlasSRVNameOf(node string) string {
	label, rest, ok := strings.Cut(node, ".")
	if !ok {
		return ""
	}
	lower := strings.ToLower(label)
	if i := strings.Index(lower, "-shard-"); i > 0 && !strings.HasPrefix(lower, "ac-") {
		return label[:i] + "." + rest
	}
	return ""
}

// isCosmosRU reports whether h is an Azure Cosmos DB for MongoDB (RU) account.
func isCosmosRU(h string) bool {
	return strings.HasSuffix(strings.ToLower(h), ".mongo.cosmos.azure.com")
}

func isCosmos(h string) bool {
	return strings.HasSuffix(strings.ToLower(h), ".cosmos.azure.com")
}

// isLocalName reports whether a host name always means this machine.
func isLocalName(h string) bool {
	h = strings.ToLower(strings.TrimSuffix(h, "."))
	return h == "localhost" || strings.HasSuffix(h, ".localhost")
}

// hostKind classifies a parsed host for HostPart.Kind.
func hostKind(h connstr.Host) string {
	switch h.Type {
	case connstr.HostUnix:
		return "socket"
	case connstr.HostIPv4, connstr.HostIPLiteral:
		a, err := netip.ParseAddr(h.Host)
		if err != nil {
			return ""
		}
		switch {
		case a.IsLoopback():
			return "local"
		case a.IsPrivate() || a.IsLinkLocalUnicast():
			return "private"
		}
		return ""
	}
	switch {
	case isLocalName(h.Host):
		return "local"
	case isAtlasNodeName(h.Host):
		return "atlas-node"
	case isAtlasHost(h.Host):
		return "atlas-srv"
	case isCosmos(h.Host):
		return "cosmos"
	case h.Host == "host.docker.internal":
		return "docker-host"
	}
	return ""
}

// shellSafeHost reports whether a host can be put on a command line as it
// is: a plain DNS name or an IP address. Host names may legally hold
// characters such as $ ( ) ; & that a shell would run, so commands are only
// made for names without them.
func shellSafeHost(h connstr.Host) bool {
	switch h.Type {
	case connstr.HostIPv4, connstr.HostIPLiteral:
		return !strings.ContainsAny(h.Host, "%") // no zone identifiers
	case connstr.HostName:
		if h.Host == "" || h.Host[0] == '-' || len(h.Host) > 253 {
			return false
		}
		for i := 0; i < len(h.Host); i++ {
			c := h.Host[i]
			if !(c == '.' || c == '-' || c == '_' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9') {
				return false
			}
		}
		return true
	}
	return false
}

// dnsNameProblem says why a host name cannot be looked up in DNS, or "".
func dnsNameProblem(name string) string {
	n := strings.TrimSuffix(name, ".")
	if len(n) > 253 {
		return "it is longer than the 253 characters a DNS name may have"
	}
	labels := strings.Split(n, ".")
	for _, l := range labels {
		switch {
		case l == "":
			return "it has an empty label (two dots in a row, or a leading dot)"
		case len(l) > 63:
			return "a label is longer than the 63 characters DNS allows"
		case l[0] == '-' || l[len(l)-1] == '-':
			return "a label starts or ends with '-'"
		}
		for i := 0; i < len(l); i++ {
			if c := l[i]; c >= 0x80 {
				return "it holds non-ASCII characters: write an internationalised name in its xn-- (punycode) form"
			} else if !(c == '-' || c == '_' || 'a' <= c|0x20 && c|0x20 <= 'z' || '0' <= c && c <= '9') {
				return "it holds '" + string(c) + "', which DNS names do not"
			}
		}
	}
	if len(labels) >= 2 && len(labels) <= 4 && allDigitLabels(labels) {
		return "it is all numbers but not a complete IPv4 address"
	}
	return ""
}

func allDigitLabels(labels []string) bool {
	for _, l := range labels {
		if !isDigits(l) {
			return false
		}
	}
	return true
}

// otherServicePorts are ports of well-known services that are not MongoDB,
// which show up when a string was copied from the wrong place.
// (A table, not a map: a map literal costs initialisation code in the
// WebAssembly module.)
var otherServicePorts = [...]struct {
	port int
	name string
}{
	{80, "HTTP"},
	{443, "HTTPS"},
	{3000, "a web development server"},
	{3306, "MySQL"},
	{5432, "PostgreSQL"},
	{6379, "Redis"},
	{8080, "HTTP"},
	{9200, "Elasticsearch"},
	{28017, "the HTTP status page that MongoDB 3.6 removed"},
}

func otherServicePort(port int) string {
	for _, p := range otherServicePorts {
		if p.port == port {
			return p.name
		}
	}
	return ""
}

// portOf returns the port a host uses, with the default filled in.
func portOf(h connstr.Host) int {
	if h.Port != 0 {
		return h.Port
	}
	return connstr.DefaultPort
}
