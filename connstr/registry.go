package connstr

import (
	"iter"
	"strings"
)

// Group sorts options for explanation and the option picker.
type Group string

const (
	GroupConnection      Group = "connection"
	GroupTLS             Group = "tls"
	GroupPool            Group = "pool"
	GroupWriteConcern    Group = "write concern"
	GroupReadConcern     Group = "read concern"
	GroupReadPreference  Group = "read preference"
	GroupAuth            Group = "auth"
	GroupServerSelection Group = "server selection"
	GroupCompression     Group = "compression"
	GroupSRV             Group = "srv"
	GroupMisc            Group = "misc"
)

// Status says where an option stands.
type Status uint8

const (
	// StatusStandard options are in the URI Options spec's table.
	StatusStandard Status = iota
	// StatusDriver options exist in some drivers only.
	StatusDriver
	// StatusRemoved options were accepted by older drivers and are now
	// ignored or rejected.
	StatusRemoved
)

// DriverNote is one piece of portability knowledge: how a driver reads an
// option differently from the spec or from other drivers.
type DriverNote struct {
	Drivers string `json:"drivers" js:"drivers"` // e.g. "Node.js", "Python (PyMongo)", "all"
	Note    string `json:"note" js:"note"`
}

// Alias is another key that sets the same option.
type Alias struct {
	Name       string
	Deprecated bool // a deprecated key: warn, and ignore it when the canonical key is present
}

// OptionSpec is one row of the registry: everything the package knows about
// an option. Validation, explanation, the encoder and the UI read only this.
type OptionSpec struct {
	Name        string // canonical camelCase name
	Kind        Kind
	Group       Group
	Status      Status
	Description string // one line, in plain words
	Default     string // the default in words ("" when there is none)
	Unit        string // "ms", "s", ... for numbers
	Min, Max    int64  // inclusive bounds when Bounded
	Bounded     bool
	RangeNote   string   // why the bounds are what they are, for the hint
	Values      []string // allowed values of a KindEnum, canonical case
	MaxLen      int      // the longest valid value in bytes, when limited (0: no limit)
	LengthNote  string   // why MaxLen is what it is, for the hint
	Aliases     []Alias
	Deprecated  string   // non-empty for a deprecated option: what replaces it
	Renamed     bool     // deprecated by renaming (warned); otherwise superseded (noted)
	Mistakes    []string // names people write by mistake (not aliases: drivers reject them)
	Secret      bool     // the value is a credential: never show it
	SRVOnly     bool     // only valid with mongodb+srv://
	Repeatable  bool     // each occurrence adds to a list (readPreferenceTags)
	Notes       []DriverNote
	// Unportable lists the values ("*" for any) with which major drivers
	// disagree about the option, as Notes explain; the explainer flags them.
	Unportable []string
	// ReplacedBy says, for a removed option, what does its job today: an
	// option that takes the same value ("maxPoolSize"), or an option and the
	// value to set when the removed one is true ("journal=true").
	ReplacedBy string
	Anchor     string // documentation URL

	// DefaultValue is Default as a typed value, for the options whose
	// default is one (not for "none", "driver-defined" or a server's
	// default: then it is the zero Value). For tls it is the default of
	// mongodb://; mongodb+srv:// turns TLS on.
	DefaultValue Value

	index int // position in the registry, for per-parse bookkeeping
	// deprecation is the message and hint for a deprecated option, built
	// once: a string that uses one should not pay for building them.
	deprecation struct{ message, hint string }
}

// Bits used by several rows. (Values of variables, not calls, keep the
// rows static data.)
var defaultTrue, defaultFalse = Value{kind: KindBool, b: true}, Value{kind: KindBool}

const docsBase = "https://www.mongodb.com/docs/manual/reference/connection-string-options/#mongodb-urioption-urioption."

// registry lists every option this package knows, in display order.
// It is the one source of truth: see LookupOption and OptionSpecs. It is a
// plain literal, which the linker lays out as static data (built by a
// function call, it would be allocated at start-up and scanned by every
// GC); init numbers its rows. It is unexported so that no other package can
// change it.
var registry = []*OptionSpec{
	// Connection and topology.
	{Name: "appName", Kind: KindString, Group: GroupConnection,
		Description: "Name of the application, sent to the server in the connection handshake and shown in its logs and profiler.",
		Default:     "none", Aliases: []Alias{{Name: "appname"}}, MaxLen: 128,
		LengthNote: "the handshake carries at most 128 bytes of application name, and servers reject a longer one"},
	{Name: "replicaSet", Kind: KindString, Group: GroupConnection,
		Description: "Name of the replica set; the driver connects only to members of the set with this name.",
		Default:     "none (topology discovered)", Mistakes: []string{"replSet", "replicaSetName", "rs"}},
	{Name: "directConnection", Kind: KindBool, Group: GroupConnection,
		Description: "Talk to the one given host only, without discovering the rest of the deployment.",
		Default:     "false (true when one host is given without replicaSet in some older drivers)", DefaultValue: defaultFalse},
	{Name: "loadBalanced", Kind: KindBool, Group: GroupConnection,
		Description: "The host is a load balancer in front of mongos routers (Atlas serverless, private endpoints).",
		Default:     "false", DefaultValue: defaultFalse},
	{Name: "connectTimeoutMS", Kind: KindInt, Group: GroupConnection, Unit: "ms",
		Description: "How long to wait for a TCP (and TLS) connection to a server before giving up; 0 means no timeout.",
		Default:     "10000 (10 s)", DefaultValue: Value{kind: KindInt, num: 10000, isNum: true}, Min: 0, Max: 1<<31 - 1, Bounded: true},
	{Name: "socketTimeoutMS", Kind: KindInt, Group: GroupConnection, Unit: "ms",
		Description: "How long a send or receive on a socket may take before the operation fails; 0 means no timeout.",
		Default:     "0 (no timeout)", DefaultValue: Value{kind: KindInt, num: 0, isNum: true}, Min: 0, Max: 1<<31 - 1, Bounded: true, Deprecated: "timeoutMS"},
	{Name: "timeoutMS", Kind: KindInt, Group: GroupConnection, Unit: "ms",
		Description: "Client-side limit on the whole of each operation, retries and server selection included; 0 means no limit.",
		Default:     "none (legacy timeouts apply)", Min: 0, Max: 1<<31 - 1, Bounded: true},
	{Name: "heartbeatFrequencyMS", Kind: KindInt, Group: GroupServerSelection, Unit: "ms",
		Description: "Interval between the driver's monitoring checks of each server.",
		Default:     "10000 (10 s)", DefaultValue: Value{kind: KindInt, num: 10000, isNum: true}, Min: 500, Max: 1<<31 - 1, Bounded: true, RangeNote: "the monitoring protocol needs at least 500 ms between checks"},
	{Name: "serverMonitoringMode", Kind: KindEnum, Group: GroupServerSelection,
		Description: "How servers are monitored: streaming updates, polling, or auto (stream unless on a FaaS platform).",
		Default:     "auto", DefaultValue: Value{kind: KindEnum, str: "auto"}, Values: []string{"stream", "poll", "auto"}},
	{Name: "serverSelectionTimeoutMS", Kind: KindInt, Group: GroupServerSelection, Unit: "ms",
		Description: "How long an operation waits for a suitable server before failing with a server selection error.",
		Default:     "30000 (30 s)", DefaultValue: Value{kind: KindInt, num: 30000, isNum: true}, Min: 1, Max: 1<<31 - 1, Bounded: true, RangeNote: "0 has no defined meaning in most drivers"},
	{Name: "serverSelectionTryOnce", Kind: KindBool, Group: GroupServerSelection,
		Description: "Single-threaded drivers only: scan the servers once and fail fast instead of retrying until the timeout.",
		Default:     "true (single-threaded drivers)", DefaultValue: defaultTrue},
	{Name: "localThresholdMS", Kind: KindInt, Group: GroupServerSelection, Unit: "ms",
		Description: "Latency window: servers within this many ms of the fastest one are equally eligible.",
		Default:     "15", DefaultValue: Value{kind: KindInt, num: 15, isNum: true}, Min: 0, Max: 1<<31 - 1, Bounded: true},
	{Name: "retryReads", Kind: KindBool, Group: GroupConnection,
		Description: "Retry a read once after a network error or a failover.",
		Default:     "true", DefaultValue: defaultTrue},
	{Name: "retryWrites", Kind: KindBool, Group: GroupConnection,
		Description: "Retry a write once after a network error or a failover (needs a replica set or sharded cluster).",
		Default:     "true", DefaultValue: defaultTrue},
	{Name: "maxAdaptiveRetries", Kind: KindInt, Group: GroupConnection,
		Description: "Upper bound on extra retries the driver makes when the server reports it is overloaded.",
		Default:     "driver-defined", Min: 0, Max: 1<<31 - 1, Bounded: true},
	{Name: "enableOverloadRetargeting", Kind: KindBool, Group: GroupConnection,
		Description: "Prefer a different server when retrying after the server reported it is overloaded.",
		Default:     "false", DefaultValue: defaultFalse},

	// TLS.
	{Name: "tls", Kind: KindBool, Group: GroupTLS,
		Description: "Encrypt connections with TLS.",
		Default:     "false for mongodb://, true for mongodb+srv://", DefaultValue: defaultFalse,
		Aliases: []Alias{{Name: "ssl"}}, Mistakes: []string{"useSSL", "useTLS", "sslEnabled"}},
	{Name: "tlsCAFile", Kind: KindString, Group: GroupTLS,
		Description: "Path to a PEM file of certificate authorities to trust instead of the system's.",
		Default:     "the system's trust store", Aliases: []Alias{{Name: "sslCAFile", Deprecated: true}}},
	{Name: "tlsCertificateKeyFile", Kind: KindString, Group: GroupTLS,
		Description: "Path to a PEM file holding the client certificate and its private key (for X.509 authentication or mutual TLS).",
		Default:     "none", Aliases: []Alias{{Name: "sslPEMKeyFile", Deprecated: true}}},
	{Name: "tlsCertificateKeyFilePassword", Kind: KindSecret, Group: GroupTLS, Secret: true,
		Description: "Password that decrypts the private key in tlsCertificateKeyFile.",
		Default:     "none", Aliases: []Alias{{Name: "sslPEMKeyPassword", Deprecated: true}}},
	{Name: "tlsAllowInvalidCertificates", Kind: KindBool, Group: GroupTLS,
		Description: "Accept server certificates that fail validation. Insecure: for testing only.",
		Default:     "false", DefaultValue: defaultFalse, Aliases: []Alias{{Name: "sslAllowInvalidCertificates", Deprecated: true}}},
	{Name: "tlsAllowInvalidHostnames", Kind: KindBool, Group: GroupTLS,
		Description: "Accept a server certificate whose names do not match the host. Insecure: for testing only.",
		Default:     "false", DefaultValue: defaultFalse, Aliases: []Alias{{Name: "sslAllowInvalidHostnames", Deprecated: true}}},
	{Name: "tlsInsecure", Kind: KindBool, Group: GroupTLS,
		Description: "Relax every TLS check the driver can relax (certificates, host names, revocation). Insecure: for testing only.",
		Default:     "false", DefaultValue: defaultFalse},
	{Name: "tlsDisableCertificateRevocationCheck", Kind: KindBool, Group: GroupTLS,
		Description: "Skip checking whether the server's certificate was revoked (CRL or OCSP).",
		Default:     "false", DefaultValue: defaultFalse,
		Notes:      []DriverNote{{"Node.js", "Not supported: Node.js checks revocation only through its own TLS settings, and its driver rejects this option."}},
		Unportable: []string{"*"}},
	{Name: "tlsDisableOCSPEndpointCheck", Kind: KindBool, Group: GroupTLS,
		Description: "Do not contact OCSP responders when the server staples no OCSP response.",
		Default:     "false", DefaultValue: defaultFalse,
		Notes:      []DriverNote{{"Node.js", "Not supported by the Node.js driver, which does not implement OCSP endpoint checks."}},
		Unportable: []string{"*"}},

	// Compression.
	{Name: "compressors", Kind: KindStringList, Group: GroupCompression,
		Description: "Wire compression to offer the server, in order of preference.",
		Default:     "none", Values: []string{"snappy", "zlib", "zstd"},
		Notes:      []DriverNote{{"Node.js, Python, Java", "snappy and zstd need an optional package (Node.js: snappy, @mongodb-js/zstd; Python: python-snappy, zstandard; Java: snappy-java, zstd-jni); without it the driver fails or leaves the compressor out. zlib needs nothing."}},
		Unportable: []string{"snappy", "zstd"}},
	{Name: "zlibCompressionLevel", Kind: KindInt, Group: GroupCompression,
		Description: "zlib level: -1 the library default, 0 none, 1 fastest to 9 smallest.",
		Default:     "-1", DefaultValue: Value{kind: KindInt, num: -1, isNum: true}, Min: -1, Max: 9, Bounded: true},

	// Pool.
	{Name: "maxPoolSize", Kind: KindInt, Group: GroupPool, Unit: "connections",
		Description: "Most connections the driver opens to each server; 0 means no limit.",
		Default:     "100", DefaultValue: Value{kind: KindInt, num: 100, isNum: true}, Min: 0, Max: 1<<31 - 1, Bounded: true},
	{Name: "minPoolSize", Kind: KindInt, Group: GroupPool, Unit: "connections",
		Description: "Connections the driver keeps open to each server even when idle.",
		Default:     "0", DefaultValue: Value{kind: KindInt, num: 0, isNum: true}, Min: 0, Max: 1<<31 - 1, Bounded: true},
	{Name: "maxConnecting", Kind: KindInt, Group: GroupPool, Unit: "connections",
		Description: "Most connections each pool may be establishing at the same time.",
		Default:     "2", DefaultValue: Value{kind: KindInt, num: 2, isNum: true}, Min: 1, Max: 1<<31 - 1, Bounded: true},
	{Name: "maxIdleTimeMS", Kind: KindInt, Group: GroupPool, Unit: "ms",
		Description: "Close a pooled connection after it has been idle this long; 0 means never.",
		Default:     "0 (never)", DefaultValue: Value{kind: KindInt, num: 0, isNum: true}, Min: 0, Max: 1<<31 - 1, Bounded: true},
	{Name: "waitQueueTimeoutMS", Kind: KindInt, Group: GroupPool, Unit: "ms",
		Description: "How long an operation waits for a free pooled connection before failing.",
		Default:     "driver-defined (often 0: wait until serverSelectionTimeoutMS or timeoutMS)", Min: 0, Max: 1<<31 - 1, Bounded: true,
		Deprecated: "timeoutMS"},

	// Write concern.
	{Name: "w", Kind: KindIntOrString, Group: GroupWriteConcern,
		Description: "Acknowledgement to wait for: a number of members, \"majority\", or a custom write concern name.",
		Default:     "majority (server default since MongoDB 5.0)", DefaultValue: Value{kind: KindIntOrString, str: "majority"}},
	{Name: "journal", Kind: KindBool, Group: GroupWriteConcern,
		Description: "Wait until writes are in the on-disk journal before acknowledging.",
		Default:     "server default", Aliases: []Alias{{Name: "j", Deprecated: true}}},
	{Name: "wTimeoutMS", Kind: KindInt, Group: GroupWriteConcern, Unit: "ms",
		Description: "How long to wait for the write concern before reporting an error (the write itself is not undone).",
		Default:     "none", Min: 0, Max: 1<<63 - 1, Bounded: true, Deprecated: "timeoutMS",
		Aliases: []Alias{{Name: "wtimeout", Deprecated: true}}},

	// Read concern and preference.
	{Name: "readConcernLevel", Kind: KindString, Group: GroupReadConcern,
		Description: "Isolation of reads: local, available, majority, linearizable or snapshot.",
		Default:     "server default (local)"},
	{Name: "readPreference", Kind: KindEnum, Group: GroupReadPreference,
		Description: "Which members may serve reads.",
		Default:     "primary", DefaultValue: Value{kind: KindEnum, str: "primary"},
		Values: []string{"primary", "primaryPreferred", "secondary", "secondaryPreferred", "nearest"},
		Notes: []DriverNote{
			{"Python (PyMongo), Node.js", "Match the mode's case exactly (primaryPreferred); other drivers accept any case."}}},
	{Name: "readPreferenceTags", Kind: KindTagSets, Group: GroupReadPreference, Repeatable: true,
		Description: "Tag sets a member must match to serve reads; repeat the option for fallbacks, an empty one matches any member.",
		Default:     "none"},
	{Name: "maxStalenessSeconds", Kind: KindInt, Group: GroupReadPreference, Unit: "s",
		Description: "Skip secondaries that lag the primary by more than this; -1 means no limit.",
		Default:     "-1 (no limit)", DefaultValue: Value{kind: KindInt, num: -1, isNum: true}, Min: -1, Max: 1<<31 - 1, Bounded: true,
		Notes:      []DriverNote{{"all", "-1 is the same as leaving the option out; leaving it out is the portable spelling."}},
		Unportable: []string{"-1"}},

	// Authentication.
	{Name: "authMechanism", Kind: KindEnum, Group: GroupAuth,
		Description: "How the driver proves who it is.",
		Default:     "negotiated SCRAM-SHA-256 or SCRAM-SHA-1 when a username is given",
		Values:      []string{"SCRAM-SHA-256", "SCRAM-SHA-1", "MONGODB-X509", "MONGODB-AWS", "MONGODB-OIDC", "GSSAPI", "PLAIN", "MONGODB-CR"}},
	{Name: "authSource", Kind: KindString, Group: GroupAuth,
		Description: "Database that holds the user's credentials.",
		Default:     "the path's database, else admin ($external for X.509, AWS, OIDC, Kerberos)",
		Mistakes:    []string{"authenticationDatabase", "authDB", "authDatabase"}},
	{Name: "authMechanismProperties", Kind: KindProperties, Group: GroupAuth,
		Description: "Mechanism-specific settings as KEY:value pairs (SERVICE_NAME, ENVIRONMENT, TOKEN_RESOURCE, ...).",
		Default:     "none"},
	{Name: "gssapiServiceName", Kind: KindString, Group: GroupAuth,
		Description: "Kerberos service name (old spelling of authMechanismProperties=SERVICE_NAME:...).",
		Default:     "mongodb", DefaultValue: Value{kind: KindString, str: "mongodb"}, Deprecated: "authMechanismProperties=SERVICE_NAME:<name>", Renamed: true},

	// SRV.
	{Name: "srvServiceName", Kind: KindString, Group: GroupSRV, SRVOnly: true,
		Description: "Service name in the SRV lookup _<name>._tcp.<host>.",
		Default:     "mongodb", DefaultValue: Value{kind: KindString, str: "mongodb"}},
	{Name: "srvAllowedHostsSuffix", Kind: KindString, Group: GroupSRV, SRVOnly: true,
		Description: "Domain that the SRV records' hosts must end in, instead of the domain of the mongodb+srv:// host; it does not change the name looked up.",
		Default:     "the domain of the host (the host without its first label)",
		Notes:       []DriverNote{{"all", "Added to the specifications in 2026; drivers released before then ignore it as an unknown option (Node.js 6 rejects it) and check the host's own domain."}}},
	{Name: "srvMaxHosts", Kind: KindInt, Group: GroupSRV, SRVOnly: true,
		Description: "Use at most this many hosts, picked at random, from the SRV records; 0 means all.",
		Default:     "0 (all)", DefaultValue: Value{kind: KindInt, num: 0, isNum: true}, Min: 0, Max: 1<<31 - 1, Bounded: true},

	// SOCKS5 proxy.
	{Name: "proxyHost", Kind: KindString, Group: GroupConnection,
		Description: "Host of a SOCKS5 proxy to connect through.",
		Default:     "none"},
	{Name: "proxyPort", Kind: KindInt, Group: GroupConnection,
		Description: "Port of the SOCKS5 proxy.",
		Default:     "1080", DefaultValue: Value{kind: KindInt, num: 1080, isNum: true}, Min: 0, Max: 65535, Bounded: true},
	{Name: "proxyUsername", Kind: KindString, Group: GroupConnection,
		Description: "Username for the SOCKS5 proxy.",
		Default:     "none"},
	{Name: "proxyPassword", Kind: KindSecret, Group: GroupConnection, Secret: true,
		Description: "Password for the SOCKS5 proxy.",
		Default:     "none"},

	// Options some drivers know and others do not.
	{Name: "uuidRepresentation", Kind: KindEnum, Group: GroupMisc, Status: StatusDriver,
		Description: "How UUIDs are stored as BSON binary (Java, C#, Python and Node.js drivers).",
		Values:      []string{"standard", "csharpLegacy", "javaLegacy", "pythonLegacy", "unspecified"},
		Notes:       []DriverNote{{"Go, C, Rust", "Not a URI option: set it in code or ignore it."}}},
	{Name: "tlsCRLFile", Kind: KindString, Group: GroupTLS, Status: StatusDriver,
		Description: "Path to a certificate revocation list (Python, Node.js, C).",
		Notes:       []DriverNote{{"Java, Go", "Not a URI option in these drivers."}}},

	// Options old drivers accepted and current ones reject or ignore.
	{Name: "useNewUrlParser", Kind: KindBool, Group: GroupMisc, Status: StatusRemoved,
		Description: "Node.js driver 3.x switch to its new URI parser; it has been the only parser since 4.0.",
		Notes:       []DriverNote{{"Node.js 4.x to 6.x", "Accepted and ignored (deprecated); remove it."}, {"Node.js 7", "Rejected with MongoParseError (option not supported)."}}},
	{Name: "useUnifiedTopology", Kind: KindBool, Group: GroupMisc, Status: StatusRemoved,
		Description: "Node.js driver 3.x switch to the unified topology, the only one since 4.0.",
		Notes:       []DriverNote{{"Node.js 4.x to 6.x", "Accepted and ignored (deprecated); remove it."}, {"Node.js 7", "Rejected with MongoParseError (option not supported)."}}},
	{Name: "useFindAndModify", Kind: KindBool, Group: GroupMisc, Status: StatusRemoved,
		Description: "Mongoose 5 setting, never a driver option.",
		Notes:       []DriverNote{{"Node.js 4.0+", "Rejected with MongoParseError (option not supported); remove it."}}},
	{Name: "useCreateIndex", Kind: KindBool, Group: GroupMisc, Status: StatusRemoved,
		Description: "Mongoose 5 setting, never a driver option.",
		Notes:       []DriverNote{{"Node.js 4.0+", "Rejected with MongoParseError (option not supported); remove it."}}},
	{Name: "autoReconnect", Kind: KindBool, Group: GroupMisc, Status: StatusRemoved,
		Description: "Node.js driver 3.x legacy topology setting; reconnection is automatic now.",
		Notes:       []DriverNote{{"Node.js 4.0+", "Rejected with MongoParseError (option not supported); remove it."}}},
	{Name: "bufferMaxEntries", Kind: KindInt, Group: GroupMisc, Status: StatusRemoved,
		Description: "Node.js driver 3.x legacy topology setting.",
		Notes:       []DriverNote{{"Node.js 4.0+", "Rejected with MongoParseError (option not supported); remove it."}}},
	{Name: "reconnectTries", Kind: KindInt, Group: GroupMisc, Status: StatusRemoved,
		Description: "Node.js driver 3.x legacy topology setting.",
		Notes:       []DriverNote{{"Node.js 4.0+", "Rejected with MongoParseError (option not supported); remove it."}}},
	{Name: "reconnectInterval", Kind: KindInt, Group: GroupMisc, Status: StatusRemoved,
		Description: "Node.js driver 3.x legacy topology setting.",
		Notes:       []DriverNote{{"Node.js 4.0+", "Rejected with MongoParseError (option not supported); remove it."}}},
	{Name: "poolSize", Kind: KindInt, Group: GroupPool, Status: StatusRemoved,
		Description: "Node.js driver 3.x name of maxPoolSize.",
		Notes:       []DriverNote{{"Node.js 4.0+", "Rejected; use maxPoolSize."}}, ReplacedBy: "maxPoolSize"},
	{Name: "keepAlive", Kind: KindBool, Group: GroupMisc, Status: StatusRemoved,
		Description: "TCP keep-alive switch of old Node.js drivers; keep-alive is always on now.",
		Notes:       []DriverNote{{"Node.js 6.0+", "Removed; remove it."}}},
	{Name: "sslValidate", Kind: KindBool, Group: GroupTLS, Status: StatusRemoved,
		Description: "Node.js driver 3.x certificate check switch.",
		Notes:       []DriverNote{{"Node.js 4.0+", "Use tlsAllowInvalidCertificates (with the opposite meaning)."}}},
	{Name: "slaveOk", Kind: KindBool, Group: GroupReadPreference, Status: StatusRemoved,
		Description: "Pre-3.0 way to allow reads from secondaries.",
		Notes:       []DriverNote{{"all current drivers", "Use readPreference=secondaryPreferred."}}, ReplacedBy: "readPreference=secondaryPreferred"},
	{Name: "safe", Kind: KindBool, Group: GroupWriteConcern, Status: StatusRemoved,
		Description: "Pre-2.x write acknowledgement switch.",
		Notes:       []DriverNote{{"all current drivers", "Use w=1 (or w=majority)."}}, ReplacedBy: "w=1"},
	{Name: "fsync", Kind: KindBool, Group: GroupWriteConcern, Status: StatusRemoved,
		Description: "Old write concern flag to wait for a flush to disk.",
		Notes:       []DriverNote{{"all current drivers", "Use journal=true."}}, ReplacedBy: "journal=true"},
}

// PropertySpec describes one authMechanismProperties key.
type PropertySpec struct {
	Name        string
	Values      []string // allowed values, when restricted
	Secret      bool
	Description string
	NotInURI    bool   // must be set elsewhere, never in the string
	SetIn       string // where a NotInURI property is set instead ("": the client options in code)
}

// Need says whether a mechanism needs a credential part.
type Need uint8

const (
	Optional Need = iota
	Required
	Forbidden
)

// MechanismSpec holds the Authentication spec's URI rules for a mechanism.
type MechanismSpec struct {
	Name       string
	Username   Need
	Password   Need
	Source     string // the only allowed authSource ("$external"), or "" for any
	DefaultDB  string // default authSource when neither authSource nor path db is given
	UsesPathDB bool   // the path database is the default authSource
	Properties []PropertySpec
	Removed    string // why it no longer works, for a removed mechanism
	// CredentialsFrom says, for a mechanism that forbids credentials in the
	// string, where the driver takes them from instead.
	CredentialsFrom string
	Description     string
}

// mechanisms lists the authentication mechanisms in display order: see
// LookupMechanism and MechanismSpecs.
var mechanisms = []*MechanismSpec{
	{Name: "SCRAM-SHA-256", Username: Required, Password: Required, DefaultDB: "admin", UsesPathDB: true,
		Description: "Salted challenge-response with SHA-256: the default for MongoDB 4.0+ users."},
	{Name: "SCRAM-SHA-1", Username: Required, Password: Required, DefaultDB: "admin", UsesPathDB: true,
		Description: "Salted challenge-response with SHA-1, for users created before MongoDB 4.0."},
	{Name: "MONGODB-X509", Username: Optional, Password: Forbidden, Source: "$external", DefaultDB: "$external",
		Description: "Client TLS certificate; the username, if given, must equal the certificate's subject."},
	{Name: "MONGODB-AWS", Username: Forbidden, Password: Forbidden, Source: "$external", DefaultDB: "$external",
		CredentialsFrom: "the environment: AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY and AWS_SESSION_TOKEN, or the AWS SDK's credential chain (an IAM role, a profile, ...)",
		Properties: []PropertySpec{
			// Known so that it is recognised (and masked) wherever it is written.
			{Name: "AWS_SESSION_TOKEN", Secret: true, NotInURI: true, SetIn: "the environment, beside AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY",
				Description: "Session token of temporary AWS credentials (from the environment only)."},
		},
		Description: "AWS IAM credentials, which the driver takes from the environment or the AWS SDK, never from the string."},
	{Name: "MONGODB-OIDC", Username: Optional, Password: Forbidden, Source: "$external", DefaultDB: "$external",
		Properties: []PropertySpec{
			{Name: "ENVIRONMENT", Values: []string{"test", "azure", "gcp", "k8s"}, Description: "Built-in token source: azure, gcp, k8s or test."},
			{Name: "TOKEN_RESOURCE", Description: "Audience of the token the azure or gcp environment requests."},
			{Name: "ALLOWED_HOSTS", NotInURI: true, Description: "Hosts a human OIDC flow may send tokens to (set in code only)."},
			{Name: "OIDC_CALLBACK", NotInURI: true, Description: "Token callback (set in code only)."},
			{Name: "OIDC_HUMAN_CALLBACK", NotInURI: true, Description: "Human-flow token callback (set in code only)."},
		},
		Description: "OpenID Connect access tokens from a cloud environment or an application callback."},
	{Name: "GSSAPI", Username: Required, Password: Optional, Source: "$external", DefaultDB: "$external",
		Properties: []PropertySpec{
			{Name: "SERVICE_NAME", Description: "Kerberos service name of the server (default mongodb)."},
			{Name: "CANONICALIZE_HOST_NAME", Values: []string{"none", "forward", "forwardAndReverse", "true", "false"}, Description: "Canonicalize the host name through DNS before building the service principal."},
			{Name: "SERVICE_REALM", Description: "Kerberos realm of the service, when it differs from the user's."},
			{Name: "SERVICE_HOST", Description: "Host name to use in the service principal instead of the server's."},
		},
		Description: "Kerberos (MongoDB Enterprise)."},
	{Name: "PLAIN", Username: Required, Password: Required, DefaultDB: "$external", UsesPathDB: true,
		Description: "LDAP proxy authentication with a clear-text password (use TLS)."},
	{Name: "MONGODB-CR", Username: Required, Password: Required, DefaultDB: "admin", UsesPathDB: true,
		Removed:     "MongoDB 4.0 removed MONGODB-CR; servers and current drivers use SCRAM",
		Description: "Challenge-response used before MongoDB 3.0."},
}

// optionKey is one name or alias, lower-cased, in the lookup table.
type optionKey struct {
	name       string
	spec       *OptionSpec
	deprecated bool // a deprecated alias (see Alias)
}

// optionTable holds the names and aliases, lower-cased, at their keyHash
// with linear probing: a lookup hashes once and compares once, almost always.
// The hash is a few operations a byte, written out because Go hashes strings
// in software under js/wasm.
var optionTable [256]optionKey

// keyHash hashes a key as if it were lower-cased (see equalFoldKey): its
// length and three of its letters, which tell the registry's names apart
// well enough (init checks the table stays sparse; collisions only probe).
func keyHash(name string) uint8 {
	n := len(name)
	if n == 0 {
		return 0
	}
	h := uint32(n)*0x9E3779B1 ^ uint32(name[0]|0x20)*0x85EBCA77 ^
		uint32(name[n/2]|0x20)*0xC2B2AE3D ^ uint32(name[n-1]|0x20)*0x27D4EB2F
	return uint8(h >> 24)
}

func init() {
	if len(registry) > maxOptions {
		panic("connstr: the registry has more rows than maxOptions")
	}
	keys := 0
	add := func(name string, s *OptionSpec, deprecated bool) {
		k := optionKey{strings.ToLower(name), s, deprecated}
		if strings.Trim(k.name, "abcdefghijklmnopqrstuvwxyz") != "" {
			panic("connstr: option name " + name + " is not ASCII letters only (see equalFoldKey)")
		}
		if keys++; 2*keys > len(optionTable) {
			panic("connstr: optionTable is too full to stay fast (or to have free slots); make it larger")
		}
		i := keyHash(k.name)
		for optionTable[i].spec != nil {
			i++ // wraps around: the table has free slots
		}
		optionTable[i] = k
	}
	for i, s := range registry {
		s.index = i
		if s.Anchor == "" && s.Status == StatusStandard {
			s.Anchor = docsBase + s.Name
		}
		if s.Deprecated != "" {
			s.deprecation.message = "The option " + s.Name + " is deprecated."
			s.deprecation.hint = "Use " + s.Deprecated + " instead."
		}
		add(s.Name, s, false)
		for _, a := range s.Aliases {
			add(a.Name, s, a.Deprecated)
		}
	}
	bindRuleOptions()
	buildRuleSets() // they need the rows' numbers and the rule options
}

// OptionSpecs yields every option the registry knows, in display order.
// The rows are shared: read them, never change them.
func OptionSpecs() iter.Seq[*OptionSpec] {
	return func(yield func(*OptionSpec) bool) {
		for _, s := range registry {
			if !yield(s) {
				return
			}
		}
	}
}

// MechanismSpecs yields every authentication mechanism, in display order.
// The rows are shared: read them, never change them.
func MechanismSpecs() iter.Seq[*MechanismSpec] {
	return func(yield func(*MechanismSpec) bool) {
		for _, m := range mechanisms {
			if !yield(m) {
				return
			}
		}
	}
}

// LookupOption finds an option by canonical name or alias, in any letter
// case. It returns nil for an unknown name. It does not allocate.
func LookupOption(name string) *OptionSpec {
	return lookupKey(name).spec
}

// lookupKey finds the table entry for a key as written: the option, and
// whether the key is a deprecated alias. The zero optionKey means unknown.
func lookupKey(name string) optionKey {
	for i := keyHash(name); optionTable[i].spec != nil; i++ {
		if equalFoldKey(optionTable[i].name, name) {
			return optionTable[i]
		}
	}
	return optionKey{}
}

// equalFoldKey reports whether name, in any letter case, is key: a name
// from the table, lower-case letters only (init checks it). Setting bit 0x20
// lower-cases an ASCII letter and turns no other byte into one, so a byte
// compares with one OR, and eight bytes at a time.
func equalFoldKey(key, name string) bool {
	if len(key) != len(name) {
		return false
	}
	n := len(name)
	if n < 8 {
		for i := 0; i < n; i++ {
			if name[i]|0x20 != key[i] {
				return false
			}
		}
		return true
	}
	const fold = 0x2020202020202020
	for i := 0; i < n-8; i += 8 {
		if word(name[i:])|fold != word(key[i:]) {
			return false
		}
	}
	return word(name[n-8:])|fold == word(key[n-8:]) // overlaps the last full word
}

// word reads the first eight bytes of s as a little-endian integer; the
// compiler turns it into one load.
func word(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// LookupMechanism finds a mechanism by its exact name. The list is short:
// comparing names costs less than hashing one.
func LookupMechanism(name string) *MechanismSpec {
	for _, m := range mechanisms {
		if m.Name == name {
			return m
		}
	}
	return nil
}

// Property finds a property of the mechanism by name, in any letter case
// (Authentication spec, "Naming": SERVICE_NAME and service_name are the
// same property).
func (m *MechanismSpec) Property(name string) *PropertySpec {
	for i := range m.Properties {
		if strings.EqualFold(m.Properties[i].Name, name) {
			return &m.Properties[i]
		}
	}
	return nil
}
