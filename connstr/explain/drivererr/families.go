package drivererr

// The error families: the wordings drivers print for one failure, as data.
// A family is found when one of its words occurs in the text (compared in
// ASCII lower case; a '*' in a word stands for up to 80 bytes of one line,
// and a leading '#' for a digit) and, when it has context words, one of those occurs
// anywhere in the text as well. The words are taken from each driver's
// source (the messages it builds, or the system and library messages it
// passes through); the comment of each family names who prints which.

type family struct {
	name  string
	class Class
	title string
	words []string // any of these, lower case
	// with, when set: one of these must occur in the text too.
	with []string
}

// families is ordered most telling first within a class; Read lists
// findings by class priority (classOrder), then by this order.
var families = []family{
	// --- parse: the driver rejected the string -------------------------
	{name: "parse-unescaped", class: ClassParse, title: "Unescaped character in the user name or password",
		words: []string{
			"password contains unescaped characters",             // Node (mongodb-connection-string-url), mongosh
			"username contains unescaped characters",             // Node
			"contains an illegal unescaped character",            // Node 4.x
			"username and password must be escaped according to", // PyMongo
			"unescaped colon in password",                        // Go
			"unescaped slash in password",                        // Go
			"unescaped @ sign in user info",                      // Go
			"contains invalid user information",                  // Java
			"must be url encoded",                                // Rust ("password must be URL encoded")
			"uri malformed",                                      // Node: decodeURIComponent on a stray '%'
		}},
	{name: "parse-scheme", class: ClassParse, title: "The string does not start with mongodb:// or mongodb+srv://",
		words: []string{
			"invalid scheme, expected connection string to start with",   // Node 4+, mongosh
			"invalid connection string",                                  // Node 3.x ("Invalid connection string"), and "undefined"
			"invalid uri scheme",                                         // PyMongo
			"scheme must be \"mongodb\" or \"mongodb+srv\"",              // Go
			"connection strings must start with either",                  // Java
			"connection string contains no scheme",                       // Rust, libmongoc (async)
			"invalid connection string scheme",                           // Rust
			"invalid uri schema",                                         // libmongoc
			"the \"url\" argument must be of type string",                // Node.js runtime: the variable is undefined
			"cannot read properties of undefined (reading 'startswith')", // Node.js driver 4+: MongoClient(undefined)
			"cannot read property 'startswith' of undefined",             // the same on Node.js before 16
			"parameter to `openuri()` must be a string",                  // Mongoose
			"parameter to openuri() must be a string",                    // Mongoose (older)
		}},
	{name: "parse-srv-host", class: ClassParse, title: "A mongodb+srv:// host needs at least three parts",
		words: []string{
			"uri must include hostname, domain name, and tld", // Node before 6.10
			"uri does not have hostname, domain name and tld", // Node 3.x
			"is not a valid hostname for 'mongodb+srv://'",    // PyMongo
			"mongodb+srv uri cannot have port number",         // Node
			"mongodb+srv uri cannot have multiple service names",
			"uri with srv must include one and only one hostname", // Go
			"srv uri cannot have a port",
		}},
	{name: "parse-option", class: ClassParse, title: "An option the driver does not support",
		words: []string{
			"is not supported",       // Node: "option usenewurlparser is not supported"
			"are not supported",      // Node: "options usenewurlparser, useunifiedtopology are not supported"
			"unknown option",         // PyMongo ConfigurationError, libmongoc warning
			"unsupported uri option", // libmongoc
			"unsupported option",     // Java warning, Go
			"unrecognized option",    // Rust
			"unknown uri option",
		},
		with: []string{"option"}},
	{name: "mongosh-host-port", class: ClassParse, title: "mongosh got a full URI and --host or --port",
		words: []string{"if a full uri is provided, you cannot also specify --host or --port"}},
	{name: "parse-other", class: ClassParse, title: "The driver could not parse the string",
		words: []string{
			"mongoparseerror",                  // Node, mongosh
			"invaliduri",                       // PyMongo pymongo.errors.InvalidURI
			"error parsing uri",                // Go
			"the connection string is invalid", // Java
			"is not a valid connection string",
			"is not valid.",                    // C#: "The connection string '...' is not valid."
			"an invalid argument was provided", // Rust
			"failed to parse mongodb uri",      // libmongoc / PHP
			"invalid uri:",
		},
		with: []string{"uri", "connection string", "url"}},

	// --- DNS: the SRV and TXT lookups ----------------------------------
	{name: "dnspython-missing", class: ClassDNSSRV, title: "PyMongo cannot resolve mongodb+srv:// without dnspython",
		words: []string{"\"dnspython\" module must be installed", "dnspython module must be installed"}},
	{name: "srv-refused", class: ClassDNSSRV, title: "The DNS server refused the SRV query",
		words: []string{
			"querysrv econnrefused", "querysrv erefused", // Node.js (c-ares)
			"noresolverconfiguration", "no nameservers", // dnspython: the machine has no resolver configured
		}},
	{name: "srv-timeout", class: ClassDNSSRV, title: "The SRV query timed out",
		words: []string{
			"querysrv etimeout",               // Node (c-ares)
			"the resolution lifetime expired", // dnspython, through PyMongo
			"the dns operation timed out",     // dnspython
		},
		with: []string{"srv", "_tcp.", "mongodb+srv", "dns"}},
	{name: "srv-not-found", class: ClassDNSSRV, title: "The SRV record does not exist",
		words: []string{
			"querysrv enotfound", "querysrv enodata", "querysrv eservfail", "querysrv econnreset",
			"the dns query name does not exist: _", // dnspython
			"the dns response does not contain an answer to the question: _",
			"no answer: _",
			"failed looking up srv record", // Java
			"unable to look up srv record", // Java
			"failed to look up srv record", // libmongoc
			"srv record not found",
			"error occurred during dns resolution",         // Rust
			"dnsresponseexception",                         // C# (DnsClient)
			"all nameservers failed to answer the query _", // dnspython
		}},
	{name: "srv-go-lookup", class: ClassDNSSRV, title: "The SRV lookup failed (Go)",
		words: []string{"lookup _mongodb._tcp.", "lookup _"},
		with:  []string{"no such host", "server misbehaving", "i/o timeout", "connection refused", "cannot unmarshal"}},
	{name: "txt-failed", class: ClassDNSSRV, title: "The TXT query failed",
		words: []string{
			"querytxt etimeout", "querytxt econnrefused", "querytxt eservfail", "querytxt erefused", "querytxt econnreset",
			"multiple text records not allowed",                                  // Node, PyMongo
			"only one txt record is allowed", "only one txt record is supported", // PyMongo
			"more than one txt record",
		}},
	{name: "dns-unmarshal", class: ClassDNSSRV, title: "Go could not read the DNS answer",
		words: []string{"cannot unmarshal dns message"}},
	{name: "srv-parent-mismatch", class: ClassDNSSRV, title: "An SRV target is not under the SRV name's domain",
		words: []string{
			"server record does not share hostname with parent uri", // Node
			"invalid srv host",                            // PyMongo
			"domain suffix from srv record not matched",   // Go
			"that is not in a sub-domain of the srv host", // Java
			"is not a subdomain of",
			"which does not match domain name",                         // Rust
			"does not have at least one more domain level than parent", // Node 6.10+
		}},

	// --- DNS: host names -----------------------------------------------
	{name: "host-again", class: ClassDNSHost, title: "The host name could not be resolved right now",
		words: []string{
			"getaddrinfo eai_again",                // Node
			"temporary failure in name resolution", // glibc, through PyMongo and others
			"server misbehaving",                   // Go resolver
			"[errno -3]",
			"nodename nor servname provided, or not known", // macOS, through PyMongo
		}},
	{name: "host-not-found", class: ClassDNSHost, title: "The host name does not resolve",
		words: []string{
			"getaddrinfo enotfound",            // Node
			"name or service not known",        // glibc, through PyMongo, Rust
			"[errno -2]",                       // PyMongo on Linux
			"[errno 8]",                        // PyMongo on macOS
			"[errno 11001] getaddrinfo failed", // PyMongo on Windows
			"getaddrinfo failed",
			"no such host",                         // Go, C# ("No such host is known")
			"unknownhostexception",                 // Java
			"failed to resolve",                    // libmongoc: Failed to resolve 'host'
			"failed to lookup address information", // Rust
			"os error 11001",                       // Rust on Windows
			"nodename nor servname",
		}},

	// --- TLS -----------------------------------------------------------
	{name: "tls-alert-internal", class: ClassTLSAlert, title: "The server ended the TLS handshake with alert 80 (internal error)",
		words: []string{
			"alert internal error",                 // OpenSSL (Node, PyMongo, libmongoc)
			"alert number 80",                      // Node
			"tlsv1_alert_internal_error",           // PyMongo
			"received fatal alert: internal_error", // Java
			"received fatal alert: internalerror",  // Rust (rustls)
			"tls: internal error",                  // Go
			"0a000438",                             // OpenSSL 3 error code
		}},
	{name: "tls-disconnected", class: ClassTLSAlert, title: "The connection closed during the TLS handshake",
		words: []string{
			"client network socket disconnected before secure tls connection was established", // Node
			"eof occurred in violation of protocol",                                           // PyMongo
			"unexpected eof while reading",                                                    // OpenSSL 3
			"remote host terminated the handshake",                                            // Java
			"authentication failed because the remote party has closed the transport stream",  // C#
			"tls handshake failed: eof",
			"ssl handshake failed", // PyMongo, when nothing more specific is seen
		}},
	{name: "tls-plaintext", class: ClassTLSAlert, title: "TLS spoken to a server that does not speak it (or the reverse)",
		words: []string{
			"wrong version number",                            // OpenSSL
			"first record does not look like a tls handshake", // Go
			"unsupported or unrecognized ssl message",         // Java
			"packet length too long",
			"http request",
		},
		with: []string{"ssl", "tls", "handshake"}},
	{name: "tls-hostname", class: ClassTLSTrust, title: "The certificate is not for this host name",
		words: []string{
			"does not match certificate's altnames", // Node
			"certificate is valid for",              // Go
			"hostname mismatch",                     // PyMongo
			"hostname doesn't match",                // libmongoc
			"remotecertificatenamemismatch",         // C#
			"no subject alternative",                // Java
			"notvalidforname",                       // Rust (rustls)
			"certificate is not valid for",          // Rust
		}},
	{name: "tls-self-signed", class: ClassTLSTrust, title: "A self-signed certificate the client does not trust",
		words: []string{
			"self signed certificate", "self-signed certificate", // OpenSSL, Node
			"self_signed_cert_in_chain", "depth_zero_self_signed_cert",
		}},
	{name: "tls-expired", class: ClassTLSTrust, title: "An expired certificate",
		words: []string{"certificate has expired", "cert_has_expired", "certificateexpired", "notvalidafter"}},
	{name: "tls-untrusted", class: ClassTLSTrust, title: "The client does not trust the certificate's issuer",
		words: []string{
			"unable to get local issuer certificate", // OpenSSL: Node, PyMongo (macOS python.org builds)
			"unable_to_get_issuer_cert_locally",      // Node error code
			"unable to verify the first certificate", "unable_to_verify_leaf_signature",
			"certificate verify failed",               // PyMongo, libmongoc
			"pkix path building failed",               // Java
			"unable to find valid certification path", // Java
			"certificate signed by unknown authority", // Go
			"invalid peer certificate",                // Rust (rustls): UnknownIssuer
			"remotecertificatechainerrors",            // C#
			"the remote certificate is invalid",       // C#
			"ssl certification verification failed",   // libmongoc
		}},

	// --- authentication --------------------------------------------------
	{name: "auth-atlas", class: ClassAuth, title: "Atlas rejected the user name or password",
		words: []string{"bad auth : authentication failed", "bad auth : auth failed", "bad auth :", "bad auth:", "bad auth authentication failed"}},
	{name: "auth-mechanism", class: ClassAuth, title: "The mechanism does not match the user's credentials",
		words: []string{
			"unable to use scram-sha-256 based authentication for user without any scram-sha-256 credentials", // server
			"received authentication for mechanism",                                                           // server
			"mechanism not supported",
			"unsupported mechanism",
			"is not supported by the server",
			"mechanismunavailable",
			"auth mechanism not supported",
		},
		with: []string{"auth", "mechanism", "sasl", "scram"}},
	{name: "auth-failed", class: ClassAuth, title: "Authentication failed (code 18)",
		words: []string{
			"authentication failed",                    // server (code 18); Node MongoServerError, PyMongo OperationFailure
			"authenticationfailed",                     // codeName
			"exception authenticating mongocredential", // Java
			"unable to authenticate using",             // Go, C#
			"sasl conversation error",                  // Go
			"mongoauthenticationexception",             // C#
			"auth error:",                              // Go
			"scram failure",                            // Rust
			"authentication error",
		}},

	// --- server refusals -----------------------------------------------
	{name: "retry-writes", class: ClassRefusal, title: "The server does not support retryable writes",
		words: []string{
			"retryable writes are not supported",                                     // DocumentDB, Cosmos DB
			"this mongodb deployment does not support retryable writes",              // Node, PyMongo, Go, Java
			"transaction numbers are only allowed on a replica set member or mongos", // server (standalone)
		}},
	{name: "not-authorized", class: ClassRefusal, title: "The user may not run this command",
		words: []string{"not authorized on", "requires authentication", "(unauthorized)", "is not allowed to do action", "codename: 'unauthorized'", "'codename': 'unauthorized'"}},
	{name: "too-many-connections", class: ClassRefusal, title: "The server accepts no more connections",
		words: []string{"too many open connections", "connection refused because too many"}},
	{name: "wire-version", class: ClassRefusal, title: "The driver and the server versions do not work together",
		words: []string{"reports maximum wire version", "reports wire version", "but this version of", "incompatible wire version"},
		with:  []string{"requires at least", "wire version"}},
	{name: "rs-ghost", class: ClassRefusal, title: "A replica set member whose set was never initiated",
		words: []string{"rsghost", "replica_set_ghost", "replicasetghost"}},

	// --- the network ----------------------------------------------------
	{name: "tcp-refused", class: ClassTCPRefused, title: "Connection refused",
		words: []string{
			"econnrefused",       // Node
			"connection refused", // Linux/macOS text: PyMongo, Go, Java, Rust, libmongoc
			"actively refused",   // Windows: C#, Go (connectex), PyMongo
			"[errno 111]", "[errno 61]", "[winerror 10061]", "os error 111", "os error 61", "os error 10061",
			"winerror 1225", // Windows: "The remote computer refused the network connection"
		}},
	{name: "tcp-timeout", class: ClassTCPTimeout, title: "The connection attempt timed out",
		words: []string{
			"connect etimedout", "etimedout", // Node
			"connection timed out",     // Node monitor, OS text
			"i/o timeout",              // Go
			"connect timed out",        // Java
			"sockettimeoutexception",   // Java
			"#: timed out",             // PyMongo: "host:27017: timed out"
			"socket timeout calling",   // libmongoc
			"networktimeout",           // PyMongo NetworkTimeout
			"mongonetworktimeouterror", // Node
			"os error 110", "os error 10060", "[winerror 10060]", "did not properly respond after a period of time",
			"timed out (os error",
			"connection * timed out", // Node: "connection <monitor> to 1.2.3.4:27017 timed out"
		}},
	{name: "tcp-closed", class: ClassTCPClosed, title: "The server closed the connection",
		words: []string{
			"econnreset", "connection reset by peer", "connection reset",
			"prematurely reached end of stream", // Java
			"connection closed",                 // Node 4+ ("connection 1 to ... closed"), libmongoc
			"failed to receive length header",   // libmongoc
			"connection was forcibly closed",    // Windows
			"broken pipe",
			"connection * closed", // Node: "connection <monitor> to 1.2.3.4:27017 closed", "connection 3 to ... closed"
		},
	},

	// --- server selection ------------------------------------------------
	{name: "atlas-access-list", class: ClassSelection, title: "Node's Atlas access list message",
		words: []string{"could not connect to any servers in your mongodb atlas cluster"}}, // Node, Mongoose
	{name: "no-primary", class: ClassSelection, title: "No primary available",
		words: []string{"no primary available", "replicasetnoprimary", "no primary found", "no primary"}},
	{name: "no-members", class: ClassSelection, title: "No replica set members available",
		words: []string{"no replica set members available", "no replica set members match", "no replica set members found", "no servers available", "no available servers"}},
	{name: "try-once", class: ClassSelection, title: "libmongoc found no suitable server in one scan",
		words: []string{"no suitable servers found"}}, // libmongoc / PHP: (`serverSelectionTryOnce` set)
	{name: "client-not-connected", class: ClassSelection, title: "The client was used before it connected, or after it closed",
		words: []string{
			"mongoclient must be connected to perform this operation", // Node.js driver 4.x (MongoNotConnectedError)
			"topology is closed",                  // Node.js: MongoTopologyClosedError
			"cannot use a session that has ended", // Node.js
			"cannot use mongoclient after close",  // PyMongo 4
			"client is closed",
		}},
	{name: "mongoose-buffering", class: ClassSelection, title: "Mongoose queued an operation that never ran",
		words: []string{"buffering timed out after"}},
	{name: "selection-timeout", class: ClassSelection, title: "Server selection timed out",
		words: []string{
			"server selection timed out",              // Node
			"mongoserverselectionerror",               // Node
			"mongooseserverselectionerror",            // Mongoose
			"serverselectiontimeouterror",             // PyMongo
			"server selection error",                  // Go
			"server selection timeout",                // Go, Rust
			"while waiting for a server that matches", // Java
			"while waiting to connect",                // Java
			"mongotimeoutexception",                   // Java
			"selecting a server using",                // C#
			"connectiontimeoutexception",              // PHP
		}},
}

// classOrder ranks the classes: a failure that explains the others comes
// first (a name that does not resolve explains the selection timeout that
// follows it).
var classOrder = []Class{
	ClassParse, ClassDNSSRV, ClassDNSHost, ClassTLSTrust, ClassTLSAlert, ClassAuth, ClassRefusal,
	ClassTCPRefused, ClassTCPTimeout, ClassTCPClosed, ClassSelection, ClassSelectionNoCause,
}

func classRank(c Class) int {
	for i, x := range classOrder {
		if x == c {
			return i
		}
	}
	return len(classOrder)
}
