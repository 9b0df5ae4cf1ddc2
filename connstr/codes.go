package connstr

// Code identifies a kind of finding. Codes are stable: tools and tests match
// on them, and the UI links them to documentation.
type Code string

// Syntax: the string's shape (Connection String spec).
const (
	CodeEmpty             Code = "empty"                // nothing to parse
	CodeInvalidScheme     Code = "invalid-scheme"       // not mongodb:// or mongodb+srv://
	CodeMissingHost       Code = "missing-host"         // no host after the scheme
	CodeEmptyHost         Code = "empty-host"           // an empty entry in the host list
	CodeInvalidHost       Code = "invalid-host"         // a character a host cannot hold
	CodeUnescapedSlash    Code = "unescaped-slash"      // a socket path that is not percent-encoded
	CodeInvalidIPLiteral  Code = "invalid-ip-literal"   // [..] that is not an IPv6 address
	CodeInvalidPort       Code = "invalid-port"         // not a number
	CodePortOutOfRange    Code = "port-out-of-range"    // outside 1..65535
	CodeSocketSuffix      Code = "socket-suffix"        // a socket path not ending in .sock
	CodeBadPercent        Code = "bad-percent-encoding" // % not followed by two hex digits
	CodeUserinfoAt        Code = "userinfo-unescaped-at"
	CodeUserinfoColon     Code = "userinfo-unescaped-colon"
	CodeUserinfoChar      Code = "userinfo-invalid-char" // a gen-delim ('#', '[', ']') that must be encoded
	CodeUserinfoUnencoded Code = "userinfo-unencoded"    // a space or other character RFC 3986 wants encoded (warning)
	CodeUserinfoNonASCII  Code = "userinfo-non-ascii"    // raw UTF-8 in userinfo (portability)
	CodeEmptyUsername     Code = "empty-username"
	CodePlusInUserinfo    Code = "userinfo-plus"            // '+' read as space by some drivers
	CodeInvalidDatabase   Code = "invalid-database"         // a character a database name cannot hold
	CodeDatabaseTooLong   Code = "database-too-long"        // over 64 bytes
	CodeOptionsInDatabase Code = "options-in-database"      // "/db&w=1": options after the '/' with no '?'
	CodeSuspectedPassword Code = "suspected-password-split" // an '@' after the hosts: a password cut by '/'
	CodeOptionNoValue     Code = "option-without-equals"
	CodeOptionEmptyKey    Code = "option-empty-key"
	CodeOptionEmptyPair   Code = "option-empty-pair" // "&&" or a trailing "&"
	CodeLegacySeparator   Code = "legacy-separator"  // ';' between options
	CodeMixedSeparators   Code = "mixed-separators"  // both '&' and ';' in the options: drivers split differently
	CodeSRVMultipleHosts  Code = "srv-multiple-hosts"
	CodeSRVPort           Code = "srv-port"
	CodeSRVHostType       Code = "srv-host-type" // an IP address or socket with mongodb+srv
)

// Options: names and values (URI Options spec).
const (
	CodeUnknownOption    Code = "unknown-option"
	CodeRemovedOption    Code = "removed-option" // accepted once, now rejected or ignored by drivers
	CodeDriverOption     Code = "driver-specific-option"
	CodeDuplicateOption  Code = "duplicate-option"
	CodeDeprecatedOption Code = "deprecated-option"
	CodeAliasOverridden  Code = "alias-overridden" // deprecated alias ignored, canonical name present
	CodeEmptyValue       Code = "empty-value"
	CodeInvalidValue     Code = "invalid-value"
	CodeValueOutOfRange  Code = "value-out-of-range"
	CodeLegacyBoolean    Code = "legacy-boolean" // 1, yes, t, ...
	CodeValueCase        Code = "value-case"     // an enum value in the wrong letter case
	CodeInvalidKeyValue  Code = "invalid-key-value"
	CodeUnknownProperty  Code = "unknown-mechanism-property"
	CodeUnencodable      Code = "unencodable-value" // Format: a value the syntax cannot carry
)

// Rules between options (URI Options, Load Balancer, Seedlist, SOCKS5,
// Server Selection and Max Staleness specs).
const (
	CodeTLSConflict           Code = "tls-conflict"
	CodeTLSMismatch           Code = "tls-ssl-mismatch"
	CodeTLSOptionsWithoutTLS  Code = "tls-options-without-tls"
	CodeDirectMultipleHosts   Code = "direct-connection-multiple-hosts"
	CodeDirectSRV             Code = "direct-connection-srv"
	CodeLoadBalancedHosts     Code = "load-balanced-multiple-hosts"
	CodeLoadBalancedReplSet   Code = "load-balanced-replica-set"
	CodeLoadBalancedDirect    Code = "load-balanced-direct-connection"
	CodeSRVOptionWithoutSRV   Code = "srv-option-without-srv"
	CodeSRVMaxHostsReplSet    Code = "srv-max-hosts-replica-set"
	CodeSRVMaxHostsLB         Code = "srv-max-hosts-load-balanced"
	CodeProxyWithoutHost      Code = "proxy-without-host"
	CodeProxyCredentials      Code = "proxy-credentials-incomplete"
	CodeProxyRepeated         Code = "proxy-option-repeated"
	CodeReadPrefPrimaryTags   Code = "read-preference-primary-tags"
	CodeReadPrefPrimaryStale  Code = "read-preference-primary-staleness"
	CodeMaxStalenessTooSmall  Code = "max-staleness-too-small"
	CodeCompressionLevelNoZip Code = "zlib-level-without-zlib"
	CodeTimeoutMSLegacy       Code = "timeoutms-with-legacy-timeouts"
	CodeJournalW0             Code = "journal-with-w0"
	CodePoolSizeOrder         Code = "min-pool-above-max"
)

// Authentication (the Authentication spec's URI rules).
const (
	CodeAuthUnknownMechanism  Code = "auth-unknown-mechanism"
	CodeAuthRemovedMechanism  Code = "auth-removed-mechanism"
	CodeAuthUsernameRequired  Code = "auth-username-required"
	CodeAuthPasswordRequired  Code = "auth-password-required"
	CodeAuthPasswordForbidden Code = "auth-password-forbidden"
	CodeAuthUsernameForbidden Code = "auth-username-forbidden"
	CodeAuthSource            Code = "auth-source-invalid"
	CodeAuthSourceEmpty       Code = "auth-source-empty"
	CodeAuthProperty          Code = "auth-property-invalid"
	CodeAuthPropertyMissing   Code = "auth-property-missing"
	CodeAuthPropsNoMechanism  Code = "auth-properties-without-mechanism"
	CodeAuthSourceNoUser      Code = "auth-source-without-credentials"
)
