package explain

import (
	"strings"

	"github.com/mongouri/mongouri/connstr"
)

// What Diagnose says about each cause, as data: the title, the fix and the
// steps, with {1}, {2}, ... standing for the facts of the case that the
// rule passes (a host name, an SRV name, an auth source). A key with a
// '#' is a variant of the cause named before it: the same cause, said for
// another case.

type causeText struct {
	key, title, fix string
	steps           []string
	docs            string
	// tip is the explainer's tip about the same failure: its steps, filled
	// with the string's values, follow the cause's own (see cause).
	tip connstr.Code
}

var causeTexts = []causeText{
	{key: "string-not-loaded",
		title: "The application did not use this string: it connected to {1}, a default",
		fix:   "Make sure the variable that holds the string is loaded before the client is created (dotenv's config() runs first, the variable's name matches, the file is the one the process reads), and remove the fallback to localhost from the code so that a missing variable fails loudly.",
		steps: []string{
			"Print whether the variable is set (not its value) right before connecting, e.g. console.log(Boolean(process.env.MONGODB_URI)).",
			"Look for code such as process.env.MONGODB_URI || \"mongodb://localhost:27017\" or a framework default that applies when the variable is missing.",
			"In containers and hosting dashboards, check that the variable is defined for this service and this environment.",
		}},
	{key: "srv-name-differs",
		title: "The error is about another SRV name than this string's",
		fix:   "The application used a different connection string from this one: find where it reads its string (environment variable, configuration file, secret store) and correct that one, or diagnose the string it really uses."},
	{key: "auth-source-differs",
		title: "The driver authenticated against {1}, this string against {2}",
		fix:   "The application's credentials do not come from this string alone: a framework setting (Spring's spring.data.mongodb.authentication-database or database, a MongoCredential built in code) or another string sets the auth source. Make them agree with where the user was created, usually admin."},
	{key: "topology-differs",
		title: "The driver saw a single server although this string names replica set {1}",
		fix:   "With replicaSet set a driver monitors a replica set; a Single topology means the application's string differs from this one or the code forces a direct connection (directConnection=true in the options object)."},
	{key: "set-name-differs",
		title: "The servers belong to replica set {1}, the string asks for {2}",
		fix:   "Set replicaSet to the name the servers report (rs.status().set in mongosh), or leave replicaSet out."},
	{key: "member-names",
		title: "The replica set's members are named {1}, which this machine cannot reach",
		fix:   "The driver connected to the seed in the string, read the replica set configuration, and then used the member names it holds (as rs.conf() shows them). Those names resolve only inside the container network or the cluster. Connect with directConnection=true to the one node you can reach, or give the members names (and ports) that resolve from where the application runs, or run the application in the same network.",
		steps: []string{
			"See the member names: mongosh --eval \"rs.conf().members.map(m => m.host)\"",
			"For a one-node set in Docker, initiate it with a reachable name: rs.initiate({_id: \"rs0\", members: [{_id: 0, host: \"localhost:27017\"}]}), or add the names to /etc/hosts (C:\\Windows\\System32\\drivers\\etc\\hosts).",
			"In Kubernetes, connect from inside the cluster, or expose each member under a name that resolves outside it (split horizon).",
		},
		tip: TipReplicaSetMembers},
	{key: "host-differs",
		title: "The error names {1}, which this string does not",
		fix:   "The application is likely not using this string: find where it reads its connection string and check that one. (If the names are replica set members, the servers' configuration names them: see the member names with rs.conf().)"},
	{key: "credentials-not-encoded",
		title: "The password or user name holds characters that must be percent-encoded",
		fix:   "Percent-encode the user name and password (@ as %40, : as %3A, / as %2F, ? as %3F, # as %23, % as %25), e.g. with encodeURIComponent, urllib.parse.quote_plus or url.QueryEscape, or change the password to letters and digits."},
	{key: "string-not-loaded#undefined",
		title: "The connection string was empty or undefined when the client was created",
		fix:   "The variable that should hold the string was not set: load the environment (dotenv's config() before the import that connects, the right .env file, the variable defined in the hosting dashboard) and check its exact name.",
		steps: []string{
			"Print whether the variable is set (not its value) just before connecting.",
		}},
	{key: "bad-scheme",
		title: "The string does not start with mongodb:// or mongodb+srv://",
		fix:   "Start the string with mongodb:// or mongodb+srv:// exactly: no quotes, spaces or variable name before it, lower case."},
	{key: "srv-short-name",
		title: "The driver wants a mongodb+srv:// host with at least three parts",
		fix:   "Use the full SRV name (cluster0.abcde.mongodb.net), or mongodb:// with the host and port for a server that has no SRV record (localhost, a single machine)."},
	{key: "mongosh-host-and-uri",
		title: "mongosh was given a full connection string and --host or --port",
		fix:   "Give mongosh either the connection string alone (mongosh \"mongodb://host:27017/db\") or --host and --port without a string; put everything the string says in one of the two."},
	{key: "parse-error",
		title: "The driver could not parse the connection string",
		fix:   "Fix the string's errors listed here; if there are none, the application's string is not this one."},
	{key: "unsupported-option",
		title: "The driver does not support an option it was given",
		fix:   "Remove the option. useNewUrlParser and useUnifiedTopology did nothing since Node.js driver 4.0 (Mongoose 6) and are now rejected; other options may belong to another driver or a newer version."},
	{key: "unrecognised-error",
		title: "The error text was not recognised",
		fix:   "Paste the whole error as printed, including the lines after the first (the topology description or the cause), or check the string's own findings."},
	{key: "dnspython-missing",
		title: "PyMongo needs the dnspython package to read mongodb+srv:// strings",
		fix:   "Install it in the environment the application runs in: python -m pip install \"pymongo[srv]\" (or pip install dnspython); PyMongo 4.3 and later install it themselves, so upgrading PyMongo fixes it too.",
		steps: []string{
			"Check with: python -c \"import dns.resolver\" in the same virtual environment.",
		}},
	{key: "dns-refuses-srv",
		title: "The DNS server this machine uses refused the SRV query",
		fix:   "Use a DNS server that answers SRV queries (8.8.8.8 or 1.1.1.1 in the network settings, or leave the VPN or corporate network), or {1}",
		tip:   TipSRVDNS},
	{key: "dns-srv-timeout",
		title: "The SRV query got no answer in time",
		fix:   "The DNS server did not answer: a VPN, firewall or slow resolver. Try again, switch to 8.8.8.8 or 1.1.1.1, or {1}",
		tip:   TipSRVDNS},
	{key: "srv-not-found",
		title: "No SRV record exists for {1}",
		fix:   "Check the host name for typos against the one your provider shows (for Atlas: Connect, Drivers). A deleted or renamed cluster loses its record; a plain server (localhost, one machine, a Docker container) has none: use mongodb://host:port for those.",
		tip:   TipSRVNotFound},
	{key: "txt-failed",
		title: "The TXT lookup of {1} failed",
		fix:   "mongodb+srv:// also reads a TXT record (authSource, replicaSet). A resolver that fails on TXT fails the connection: use another DNS server or {2}",
		tip:   TipSRVDNS},
	{key: "go-dns-unmarshal",
		title: "Go's resolver could not read the DNS server's answer",
		fix:   "Some resolvers (home routers, WSL's and Docker's built-in DNS) send SRV answers Go rejects. Point the machine or container at 8.8.8.8 or 1.1.1.1, or {1}",
		tip:   TipSRVDNS},
	{key: "srv-parent-domain",
		title: "The SRV record points outside {1}'s domain",
		fix:   "The drivers accept only SRV targets in the same parent domain as the name asked (a security rule of the specification). Fix the DNS records, or use a mongodb:// string with the targets as hosts.",
		tip:   TipSRVParentDomain},
	{key: "node-windows-srv",
		title: "Node.js on Windows sends SRV queries to 127.0.0.1 (c-ares regression)",
		fix:   "Node.js 20.20.0, 22.22.0 and 24.13.0 and later releases on Windows can send DNS queries from dns.resolveSrv to 127.0.0.1, where nothing answers, so querySrv fails although nslookup works. Before connecting, call require(\"node:dns\").setServers([\"8.8.8.8\", \"1.1.1.1\"]) (or your network's DNS servers), or use the equivalent mongodb:// string that Resolve gives, or an earlier Node.js release.",
		steps: []string{
			"Check: node -e \"console.log(require('dns').getServers())\" shows 127.0.0.1 on an affected machine.",
			"nslookup -q=SRV answers while the application fails: the lookup itself works.",
		},
		tip: TipSRVDNS},
	{key: "dns-temporary",
		title: "The host name could not be resolved at that moment",
		fix:   "A temporary DNS failure: no network yet (a container or laptop just starting), a VPN changing DNS, or Docker's DNS when the service named is not up. Retry; check the network and DNS settings; in Docker Compose, check the service name and that both services share a network."},
	{key: "host-not-resolvable",
		title: "The host name {1} in the string does not resolve",
		fix:   "Check the name for typos against the one your provider shows; a deleted cluster or server loses its name. A name that resolves only inside a network (a Docker service, a Kubernetes service, a VPN) needs the application to run there."},
	{key: "host-not-resolvable#any",
		title: "A host name does not resolve",
		fix:   "Check the name for typos; a name that resolves only inside a network (Docker, Kubernetes, a VPN) needs the application to run there."},
	{key: "nothing-listening",
		title: "Nothing accepts connections on {1}",
		fix:   "The machine answered but refused the port: the server is not running, listens on another port, or listens only on 127.0.0.1 (bindIp) while you connect from elsewhere; in Docker, the port is not published (-p 27017:27017) or the application connects to localhost from inside another container (use the service name).",
		steps: []string{
			"Start the server and check the port it listens on: mongod's log says \"Waiting for connections\" with the port.",
			"On the server: ss -ltnp | grep 27017 (or netstat -an | findstr 27017 on Windows).",
		},
		tip: TipConnRefusedLocal},
	{key: "connection-closed",
		title: "The server closed the connection",
		fix:   "A server that requires TLS closes plain connections (add tls=true), a proxy or load balancer in between cut it, or the server hit a limit. The server's log says why."},
	{key: "atlas-ip-access-list",
		title: "This machine's IP address is not on the Atlas project's IP access list",
		fix:   "In Atlas, open Network Access and add this machine's public IP address (a VPN, a new network or a cloud function changes it). For hosts with changing addresses use a private endpoint or peering; 0.0.0.0/0 opens the cluster to everyone and is for tests only. Changes take a minute to apply.",
		steps: []string{
			"Find the public address with: curl https://checkip.amazonaws.com (or visit any what-is-my-IP page).",
		},
		docs: "https://www.mongodb.com/docs/atlas/security/ip-access-list/",
		tip:  TipAtlasAccessList},
	{key: "tls-handshake-refused",
		title: "The server ended the TLS handshake",
		fix:   "The server (or a proxy in front of it) refused this client: its access rules, a TLS version or cipher it does not accept (old runtimes offer only TLS 1.0 or 1.1), or a client certificate it requires. The server's log names the reason."},
	{key: "tls-wrong-name",
		title: "The server's certificate is not for the name the string uses",
		fix:   "Connect with a host name the certificate lists (not an IP address or another alias), or have a certificate issued for this name. tlsAllowInvalidHostnames=true hides the problem and is for tests only.",
		tip:   TipTLSHandshake},
	{key: "tls-expired",
		title: "A certificate has expired (or this machine's clock is wrong)",
		fix:   "Renew the server's certificate; if it is valid, set this machine's date and time.",
		tip:   TipTLSHandshake},
	{key: "tls-self-signed",
		title: "The server's certificate is self-signed or signed by a private CA",
		fix:   "Give the driver the CA certificate: tlsCAFile=/path/to/ca.pem in the string (the driver's options for others). If you did not set up such a certificate, a proxy or antivirus on this network is intercepting TLS: trust its CA or connect from another network. tlsAllowInvalidCertificates=true is for tests only.",
		tip:   TipTLSHandshake},
	{key: "python-ca-bundle",
		title: "Python does not find the CA certificates to check the server's certificate",
		fix:   "Python from python.org on macOS comes without CA certificates: run \"Install Certificates.command\" from the Python folder in Applications. Anywhere, pass certifi's bundle: MongoClient(uri, tlsCAFile=certifi.where()) after pip install certifi.",
		tip:   TipTLSHandshake},
	{key: "java-truststore",
		title: "The JVM's trust store lacks the CA of the server's certificate",
		fix:   "Import the CA certificate into the trust store the application uses (keytool -importcert), or point the JVM at one with -Djavax.net.ssl.trustStore; an outdated JDK may lack newer public CAs: update it. A TLS-intercepting proxy on the network needs its CA imported.",
		tip:   TipTLSHandshake},
	{key: "go-system-roots",
		title: "The system has no CA certificates for Go to check the server's certificate",
		fix:   "Container images built FROM scratch or minimal images lack CA certificates: install ca-certificates (apk add ca-certificates, apt-get install ca-certificates) or copy /etc/ssl/certs into the image; for a private CA set tlsCAFile.",
		tip:   TipTLSHandshake},
	{key: "tls-untrusted",
		title: "The client does not trust the server's certificate",
		fix:   "Give the driver the CA that signed the server's certificate (tlsCAFile=/path/to/ca.pem), update the system's CA certificates, or, when a proxy or antivirus intercepts TLS on this network, trust its CA or use another network.",
		tip:   TipTLSHandshake},
	{key: "tls-not-spoken",
		title: "The client spoke TLS to a server that does not",
		fix:   "The server does not use TLS on this port: remove tls=true (or ssl=true) from the string, or enable TLS on the server. mongodb+srv:// turns TLS on by itself: add tls=false for a server without TLS."},
	{key: "tls-required",
		title: "The server expects TLS and the client did not use it",
		fix:   "Add tls=true to the string (Atlas and most hosted services require it)."},
	{key: "auth-mechanism-mismatch",
		title: "The mechanism does not match the credentials the user has",
		fix:   "A user created with only SCRAM-SHA-1 credentials (an old server, featureCompatibilityVersion below 4.0, Amazon DocumentDB) cannot log in with SCRAM-SHA-256, and the reverse. Set authMechanism to one the user has (SCRAM-SHA-1 for DocumentDB and old users), or update the user's credentials on the server."},
	{key: "no-credentials",
		title: "The string has no credentials, yet the driver authenticated",
		fix:   "The credentials come from elsewhere (the options object, a framework setting): the application's string or settings differ from this one."},
	{key: "auth-source-path",
		title: "The driver authenticates against {1}, the database in the path",
		fix:   "Without authSource, the database in the path is where the driver looks the user up. Users are usually created in admin (Atlas creates them all there): add authSource=admin, unless the user was created in {1}.",
		tip:   TipAuthFailed},
	{key: "auth-source-not-admin",
		title: "The driver authenticated against {1}, not admin",
		fix:   "The user is looked up in {1}. If it was created in admin (the usual place, and the only one on Atlas), set authSource=admin (Spring: spring.data.mongodb.authentication-database=admin).",
		tip:   TipAuthFailed},
	{key: "not-authorized",
		title: "The user lacks the privileges for the operation",
		fix:   "Grant the user a role that allows it on this database (readWrite, or read for queries); on Atlas, edit the user's privileges in Database Access. \"requires authentication\" means no credentials were sent at all."},
	{key: "too-many-connections",
		title: "The server is at its connection limit",
		fix:   "Create one client per process and reuse it (serverless functions: outside the handler); lower maxPoolSize; close clients you no longer need. Atlas shared tiers allow 500 connections per node.",
		tip:   TipTooManyConns},
	{key: "driver-server-versions",
		title: "The driver and the server are too far apart in version",
		fix:   "Upgrade the server, or use a driver release that still supports it (each driver's compatibility table lists the pairs)."},
	{key: "replica-set-not-initiated",
		title: "The server runs with --replSet but the replica set was never initiated",
		fix:   "Run rs.initiate() once (mongosh --eval \"rs.initiate()\"), with member host names the application can reach, or connect with directConnection=true to use the node alone."},
	{key: "client-not-connected",
		title: "The client was used before it connected, or after it was closed",
		fix:   "The string is not the cause: the code runs an operation on a client that is not connected (Node.js driver 4.0 to 4.6 need await client.connect() first) or that something closed (client.close() in a finally block, a test's teardown, a serverless handler closing a shared client). Connect once at start-up, await it, and close the client only when the process ends."},
	{key: "mongoose-not-connected",
		title: "Mongoose never connected, so the query waited in its buffer",
		fix:   "The operation ran before mongoose.connect() succeeded: await mongoose.connect(uri) before the first query and log its error, which names the real cause; check that the model uses the connection you connected (mongoose.createConnection returns its own)."},
	{key: "no-primary",
		title: "The replica set has no primary the driver can reach",
		fix:   "Writes need a primary: check rs.status() for an elected one (a majority of members must be up), or read with readPreference=primaryPreferred or secondaryPreferred meanwhile."},
	{key: "selection-no-detail",
		title: "The driver reached no suitable server, and the error does not say why",
		fix:   "Print the full error (Node.js: console.log(error.reason); its servers show each one's error), then check the network path to each host, the IP access list or firewall, and the replica set name.",
		tip:   TipServerSelection},
	{key: "network-blocked",
		title: "Connections to {1} get no answer",
		fix:   "A firewall, security group or network drops the packets: open the port to this machine's address, check the address, and check that outgoing connections to port 27017 are allowed (some office and school networks block them).",
		tip:   TipNetwork},
	{key: "wrong-credentials",
		title: "The user name or password is wrong",
		fix:   "Check the user name and password against the database user (not the account you log in to the web console with), and reset the password if unsure. Percent-encode special characters. The user must exist in the auth source database.",
		steps: []string{"Test the same credentials with mongosh: mongosh \"<the string>\" --eval \"db.runCommand({connectionStatus: 1})\"."},
		tip:   TipAuthFailed},
	{key: "wrong-credentials#atlas",
		title: "Atlas rejected the database user's name or password",
		fix:   "Use a database user from Atlas's Database Access page (not your Atlas login), with its current password, percent-encoded; Atlas users authenticate against admin. Edit the user there to reset the password if unsure.",
		steps: []string{"Test the same credentials with mongosh: mongosh \"<the string>\" --eval \"db.runCommand({connectionStatus: 1})\"."},
		tip:   TipAuthFailed},
	{key: "retry-writes-unsupported",
		title: "The server does not support retryable writes: the string must say retryWrites=false",
		fix:   "Amazon DocumentDB and Azure Cosmos DB (RU) reject retryable writes, which drivers turn on by default: add retryWrites=false to the string."},
	{key: "retry-writes-unsupported#standalone",
		title: "A standalone server cannot run retryable writes",
		fix:   "Retryable writes need a replica set or a sharded cluster: add retryWrites=false for a standalone mongod, or run it as a one-member replica set."},
}

// textOf returns the words of the cause or variant named key. A key
// without words (a bug TestCauseTextsComplete catches) gets its name as
// its title rather than a panic.
func textOf(key string) *causeText {
	for i := range causeTexts {
		if causeTexts[i].key == key {
			return &causeTexts[i]
		}
	}
	return &causeText{key: key, title: key}
}

// fill puts the facts in place of {1}, {2}, ...
func fill(s string, vars []string) string {
	if len(vars) == 0 || !strings.Contains(s, "{") {
		return s
	}
	for i, v := range vars {
		s = strings.ReplaceAll(s, "{"+string(rune('1'+i))+"}", v)
	}
	return s
}
