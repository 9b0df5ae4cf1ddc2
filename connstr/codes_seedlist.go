package connstr

// Seedlist discovery: resolving mongodb+srv:// through DNS (Initial DNS
// Seedlist Discovery spec). Resolve reports these; the codes of rules that
// also apply to the string alone (CodeLoadBalancedHosts, CodeSRVMaxHostsReplSet,
// ...) are reused when DNS is what breaks them.
const (
	CodeSRVNotNeeded         Code = "srv-not-needed"                   // info: a mongodb:// string has nothing to resolve
	CodeSRVNoResolver        Code = "srv-no-resolver"                  // Resolve was given no Resolver
	CodeSRVLookupFailed      Code = "srv-lookup-failed"                // the SRV query got no answer
	CodeTXTLookupFailed      Code = "txt-lookup-failed"                // the TXT query got no answer
	CodeDNSUnreachable       Code = "dns-unreachable"                  // no DNS server could be reached (offline, blocked or down)
	CodeSRVNoRecords         Code = "srv-no-records"                   // the SRV query's answer is empty
	CodeSRVTargetDomain      Code = "srv-target-outside-domain"        // a target does not share the host's domain
	CodeSRVSuffixInvalid     Code = "srv-allowed-hosts-suffix-invalid" // a suffix the spec rejects (parse time)
	CodeSRVTargetInvalid     Code = "srv-target-invalid"               // a target that is no host name, or port 0
	CodeSRVTooManyRecords    Code = "srv-too-many-records"             // an SRV answer over MaxSRVRecords
	CodeSRVEquivalentTooLong Code = "srv-equivalent-too-long"          // the equivalent mongodb:// string is over MaxLength
	CodeTXTMultipleRecords   Code = "txt-multiple-records"             // more than one TXT record
	CodeTXTOptionNotAllowed  Code = "txt-option-not-allowed"           // a TXT option other than authSource, replicaSet, loadBalanced
	CodeTXTInvalid           Code = "txt-invalid"                      // a TXT record the option syntax cannot read
	CodeTXTTooLong           Code = "txt-too-long"                     // a TXT record over MaxLength
	CodeTXTOption            Code = "txt-option"                       // info: an option the TXT record adds
	CodeTXTOverridden        Code = "txt-option-overridden"            // info: the string overrides a TXT option
	CodeTXTAuthSource        Code = "txt-auth-source-mechanism"        // the TXT authSource does not fit authMechanism
	CodeSRVImplicitTLS       Code = "srv-implicit-tls"                 // info: mongodb+srv:// turns TLS on
	CodeSRVMaxHostsApplied   Code = "srv-max-hosts-applied"            // info: srvMaxHosts chose some of the hosts
)
