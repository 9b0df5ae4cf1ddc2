package explain

import "github.com/mongouri/mongouri/connstr"

// Codes of the explainer's own checks (see Explain). They need a wider view
// than the parser has: what the person likely meant, where the string runs,
// and what MongoDB's troubleshooting guides say about such strings. Parse
// never reports them.

// Strings as people paste them. Explain cleans these up and explains the
// cleaned string; the check says what was removed or added.
const (
	CodePastedWhitespace connstr.Code = "pasted-whitespace" // white space before or after the string
	CodePastedLineBreak  connstr.Code = "pasted-line-break" // a line break inside the string
	CodePastedQuotes     connstr.Code = "pasted-quotes"     // the string is wrapped in quotes
	CodePastedAssignment connstr.Code = "pasted-assignment" // MONGO_URI=..., export X=..., uri: ...
	CodePastedCommand    connstr.Code = "pasted-command"    // a whole mongosh/mongodump command line
	CodeMissingScheme    connstr.Code = "missing-scheme"    // host[:port] without mongodb://
	CodeSchemeTypo       connstr.Code = "scheme-typo"       // MongoDB://, mongodb:/, mongo://, jdbc:mongodb://, ...
)

// Credentials.
const (
	CodeCredentialsNotEncoded connstr.Code = "credentials-not-encoded" // special characters that shifted the parts
	CodePlaceholder           connstr.Code = "unreplaced-placeholder"  // <password>, <db_password>, <dbname>, ...
	CodeUserinfoShellChars    connstr.Code = "userinfo-shell-chars"    // $ ! ` that shells expand inside double quotes
)

// Authentication.
const (
	CodeAuthSourcePathDB      connstr.Code = "auth-source-path-database"     // the path database becomes the authSource
	CodeAuthSourceCase        connstr.Code = "auth-source-case"              // authSource=Admin
	CodeAuthSourceExternalPwd connstr.Code = "auth-source-external-password" // SCRAM users do not live in $external
	CodeAuthSourceLDAP        connstr.Code = "auth-source-ldap-path"         // PLAIN: the path database replaces $external
	CodeX509WithoutTLS        connstr.Code = "x509-without-tls"
	CodeX509Certificate       connstr.Code = "x509-certificate-not-in-string"
)

// mongodb+srv:// and Atlas.
const (
	CodeSRVLocalHost      connstr.Code = "srv-local-host"        // mongodb+srv://localhost: no SRV record
	CodeSRVShortName      connstr.Code = "srv-short-name"        // fewer than three labels: older drivers refuse
	CodeSRVNodeName       connstr.Code = "srv-atlas-node-name"   // an Atlas node name with mongodb+srv://
	CodeAtlasSRVName      connstr.Code = "atlas-srv-name-no-srv" // an Atlas cluster's SRV name with mongodb://
	CodeSRVTLSDisabled    connstr.Code = "srv-tls-disabled"      // tls=false turns off what mongodb+srv turns on
	CodeAtlasTLSDisabled  connstr.Code = "atlas-tls-disabled"    // Atlas accepts TLS connections only
	CodeCosmosRetryWrites connstr.Code = "cosmos-retry-writes"   // Cosmos DB (RU) rejects retryable writes
)

// Hosts, replica sets and the network.
const (
	CodeReplicaSetOneSeed  connstr.Code = "replica-set-single-seed"
	CodeDirectReplicaSet   connstr.Code = "direct-connection-replica-set"
	CodeDuplicateHost      connstr.Code = "duplicate-host"
	CodeLocalhostIPv6      connstr.Code = "localhost-ipv6" // Node.js 17+ may try ::1 first
	CodeOtherServicePort   connstr.Code = "port-of-other-service"
	CodeHostNotResolvable  connstr.Code = "host-name-not-resolvable"
	CodeOptionsInDatabase  connstr.Code = connstr.CodeOptionsInDatabase // the parser's for known options; the explainer's for any key=value
	CodeMissingDatabase    connstr.Code = "missing-database"
	CodeAtInOptionValue    connstr.Code = "at-sign-in-option-value" // Cosmos DB's appName=@account@
	CodeAppNameTooLong     connstr.Code = "app-name-too-long"
	CodeOptionNotPortable  connstr.Code = "option-not-portable" // registry: OptionSpec.Unportable
	CodeTLSValidationOff   connstr.Code = "tls-validation-disabled"
	CodeNotEncrypted       connstr.Code = "connection-not-encrypted" // no TLS to a host that is not this machine
	CodeProxyPlaintext     connstr.Code = "proxy-password-plaintext" // SOCKS5 sends its password in clear
	CodeProxyLocalHost     connstr.Code = "proxy-with-local-host"    // a remote proxy cannot reach this machine's localhost
	CodeKerberosPassword   connstr.Code = "kerberos-password"
	CodePoolUnlimited      connstr.Code = "pool-size-unlimited"
	CodePoolAboveTierLimit connstr.Code = "pool-size-above-tier-limit"
	CodeIdleTimeShort      connstr.Code = "idle-time-short"
	CodeWaitQueueShort     connstr.Code = "wait-queue-timeout-short"
	CodeSelectionShort     connstr.Code = "server-selection-timeout-short"
	CodeConnectShort       connstr.Code = "connect-timeout-short"
	CodeConnectDisabled    connstr.Code = "connect-timeout-disabled"
	CodeConnectAboveSelect connstr.Code = "connect-timeout-above-selection"
	CodeSocketShort        connstr.Code = "socket-timeout-short"
)

// Troubleshooting tips: what an error message means, tailored to the string.
const (
	TipServerSelection   connstr.Code = "tip-server-selection-timeout"
	TipNetwork           connstr.Code = "tip-network-ports"
	TipAtlasAccessList   connstr.Code = "tip-atlas-ip-access-list"
	TipSRVDNS            connstr.Code = "tip-srv-dns"
	TipSRVNotFound       connstr.Code = "tip-srv-not-found"
	TipSRVParentDomain   connstr.Code = "tip-srv-parent-domain"
	TipAuthFailed        connstr.Code = "tip-authentication-failed"
	TipTooManyConns      connstr.Code = "tip-too-many-connections"
	TipConnRefusedLocal  connstr.Code = "tip-connection-refused-local"
	TipReplicaSetMembers connstr.Code = "tip-replica-set-member-names"
	TipTLSHandshake      connstr.Code = "tip-tls-handshake"
)
