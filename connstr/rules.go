package connstr

// The rules between options, each from the spec that names it.

// tlsConflicts are the pairs of options the URI Options spec forbids together,
// whatever their values.
var tlsConflicts = [][2]string{
	{"tlsInsecure", "tlsAllowInvalidCertificates"},
	{"tlsInsecure", "tlsAllowInvalidHostnames"},
	{"tlsInsecure", "tlsDisableOCSPEndpointCheck"},
	{"tlsInsecure", "tlsDisableCertificateRevocationCheck"},
	{"tlsAllowInvalidCertificates", "tlsDisableOCSPEndpointCheck"},
	{"tlsAllowInvalidCertificates", "tlsDisableCertificateRevocationCheck"},
	{"tlsDisableOCSPEndpointCheck", "tlsDisableCertificateRevocationCheck"},
}

// seen reports whether the option appeared in the string, valid or not.
// Only the TLS conflicts go by appearance (the URI Options spec says
// "appear"); every other rule reads valid values, so that the canonical
// string, which drops ignored values, is judged the same way.
func (p *parser) seen(name string) bool {
	return p.opts.present[LookupOption(name).index] > 0
}

// optSpan is the span of the option's last valid occurrence, or NoSpan.
func (p *parser) optSpan(name string) Span {
	if o, ok := p.cs.Lookup(name); ok {
		return o.Span
	}
	return NoSpan
}

func (p *parser) checkRules() {
	cs := p.cs
	srv := cs.Scheme == SchemeSRV

	for _, c := range tlsConflicts {
		if p.seen(c[0]) && p.seen(c[1]) {
			p.errorf(CodeTLSConflict, p.optSpan(c[1]), c[1],
				c[0]+" and "+c[1]+" cannot both be given.",
				c[0]+" already relaxes what "+c[1]+" controls: keep one of them.")
		}
	}
	if p.opts.tls.mismatch {
		p.errorf(CodeTLSMismatch, p.optSpan("tls"), "tls", "tls and ssl are given with different values.",
			"ssl is another name for tls: give one of them, once.")
	}
	if tls := cs.Value("tls"); tls.IsSet() && !tls.Bool() {
		for _, o := range cs.Options {
			if o.Name != "tls" && LookupOption(o.Name).Group == GroupTLS {
				p.warnf(CodeTLSOptionsWithoutTLS, o.Span, o.Name, o.Name+" has no effect because tls=false.",
					"Remove tls=false to use TLS, or remove "+o.Name+".")
				break
			}
		}
	}

	direct := cs.Value("directConnection")
	if direct.IsSet() && direct.Bool() {
		if srv {
			p.errorf(CodeDirectSRV, p.optSpan("directConnection"), "directConnection",
				"directConnection=true cannot be used with mongodb+srv://, which may resolve to several hosts.",
				"Remove directConnection=true, or connect to one host with mongodb://host:port.")
		} else if len(cs.Hosts) > 1 {
			p.errorf(CodeDirectMultipleHosts, p.optSpan("directConnection"), "directConnection",
				"directConnection=true needs exactly one host.",
				"Remove directConnection=true to connect to the replica set, or keep only the host to talk to.")
		}
	}

	if lb := cs.Value("loadBalanced"); lb.IsSet() && lb.Bool() {
		span := p.optSpan("loadBalanced")
		if !srv && len(cs.Hosts) > 1 {
			p.errorf(CodeLoadBalancedHosts, span, "loadBalanced",
				"loadBalanced=true needs exactly one host: the load balancer.",
				"Keep only the load balancer's address.")
		}
		if cs.Value("replicaSet").IsSet() {
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

	for _, name := range [...]string{"srvServiceName", "srvMaxHosts"} {
		if !srv && cs.Value(name).IsSet() {
			p.errorf(CodeSRVOptionWithoutSRV, p.optSpan(name), name, name+" is only valid with mongodb+srv://.",
				"Remove "+name+", or use the cluster's mongodb+srv:// string.")
		}
	}
	if max := cs.Value("srvMaxHosts"); srv && max.IsSet() && max.Int() > 0 {
		if cs.Value("replicaSet").IsSet() {
			p.errorf(CodeSRVMaxHostsReplSet, p.optSpan("srvMaxHosts"), "srvMaxHosts",
				"srvMaxHosts cannot be combined with replicaSet.",
				"Remove replicaSet, or set srvMaxHosts=0.")
		}
		if lb := cs.Value("loadBalanced"); lb.IsSet() && lb.Bool() {
			p.errorf(CodeSRVMaxHostsLB, p.optSpan("srvMaxHosts"), "srvMaxHosts",
				"srvMaxHosts cannot be combined with loadBalanced=true.",
				"Remove srvMaxHosts: a load-balanced cluster has one SRV record.")
		}
	}

	p.checkProxy()
	p.checkReadPreference()
	p.checkConcernsAndPool()
}

// checkProxy applies the SOCKS5 spec's rules.
func (p *parser) checkProxy() {
	cs := p.cs
	if !cs.Value("proxyHost").IsSet() {
		for _, name := range [...]string{"proxyPort", "proxyUsername", "proxyPassword"} {
			if cs.Value(name).IsSet() {
				p.errorf(CodeProxyWithoutHost, p.optSpan(name), name, name+" needs proxyHost.",
					"Add proxyHost=<SOCKS5 proxy host>, or remove "+name+".")
			}
		}
		return
	}
	user, pass := cs.Value("proxyUsername").IsSet(), cs.Value("proxyPassword").IsSet()
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
	cs := p.cs
	mode := "primary"
	if m := cs.Value("readPreference"); m.IsSet() {
		mode = m.Text()
	}
	if tags := cs.Value("readPreferenceTags"); tags.IsSet() && mode == "primary" {
		for _, t := range tags.TagSets() {
			if len(t) > 0 {
				p.errorf(CodeReadPrefPrimaryTags, p.optSpan("readPreferenceTags"), "readPreferenceTags",
					"readPreferenceTags cannot be used with the primary read preference.",
					"Set readPreference to primaryPreferred, secondary, secondaryPreferred or nearest.")
				break
			}
		}
	}
	if ms := cs.Value("maxStalenessSeconds"); ms.IsSet() && ms.Int() >= 0 {
		span := p.optSpan("maxStalenessSeconds")
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
	cs := p.cs
	if j, w := cs.Value("journal"), cs.Value("w"); j.IsSet() && j.Bool() && w.IsInt() && w.Int() == 0 {
		p.errorf(CodeJournalW0, p.optSpan("journal"), "journal",
			"journal=true cannot be combined with w=0 (unacknowledged writes).",
			"Use w=1 or w=majority with journal=true, or remove journal.")
	}
	if lo, hi := cs.Value("minPoolSize"), cs.Value("maxPoolSize"); lo.IsSet() && hi.IsSet() && hi.Int() > 0 && lo.Int() > hi.Int() {
		p.errorf(CodePoolSizeOrder, p.optSpan("minPoolSize"), "minPoolSize",
			"minPoolSize is larger than maxPoolSize.",
			"Make minPoolSize at most maxPoolSize.")
	}
	if lvl := cs.Value("zlibCompressionLevel"); lvl.IsSet() {
		if c := cs.Value("compressors"); !contains(c.List(), "zlib") {
			p.add(SeverityInfo, CodeCompressionLevelNoZip, p.optSpan("zlibCompressionLevel"), "zlibCompressionLevel",
				"zlibCompressionLevel has no effect unless compressors includes zlib.",
				"Add compressors=zlib, or remove zlibCompressionLevel.")
		}
	}
	if cs.Value("timeoutMS").IsSet() {
		for _, name := range [...]string{"socketTimeoutMS", "waitQueueTimeoutMS", "wTimeoutMS"} {
			if cs.Value(name).IsSet() {
				p.add(SeverityInfo, CodeTimeoutMSLegacy, p.optSpan(name), name,
					name+" is ignored by drivers that implement timeoutMS, which is also given.",
					"Remove "+name+" and rely on timeoutMS.")
			}
		}
	}
}
