package drivererr

// Error texts as the drivers print them, written from each driver's source
// (the format strings of its errors and topology descriptions) and the
// operating system and TLS library messages they pass through. Host names
// are examples; the variable parts (ports, timeouts, ids) are typical values.

type textCase struct {
	name   string
	family string // must be found
	class  Class  // must be Classes[0]
	driver Driver // "" when no driver's wording is in the text
	text   string

	// facts, checked when set
	hosts      []string // each must be in Hosts
	servers    int
	topology   string
	srv        string
	timeout    string // "name=ms"
	authSource string
	option     string
	hint       string // a word of DriverHint
	runtime    string
	windows    bool
}

// nodeSel wraps a server error the way the Node.js driver prints a
// MongoServerSelectionError: the first server's error as the message, and
// the topology in the reason.
func nodeSel(msg, typ string, servers ...string) string {
	s := "MongoServerSelectionError: " + msg + "\n    at Timeout._onTimeout (/app/node_modules/mongodb/lib/sdam/topology.js:292:38)\n    at listOnTimeout (node:internal/timers:581:17) {\n  reason: TopologyDescription {\n    type: '" + typ + "',\n    servers: Map(" + string(rune('0'+len(servers)/2)) + ") {\n"
	for i := 0; i+1 < len(servers); i += 2 {
		s += "      '" + servers[i] + "' => ServerDescription {\n        address: '" + servers[i] + "',\n        type: 'Unknown',\n        hosts: [],\n        error: " + servers[i+1] + "\n      },\n"
	}
	return s + "    },\n    stale: false,\n    compatible: true,\n    heartbeatFrequencyMS: 10000,\n    localThresholdMS: 15,\n    setName: null,\n    maxElectionId: null,\n    maxSetVersion: null,\n    commonWireVersion: 0,\n    logicalSessionTimeoutMinutes: null\n  },\n  code: undefined,\n  [Symbol(errorLabels)]: Set(0) {}\n}\n\nNode.js v20.11.1"
}

func pySel(first, topo string, servers ...string) string {
	s := "pymongo.errors.ServerSelectionTimeoutError: " + first + ", Timeout: 30s, Topology Description: <TopologyDescription id: 6650c1f2a3e4b5c6d7e8f901, topology_type: " + topo + ", servers: ["
	for i := 0; i+1 < len(servers); i += 2 {
		if i > 0 {
			s += ", "
		}
		s += "<ServerDescription " + servers[i] + " server_type: Unknown, rtt: None, error=" + servers[i+1] + ">"
	}
	return s + "]>"
}

func goSel(topo string, servers ...string) string {
	s := "server selection error: server selection timeout, current topology: { Type: " + topo + ", Servers: ["
	for i := 0; i+1 < len(servers); i += 2 {
		s += "{ Addr: " + servers[i] + ", Type: Unknown, Last error: " + servers[i+1] + " }, "
	}
	return s + "] }"
}

func javaSel(topo string, servers ...string) string {
	s := "com.mongodb.MongoTimeoutException: Timed out after 30000 ms while waiting for a server that matches ReadPreferenceServerSelector{readPreference=primary}. Client view of cluster state is {type=" + topo + ", servers=["
	for i := 0; i+1 < len(servers); i += 2 {
		if i > 0 {
			s += ", "
		}
		s += "{address=" + servers[i] + ", type=UNKNOWN, state=CONNECTING, exception=" + servers[i+1] + "}"
	}
	return s + "]\n\tat com.mongodb.internal.connection.BaseCluster.createTimeoutException(BaseCluster.java:380)"
}

func csSel(topo string, servers ...string) string {
	s := "System.TimeoutException: A timeout occurred after 30000ms selecting a server using CompositeServerSelector{ Selectors = ReadPreferenceServerSelector{ ReadPreference = { Mode : Primary } }, LatencyLimitingServerSelector{ AllowedLatencyRange = 00:00:00.0150000 }, OperationsCountServerSelector }. Client view of cluster state is { ClusterId : \"1\", DirectConnection : \"False\", Type : \"" + topo + "\", State : \"Disconnected\", Servers : ["
	for i := 0; i+1 < len(servers); i += 2 {
		if i > 0 {
			s += ", "
		}
		s += "{ ServerId: \"{ ClusterId : 1, EndPoint : \"Unspecified/" + servers[i] + "\" }\", EndPoint: \"Unspecified/" + servers[i] + "\", ReasonChanged: \"Heartbeat\", State: \"Disconnected\", ServerVersion: , TopologyVersion: , Type: \"Unknown\", HeartbeatException: \"" + servers[i+1] + "\", LastHeartbeatTimestamp: \"2025-03-01T10:00:00.0000000Z\", LastUpdateTimestamp: \"2025-03-01T10:00:00.0000000Z\" }"
	}
	return s + "] }.\n   at MongoDB.Driver.Core.Clusters.Cluster.ThrowTimeoutException(IServerSelector selector, ClusterDescription description)"
}

func rustSel(topo string, servers ...string) string {
	s := "Kind: Server selection timeout: No available servers. Topology: { Type: " + topo + ", Servers: [ "
	for i := 0; i+1 < len(servers); i += 2 {
		if i > 0 {
			s += ", "
		}
		s += "{ Address: " + servers[i] + ", Type: Unknown, Error: " + servers[i+1] + " }"
	}
	return s + " ] }, labels: {}"
}

func cSel(servers ...string) string {
	s := "No suitable servers found (`serverSelectionTryOnce` set):"
	for i := 0; i+1 < len(servers); i += 2 {
		s += " [" + servers[i+1] + " calling hello on '" + servers[i] + "']"
	}
	return s
}

const atlasNode0 = "ac-k3x9q2m-shard-00-00.abcde.mongodb.net:27017"
const atlasNode1 = "ac-k3x9q2m-shard-00-01.abcde.mongodb.net:27017"

var textCases = []textCase{
	// --- parse-unescaped
	{name: "node unescaped password", family: "parse-unescaped", class: ClassParse, driver: DriverNode,
		text: "MongoParseError: Password contains unescaped characters\n    at new ConnectionString (/app/node_modules/mongodb-connection-string-url/lib/index.js:90:19)"},
	{name: "python unescaped", family: "parse-unescaped", class: ClassParse, driver: DriverPython,
		text: "Traceback (most recent call last):\n  File \"/app/db.py\", line 4, in <module>\n    client = MongoClient(uri)\npymongo.errors.InvalidURI: Username and password must be escaped according to RFC 3986, use urllib.parse.quote_plus"},
	{name: "go unescaped @", family: "parse-unescaped", class: ClassParse, driver: DriverGo,
		text: "error parsing uri: unescaped @ sign in user info"},
	{name: "go unescaped colon", family: "parse-unescaped", class: ClassParse, driver: DriverGo,
		text: "error parsing uri: unescaped colon in password"},
	{name: "java user information", family: "parse-unescaped", class: ClassParse, driver: DriverJava,
		text: "java.lang.IllegalArgumentException: The connection string contains invalid user information. If the username or password contains a colon (:) or an at-sign (@) then it must be urlencoded\n\tat com.mongodb.ConnectionString.<init>(ConnectionString.java:374)"},
	{name: "rust must be URL encoded", family: "parse-unescaped", class: ClassParse, driver: DriverRust,
		text: "Error { kind: InvalidArgument { message: \"password must be URL encoded\" }, labels: {} }"},
	// --- parse-scheme
	{name: "node invalid scheme", family: "parse-scheme", class: ClassParse, driver: DriverNode,
		text: "MongoParseError: Invalid scheme, expected connection string to start with \"mongodb://\" or \"mongodb+srv://\"\n    at new ConnectionString (/app/node_modules/mongodb-connection-string-url/lib/index.js:86:19)"},
	{name: "node undefined uri", family: "parse-scheme", class: ClassParse, driver: DriverNode,
		text: "TypeError: Cannot read properties of undefined (reading 'startsWith')\n    at connectionStringHasValidScheme (/app/node_modules/mongodb-connection-string-url/lib/index.js:9:30)\n    at new MongoClient (/app/node_modules/mongodb/lib/mongo_client.js:51:63)"},
	{name: "mongoose undefined", family: "parse-scheme", class: ClassParse, driver: DriverMongoose,
		text: "MongooseError: The `uri` parameter to `openUri()` must be a string, got \"undefined\". Make sure the first parameter to `mongoose.connect()` or `mongoose.createConnection()` is a string."},
	{name: "python scheme", family: "parse-scheme", class: ClassParse, driver: DriverPython,
		text: "pymongo.errors.InvalidURI: Invalid URI scheme: URI must begin with 'mongodb://' or 'mongodb+srv://'"},
	{name: "go scheme", family: "parse-scheme", class: ClassParse, driver: DriverGo,
		text: "error parsing uri: scheme must be \"mongodb\" or \"mongodb+srv\""},
	{name: "java scheme", family: "parse-scheme", class: ClassParse, driver: DriverJava,
		text: "java.lang.IllegalArgumentException: The connection string is invalid. Connection strings must start with either 'mongodb://' or 'mongodb+srv://\n\tat com.mongodb.ConnectionString.<init>(ConnectionString.java:330)"},
	{name: "rust no scheme", family: "parse-scheme", class: ClassParse, driver: DriverRust,
		text: "Kind: An invalid argument was provided: connection string contains no scheme, labels: {}"},
	// --- parse-srv-host
	{name: "node before 6.10", family: "parse-srv-host", class: ClassParse, driver: DriverNode, hint: "6.10",
		text: "MongoAPIError: URI must include hostname, domain name, and tld\n    at resolveSRVRecord (/app/node_modules/mongodb/lib/connection_string.js:52:15)"},
	{name: "node 3.x tld", family: "parse-srv-host", class: ClassParse, driver: DriverNode, hint: "3.x",
		text: "MongoParseError: URI does not have hostname, domain name and tld\n    at parseSrvConnectionString (/app/node_modules/mongodb/lib/core/uri_parser.js:51:21)"},
	{name: "python srv host", family: "parse-srv-host", class: ClassParse, driver: DriverPython,
		text: "pymongo.errors.InvalidURI: Invalid URI host: localhost is not a valid hostname for 'mongodb+srv://'. Did you mean to use 'mongodb://'?"},
	{name: "node srv port", family: "parse-srv-host", class: ClassParse, driver: DriverNode,
		text: "MongoParseError: mongodb+srv URI cannot have port number"},
	{name: "go srv one host", family: "parse-srv-host", class: ClassParse, driver: DriverGo,
		text: "error parsing uri: URI with SRV must include one and only one hostname"},
	// --- parse-option
	{name: "node option", family: "parse-option", class: ClassParse, driver: DriverNode, option: "usenewurlparser", hint: "4.0",
		text: "MongoParseError: option usenewurlparser is not supported\n    at parseOptions (/app/node_modules/mongodb/lib/connection_string.js:294:15)"},
	{name: "node options plural", family: "parse-option", class: ClassParse, driver: DriverNode, option: "usenewurlparser",
		text: "MongoParseError: options usenewurlparser, useunifiedtopology are not supported\n    at parseOptions (/app/node_modules/mongodb/lib/connection_string.js:294:15)"},
	{name: "mongoose option", family: "parse-option", class: ClassParse, driver: DriverMongoose, option: "usecreateindex",
		text: "MongoParseError: option usecreateindex is not supported\n    at parseOptions (/app/node_modules/mongoose/node_modules/mongodb/lib/connection_string.js:289:15)\n    at NativeConnection.openUri (/app/node_modules/mongoose/lib/connection.js:825:32)"},
	{name: "libmongoc unsupported option", family: "parse-option", class: ClassParse, driver: DriverC, option: "sslCertReqs",
		text: "2025/03/01 10:00:00.0000: [ 1234]:  WARNING:       mongoc: Unsupported URI option \"sslCertReqs\""},
	// --- mongosh-host-port
	{name: "mongosh host and uri", family: "mongosh-host-port", class: ClassParse, driver: DriverMongosh,
		text: "MongoshInvalidInputError: [COMMON-10001] If a full URI is provided, you cannot also specify --host or --port"},
	{name: "mongosh host and uri, bare", family: "mongosh-host-port", class: ClassParse, driver: DriverMongosh,
		text: "Current Mongosh Log ID: 65f0c1a2b3c4d5e6f7a8b9c0\nIf a full URI is provided, you cannot also specify --host or --port"},
	{name: "legacy mongo shell", family: "mongosh-host-port", class: ClassParse,
		text: "If a full URI is provided, you cannot also specify --host or --port"},
	// --- parse-other
	{name: "go parse other", family: "parse-other", class: ClassParse, driver: DriverGo,
		text: "error parsing uri: must have a / before the query ?"},
	{name: "csharp not valid", family: "parse-other", class: ClassParse, driver: DriverCSharp,
		text: "MongoDB.Driver.MongoConfigurationException: The connection string '<hidden>' is not valid.\n   at MongoDB.Driver.Core.Configuration.ConnectionString.Parse()"},
	{name: "python invalid uri", family: "parse-other", class: ClassParse, driver: DriverPython,
		text: "pymongo.errors.InvalidURI: Invalid URI: Bad database name \"shop app\""},
	// --- dnspython-missing
	{name: "python dnspython new", family: "dnspython-missing", class: ClassDNSSRV, driver: DriverPython, hint: "4.3",
		text: "pymongo.errors.ConfigurationError: The \"dnspython\" module must be installed to use mongodb+srv:// URIs. To fix this error install pymongo again:\n python -m pip install pymongo>=4.3"},
	{name: "python dnspython old", family: "dnspython-missing", class: ClassDNSSRV, driver: DriverPython,
		text: "Traceback (most recent call last):\n  File \"/usr/lib/python3.8/site-packages/pymongo/uri_parser.py\", line 428, in parse_uri\npymongo.errors.ConfigurationError: The \"dnspython\" module must be installed to use mongodb+srv:// URIs", runtime: "Python 3.8"},
	{name: "motor dnspython", family: "dnspython-missing", class: ClassDNSSRV, driver: DriverPython,
		text: "ConfigurationError: The \"dnspython\" module must be installed to use mongodb+srv:// URIs (raised from motor.motor_asyncio.AsyncIOMotorClient, pymongo 3.12)"},
	// --- srv-refused
	{name: "node querySrv refused windows", family: "srv-refused", class: ClassDNSSRV, driver: DriverNode, srv: "_mongodb._tcp.cluster0.abcde.mongodb.net", runtime: "Node.js v22.22.0", windows: true,
		text: "Error: querySrv ECONNREFUSED _mongodb._tcp.cluster0.abcde.mongodb.net\n    at QueryReqWrap.onresolve [as oncomplete] (node:internal/dns/promises:294:17) {\n  errno: undefined,\n  code: 'ECONNREFUSED',\n  syscall: 'querySrv',\n  hostname: '_mongodb._tcp.cluster0.abcde.mongodb.net'\n}\n    at C:\\Users\\dev\\app\\server.js:12:9\n\nNode.js v22.22.0"},
	{name: "mongoose querySrv refused", family: "srv-refused", class: ClassDNSSRV, driver: DriverMongoose, srv: "_mongodb._tcp.cluster0.xyz12.mongodb.net",
		text: "MongooseServerSelectionError: querySrv ECONNREFUSED _mongodb._tcp.cluster0.xyz12.mongodb.net\n    at NativeConnection.openUri (/app/node_modules/mongoose/lib/connection.js:847:32)"},
	{name: "python no nameservers", family: "srv-refused", class: ClassDNSSRV, driver: DriverPython,
		text: "dns.resolver.NoResolverConfiguration: Resolver configuration could not be read or specified no nameservers."},
	{name: "csharp dnsclient", family: "srv-not-found", class: ClassDNSSRV, driver: DriverCSharp, srv: "_mongodb._tcp.cluster0.abcde.mongodb.net",
		text: "DnsClient.DnsResponseException: Query 41290 => _mongodb._tcp.cluster0.abcde.mongodb.net IN SRV on 192.168.1.1:53 failed with an error.\n   at MongoDB.Driver.Core.Misc.DnsClientWrapper.ResolveSrvRecords(String service, CancellationToken cancellationToken)"},
	{name: "node 3 first connect", family: "tcp-refused", class: ClassTCPRefused, driver: DriverNode, hosts: []string{"localhost:27017"}, hint: "Mongoose 5",
		text: "MongoNetworkError: failed to connect to server [localhost:27017] on first connect [Error: connect ECONNREFUSED 127.0.0.1:27017\n    at TCPConnectWrap.afterConnect [as oncomplete] (net.js:1146:16) {\n  name: 'MongoNetworkError'\n}]"},
	{name: "mongosh querySrv refused", family: "srv-refused", class: ClassDNSSRV, driver: DriverMongosh, srv: "_mongodb._tcp.prod.abcde.mongodb.net",
		text: "Current Mongosh Log ID: 66a1b2c3d4e5f6a7b8c9d0e1\nConnecting to: mongodb+srv://<credentials>@prod.abcde.mongodb.net/?appName=mongosh+2.2.10\nError: querySrv ECONNREFUSED _mongodb._tcp.prod.abcde.mongodb.net"},
	// --- srv-timeout
	{name: "node querySrv timeout", family: "srv-timeout", class: ClassDNSSRV, driver: DriverNode, srv: "_mongodb._tcp.cluster0.abcde.mongodb.net",
		text: "Error: querySrv ETIMEOUT _mongodb._tcp.cluster0.abcde.mongodb.net\n    at QueryReqWrap.onresolve [as oncomplete] (node:internal/dns/promises:291:17)"},
	{name: "python lifetime expired", family: "srv-timeout", class: ClassDNSSRV, driver: DriverPython, srv: "_mongodb._tcp.cluster0.abcde.mongodb.net",
		text: "pymongo.errors.ConfigurationError: The resolution lifetime expired after 21.6 seconds: Server Do53:192.168.1.1@53 answered The DNS operation timed out.; (query for _mongodb._tcp.cluster0.abcde.mongodb.net IN SRV)"},
	{name: "python dns timeout old", family: "srv-timeout", class: ClassDNSSRV, driver: DriverPython,
		text: "pymongo.errors.ConfigurationError: The DNS operation timed out after 21.17 seconds (dns.resolver, mongodb+srv)"},
	// --- srv-not-found
	{name: "node querySrv notfound", family: "srv-not-found", class: ClassDNSSRV, driver: DriverNode, srv: "_mongodb._tcp.cluster1.abcde.mongodb.net",
		text: "Error: querySrv ENOTFOUND _mongodb._tcp.cluster1.abcde.mongodb.net\n    at QueryReqWrap.onresolve [as oncomplete] (node:internal/dns/promises:291:17)"},
	{name: "python nxdomain", family: "srv-not-found", class: ClassDNSSRV, driver: DriverPython, srv: "_mongodb._tcp.cluster1.abcde.mongodb.net",
		text: "pymongo.errors.ConfigurationError: The DNS query name does not exist: _mongodb._tcp.cluster1.abcde.mongodb.net."},
	{name: "java srv lookup", family: "srv-not-found", class: ClassDNSSRV, driver: DriverJava,
		text: "com.mongodb.MongoConfigurationException: Failed looking up SRV record for '_mongodb._tcp.cluster1.abcde.mongodb.net'.\n\tat com.mongodb.internal.dns.DefaultDnsResolver.resolveHostFromSrvRecords(DefaultDnsResolver.java:88)"},
	{name: "rust dns resolution", family: "srv-not-found", class: ClassDNSSRV, driver: DriverRust,
		text: "Kind: An error occurred during DNS resolution: no record found for Query { name: Name(\"_mongodb._tcp.cluster1.abcde.mongodb.net.\"), query_type: SRV, query_class: IN }, labels: {}"},
	// --- srv-go-lookup
	{name: "go srv no such host", family: "srv-go-lookup", class: ClassDNSSRV, driver: DriverGo, srv: "_mongodb._tcp.cluster1.abcde.mongodb.net",
		text: "error parsing uri: lookup _mongodb._tcp.cluster1.abcde.mongodb.net on 127.0.0.53:53: no such host"},
	{name: "go srv misbehaving", family: "srv-go-lookup", class: ClassDNSSRV, driver: DriverGo,
		text: "error parsing uri: lookup _mongodb._tcp.cluster0.abcde.mongodb.net on 127.0.0.11:53: server misbehaving"},
	{name: "go srv timeout", family: "srv-go-lookup", class: ClassDNSSRV, driver: DriverGo,
		text: "error parsing uri: lookup _mongodb._tcp.cluster0.abcde.mongodb.net on 10.0.0.2:53: read udp 10.0.0.5:50312->10.0.0.2:53: i/o timeout"},
	// --- txt-failed
	{name: "node queryTxt timeout", family: "txt-failed", class: ClassDNSSRV, driver: DriverNode,
		text: "Error: queryTxt ETIMEOUT cluster0.abcde.mongodb.net\n    at QueryReqWrap.onresolve [as oncomplete] (node:internal/dns/promises:291:17)"},
	{name: "node queryTxt refused", family: "txt-failed", class: ClassDNSSRV, driver: DriverNode,
		text: "MongoServerSelectionError: queryTxt ECONNREFUSED cluster0.abcde.mongodb.net"},
	{name: "python two txt records", family: "txt-failed", class: ClassDNSSRV, driver: DriverPython,
		text: "pymongo.errors.ConfigurationError: Only one TXT record is supported"},
	// --- dns-unmarshal
	{name: "go unmarshal", family: "dns-unmarshal", class: ClassDNSSRV, driver: DriverGo,
		text: "error parsing uri: lookup cluster0.abcde.mongodb.net on 172.20.10.1:53: cannot unmarshal DNS message"},
	{name: "go unmarshal srv", family: "dns-unmarshal", class: ClassDNSSRV, driver: DriverGo, srv: "_mongodb._tcp.cluster0.abcde.mongodb.net",
		text: "panic: error parsing uri: lookup _mongodb._tcp.cluster0.abcde.mongodb.net on 192.168.1.1:53: cannot unmarshal DNS message\n\ngoroutine 1 [running]:\nmain.main()"},
	{name: "go unmarshal wsl", family: "dns-unmarshal", class: ClassDNSSRV, driver: DriverGo,
		text: "connect: error parsing uri: lookup _mongodb._tcp.db.example.org on 172.29.0.1:53: cannot unmarshal DNS message"},
	// --- srv-parent-mismatch
	{name: "node parent", family: "srv-parent-mismatch", class: ClassDNSSRV, driver: DriverNode,
		text: "MongoAPIError: Server record does not share hostname with parent URI\n    at resolveSRVRecord (/app/node_modules/mongodb/lib/connection_string.js:67:19)"},
	{name: "python invalid srv host", family: "srv-parent-mismatch", class: ClassDNSSRV, driver: DriverPython,
		text: "pymongo.errors.ConfigurationError: Invalid SRV host: db1.other-domain.com"},
	{name: "go suffix", family: "srv-parent-mismatch", class: ClassDNSSRV, driver: DriverGo,
		text: "error parsing uri: Domain suffix from SRV record not matched input domain"},
	{name: "java sub-domain", family: "srv-parent-mismatch", class: ClassDNSSRV, driver: DriverJava,
		text: "com.mongodb.MongoConfigurationException: The SRV host name 'db.example.com' resolved to a host 'node1.example.org 'that is not in a sub-domain of the SRV host."},
	{name: "rust domain", family: "srv-parent-mismatch", class: ClassDNSSRV, driver: DriverRust,
		text: "Kind: An error occurred during SRV lookup: SRV lookup for db.example.com returned result node1.example.org:27017, which does not match domain name example.com, labels: {}"},
	// --- host-again
	{name: "node eai_again", family: "host-again", class: ClassDNSHost, driver: DriverNode, hosts: []string{"mongo"},
		text: "MongoServerSelectionError: getaddrinfo EAI_AGAIN mongo\n    at Timeout._onTimeout (/app/node_modules/mongodb/lib/sdam/topology.js:292:38)"},
	{name: "python temporary failure", family: "host-again", class: ClassDNSHost, driver: DriverPython, servers: 1, topology: "Unknown",
		text: pySel("db:27017: [Errno -3] Temporary failure in name resolution", "Unknown", "('db', 27017)", "AutoReconnect('db:27017: [Errno -3] Temporary failure in name resolution')")},
	{name: "go misbehaving", family: "host-again", class: ClassDNSHost, driver: DriverGo, servers: 1, hosts: []string{"db:27017"},
		text: goSel("Unknown", "db:27017", "connection() error occurred during connection handshake: dial tcp: lookup db on 127.0.0.11:53: server misbehaving")},
	// --- host-not-found
	{name: "node enotfound docker", family: "host-not-found", class: ClassDNSHost, driver: DriverNode, servers: 2, topology: "ReplicaSetNoPrimary", hosts: []string{"mongo1:27017", "mongo2:27017"},
		text: nodeSel("getaddrinfo ENOTFOUND mongo1", "ReplicaSetNoPrimary", "mongo1:27017", "MongoNetworkError: getaddrinfo ENOTFOUND mongo1", "mongo2:27017", "MongoNetworkError: getaddrinfo ENOTFOUND mongo2")},
	{name: "python name not known", family: "host-not-found", class: ClassDNSHost, driver: DriverPython, servers: 1, topology: "ReplicaSetNoPrimary", timeout: "serverSelectionTimeoutMS=30000",
		text: pySel("mongo1:27017: [Errno -2] Name or service not known", "ReplicaSetNoPrimary", "('mongo1', 27017)", "AutoReconnect('mongo1:27017: [Errno -2] Name or service not known')")},
	{name: "python windows getaddrinfo", family: "host-not-found", class: ClassDNSHost, driver: DriverPython, windows: true,
		text: pySel("mongo1:27017: [Errno 11001] getaddrinfo failed", "Unknown", "('mongo1', 27017)", "AutoReconnect('mongo1:27017: [Errno 11001] getaddrinfo failed')")},
	{name: "go no such host", family: "host-not-found", class: ClassDNSHost, driver: DriverGo, servers: 2, topology: "ReplicaSetNoPrimary",
		text: goSel("ReplicaSetNoPrimary", "mongo1:27017", "dial tcp: lookup mongo1 on 127.0.0.11:53: no such host", "mongo2:27017", "dial tcp: lookup mongo2 on 127.0.0.11:53: no such host")},
	{name: "java unknown host", family: "host-not-found", class: ClassDNSHost, driver: DriverJava, servers: 1, topology: "Unknown", timeout: "serverSelectionTimeoutMS=30000",
		text: javaSel("UNKNOWN", "mongodb:27017", "{com.mongodb.MongoSocketException: mongodb}, caused by {java.net.UnknownHostException: mongodb}")},
	{name: "csharp no such host", family: "host-not-found", class: ClassDNSHost, driver: DriverCSharp, servers: 1, topology: "ReplicaSet",
		text: csSel("ReplicaSet", "mongo-0.mongo:27017", "MongoDB.Driver.MongoConnectionException: An exception occurred while opening a connection to the server. ---> System.Net.Sockets.SocketException (00000001, 11): No such host is known.")},
	{name: "rust lookup", family: "host-not-found", class: ClassDNSHost, driver: DriverRust, servers: 1, topology: "ReplicaSetNoPrimary",
		text: rustSel("ReplicaSetNoPrimary", "mongodb-secondary:27017", "Kind: I/O error: failed to lookup address information: Name or service not known, labels: {}")},
	// --- tls-alert-internal
	{name: "node alert 80", family: "tls-alert-internal", class: ClassTLSAlert, driver: DriverNode, servers: 2, topology: "ReplicaSetNoPrimary",
		text: nodeSel("C0E7A8F5B77F0000:error:0A000438:SSL routines:ssl3_read_bytes:tlsv1 alert internal error:../deps/openssl/openssl/ssl/record/rec_layer_s3.c:1590:SSL alert number 80\n", "ReplicaSetNoPrimary", atlasNode0, "MongoNetworkError: C0E7A8F5B77F0000:error:0A000438:SSL routines:ssl3_read_bytes:tlsv1 alert internal error:../deps/openssl/openssl/ssl/record/rec_layer_s3.c:1590:SSL alert number 80", atlasNode1, "MongoNetworkError: C0E7A8F5B77F0000:error:0A000438:SSL routines:ssl3_read_bytes:tlsv1 alert internal error")},
	{name: "python alert internal", family: "tls-alert-internal", class: ClassTLSAlert, driver: DriverPython, servers: 1,
		text: pySel("SSL handshake failed: "+atlasNode0+": [SSL: TLSV1_ALERT_INTERNAL_ERROR] tlsv1 alert internal error (_ssl.c:1006) (configured timeouts: socketTimeoutMS: 20000.0ms, connectTimeoutMS: 20000.0ms)", "ReplicaSetNoPrimary", "('ac-k3x9q2m-shard-00-00.abcde.mongodb.net', 27017)", "AutoReconnect('SSL handshake failed: "+atlasNode0+": [SSL: TLSV1_ALERT_INTERNAL_ERROR] tlsv1 alert internal error (_ssl.c:1006)')")},
	{name: "java fatal alert", family: "tls-alert-internal", class: ClassTLSAlert, driver: DriverJava, servers: 1, topology: "ReplicaSet",
		text: javaSel("REPLICA_SET", atlasNode0, "{com.mongodb.MongoSocketWriteException: Exception sending message}, caused by {javax.net.ssl.SSLException: Received fatal alert: internal_error}")},
	{name: "rust fatal alert", family: "tls-alert-internal", class: ClassTLSAlert, driver: DriverRust, servers: 1,
		text: rustSel("ReplicaSetNoPrimary", atlasNode0, "Kind: I/O error: received fatal alert: InternalError, labels: {}")},
	{name: "php alert", family: "tls-alert-internal", class: ClassTLSAlert, driver: DriverPHP, servers: 1,
		text: "PHP Fatal error:  Uncaught MongoDB\\Driver\\Exception\\ConnectionTimeoutException: " + cSel(atlasNode1, "TLS handshake failed: error:0A000438:SSL routines::tlsv1 alert internal error")},
	// --- tls-disconnected
	{name: "node socket disconnected", family: "tls-disconnected", class: ClassTLSAlert, driver: DriverNode, hosts: []string{atlasNode0},
		text: nodeSel("Client network socket disconnected before secure TLS connection was established", "ReplicaSetNoPrimary", atlasNode0, "MongoNetworkError: Client network socket disconnected before secure TLS connection was established")},
	{name: "python eof", family: "tls-disconnected", class: ClassTLSAlert, driver: DriverPython,
		text: pySel("SSL handshake failed: "+atlasNode0+": EOF occurred in violation of protocol (_ssl.c:992)", "ReplicaSetNoPrimary", "('ac-k3x9q2m-shard-00-00.abcde.mongodb.net', 27017)", "AutoReconnect('SSL handshake failed: "+atlasNode0+": EOF occurred in violation of protocol (_ssl.c:992)')")},
	{name: "java handshake terminated", family: "tls-disconnected", class: ClassTLSAlert, driver: DriverJava,
		text: javaSel("REPLICA_SET", atlasNode0, "{com.mongodb.MongoSocketWriteException: Exception sending message}, caused by {javax.net.ssl.SSLHandshakeException: Remote host terminated the handshake}")},
	// --- tls-plaintext
	{name: "node wrong version", family: "tls-plaintext", class: ClassTLSAlert, driver: DriverNode,
		text: nodeSel("80A8E3F9D17F0000:error:0A00010B:SSL routines:ssl3_get_record:wrong version number:../deps/openssl/openssl/ssl/record/ssl3_record.c:355:", "Unknown", "db.example.com:27017", "MongoNetworkError: 80A8E3F9D17F0000:error:0A00010B:SSL routines:ssl3_get_record:wrong version number")},
	{name: "go first record", family: "tls-plaintext", class: ClassTLSAlert, driver: DriverGo,
		text: goSel("Single", "db.example.com:27017", "connection() error occurred during connection handshake: tls: first record does not look like a TLS handshake")},
	{name: "python wrong version", family: "tls-plaintext", class: ClassTLSAlert, driver: DriverPython,
		text: pySel("SSL handshake failed: db.example.com:27017: [SSL: WRONG_VERSION_NUMBER] wrong version number (_ssl.c:1006)", "Unknown", "('db.example.com', 27017)", "AutoReconnect('SSL handshake failed: db.example.com:27017: [SSL: WRONG_VERSION_NUMBER] wrong version number (_ssl.c:1006)')")},
	// --- tls-hostname
	{name: "node altnames", family: "tls-hostname", class: ClassTLSTrust, driver: DriverNode,
		text: nodeSel("Hostname/IP does not match certificate's altnames: IP: 10.0.0.5 is not in the cert's list: ", "Unknown", "10.0.0.5:27017", "MongoNetworkError: Hostname/IP does not match certificate's altnames: IP: 10.0.0.5 is not in the cert's list: ")},
	{name: "go valid for", family: "tls-hostname", class: ClassTLSTrust, driver: DriverGo,
		text: goSel("Single", "10.0.0.5:27017", "connection() error occurred during connection handshake: x509: certificate is valid for db.internal, not 10.0.0.5")},
	{name: "python hostname mismatch", family: "tls-hostname", class: ClassTLSTrust, driver: DriverPython,
		text: pySel("10.0.0.5:27017: [SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: IP address mismatch, certificate is not valid for '10.0.0.5'. (_ssl.c:1006)", "Unknown", "('10.0.0.5', 27017)", "AutoReconnect('10.0.0.5:27017: certificate verify failed: Hostname mismatch, certificate is not valid for 10.0.0.5')")},
	{name: "csharp name mismatch", family: "tls-hostname", class: ClassTLSTrust, driver: DriverCSharp,
		text: csSel("Unknown", "10.0.0.5:27017", "MongoDB.Driver.MongoConnectionException: An exception occurred while opening a connection to the server. ---> System.Security.Authentication.AuthenticationException: The remote certificate is invalid because of errors in the certificate chain: RemoteCertificateNameMismatch")},
	// --- tls-self-signed
	{name: "node self signed", family: "tls-self-signed", class: ClassTLSTrust, driver: DriverNode,
		text: nodeSel("self-signed certificate in certificate chain", "Unknown", "db.internal:27017", "MongoNetworkError: self-signed certificate in certificate chain")},
	{name: "node self signed old", family: "tls-self-signed", class: ClassTLSTrust, driver: DriverNode,
		text: "MongoServerSelectionError: self signed certificate in certificate chain\n    at Timeout._onTimeout (/app/node_modules/mongodb/lib/sdam/topology.js:318:38) {\n  code: 'SELF_SIGNED_CERT_IN_CHAIN'\n}"},
	{name: "python self signed", family: "tls-self-signed", class: ClassTLSTrust, driver: DriverPython,
		text: pySel("db.internal:27017: [SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: self-signed certificate (_ssl.c:1006)", "Unknown", "('db.internal', 27017)", "AutoReconnect('db.internal:27017: [SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: self-signed certificate (_ssl.c:1006)')")},
	// --- tls-expired
	{name: "node expired", family: "tls-expired", class: ClassTLSTrust, driver: DriverNode,
		text: "MongoServerSelectionError: certificate has expired\n    at Timeout._onTimeout (/app/node_modules/mongodb/lib/sdam/topology.js:292:38) {\n  code: 'CERT_HAS_EXPIRED'\n}"},
	{name: "go expired", family: "tls-expired", class: ClassTLSTrust, driver: DriverGo,
		text: goSel("Single", "db.example.com:27017", "connection() error occurred during connection handshake: x509: certificate has expired or is not yet valid: current time 2025-03-01T10:00:00Z is after 2025-02-01T00:00:00Z")},
	{name: "python expired", family: "tls-expired", class: ClassTLSTrust, driver: DriverPython,
		text: pySel("db.example.com:27017: [SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: certificate has expired (_ssl.c:1006)", "Unknown", "('db.example.com', 27017)", "AutoReconnect('db.example.com:27017: certificate has expired')")},
	// --- tls-untrusted
	{name: "python macos issuer", family: "tls-untrusted", class: ClassTLSTrust, driver: DriverPython, servers: 2,
		text: pySel(atlasNode0+": [SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: unable to get local issuer certificate (_ssl.c:1002)", "ReplicaSetNoPrimary", "('ac-k3x9q2m-shard-00-00.abcde.mongodb.net', 27017)", "AutoReconnect('"+atlasNode0+": [SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: unable to get local issuer certificate (_ssl.c:1002)')", "('ac-k3x9q2m-shard-00-01.abcde.mongodb.net', 27017)", "AutoReconnect('"+atlasNode1+": [SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: unable to get local issuer certificate (_ssl.c:1002)')")},
	{name: "java pkix", family: "tls-untrusted", class: ClassTLSTrust, driver: DriverJava,
		text: javaSel("REPLICA_SET", "db.internal:27017", "{com.mongodb.MongoSocketWriteException: Exception sending message}, caused by {javax.net.ssl.SSLHandshakeException: PKIX path building failed: sun.security.provider.certpath.SunCertPathBuilderException: unable to find valid certification path to requested target}")},
	{name: "go unknown authority", family: "tls-untrusted", class: ClassTLSTrust, driver: DriverGo,
		text: goSel("ReplicaSetNoPrimary", atlasNode0, "connection() error occurred during connection handshake: x509: certificate signed by unknown authority")},
	{name: "rust unknown issuer", family: "tls-untrusted", class: ClassTLSTrust, driver: DriverRust,
		text: rustSel("Unknown", "1.2.3.4:27017", "Kind: I/O error: invalid peer certificate: UnknownIssuer, labels: {}")},
	// --- auth-atlas
	{name: "node bad auth", family: "auth-atlas", class: ClassAuth, driver: DriverNode,
		text: "MongoServerError: bad auth : authentication failed\n    at Connection.sendCommand (/app/node_modules/mongodb/lib/cmap/connection.js:289:27) {\n  ok: 0,\n  code: 8000,\n  codeName: 'AtlasError',\n  [Symbol(errorLabels)]: Set(1) { 'HandshakeError' }\n}"},
	{name: "python bad auth", family: "auth-atlas", class: ClassAuth, driver: DriverPython,
		text: "pymongo.errors.OperationFailure: bad auth : authentication failed, full error: {'ok': 0, 'errmsg': 'bad auth : authentication failed', 'code': 8000, 'codeName': 'AtlasError'}"},
	{name: "mongosh bad auth", family: "auth-atlas", class: ClassAuth, driver: DriverMongosh,
		text: "Current Mongosh Log ID: 66a1b2c3d4e5f6a7b8c9d0e1\nConnecting to: mongodb+srv://<credentials>@cluster0.abcde.mongodb.net/\nMongoServerError: bad auth : authentication failed"},
	{name: "node 3 bad auth", family: "auth-atlas", class: ClassAuth, driver: DriverNode, hint: "3.x",
		text: "MongoError: bad auth Authentication failed.\n    at MessageStream.messageHandler (/app/node_modules/mongodb/lib/cmap/connection.js:268:20)"},
	// --- auth-mechanism
	{name: "server scram-256 without credentials", family: "auth-mechanism", class: ClassAuth, driver: DriverNode,
		text: "MongoServerError: Unable to use SCRAM-SHA-256 based authentication for user without any SCRAM-SHA-256 credentials registered"},
	{name: "documentdb unsupported mechanism", family: "auth-mechanism", class: ClassAuth, driver: DriverPython,
		text: "pymongo.errors.OperationFailure: Unsupported mechanism [ -301 ], full error: {'ok': 0.0, 'code': 115, 'errmsg': 'Unsupported mechanism [ -301 ]', 'operationTime': Timestamp(1700000000, 1)} (auth)"},
	{name: "go mechanism unavailable", family: "auth-mechanism", class: ClassAuth, driver: DriverGo,
		text: "connection() error occurred during connection handshake: auth error: sasl conversation error: unable to authenticate using mechanism \"SCRAM-SHA-256\": (MechanismUnavailable) Received authentication for mechanism SCRAM-SHA-256 which is not enabled"},
	// --- auth-failed
	{name: "node code 18", family: "auth-failed", class: ClassAuth, driver: DriverNode,
		text: "MongoServerError: Authentication failed.\n    at Connection.onMessage (/app/node_modules/mongodb/lib/cmap/connection.js:202:26) {\n  ok: 0,\n  errmsg: 'Authentication failed.',\n  code: 18,\n  codeName: 'AuthenticationFailed'\n}"},
	{name: "python code 18", family: "auth-failed", class: ClassAuth, driver: DriverPython,
		text: "pymongo.errors.OperationFailure: Authentication failed., full error: {'ok': 0.0, 'errmsg': 'Authentication failed.', 'code': 18, 'codeName': 'AuthenticationFailed'}"},
	{name: "java credential source", family: "auth-failed", class: ClassAuth, driver: DriverJava, authSource: "db_customers", servers: 1, topology: "Unknown",
		text: javaSel("UNKNOWN", "localhost:27017", "{com.mongodb.MongoSecurityException: Exception authenticating MongoCredential{mechanism=SCRAM-SHA-1, userName='app', source='db_customers', password=<hidden>, mechanismProperties=<hidden>}}, caused by {com.mongodb.MongoCommandException: Command failed with error 18 (AuthenticationFailed): 'Authentication failed.' on server localhost:27017. The full response is {\"ok\": 0.0, \"errmsg\": \"Authentication failed.\", \"code\": 18, \"codeName\": \"AuthenticationFailed\"}}")},
	{name: "go sasl", family: "auth-failed", class: ClassAuth, driver: DriverGo,
		text: "connection() error occurred during connection handshake: auth error: sasl conversation error: unable to authenticate using mechanism \"SCRAM-SHA-256\": (AuthenticationFailed) Authentication failed."},
	{name: "csharp sasl", family: "auth-failed", class: ClassAuth, driver: DriverCSharp,
		text: "MongoDB.Driver.MongoAuthenticationException: Unable to authenticate using sasl protocol mechanism SCRAM-SHA-1. ---> MongoDB.Driver.MongoCommandException: Command saslStart failed: Authentication failed.."},
	{name: "rust scram", family: "auth-failed", class: ClassAuth, driver: DriverRust,
		text: "Kind: Command failed: Error code 18 (AuthenticationFailed): Authentication failed., labels: {}"},
	// --- retry-writes
	{name: "documentdb retry", family: "retry-writes", class: ClassRefusal, driver: DriverNode,
		text: "MongoServerError: Retryable writes are not supported\n    at Connection.onMessage (/app/node_modules/mongodb/lib/cmap/connection.js:202:26) {\n  ok: 0,\n  code: 301\n}"},
	{name: "cosmos retry", family: "retry-writes", class: ClassRefusal, driver: DriverCSharp,
		text: "MongoDB.Driver.MongoCommandException: Command insert failed: Retryable writes are not supported. Please disable retryable writes by specifying \"retrywrites=false\" in the connection string or an equivalent driver specific config.."},
	{name: "python standalone", family: "retry-writes", class: ClassRefusal, driver: DriverPython,
		text: "pymongo.errors.OperationFailure: This MongoDB deployment does not support retryable writes. Please add retryWrites=false to your connection string., full error: {'ok': 0.0, 'errmsg': 'Transaction numbers are only allowed on a replica set member or mongos', 'code': 20, 'codeName': 'IllegalOperation'}"},
	{name: "go standalone", family: "retry-writes", class: ClassRefusal, driver: DriverGo,
		text: "(IllegalOperation) Transaction numbers are only allowed on a replica set member or mongos; server selection error: none"},
	// --- not-authorized
	{name: "node unauthorized", family: "not-authorized", class: ClassRefusal, driver: DriverNode,
		text: "MongoServerError: not authorized on shop to execute command { find: \"orders\", filter: {}, lsid: { id: UUID(\"0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0\") }, $db: \"shop\" }"},
	{name: "python requires auth", family: "not-authorized", class: ClassRefusal, driver: DriverPython,
		text: "pymongo.errors.OperationFailure: command find requires authentication, full error: {'ok': 0.0, 'errmsg': 'command find requires authentication', 'code': 13, 'codeName': 'Unauthorized'}"},
	{name: "java unauthorized", family: "not-authorized", class: ClassRefusal, driver: DriverJava,
		text: "com.mongodb.MongoCommandException: Command failed with error 13 (Unauthorized): 'not authorized on admin to execute command { listDatabases: 1 }' on server db.example.com:27017."},
	// --- too-many-connections
	{name: "node too many", family: "too-many-connections", class: ClassRefusal, driver: DriverNode,
		text: "MongoNetworkError: connection refused because too many open connections: 500"},
	{name: "python too many", family: "too-many-connections", class: ClassRefusal, driver: DriverPython,
		text: "pymongo.errors.AutoReconnect: db.example.com:27017: connection closed (connection refused because too many open connections: 819)"},
	{name: "go too many", family: "too-many-connections", class: ClassRefusal, driver: DriverGo,
		text: "connection() error occurred during connection handshake: connection refused because too many open connections: 1500"},
	// --- wire-version
	{name: "node wire", family: "wire-version", class: ClassRefusal, driver: DriverNode,
		text: "MongoServerSelectionError: Server at db.example.com:27017 reports maximum wire version 6, but this version of the Node.js Driver requires at least 7 (MongoDB 4.0)"},
	{name: "python wire", family: "wire-version", class: ClassRefusal, driver: DriverPython,
		text: "pymongo.errors.ConfigurationError: Server at db.example.com:27017 reports wire version 6, but this version of PyMongo requires at least 7 (MongoDB 4.0)."},
	{name: "go wire", family: "wire-version", class: ClassRefusal, driver: DriverGo,
		text: "server selection error: server selection timeout, current topology: { Type: Single, Servers: [{ Addr: db.example.com:27017, Type: Standalone, Last error: server at db.example.com:27017 reports wire version 6, but this version of the Go driver requires at least 7 (MongoDB 4.0) }, ] }"},
	// --- rs-ghost
	{name: "go ghost", family: "rs-ghost", class: ClassRefusal, driver: DriverGo, topology: "Unknown",
		text: "server selection error: server selection timeout, current topology: { Type: Unknown, Servers: [{ Addr: 127.0.0.1:27017, Type: RSGhost, State: Connected, Average RTT: 898693 }, ] }"},
	{name: "python ghost", family: "rs-ghost", class: ClassRefusal, driver: DriverPython,
		text: "pymongo.errors.ServerSelectionTimeoutError: No replica set members found yet, Timeout: 30s, Topology Description: <TopologyDescription id: 6650, topology_type: Unknown, servers: [<ServerDescription ('localhost', 27017) server_type: RSGhost, rtt: 0.0008>]>"},
	{name: "java ghost", family: "rs-ghost", class: ClassRefusal, driver: DriverJava,
		text: "com.mongodb.MongoTimeoutException: Timed out after 30000 ms while waiting for a server that matches WritableServerSelector. Client view of cluster state is {type=REPLICA_SET, servers=[{address=localhost:27017, type=REPLICA_SET_GHOST, roundTripTime=1.2 ms, state=CONNECTED}]"},
	// --- tcp-refused
	{name: "node refused", family: "tcp-refused", class: ClassTCPRefused, driver: DriverNode, hosts: []string{"localhost:27017", "127.0.0.1:27017"}, topology: "Unknown",
		text: nodeSel("connect ECONNREFUSED 127.0.0.1:27017", "Unknown", "localhost:27017", "MongoNetworkError: connect ECONNREFUSED 127.0.0.1:27017")},
	{name: "python refused", family: "tcp-refused", class: ClassTCPRefused, driver: DriverPython, timeout: "connectTimeoutMS=20000", hint: "PyMongo",
		text: pySel("localhost:27017: [Errno 111] Connection refused (configured timeouts: socketTimeoutMS: 20000.0ms, connectTimeoutMS: 20000.0ms)", "Unknown", "('localhost', 27017)", "AutoReconnect('localhost:27017: [Errno 111] Connection refused (configured timeouts: socketTimeoutMS: 20000.0ms, connectTimeoutMS: 20000.0ms)')")},
	{name: "go refused windows", family: "tcp-refused", class: ClassTCPRefused, driver: DriverGo, windows: true, topology: "ReplicaSetNoPrimary",
		text: goSel("ReplicaSetNoPrimary", "127.0.0.1:27017", "connection() error occurred during connection handshake: dial tcp 127.0.0.1:27017: connectex: No connection could be made because the target machine actively refused it.")},
	{name: "java refused", family: "tcp-refused", class: ClassTCPRefused, driver: DriverJava, servers: 1,
		text: javaSel("UNKNOWN", "localhost:27017", "{com.mongodb.MongoSocketOpenException: Exception opening socket}, caused by {java.net.ConnectException: Connection refused}")},
	{name: "csharp refused", family: "tcp-refused", class: ClassTCPRefused, driver: DriverCSharp, timeout: "serverSelectionTimeoutMS=30000",
		text: csSel("Unknown", "localhost:27017", "MongoDB.Driver.MongoConnectionException: An exception occurred while opening a connection to the server. ---> System.Net.Sockets.SocketException (111): Connection refused")},
	{name: "rust refused", family: "tcp-refused", class: ClassTCPRefused, driver: DriverRust, topology: "Single",
		text: rustSel("Single", "localhost:27017", "Kind: I/O error: Connection refused (os error 111), labels: {}")},
	{name: "c refused", family: "tcp-refused", class: ClassTCPRefused, driver: DriverC, servers: 1, hosts: []string{"localhost:27017"},
		text: cSel("localhost:27017", "connection refused")},
	{name: "php ismaster refused", family: "tcp-refused", class: ClassTCPRefused, driver: DriverPHP, hint: "1.18",
		text: "Fatal error: Uncaught MongoDB\\Driver\\Exception\\ConnectionTimeoutException: No suitable servers found (`serverSelectionTryOnce` set): [connection refused calling ismaster on '127.0.0.1:27017'] in /var/www/index.php:5"},
	// --- tcp-timeout
	{name: "node monitor timeout", family: "tcp-timeout", class: ClassTCPTimeout, driver: DriverNode, hosts: []string{"10.0.0.5:27017"},
		text: nodeSel("connection <monitor> to 10.0.0.5:27017 timed out", "Unknown", "10.0.0.5:27017", "MongoNetworkTimeoutError: connection <monitor> to 10.0.0.5:27017 timed out")},
	{name: "python timed out", family: "tcp-timeout", class: ClassTCPTimeout, driver: DriverPython, servers: 1,
		text: pySel("192.168.0.3:27017: timed out (configured timeouts: socketTimeoutMS: 10000.0ms, connectTimeoutMS: 10000.0ms)", "Unknown", "('192.168.0.3', 27017)", "NetworkTimeout('192.168.0.3:27017: timed out (configured timeouts: socketTimeoutMS: 10000.0ms, connectTimeoutMS: 10000.0ms)')")},
	{name: "go io timeout", family: "tcp-timeout", class: ClassTCPTimeout, driver: DriverGo, hosts: []string{"10.0.3.58:27017"},
		text: goSel("Unknown", "10.0.3.58:27017", "connection() error occurred during connection handshake: dial tcp 10.0.3.58:27017: i/o timeout")},
	{name: "java connect timed out", family: "tcp-timeout", class: ClassTCPTimeout, driver: DriverJava,
		text: javaSel("REPLICA_SET", atlasNode0, "{com.mongodb.MongoSocketOpenException: Exception opening socket}, caused by {java.net.SocketTimeoutException: Connect timed out}")},
	{name: "c socket timeout", family: "tcp-timeout", class: ClassTCPTimeout, driver: DriverC,
		text: cSel("db.example.com:27017", "socket timeout")},
	// --- tcp-closed
	{name: "node monitor closed", family: "tcp-closed", class: ClassTCPClosed, driver: DriverNode,
		text: nodeSel("connection <monitor> to 52.1.2.3:27017 closed", "ReplicaSetNoPrimary", atlasNode0, "MongoNetworkError: connection <monitor> to 52.1.2.3:27017 closed")},
	{name: "java end of stream", family: "tcp-closed", class: ClassTCPClosed, driver: DriverJava,
		text: javaSel("REPLICA_SET", atlasNode0, "{com.mongodb.MongoSocketReadException: Prematurely reached end of stream}")},
	{name: "python reset", family: "tcp-closed", class: ClassTCPClosed, driver: DriverPython,
		text: pySel("db.example.com:27017: [Errno 104] Connection reset by peer", "Unknown", "('db.example.com', 27017)", "AutoReconnect('db.example.com:27017: [Errno 104] Connection reset by peer')")},
	{name: "c length header", family: "tcp-closed", class: ClassTCPClosed, driver: DriverC,
		text: cSel("localhost:27018", "Failed to receive length header from server.")},
	// --- atlas-access-list
	{name: "node atlas message", family: "atlas-access-list", class: ClassSelectionNoCause, driver: DriverNode,
		text: "MongoServerSelectionError: Could not connect to any servers in your MongoDB Atlas cluster. One common reason is that you're trying to access the database from an IP that isn't whitelisted. Make sure your current IP address is on your Atlas cluster's IP whitelist: https://www.mongodb.com/docs/atlas/security-whitelist/"},
	{name: "mongoose atlas message", family: "atlas-access-list", class: ClassSelectionNoCause, driver: DriverMongoose,
		text: "MongooseServerSelectionError: Could not connect to any servers in your MongoDB Atlas cluster. One common reason is that you're trying to access the database from an IP that isn't whitelisted.\n    at NativeConnection.Connection.openUri (/app/node_modules/mongoose/lib/connection.js:824:32)"},
	{name: "node atlas message, access list", family: "atlas-access-list", class: ClassSelectionNoCause, driver: DriverMongoose,
		text: "MongooseServerSelectionError: Could not connect to any servers in your MongoDB Atlas cluster. One common reason is that you're trying to access the database from an IP that isn't whitelisted. Make sure your current IP address is on your Atlas cluster's IP whitelist"},
	// --- no-primary
	{name: "python no primary", family: "no-primary", class: ClassSelectionNoCause, driver: DriverPython, topology: "ReplicaSetNoPrimary",
		text: "pymongo.errors.ServerSelectionTimeoutError: No primary available for writes, Timeout: 30s, Topology Description: <TopologyDescription id: 6650, topology_type: ReplicaSetNoPrimary, servers: [<ServerDescription ('db1.example.com', 27017) server_type: RSSecondary, rtt: 0.002>]>"},
	{name: "node rs no primary", family: "no-primary", class: ClassSelectionNoCause, driver: DriverNode, topology: "ReplicaSetNoPrimary",
		text: "MongoServerSelectionError: Server selection timed out after 30000 ms\n  reason: TopologyDescription {\n    type: 'ReplicaSetNoPrimary',\n    servers: Map(1) {\n      'db1.example.com:27017' => ServerDescription {\n        address: 'db1.example.com:27017',\n        type: 'RSSecondary',\n        error: null\n      }\n    },\n    setName: 'rs0'\n  }", timeout: "serverSelectionTimeoutMS=30000"},
	{name: "rust no primary", family: "no-primary", class: ClassSelectionNoCause, driver: DriverRust, topology: "ReplicaSetNoPrimary",
		text: "Kind: Server selection timeout: None of the available servers suitable for criteria Predicate. Topology: { Type: ReplicaSetNoPrimary, Set Name: rs0, Servers: [ { Address: db1.example.com:27017, Type: RsSecondary } ] }, labels: {}"},
	// --- no-members
	{name: "python no members", family: "no-members", class: ClassSelectionNoCause, driver: DriverPython,
		text: "pymongo.errors.ServerSelectionTimeoutError: No replica set members available for set name \"rs0\", Timeout: 30s, Topology Description: <TopologyDescription id: 6650, topology_type: ReplicaSetNoPrimary, servers: []>"},
	{name: "rust no available", family: "no-members", class: ClassSelectionNoCause, driver: DriverRust,
		text: "Kind: Server selection timeout: No available servers. Topology: { Type: Unknown, Servers: [] }, labels: {}"},
	{name: "node 2 no members", family: "no-members", class: ClassSelectionNoCause, driver: DriverNode,
		text: "MongoError: No replica set members available for query with ReadPreference primary"},
	// --- try-once
	{name: "c try once", family: "try-once", class: ClassSelectionNoCause, driver: DriverC,
		text: "No suitable servers found (`serverSelectionTryOnce` set): [Server closed connection]"},
	{name: "php try once", family: "try-once", class: ClassSelectionNoCause, driver: DriverPHP,
		text: "MongoDB\\Driver\\Exception\\ConnectionTimeoutException: No suitable servers found (`serverSelectionTryOnce` set): [] in /var/www/app.php:12"},
	{name: "c no suitable", family: "try-once", class: ClassSelectionNoCause, driver: DriverC,
		text: "mongoc: No suitable servers found: `serverSelectionTimeoutMS` expired"},
	// --- client-not-connected
	{name: "node not connected", family: "client-not-connected", class: ClassSelectionNoCause, driver: DriverNode, hint: "4.7",
		text: "MongoNotConnectedError: MongoClient must be connected to perform this operation\n    at getTopology (/app/node_modules/mongodb/lib/utils.js:363:11)"},
	{name: "node topology closed", family: "client-not-connected", class: ClassSelectionNoCause, driver: DriverNode,
		text: "MongoTopologyClosedError: Topology is closed\n    at processWaitQueue (/app/node_modules/mongodb/lib/sdam/topology.js:514:46)"},
	{name: "python after close", family: "client-not-connected", class: ClassSelectionNoCause, driver: DriverPython,
		text: "pymongo.errors.InvalidOperation: Cannot use MongoClient after close"},
	// --- mongoose-buffering
	{name: "mongoose buffering", family: "mongoose-buffering", class: ClassSelectionNoCause, driver: DriverMongoose, timeout: "bufferTimeoutMS=10000",
		text: "MongooseError: Operation `users.findOne()` buffering timed out after 10000ms\n    at Timeout.<anonymous> (/app/node_modules/mongoose/lib/drivers/node-mongodb-native/collection.js:185:23)"},
	{name: "mongoose buffering insert", family: "mongoose-buffering", class: ClassSelectionNoCause, driver: DriverMongoose,
		text: "MongooseError: Operation `orders.insertOne()` buffering timed out after 10000ms"},
	{name: "mongoose buffering count", family: "mongoose-buffering", class: ClassSelectionNoCause, driver: DriverMongoose, timeout: "bufferTimeoutMS=30000",
		text: "Operation `sessions.countDocuments()` buffering timed out after 30000ms (mongoose)"},
	// --- selection-timeout without cause
	{name: "node no cause", family: "selection-timeout", class: ClassSelectionNoCause, driver: DriverNode, timeout: "serverSelectionTimeoutMS=30000",
		text: "MongoServerSelectionError: Server selection timed out after 30000 ms\n    at Timeout._onTimeout (/app/node_modules/mongodb/lib/sdam/topology.js:278:38)"},
	{name: "java waiting to connect", family: "selection-timeout", class: ClassSelectionNoCause, driver: DriverJava, timeout: "serverSelectionTimeoutMS=30000", topology: "ReplicaSet",
		text: "com.mongodb.MongoTimeoutException: Timed out after 30000 ms while waiting to connect. Client view of cluster state is {type=REPLICA_SET, servers=[]"},
	{name: "csharp old spelling", family: "selection-timeout", class: ClassSelectionNoCause, driver: DriverCSharp, hint: "occurred", timeout: "serverSelectionTimeoutMS=30000",
		text: "System.TimeoutException: A timeout occured after 30000ms selecting a server using CompositeServerSelector{ Selectors = MongoDB.Driver.MongoClient+AreSessionsSupportedServerSelector, LatencyLimitingServerSelector{ AllowedLatencyRange = 00:00:00.0150000 } }. Client view of cluster state is { ClusterId : \"1\", ConnectionMode : \"Automatic\", Type : \"Unknown\", State : \"Disconnected\", Servers : [] }."},
	{name: "go no cause", family: "selection-timeout", class: ClassSelectionNoCause, driver: DriverGo, topology: "Unknown", servers: 1,
		text: "server selection error: context deadline exceeded, current topology: { Type: Unknown, Servers: [{ Addr: badurl:27017, Type: Unknown }, ] }"},
}
