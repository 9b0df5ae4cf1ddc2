package connstr

// The registry rows the rules refer to, resolved once so that a rule check
// indexes an array instead of hashing a name.
var (
	optAuthMechanism                        = mustOption("authMechanism")
	optAuthMechanismProperties              = mustOption("authMechanismProperties")
	optAuthSource                           = mustOption("authSource")
	optCompressors                          = mustOption("compressors")
	optDirectConnection                     = mustOption("directConnection")
	optJournal                              = mustOption("journal")
	optLoadBalanced                         = mustOption("loadBalanced")
	optMaxPoolSize                          = mustOption("maxPoolSize")
	optMaxStalenessSeconds                  = mustOption("maxStalenessSeconds")
	optMinPoolSize                          = mustOption("minPoolSize")
	optProxyHost                            = mustOption("proxyHost")
	optProxyPassword                        = mustOption("proxyPassword")
	optProxyPort                            = mustOption("proxyPort")
	optProxyUsername                        = mustOption("proxyUsername")
	optReadPreference                       = mustOption("readPreference")
	optReadPreferenceTags                   = mustOption("readPreferenceTags")
	optReplicaSet                           = mustOption("replicaSet")
	optSocketTimeoutMS                      = mustOption("socketTimeoutMS")
	optSrvAllowedHostsSuffix                = mustOption("srvAllowedHostsSuffix")
	optSrvMaxHosts                          = mustOption("srvMaxHosts")
	optSrvServiceName                       = mustOption("srvServiceName")
	optTimeoutMS                            = mustOption("timeoutMS")
	optTls                                  = mustOption("tls")
	optTlsAllowInvalidCertificates          = mustOption("tlsAllowInvalidCertificates")
	optTlsAllowInvalidHostnames             = mustOption("tlsAllowInvalidHostnames")
	optTlsDisableCertificateRevocationCheck = mustOption("tlsDisableCertificateRevocationCheck")
	optTlsDisableOCSPEndpointCheck          = mustOption("tlsDisableOCSPEndpointCheck")
	optTlsInsecure                          = mustOption("tlsInsecure")
	optW                                    = mustOption("w")
	optWaitQueueTimeoutMS                   = mustOption("waitQueueTimeoutMS")
	optWTimeoutMS                           = mustOption("wTimeoutMS")
	optZlibCompressionLevel                 = mustOption("zlibCompressionLevel")
)

// mustOption finds a registry row by canonical name during package
// initialisation, before init numbers the rows and builds the lookup table.
func mustOption(name string) *OptionSpec {
	for _, s := range Registry {
		if s.Name == name {
			return s
		}
	}
	panic("connstr: no registry row " + name)
}

// val returns the option's value in the string being parsed.
func (p *parser) val(s *OptionSpec) Value {
	if i := p.opts.index[s.index]; i > 0 {
		return p.cs.Options[i-1].Value
	}
	return Value{}
}

// span returns where the option's last valid occurrence stands, or NoSpan.
func (p *parser) span(s *OptionSpec) Span {
	if i := p.opts.index[s.index]; i > 0 {
		return p.cs.Options[i-1].Span
	}
	return NoSpan
}
