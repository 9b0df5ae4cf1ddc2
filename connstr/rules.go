package connstr

import "slices"

// The rules between options, each from the spec that names it.

// tlsConflicts are the pairs of options the URI Options spec forbids together,
// whatever their values. init builds it (buildRuleSets), once the rule
// options are bound.
var tlsConflicts [][2]*OptionSpec

func buildTLSConflicts() {
	tlsConflicts = [][2]*OptionSpec{
		{optTlsInsecure, optTlsAllowInvalidCertificates},
		{optTlsInsecure, optTlsAllowInvalidHostnames},
		{optTlsInsecure, optTlsDisableOCSPEndpointCheck},
		{optTlsInsecure, optTlsDisableCertificateRevocationCheck},
		{optTlsAllowInvalidCertificates, optTlsDisableOCSPEndpointCheck},
		{optTlsAllowInvalidCertificates, optTlsDisableCertificateRevocationCheck},
		{optTlsDisableOCSPEndpointCheck, optTlsDisableCertificateRevocationCheck},
	}
}

// seen reports whether the option appeared in the string, valid or not.
// Only the TLS conflicts go by appearance (the URI Options spec says
// "appear"); every other rule reads valid values, so that the canonical
// string, which drops ignored values, is judged the same way.
func (p *parser) seen(s *OptionSpec) bool {
	return p.opts.seen.has(s)
}

// The options each group of rules is about: a group runs only when the
// string gives one of them, so a typical string skips most rules. Sets are
// of row numbers, so init builds them once it has numbered the rows.
var (
	tlsRuleOptions      optionSet
	topologyRuleOptions optionSet
	proxyRuleOptions    optionSet
	readRuleOptions     optionSet
	concernRuleOptions  optionSet
	authRuleOptions     optionSet
)

func buildRuleSets() {
	buildTLSConflicts()
	tlsRuleOptions = setOf(optTls, optTlsInsecure, optTlsAllowInvalidCertificates, optTlsAllowInvalidHostnames,
		optTlsDisableOCSPEndpointCheck, optTlsDisableCertificateRevocationCheck)
	topologyRuleOptions = setOf(optDirectConnection, optLoadBalanced, optSrvServiceName, optSrvMaxHosts, optSrvAllowedHostsSuffix)
	proxyRuleOptions = setOf(optProxyHost, optProxyPort, optProxyUsername, optProxyPassword)
	readRuleOptions = setOf(optReadPreferenceTags, optMaxStalenessSeconds)
	concernRuleOptions = setOf(optJournal, optMinPoolSize, optZlibCompressionLevel, optTimeoutMS)
	authRuleOptions = setOf(optAuthMechanism, optAuthSource, optAuthMechanismProperties)
}

func (p *parser) checkRules() {
	seen := &p.opts.seen
	if seen.intersects(&tlsRuleOptions) {
		p.checkTLS()
	}
	if seen.intersects(&topologyRuleOptions) {
		p.checkTopology()
	}
	if seen.intersects(&proxyRuleOptions) {
		p.checkProxy()
	}
	if seen.intersects(&readRuleOptions) {
		p.checkReadPreference()
	}
	if seen.intersects(&concernRuleOptions) {
		p.checkConcernsAndPool()
	}
}

// checkTLS applies the URI Options spec's TLS rules.
func (p *parser) checkTLS() {
	for _, c := range tlsConflicts {
		if p.seen(c[0]) && p.seen(c[1]) {
			a, b := c[0].Name, c[1].Name
			p.errorf(CodeTLSConflict, p.span(c[1]), b, a+" and "+b+" cannot both be given.",
				a+" already relaxes what "+b+" controls: keep one of them.")
		}
	}
	if p.opts.tlsMismatch {
		p.errorf(CodeTLSMismatch, p.span(optTls), "tls", "tls and ssl are given with different values.",
			"ssl is another name for tls: give one of them, once.")
	}
	if tls := p.val(optTls); tls.IsSet() && !tls.Bool() {
		for _, o := range p.cs.Options {
			if o.Name != "tls" && LookupOption(o.Name).Group == GroupTLS {
				p.warnf(CodeTLSOptionsWithoutTLS, o.Span, o.Name, o.Name+" has no effect because tls=false.",
					"Remove tls=false to use TLS, or remove "+o.Name+".")
				break
			}
		}
	}
}

// checkTopology applies the rules of directConnection, loadBalanced and
// the SRV options.
func (p *parser) checkTopology() {
	cs := p.cs
	srv := cs.Scheme == SchemeSRV
	direct := p.val(optDirectConnection)
	if direct.IsSet() && direct.Bool() {
		if srv {
			p.errorf(CodeDirectSRV, p.span(optDirectConnection), "directConnection",
				"directConnection=true cannot be used with mongodb+srv://, which may resolve to several hosts.",
				"Remove directConnection=true, or connect to one host with mongodb://host:port.")
		} else if len(cs.Hosts) > 1 {
			p.errorf(CodeDirectMultipleHosts, p.span(optDirectConnection), "directConnection",
				"directConnection=true needs exactly one host.",
				"Remove directConnection=true to connect to the replica set, or keep only the host to talk to.")
		}
	}

	if lb := p.val(optLoadBalanced); lb.IsSet() && lb.Bool() {
		span := p.span(optLoadBalanced)
		if !srv && len(cs.Hosts) > 1 {
			p.errorf(CodeLoadBalancedHosts, span, "loadBalanced",
				"loadBalanced=true needs exactly one host: the load balancer.",
				"Keep only the load balancer's address.")
		}
		if p.val(optReplicaSet).IsSet() {
			p.errorf(CodeLoadBalancedReplSet, span, "loadBalanced",
				"loadBalanced=true cannot be combined with replicaSet.",
				"Remove replicaSet: behind a load balancer the driver does not discover members.")
		}
		if direct.IsSet() && direct.Bool() {
			p.errorf(CodeLoadBalancedDirect, span, "loadBalanced",
				"loadBalanced=true cannot be combined with directConnection=true.",
				"Remove directConnection.")
		}
	}

	for _, o := range [...]*OptionSpec{optSrvServiceName, optSrvMaxHosts, optSrvAllowedHostsSuffix} {
		if name := o.Name; !srv && p.val(o).IsSet() {
			p.errorf(CodeSRVOptionWithoutSRV, p.span(o), name, name+" is only valid with mongodb+srv://.",
				"Remove "+name+", or use the cluster's mongodb+srv:// string.")
		}
	}
	p.checkSRVSuffix()
	if max := p.val(optSrvMaxHosts); srv && max.IsSet() && max.Int() > 0 {
		if p.val(optReplicaSet).IsSet() {
			p.errorf(CodeSRVMaxHostsReplSet, p.span(optSrvMaxHosts), "srvMaxHosts",
				"srvMaxHosts cannot be combined with replicaSet.",
				"Remove replicaSet, or set srvMaxHosts=0.")
		}
		if lb := p.val(optLoadBalanced); lb.IsSet() && lb.Bool() {
			p.errorf(CodeSRVMaxHostsLB, p.span(optSrvMaxHosts), "srvMaxHosts",
				"srvMaxHosts cannot be combined with loadBalanced=true.",
				"Remove srvMaxHosts: a load-balanced cluster has one SRV record.")
		}
	}
}

// checkProxy applies the SOCKS5 spec's rules.
func (p *parser) checkProxy() {
	if !p.val(optProxyHost).IsSet() {
		for _, o := range [...]*OptionSpec{optProxyPort, optProxyUsername, optProxyPassword} {
			if name := o.Name; p.val(o).IsSet() {
				p.errorf(CodeProxyWithoutHost, p.span(o), name, name+" needs proxyHost.",
					"Add proxyHost=<SOCKS5 proxy host>, or remove "+name+".")
			}
		}
		return
	}
	user, pass := p.val(optProxyUsername).IsSet(), p.val(optProxyPassword).IsSet()
	if user != pass {
		missing := "proxyPassword"
		if pass {
			missing = "proxyUsername"
		}
		p.errorf(CodeProxyCredentials, NoSpan, missing, "proxyUsername and proxyPassword must be given together.",
			"Add "+missing+", or remove the other one.")
	}
}

// checkReadPreference applies the Server Selection and Max Staleness rules.
func (p *parser) checkReadPreference() {
	mode := "primary"
	if m := p.val(optReadPreference); m.IsSet() {
		mode = m.Text()
	}
	if tags := p.val(optReadPreferenceTags); tags.IsSet() && mode == "primary" {
		for _, t := range tags.TagSets() {
			if len(t) > 0 {
				p.errorf(CodeReadPrefPrimaryTags, p.span(optReadPreferenceTags), "readPreferenceTags",
					"readPreferenceTags cannot be used with the primary read preference.",
					"Set readPreference to primaryPreferred, secondary, secondaryPreferred or nearest.")
				break
			}
		}
	}
	if ms := p.val(optMaxStalenessSeconds); ms.IsSet() && ms.Int() >= 0 {
		span := p.span(optMaxStalenessSeconds)
		if mode == "primary" && ms.Int() > 0 {
			p.errorf(CodeReadPrefPrimaryStale, span, "maxStalenessSeconds",
				"maxStalenessSeconds cannot be used with the primary read preference.",
				"Set readPreference to a mode that reads from secondaries, or remove maxStalenessSeconds.")
		} else if ms.Int() < 90 {
			p.warnf(CodeMaxStalenessTooSmall, span, "maxStalenessSeconds",
				"maxStalenessSeconds is below 90 seconds; drivers raise an error when they select a server.",
				"Use 90 or more (and at least heartbeatFrequencyMS/1000 + 10), or -1 for no limit.")
		}
	}
}

// checkConcernsAndPool applies the write concern and pool rules.
func (p *parser) checkConcernsAndPool() {
	if j, w := p.val(optJournal), p.val(optW); j.IsSet() && j.Bool() && w.IsInt() && w.Int() == 0 {
		p.errorf(CodeJournalW0, p.span(optJournal), "journal",
			"journal=true cannot be combined with w=0 (unacknowledged writes).",
			"Use w=1 or w=majority with journal=true, or remove journal.")
	}
	if lo, hi := p.val(optMinPoolSize), p.val(optMaxPoolSize); lo.IsSet() && hi.IsSet() && hi.Int() > 0 && lo.Int() > hi.Int() {
		p.errorf(CodePoolSizeOrder, p.span(optMinPoolSize), "minPoolSize",
			"minPoolSize is larger than maxPoolSize.",
			"Make minPoolSize at most maxPoolSize.")
	}
	if lvl := p.val(optZlibCompressionLevel); lvl.IsSet() {
		if c := p.val(optCompressors); !slices.Contains(c.List(), "zlib") {
			p.add(SeverityInfo, CodeCompressionLevelNoZip, p.span(optZlibCompressionLevel), "zlibCompressionLevel",
				"zlibCompressionLevel has no effect unless compressors includes zlib.",
				"Add compressors=zlib, or remove zlibCompressionLevel.")
		}
	}
	if p.val(optTimeoutMS).IsSet() {
		for _, o := range [...]*OptionSpec{optSocketTimeoutMS, optWaitQueueTimeoutMS, optWTimeoutMS} {
			if name := o.Name; p.val(o).IsSet() {
				p.add(SeverityInfo, CodeTimeoutMSLegacy, p.span(o), name,
					name+" is ignored by drivers that implement timeoutMS, which is also given.",
					"Remove "+name+" and rely on timeoutMS.")
			}
		}
	}
}
