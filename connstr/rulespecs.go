package connstr

// The registry rows the rules refer to, bound by init (registry.go) once the
// rows are numbered, so that a rule check indexes an array instead of
// hashing a name.
var (
	optAuthMechanism                        *OptionSpec
	optAuthMechanismProperties              *OptionSpec
	optAuthSource                           *OptionSpec
	optCompressors                          *OptionSpec
	optDirectConnection                     *OptionSpec
	optJournal                              *OptionSpec
	optLoadBalanced                         *OptionSpec
	optMaxPoolSize                          *OptionSpec
	optMaxStalenessSeconds                  *OptionSpec
	optMinPoolSize                          *OptionSpec
	optProxyHost                            *OptionSpec
	optProxyPassword                        *OptionSpec
	optProxyPort                            *OptionSpec
	optProxyUsername                        *OptionSpec
	optReadPreference                       *OptionSpec
	optReadPreferenceTags                   *OptionSpec
	optReplicaSet                           *OptionSpec
	optSocketTimeoutMS                      *OptionSpec
	optSrvAllowedHostsSuffix                *OptionSpec
	optSrvMaxHosts                          *OptionSpec
	optSrvServiceName                       *OptionSpec
	optTimeoutMS                            *OptionSpec
	optTls                                  *OptionSpec
	optTlsAllowInvalidCertificates          *OptionSpec
	optTlsAllowInvalidHostnames             *OptionSpec
	optTlsDisableCertificateRevocationCheck *OptionSpec
	optTlsDisableOCSPEndpointCheck          *OptionSpec
	optTlsInsecure                          *OptionSpec
	optW                                    *OptionSpec
	optWaitQueueTimeoutMS                   *OptionSpec
	optWTimeoutMS                           *OptionSpec
	optZlibCompressionLevel                 *OptionSpec
)

// ruleOptions names the row of each of those variables. It is static data:
// binding them is part of init, in the one order init gives, not of package
// variable initialisation across files.
var ruleOptions = [...]struct {
	row  **OptionSpec
	name string
}{
	{&optAuthMechanism, "authMechanism"},
	{&optAuthMechanismProperties, "authMechanismProperties"},
	{&optAuthSource, "authSource"},
	{&optCompressors, "compressors"},
	{&optDirectConnection, "directConnection"},
	{&optJournal, "journal"},
	{&optLoadBalanced, "loadBalanced"},
	{&optMaxPoolSize, "maxPoolSize"},
	{&optMaxStalenessSeconds, "maxStalenessSeconds"},
	{&optMinPoolSize, "minPoolSize"},
	{&optProxyHost, "proxyHost"},
	{&optProxyPassword, "proxyPassword"},
	{&optProxyPort, "proxyPort"},
	{&optProxyUsername, "proxyUsername"},
	{&optReadPreference, "readPreference"},
	{&optReadPreferenceTags, "readPreferenceTags"},
	{&optReplicaSet, "replicaSet"},
	{&optSocketTimeoutMS, "socketTimeoutMS"},
	{&optSrvAllowedHostsSuffix, "srvAllowedHostsSuffix"},
	{&optSrvMaxHosts, "srvMaxHosts"},
	{&optSrvServiceName, "srvServiceName"},
	{&optTimeoutMS, "timeoutMS"},
	{&optTls, "tls"},
	{&optTlsAllowInvalidCertificates, "tlsAllowInvalidCertificates"},
	{&optTlsAllowInvalidHostnames, "tlsAllowInvalidHostnames"},
	{&optTlsDisableCertificateRevocationCheck, "tlsDisableCertificateRevocationCheck"},
	{&optTlsDisableOCSPEndpointCheck, "tlsDisableOCSPEndpointCheck"},
	{&optTlsInsecure, "tlsInsecure"},
	{&optW, "w"},
	{&optWaitQueueTimeoutMS, "waitQueueTimeoutMS"},
	{&optWTimeoutMS, "wTimeoutMS"},
	{&optZlibCompressionLevel, "zlibCompressionLevel"},
}

// bindRuleOptions points each rule variable at its registry row.
func bindRuleOptions() {
	for _, r := range ruleOptions {
		*r.row = mustOption(r.name)
	}
}

// mustOption finds a registry row by canonical name.
func mustOption(name string) *OptionSpec {
	for _, s := range registry {
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
