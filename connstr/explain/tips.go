package explain

import (
	"slices"
	"strconv"
	"strings"

	"github.com/mongouri/mongouri/connstr"
)

// Tips explain the errors drivers report for a string like this one, with
// the string's own values (its hosts, ports, timeouts, authSource) filled
// in. The error texts are the ones drivers print, so that a person can match
// what they see.

func (x *explainer) tips() {
	cs := x.cs
	x.out.Tips = []Tip{}
	if cs.Scheme == "" || len(cs.Hosts) == 0 {
		return
	}
	hosts := x.hostsShown()
	atlas := anyHost(cs, isAtlasHost)
	local := false
	for _, h := range hosts {
		if hostKind(h) == "local" {
			local = true
		}
	}
	sel, _ := x.intValue("serverSelectionTimeoutMS", 30000)
	x.tip(Tip{Code: TipServerSelection, Title: "\"Server selection timed out\"",
		Symptoms: []string{
			"MongoServerSelectionError: Server selection timed out after " + strconv.FormatInt(sel, 10) + " ms",
			"pymongo.errors.ServerSelectionTimeoutError",
			"Timed out after " + strconv.FormatInt(sel, 10) + " ms while waiting for a server that matches ReadPreferenceServerSelector",
			"server selection error: context deadline exceeded",
			"A timeout occurred after " + strconv.FormatInt(sel, 10) + "ms selecting a server",
		},
		Meaning: "The driver found no server it could use within serverSelectionTimeoutMS (" + strconv.FormatInt(sel, 10) + " ms for this string). " +
			"The error hides the real cause, which its details usually name: a host that cannot be reached or resolved, a refused TLS handshake, " +
			"failed authentication, or a replica set name that does not match.",
		Steps: x.selectionSteps(hosts, atlas),
	})
	x.networkTip(hosts, atlas)
	if atlas {
		x.tip(Tip{Code: TipAtlasAccessList, Title: "Atlas closes connections from addresses it does not know",
			Symptoms: []string{
				"Could not connect to any servers in your MongoDB Atlas cluster. One common reason is that you're trying to access the database from an IP that isn't whitelisted.",
				"SSL routines:ssl3_read_bytes:tlsv1 alert internal error",
				"connection <monitor> to <address>:27017 closed",
				"MongoNetworkError: connection timed out",
			},
			Meaning: "Atlas accepts connections only from the addresses in the project's IP access list; other connections are closed during the TLS handshake, which drivers report as a network or TLS error.",
			Steps: []string{
				"In Atlas, open Network Access (Security) and add this machine's public IP address; a VPN, a proxy or a new network changes it.",
				"For a cloud function or container with changing addresses, use a private endpoint, VPC peering or the provider's fixed egress addresses; 0.0.0.0/0 opens the cluster to the whole internet and is for tests only.",
				"Wait a minute after changing the list: it takes effect gradually.",
			},
			Docs: "https://www.mongodb.com/docs/atlas/security/ip-access-list/"})
	}
	if cs.Scheme == connstr.SchemeSRV && len(hosts) == 1 {
		x.srvTips(hosts[0], atlas)
	}
	if f := x.auth(); f.active {
		x.authTip(f)
	}
	if atlas || cs.Value("maxPoolSize").IsSet() || cs.Value("minPoolSize").IsSet() {
		pool, _ := x.intValue("maxPoolSize", 100)
		x.tip(Tip{Code: TipTooManyConns, Title: "\"Too many open connections\"",
			Symptoms: []string{
				"connection refused because too many open connections",
				"Connections % of configured limit has gone above 80",
				"MongoWaitQueueTimeoutError / WaitQueueTimeoutError",
			},
			Meaning: "Each client keeps a pool of up to maxPoolSize (" + poolWords(pool) + ") connections to every server, plus monitoring connections. Many processes, or a new client per request, add up to more than the server accepts: 500 per node on Atlas free and shared tiers, 1,500 on M10, more on larger tiers.",
			Steps: []string{
				"Create one client per process at start-up and share it; never one per request.",
				"In serverless functions, create the client outside the handler so that invocations reuse it.",
				"Lower maxPoolSize, or set maxIdleTimeMS so that idle connections close.",
				"Count the client processes: each opens its own pools.",
			},
			Docs: "https://www.mongodb.com/docs/atlas/reference/atlas-limits/"})
	}
	if local {
		x.tip(Tip{Code: TipConnRefusedLocal, Title: "\"Connection refused\" on this machine",
			Symptoms: []string{
				"connect ECONNREFUSED 127.0.0.1:27017",
				"connect ECONNREFUSED ::1:27017",
				"No connection could be made because the target machine actively refused it",
				"[Errno 111] Connection refused",
			},
			Meaning: "Nothing listens on that address and port: the server is not running, listens on another port or address, or runs in a container whose port is not published.",
			Steps: []string{
				"Check that mongod runs: systemctl status mongod (Linux), brew services list (macOS), or Get-Service MongoDB (Windows).",
				"Check the address it listens on (net.bindIp in mongod.conf, 127.0.0.1 by default) and the port (27017 by default).",
				"For ::1 in the error, write 127.0.0.1 instead of localhost.",
				"In Docker, publish the port (docker run -p 27017:27017 ...). Inside a container, localhost is the container itself: use the service name or host.docker.internal.",
			}})
	}
	if x.memberNamesMatter(hosts) {
		x.tip(Tip{Code: TipReplicaSetMembers, Title: "Replica set members unreachable by the names the set uses",
			Symptoms: []string{
				"getaddrinfo ENOTFOUND <member name>",
				"Server selection timed out ... ReplicaSetNoPrimary",
				"No such host is known",
			},
			Meaning: "After the first contact, the driver connects to the members under the names in the replica set's configuration (rs.conf()), not the ones in the string. Names that only resolve inside a Docker network or a cluster cannot be reached from outside.",
			Steps: []string{
				"Run rs.conf() and check that every member's host name resolves and is reachable from this machine.",
				"Configure the set with names that work from the clients, or add them to the clients' hosts file.",
				"To reach one member alone (tests, tools), add directConnection=true.",
			}})
	}
	if on, _ := x.tlsOn(); on {
		x.tip(Tip{Code: TipTLSHandshake, Title: "TLS handshake or certificate errors",
			Symptoms: []string{
				"certificate verify failed: unable to get local issuer certificate",
				"x509: certificate signed by unknown authority",
				"PKIX path building failed",
				"SSLHandshakeException",
				"self signed certificate in certificate chain",
			},
			Meaning: "The server's certificate is not trusted by this machine, does not match the host name, or something between the two (a proxy, an antivirus, a firewall inspecting TLS) replaced it.",
			Steps: []string{
				"For a private certificate authority, give its certificate with tlsCAFile=<path to the CA's PEM file>.",
				"Update the system's certificate store, and check the clock: a wrong date makes valid certificates look expired.",
				"Try from another network to rule out an inspecting proxy.",
				"Connect with the host name the certificate was issued for, not an IP address.",
			}})
	}
}

func (x *explainer) tip(t Tip) {
	if t.Steps == nil {
		t.Steps = []string{}
	}
	x.out.Tips = append(x.out.Tips, t)
}

func poolWords(n int64) string {
	if n == 0 {
		return "no limit"
	}
	return strconv.FormatInt(n, 10)
}

func (x *explainer) selectionSteps(hosts []connstr.Host, atlas bool) []string {
	steps := []string{"Run the commands below to check that each host resolves and its port can be reached from this machine."}
	if atlas {
		steps = append(steps, "Check that this machine's IP address is in the Atlas project's IP access list.")
	}
	if rs := x.option("replicaSet"); rs.IsSet() {
		steps = append(steps, "Check that the set is really named "+quoteDB(rs.Text())+" (rs.status().set): with another name, the driver ignores every member.")
	}
	if on, _ := x.tlsOn(); on {
		steps = append(steps, "TLS is on: check that the servers accept TLS and that their certificates are trusted here.")
	} else if len(hosts) > 0 && !atlas {
		steps = append(steps, "TLS is off: if the servers require TLS, add tls=true.")
	}
	steps = append(steps, "Read the error's details (the server description list): they usually name the real cause.")
	return steps
}

// networkTip lists the ports to open, from the string's hosts.
func (x *explainer) networkTip(hosts []connstr.Host, atlas bool) {
	ports := map[int]bool{}
	for _, h := range hosts {
		if h.Type != connstr.HostUnix {
			ports[portOf(h)] = true
		}
	}
	if x.cs.Scheme == connstr.SchemeSRV && x.res == nil {
		ports[connstr.DefaultPort] = true
	}
	if x.res != nil {
		for _, s := range x.res.Seeds {
			if i := strings.LastIndexByte(s, ':'); i >= 0 {
				if p, err := strconv.Atoi(s[i+1:]); err == nil {
					ports[p] = true
				}
			}
		}
	}
	if len(ports) == 0 {
		return
	}
	list := make([]int, 0, len(ports))
	for p := range ports {
		list = append(list, p)
	}
	slices.Sort(list) // a string may list thousands of hosts, each with its port
	const maxPorts = 10
	words := make([]string, 0, min(len(list), maxPorts+1))
	for _, p := range list[:min(len(list), maxPorts)] {
		words = append(words, strconv.Itoa(p))
	}
	if n := len(list) - maxPorts; n > 0 {
		words = append(words, strconv.Itoa(n)+" other ports")
	}
	meaning := "The client must be able to open TCP connections to port " + joinWords(words) + " of the servers; a firewall on either side, a corporate network or a cloud security group may block it."
	steps := []string{
		"Test each host and port with nc or Test-NetConnection (commands below).",
		"Ask for outbound TCP to " + joinWords(words) + " to be allowed, or try from another network.",
	}
	if atlas {
		meaning += " Atlas clusters listen on 27017, sharded clusters also on 27016, and the BI Connector on 27015."
		steps = append(steps, "For Atlas, allow outbound TCP to 27015-27017.")
	}
	x.tip(Tip{Code: TipNetwork, Title: "The servers' ports must be reachable",
		Symptoms: []string{"connect ETIMEDOUT", "connection timed out", "No route to host", "i/o timeout"},
		Meaning:  meaning, Steps: steps})
}

func (x *explainer) srvTips(h connstr.Host, atlas bool) {
	srvName := x.out.Scheme.SRVName
	if srvName == "" {
		srvName = "_mongodb._tcp." + h.Host
	}
	t := Tip{Code: TipSRVDNS, Title: "DNS errors looking up the SRV record",
		Symptoms: []string{
			"querySrv ECONNREFUSED " + srvName,
			"querySrv ETIMEOUT " + srvName,
			"DnsClient.DnsResponseException / DNSHostNotFound",
			"cannot unmarshal DNS message",
		},
		Meaning: "mongodb+srv:// needs the SRV record of " + srvName + ", and the DNS resolver this machine uses did not give it. Some resolvers (home routers, some ISPs and corporate networks, old VPN clients) do not answer SRV questions at all. " +
			"\"cannot unmarshal DNS message\" comes from older MongoDB Database Tools (mongodump, mongorestore, ...), which could not read large DNS answers.",
		Steps: []string{
			"Ask another resolver: dig @8.8.8.8 SRV " + srvName + ". If that answers, the local resolver is the problem.",
			"Switch this machine's DNS to a public resolver such as 8.8.8.8 or 1.1.1.1, or ask the network's administrator to allow SRV lookups.",
			"Or use the equivalent mongodb:// string, which needs no SRV lookup (Atlas shows it for old drivers; this tool's resolution gives it).",
			"For the Database Tools, upgrade them, or pass the mongodb:// string (or --host) instead of mongodb+srv://.",
		}}
	if x.res != nil && x.res.Equivalent != nil {
		if x.cfg.reveal {
			t.Fixed = x.res.Equivalent.String()
		} else {
			t.Fixed = x.res.Equivalent.Redacted()
		}
	}
	x.tip(t)
	if atlas {
		x.tip(Tip{Code: TipSRVNotFound, Title: "The cluster name is not found",
			Symptoms: []string{
				"querySrv ENOTFOUND " + srvName,
				"DNS name does not exist",
				"No such host is known",
			},
			Meaning: "DNS says the name has no SRV record: the name is mistyped, or the Atlas cluster is paused or was deleted. Atlas pauses free clusters after 60 days without connections.",
			Steps: []string{
				"Copy the string again from the Atlas connect dialog.",
				"In Atlas, check that the cluster exists and resume it if it is paused.",
			}})
	}
	parent := srvDomainOf(h.Host)
	meaning := "Drivers accept an SRV record only if its target ends with the domain of the name looked up, so that DNS cannot send the client elsewhere. For " + h.Host +
		" every target must end with " + parent + ". (For a name of fewer than three labels, the whole name is the domain, and the target must be longer than it.)"
	if v := x.cs.Value("srvAllowedHostsSuffix"); v.IsSet() {
		if suffix, problem := connstr.AllowedHostsSuffix(v.Text()); problem == connstr.SuffixOK {
			parent = suffix
			meaning = "Drivers accept an SRV record only if its target ends with the allowed domain, so that DNS cannot send the client elsewhere. srvAllowedHostsSuffix sets it here: every target must end with " +
				parent + " (drivers that predate the option, such as Go v2.9 and Node.js 6, ignore or refuse it and check the host's own domain)."
		}
	}
	x.tip(Tip{Code: TipSRVParentDomain, Title: "\"Server record does not share hostname with parent URI\"",
		Symptoms: []string{"Server record does not share hostname with parent URI", "the SRV record's host does not end with the parent domain"},
		Meaning:  meaning,
		Steps: []string{
			"Fix the SRV records so that their targets lie in " + parent + ", or use a mongodb:// string that lists the servers.",
		}})
}

// srvDomainOf is the domain SRV targets of host must end with.
func srvDomainOf(host string) string {
	h := strings.TrimSuffix(host, ".")
	if strings.Count(h, ".") < 2 {
		return "." + h
	}
	_, rest, _ := strings.Cut(h, ".")
	return "." + rest
}

func (x *explainer) authTip(f authFacts) {
	steps := []string{
		"Check the username and password of the database user (in Atlas: Database Access). The login of the Atlas website is a different account.",
		"The user is looked up in " + quoteDB(f.source) + " (" + strings.TrimSuffix(f.why, ".") + "). If it was created elsewhere, set authSource to that database.",
		"Percent-encode special characters in the username and password.",
	}
	if f.mech == nil {
		steps = append(steps, "If the user exists only with SCRAM-SHA-1 (created before MongoDB 4.0), authMechanism=SCRAM-SHA-1 may help.")
	}
	x.tip(Tip{Code: TipAuthFailed, Title: "\"Authentication failed\"",
		Symptoms: []string{
			"MongoServerError: bad auth : authentication failed",
			"Authentication failed.",
			"pymongo.errors.OperationFailure: Authentication failed., full error: {'ok': 0, 'code': 18, 'codeName': 'AuthenticationFailed'}",
			"Exception authenticating MongoCredential",
		},
		Meaning: "The server rejected the credentials: a wrong username or password, a user that lives in another database than the one the driver asks, or a mechanism the user does not have. The server does not say which, on purpose.",
		Steps:   steps,
		Docs:    "https://www.mongodb.com/docs/atlas/troubleshoot-connection/"})
}

// memberNamesMatter: a replica set reached by names that may differ from
// the set's own (local, private or one-label names, as in Docker).
func (x *explainer) memberNamesMatter(hosts []connstr.Host) bool {
	cs := x.cs
	if cs.Scheme != connstr.SchemeMongoDB || !cs.Value("replicaSet").IsSet() {
		return false
	}
	if d := cs.Value("directConnection"); d.IsSet() && d.Bool() {
		return false
	}
	for _, h := range hosts {
		k := hostKind(h)
		if k == "local" || k == "private" || k == "docker-host" || h.Type == connstr.HostName && !strings.Contains(h.Host, ".") {
			return true
		}
	}
	return false
}
