package connstr

// Codes of the explainer's own checks (see Explain). They need a wider view
// than the parser has: what the person likely meant, where the string runs,
// and what MongoDB's troubleshooting guides say about such strings. Parse
// never reports them.

// Strings as people paste them. Explain cleans these up and explains the
// cleaned string; the check says what was removed or added.
const (
	CodePastedWhitespace Code = "pasted-whitespace" // white space before or after the string
	CodePastedLineBreak  Code = "pasted-line-break" // a line break inside the string
	CodePastedQuotes     Code = "pasted-quotes"     // the string is wrapped in quotes
	CodePastedAssignment Code = "pasted-assignment" // MONGO_URI=..., export X=..., uri: ...
	CodePastedCommand    Code = "pasted-command"    // a whole mongosh/mongodump command line
	CodeMissingScheme    Code = "missing-scheme"    // host[:port] without mongodb://
	CodeSchemeTypo       Code = "scheme-typo"       // MongoDB://, mongodb:/, mongo://, jdbc:mongodb://, ...
)

// Credentials.
const (
	CodeCredentialsNotEncoded Code = "credentials-not-encoded" // special characters that shifted the parts
	CodePlaceholder           Code = "unreplaced-placeholder"  // <password>, <db_password>, <dbname>, ...
	CodeUserinfoShellChars    Code = "userinfo-shell-chars"    // $ ! ` that shells expand inside double quotes
)

// Authentication.
const (
	CodeAuthSourcePathDB      Code = "auth-source-path-database"     // the path database becomes the authSource
	CodeAuthSourceCase        Code = "auth-source-case"              // authSource=Admin
	CodeAuthSourceExternalPwd Code = "auth-source-external-password" // SCRAM users do not live in $external
	CodeAuthSourceLDAP        Code = "auth-source-ldap-path"         // PLAIN: the path database replaces $external
	CodeX509WithoutTLS        Code = "x509-without-tls"
	CodeX509Certificate       Code = "x509-certificate-not-in-string"
	CodeAWSKeysInString       Code = "aws-keys-in-string"
)

// mongodb+srv:// and Atlas.
const (
	CodeSRVLocalHost      Code = "srv-local-host"        // mongodb+srv://localhost: no SRV record
	CodeSRVShortName      Code = "srv-short-name"        // fewer than three labels: older drivers refuse
	CodeSRVNodeName       Code = "srv-atlas-node-name"   // an Atlas node name with mongodb+srv://
	CodeAtlasSRVName      Code = "atlas-srv-name-no-srv" // an Atlas cluster's SRV name with mongodb://
	CodeSRVTLSDisabled    Code = "srv-tls-disabled"      // tls=false turns off what mongodb+srv turns on
	CodeAtlasTLSDisabled  Code = "atlas-tls-disabled"    // Atlas accepts TLS connections only
	CodeCosmosRetryWrites Code = "cosmos-retry-writes"   // Cosmos DB (RU) rejects retryable writes
)

// Hosts, replica sets and the network.
const (
	CodeReplicaSetOneSeed  Code = "replica-set-single-seed"
	CodeDirectReplicaSet   Code = "direct-connection-replica-set"
	CodeDuplicateHost      Code = "duplicate-host"
	CodeLocalhostIPv6      Code = "localhost-ipv6" // Node.js 17+ may try ::1 first
	CodeOtherServicePort   Code = "port-of-other-service"
	CodeHostNotResolvable  Code = "host-name-not-resolvable"
	CodeOptionsInDatabase  Code = "options-in-database" // "/db;w=1" or "/db&w=1": the '?' is missing
	CodeMissingDatabase    Code = "missing-database"
	CodeAtInOptionValue    Code = "at-sign-in-option-value" // Cosmos DB's appName=@account@
	CodeAppNameTooLong     Code = "app-name-too-long"
	CodeOptionNotPortable  Code = "option-not-portable" // registry: OptionSpec.Unportable
	CodeTLSValidationOff   Code = "tls-validation-disabled"
	CodeNotEncrypted       Code = "connection-not-encrypted" // no TLS to a host that is not this machine
	CodeProxyPlaintext     Code = "proxy-password-plaintext" // SOCKS5 sends its password in clear
	CodeProxyLocalHost     Code = "proxy-with-local-host"    // a remote proxy cannot reach this machine's localhost
	CodeKerberosPassword   Code = "kerberos-password"
	CodePoolUnlimited      Code = "pool-size-unlimited"
	CodePoolAboveTierLimit Code = "pool-size-above-tier-limit"
	CodeIdleTimeShort      Code = "idle-time-short"
	CodeWaitQueueShort     Code = "wait-queue-timeout-short"
	CodeSelectionShort     Code = "server-selection-timeout-short"
	CodeConnectShort       Code = "connect-timeout-short"
	CodeConnectDisabled    Code = "connect-timeout-disabled"
	CodeConnectAboveSelect Code = "connect-timeout-above-selection"
	CodeSocketShort        Code = "socket-timeout-short"
)

// Troubleshooting tips: what an error message means, tailored to the string.
const (
	TipServerSelection   Code = "tip-server-selection-timeout"
	TipNetwork           Code = "tip-network-ports"
	TipAtlasAccessList   Code = "tip-atlas-ip-access-list"
	TipSRVDNS            Code = "tip-srv-dns"
	TipSRVNotFound       Code = "tip-srv-not-found"
	TipSRVParentDomain   Code = "tip-srv-parent-domain"
	TipAuthFailed        Code = "tip-authentication-failed"
	TipTooManyConns      Code = "tip-too-many-connections"
	TipConnRefusedLocal  Code = "tip-connection-refused-local"
	TipReplicaSetMembers Code = "tip-replica-set-member-names"
	TipTLSHandshake      Code = "tip-tls-handshake"
)
