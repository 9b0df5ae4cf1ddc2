package explain

import (
	"net/netip"
	"strings"

	"github.com/mongouri/mongouri/connstr"
)

// The parser's diagnostics become checks with a short title and, where the
// repair is obvious, an edit that makes the corrected string.

// parseTitles are the short titles of the parser's and the resolver's codes.
// A code without one (added later) is titled with its message. (A table,
// not a map: a map literal costs initialisation code in the WebAssembly
// module, and titles are looked up once per finding.)
var parseTitles = [...]struct {
	code  connstr.Code
	title string
}{
	{connstr.CodeEmpty, "The string is empty"},
	{connstr.CodeInvalidScheme, "Not a MongoDB connection string scheme"},
	{connstr.CodeMissingHost, "No host"},
	{connstr.CodeEmptyHost, "An empty host"},
	{connstr.CodeInvalidHost, "An invalid host"},
	{connstr.CodeUnescapedSlash, "A socket path that is not percent-encoded"},
	{connstr.CodeInvalidIPLiteral, "An invalid IPv6 address"},
	{connstr.CodeInvalidPort, "The port is not a number"},
	{connstr.CodePortOutOfRange, "The port is out of range"},
	{connstr.CodeSocketSuffix, "A socket path without .sock"},
	{connstr.CodeBadPercent, "A '%' that is not an escape"},
	{connstr.CodeUserinfoAt, "An unescaped '@' in the credentials"},
	{connstr.CodeUserinfoColon, "An unescaped ':' in the password"},
	{connstr.CodeUserinfoChar, "A character in the credentials that must be percent-encoded"},
	{connstr.CodeUserinfoUnencoded, "A character in the credentials that should be percent-encoded"},
	{connstr.CodeUserinfoNonASCII, "Non-ASCII characters in the credentials"},
	{connstr.CodeEmptyUsername, "An empty username"},
	{connstr.CodePlusInUserinfo, "A '+' in the credentials"},
	{connstr.CodeInvalidDatabase, "An invalid database name"},
	{connstr.CodeOptionsInDatabase, "Options without a '?'"},
	{connstr.CodeDatabaseTooLong, "The database name is too long"},
	{connstr.CodeSuspectedPassword, "A password seems to be split"},
	{connstr.CodeOptionNoValue, "An option without a value"},
	{connstr.CodeOptionEmptyKey, "An option without a name"},
	{connstr.CodeOptionEmptyPair, "An empty option"},
	{connstr.CodeLegacySeparator, "Options separated by ';'"},
	{connstr.CodeMixedSeparators, "Options separated by both '&' and ';'"},
	{connstr.CodeSRVMultipleHosts, "Several hosts with mongodb+srv://"},
	{connstr.CodeSRVPort, "A port with mongodb+srv://"},
	{connstr.CodeSRVHostType, "An address with mongodb+srv://"},
	{connstr.CodeUnknownOption, "An unknown option"},
	{connstr.CodeRemovedOption, "An option current drivers do not accept"},
	{connstr.CodeDriverOption, "An option only some drivers read"},
	{connstr.CodeDuplicateOption, "An option given twice"},
	{connstr.CodeDeprecatedOption, "A deprecated option"},
	{connstr.CodeAliasOverridden, "A deprecated name given with its replacement"},
	{connstr.CodeEmptyValue, "An option with an empty value"},
	{connstr.CodeInvalidValue, "An invalid option value"},
	{connstr.CodeValueOutOfRange, "An option value out of range"},
	{connstr.CodeLegacyBoolean, "A legacy spelling of true or false"},
	{connstr.CodeValueCase, "An option value in the wrong letter case"},
	{connstr.CodeInvalidKeyValue, "Not a list of key:value pairs"},
	{connstr.CodeUnknownProperty, "An unknown mechanism property"},
	{connstr.CodeUnencodable, "A value the string cannot carry"},
	{connstr.CodeTLSConflict, "TLS options that conflict"},
	{connstr.CodeTLSMismatch, "tls and ssl disagree"},
	{connstr.CodeTLSOptionsWithoutTLS, "TLS options with tls=false"},
	{connstr.CodeDirectMultipleHosts, "directConnection with several hosts"},
	{connstr.CodeDirectSRV, "directConnection with mongodb+srv://"},
	{connstr.CodeLoadBalancedHosts, "loadBalanced with several hosts"},
	{connstr.CodeLoadBalancedReplSet, "loadBalanced with replicaSet"},
	{connstr.CodeLoadBalancedDirect, "loadBalanced with directConnection"},
	{connstr.CodeSRVOptionWithoutSRV, "An SRV option without mongodb+srv://"},
	{connstr.CodeSRVMaxHostsReplSet, "srvMaxHosts with replicaSet"},
	{connstr.CodeSRVMaxHostsLB, "srvMaxHosts with loadBalanced"},
	{connstr.CodeProxyWithoutHost, "A proxy option without proxyHost"},
	{connstr.CodeProxyCredentials, "Incomplete proxy credentials"},
	{connstr.CodeProxyRepeated, "A proxy option given twice"},
	{connstr.CodeReadPrefPrimaryTags, "Read preference tags with primary"},
	{connstr.CodeReadPrefPrimaryStale, "maxStalenessSeconds with primary"},
	{connstr.CodeMaxStalenessTooSmall, "maxStalenessSeconds is too small"},
	{connstr.CodeCompressionLevelNoZip, "A zlib level without zlib"},
	{connstr.CodeTimeoutMSLegacy, "Legacy timeouts with timeoutMS"},
	{connstr.CodeJournalW0, "journal=true with w=0"},
	{connstr.CodePoolSizeOrder, "minPoolSize above maxPoolSize"},
	{connstr.CodeAuthUnknownMechanism, "An unknown authentication mechanism"},
	{connstr.CodeAuthRemovedMechanism, "A removed authentication mechanism"},
	{connstr.CodeAuthUsernameRequired, "The mechanism needs a username"},
	{connstr.CodeAuthPasswordRequired, "The mechanism needs a password"},
	{connstr.CodeAuthPasswordForbidden, "The mechanism takes no password"},
	{connstr.CodeAuthUsernameForbidden, "The mechanism takes no username"},
	{connstr.CodeAuthSource, "The wrong authSource for the mechanism"},
	{connstr.CodeAuthSourceEmpty, "An empty authSource"},
	{connstr.CodeAuthProperty, "An invalid mechanism property"},
	{connstr.CodeAuthPropertyMissing, "A mechanism property is missing"},
	{connstr.CodeAuthPropsNoMechanism, "Mechanism properties without a mechanism"},
	{connstr.CodeAuthSourceNoUser, "authSource without credentials"},
	{connstr.CodeSRVNotNeeded, "Nothing to resolve"},
	{connstr.CodeSRVNoResolver, "No resolver"},
	{connstr.CodeSRVLookupFailed, "The SRV lookup failed"},
	{connstr.CodeTXTLookupFailed, "The TXT lookup failed"},
	{connstr.CodeDNSUnreachable, "No DNS server could be reached"},
	{connstr.CodeSRVNoRecords, "No SRV records"},
	{connstr.CodeSRVTargetDomain, "An SRV record outside the name's domain"},
	{connstr.CodeSRVSuffixInvalid, "An srvAllowedHostsSuffix drivers refuse"},
	{connstr.CodeSRVTargetInvalid, "An invalid SRV record"},
	{connstr.CodeSRVTooManyRecords, "Too many SRV records"},
	{connstr.CodeSRVEquivalentTooLong, "Too long a seed list"},
	{connstr.CodeTXTMultipleRecords, "Several TXT records"},
	{connstr.CodeTXTOptionNotAllowed, "An option the TXT record may not set"},
	{connstr.CodeTXTInvalid, "An unreadable TXT record"},
	{connstr.CodeTXTTooLong, "Too long a TXT record"},
	{connstr.CodeTXTOption, "An option from the TXT record"},
	{connstr.CodeTXTOverridden, "The string overrides the TXT record"},
	{connstr.CodeTXTAuthSource, "The TXT authSource does not fit the mechanism"},
	{connstr.CodeSRVImplicitTLS, "TLS from mongodb+srv://"},
	{connstr.CodeSRVMaxHostsApplied, "srvMaxHosts chose some hosts"},
}

func titleOf(code connstr.Code, message string) string {
	if t, ok := parseTitle(code); ok {
		return t
	}
	return message
}

func parseTitle(code connstr.Code) (string, bool) {
	for _, t := range parseTitles {
		if t.code == code {
			return t.title, true
		}
	}
	return "", false
}

// fromDiagnostic makes a check of a parser or resolver diagnostic.
func fromDiagnostic(d connstr.Diagnostic, source string) *pending {
	p := &pending{
		Check: Check{Code: d.Code, Severity: d.Severity.String(), Source: source, Title: titleOf(d.Code, d.Message),
			Seen: d.Message, Option: d.Option, Fix: d.Hint},
		sev: d.Severity,
	}
	if d.Span.Valid() {
		p.basisSpans = []connstr.Span{d.Span}
	}
	if spec := connstr.LookupOption(d.Option); spec != nil {
		p.Docs = spec.Anchor
	}
	return p
}

// parseChecks turns the basis's diagnostics into checks.
func (x *explainer) parseChecks() {
	grams := x.taintGrams()
	for i, d := range x.cs.Diagnostics {
		p := fromDiagnostic(d, "parse")
		if x.taint >= 0 && (grams == nil || quotesTainted(p.Seen, grams) || quotesTainted(p.Fix, grams)) {
			// The parser quotes text it takes for a host or an option; in a
			// string whose user information may be split wrongly that text
			// may be a piece of the password. Say it without quoting.
			p.Seen = p.Title + "."
			p.Fix = "This part of the string may hold a piece of a password that was not percent-encoded, so it is not repeated here. " +
				"Percent-encode special characters in the username and password (@ as %40, : as %3A, / as %2F, ? as %3F, # as %23, % as %25)."
		}
		if i < 4*maxFixed {
			p.ops = x.parseFix(d)
			if extra := x.parseFixNote(d); extra != "" {
				p.Fix = strings.TrimSpace(p.Fix + " " + extra)
			}
		}
		x.add(p)
	}
}

// parseFix returns the edits that repair what d reports, or nil when the
// repair is a matter of intent (which of two values, which host, ...).
func (x *explainer) parseFix(d connstr.Diagnostic) []fixOp {
	doc, cs := x.doc, x.cs
	at := -1
	if d.Span.Valid() {
		at = doc.optAt(d.Span.Start)
	}
	switch d.Code {
	case connstr.CodeLegacySeparator:
		return []fixOp{noOp}
	case connstr.CodeRemovedOption:
		return removedOptionFix(doc, d.Option)
	case connstr.CodeUnknownOption:
		if at < 0 || x.tainted(d.Span) {
			return nil
		}
		key, ok := connstr.Unescape(doc.opts[at].key)
		if !ok {
			return nil
		}
		if s := connstr.SuggestOption(key); s != nil {
			return []fixOp{opRenameAt(at, s.Name)}
		}
	case connstr.CodeDeprecatedOption:
		spec := connstr.LookupOption(d.Option)
		if spec == nil || at < 0 {
			return nil
		}
		key, _ := connstr.Unescape(doc.opts[at].key)
		switch {
		case !strings.EqualFold(key, spec.Name):
			return []fixOp{opRenameAt(at, spec.Name)}
		case spec.Name == "gssapiServiceName":
			return serviceNameFix(cs)
		}
	case connstr.CodeAliasOverridden, connstr.CodeEmptyValue:
		if at >= 0 {
			return []fixOp{opRemoveAt(at)}
		}
	case connstr.CodeDuplicateOption:
		return []fixOp{opKeepLast(d.Option)}
	case connstr.CodeLegacyBoolean:
		if at >= 0 {
			v, _ := connstr.Unescape(doc.opts[at].value)
			b, _ := connstr.NewValue(d.Option, strings.ToLower(v))
			return []fixOp{opSetAt(at, boolText(b.Bool()))}
		}
	case connstr.CodeValueCase:
		spec := connstr.LookupOption(d.Option)
		if spec != nil && at >= 0 {
			for _, v := range spec.Values {
				if raw, _ := connstr.Unescape(doc.opts[at].value); strings.EqualFold(v, raw) {
					return []fixOp{opSetAt(at, v)}
				}
			}
		}
	case connstr.CodeOptionEmptyPair:
		return []fixOp{func(u *rawURI) {
			for i := range u.opts {
				if u.opts[i].key == "" && !u.opts[i].hasEq {
					u.opts[i].gone = true
				}
			}
		}}
	case connstr.CodeBadPercent:
		if at >= 0 && d.Option != "" {
			return []fixOp{opSetAt(at, literalPercents(doc.opts[at].value))}
		}
	case connstr.CodeAuthSourceEmpty:
		return []fixOp{opRemove("authSource")}
	case connstr.CodeAuthSource:
		if m := connstr.LookupMechanism(cs.Value("authMechanism").Text()); m != nil && m.Source != "" {
			return []fixOp{opSet("authSource", m.Source)}
		}
	case connstr.CodeAuthPasswordForbidden:
		if user, _, ok := strings.Cut(doc.user, ":"); ok && doc.hasUser {
			return []fixOp{opUser(user)}
		}
	case connstr.CodeAuthUsernameForbidden:
		return []fixOp{func(u *rawURI) { u.user, u.hasUser = "", false }}
	case connstr.CodeAuthRemovedMechanism:
		return []fixOp{opRemove("authMechanism")}
	case connstr.CodeTLSConflict, connstr.CodeSRVOptionWithoutSRV, connstr.CodeCompressionLevelNoZip, connstr.CodeTimeoutMSLegacy:
		if d.Option != "" {
			return []fixOp{opRemove(d.Option)}
		}
	case connstr.CodeDirectMultipleHosts, connstr.CodeDirectSRV, connstr.CodeLoadBalancedDirect:
		return []fixOp{opRemove("directConnection")}
	case connstr.CodeLoadBalancedReplSet:
		return []fixOp{opRemove("replicaSet")}
	case connstr.CodeSRVPort:
		if len(cs.Hosts) == 1 {
			h := cs.Hosts[0]
			if srvCannotWork(h) {
				return []fixOp{opScheme(connstr.SchemeMongoDB)}
			}
			return []fixOp{opHosts(h.Host)}
		}
	case connstr.CodeSRVMultipleHosts, connstr.CodeSRVHostType:
		return x.srvToStandard()
	case connstr.CodePlusInUserinfo:
		if doc.hasUser {
			return []fixOp{opUser(strings.ReplaceAll(doc.user, "+", "%2B"))}
		}
	case connstr.CodeUserinfoNonASCII:
		if doc.hasUser {
			return []fixOp{opUser(escapeNonASCII(doc.user))}
		}
	case connstr.CodeOptionsInDatabase:
		// The span may cover a secret option's value: the fix moves it
		// into the query as it is, where rendering masks it by its key.
		if x.taint < 0 {
			return optionsInDatabaseFix(doc, d.Span)
		}
	case connstr.CodeInvalidDatabase:
		// A character of an option value (the '/' of a path) makes the
		// database name invalid: moving the options out repairs it.
		for _, w := range cs.Diagnostics {
			if w.Code == connstr.CodeOptionsInDatabase && x.taint < 0 {
				return optionsInDatabaseFix(doc, w.Span)
			}
		}
	case connstr.CodeUnescapedSlash:
		return socketFix(doc)
	case connstr.CodeInvalidHost:
		return bracketIPv6Fix(doc)
	}
	return nil
}

// parseFixNote adds what the explainer knows beyond the parser's hint.
func (x *explainer) parseFixNote(d connstr.Diagnostic) string {
	switch d.Code {
	case connstr.CodeSRVMultipleHosts:
		if anyHost(x.cs, isAtlasHost) {
			return "Atlas node names belong in a mongodb:// string, which also needs tls=true, authSource=admin and the replicaSet name that the SRV name's TXT record would have given."
		}
	case connstr.CodeRemovedOption:
		if spec := connstr.LookupOption(d.Option); spec != nil && spec.ReplacedBy != "" {
			return "Today's equivalent is " + spec.ReplacedBy + "."
		}
	}
	return ""
}

// removedOptionFix drops a removed option, putting in its modern
// replacement (registry: ReplacedBy) when the string asked for what it did.
func removedOptionFix(doc *rawURI, name string) []fixOp {
	spec := connstr.LookupOption(name)
	ops := []fixOp{opRemove(name)}
	if spec == nil || spec.ReplacedBy == "" {
		return ops
	}
	idx := doc.find(name)
	if len(idx) == 0 {
		return ops
	}
	raw := doc.opts[idx[len(idx)-1]].value
	if repl, val, ok := strings.Cut(spec.ReplacedBy, "="); ok {
		v := strings.ToLower(raw)
		if v == "true" || v == "1" || v == "yes" {
			ops = append(ops, opSetIfAbsent(repl, val))
		}
		return ops
	}
	return append(ops, opSetIfAbsent(spec.ReplacedBy, raw))
}

// serviceNameFix moves gssapiServiceName into authMechanismProperties.
func serviceNameFix(cs *connstr.ConnString) []fixOp {
	name := cs.Value("gssapiServiceName").Text()
	if name == "" || strings.ContainsAny(name, ",:") {
		return nil
	}
	props := cs.Value("authMechanismProperties")
	if _, ok := props.Property("SERVICE_NAME"); ok {
		return []fixOp{opRemove("gssapiServiceName")}
	}
	var b strings.Builder
	writePairs(&b, props.Properties())
	if b.Len() > 0 {
		b.WriteByte(',')
	}
	b.WriteString("SERVICE_NAME:" + connstr.EscapeValue(name))
	return []fixOp{opRemove("gssapiServiceName"), opSet("authMechanismProperties", b.String())}
}

// srvToStandard turns a mongodb+srv:// string with addresses or several
// hosts into mongodb://, keeping TLS on for Atlas, which requires it.
func (x *explainer) srvToStandard() []fixOp {
	ops := []fixOp{opScheme(connstr.SchemeMongoDB)}
	if !x.cs.Value("tls").IsSet() && anyHost(x.cs, isAtlasHost) {
		ops = append(ops, opSet("tls", "true"))
	}
	return ops
}

// srvCannotWork reports whether no SRV record can exist for the host: this
// machine, an address, or a name of one label.
func srvCannotWork(h connstr.Host) bool {
	return h.Type != connstr.HostName || isLocalName(h.Host) || !strings.Contains(strings.TrimSuffix(h.Host, "."), ".")
}

func anyHost(cs *connstr.ConnString, f func(string) bool) bool {
	for _, h := range cs.Hosts {
		if f(h.Host) {
			return true
		}
	}
	return false
}

func boolText(b bool) string {
	if b {
		return "true"
	}
	return "false"
}

// literalPercents writes every '%' that does not start an escape as %25.
func literalPercents(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '%' && (i+2 >= len(s) || !isHex(s[i+1]) || !isHex(s[i+2])) {
			b.WriteString("%25")
			continue
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

func escapeNonASCII(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 0x80 {
			writeEscaped(&b, c)
		} else {
			b.WriteByte(c)
		}
	}
	return b.String()
}

// socketFix encodes a socket path written with raw slashes, which the
// parser reads as an empty host list and a database.
func socketFix(doc *rawURI) []fixOp {
	if len(doc.hosts) > 0 || !doc.hasPath {
		return nil
	}
	path := "/" + doc.db
	i := strings.Index(path, ".sock")
	if i < 0 {
		return nil
	}
	sock, db := path[:i+len(".sock")], strings.TrimPrefix(path[i+len(".sock"):], "/")
	return []fixOp{func(u *rawURI) {
		u.hosts = []string{strings.ReplaceAll(sock, "/", "%2F")}
		u.db, u.hasPath = db, db != ""
	}}
}

// bracketIPv6Fix writes bare IPv6 addresses in brackets.
func bracketIPv6Fix(doc *rawURI) []fixOp {
	found := false
	for _, h := range doc.hosts {
		if a, err := netip.ParseAddr(h); err == nil && a.Is6() {
			found = true
		}
	}
	if !found {
		return nil
	}
	return []fixOp{func(u *rawURI) {
		for i, h := range u.hosts {
			if a, err := netip.ParseAddr(h); err == nil && a.Is6() {
				u.hosts[i] = "[" + h + "]"
			}
		}
	}}
}

// resolveChecks adds the findings of the SRV resolution, when one was given.
func (x *explainer) resolveChecks() {
	if x.res == nil {
		if x.cfg.resolveErr != nil && x.cs.Scheme == connstr.SchemeSRV {
			x.check(connstr.CodeSRVLookupFailed, connstr.SeverityError, "", titleOf(connstr.CodeSRVLookupFailed, ""),
				"The DNS lookup of this mongodb+srv:// string failed.",
				"See the DNS tips below: a resolver that does not answer SRV queries is the usual cause.", nil)
		}
		return
	}
	for i, d := range x.res.Diagnostics {
		if i >= 4*maxFixed {
			break
		}
		p := fromDiagnostic(d, "resolve")
		p.basisSpans = nil // the resolver read the caller's string, maybe not this one
		x.add(p)
	}
}

// taintGrams returns every 5-byte piece of the text that may hold a
// password, or nil when there is no such text or it is too long to index
// (then every message is treated as quoting it).
func (x *explainer) taintGrams() map[string]struct{} {
	if x.taint < 0 {
		return nil
	}
	start := schemeLen(x.basis)
	region := x.basis[min(start, x.taint):x.taint]
	if len(region) > maxExplainInput {
		return nil
	}
	grams := make(map[string]struct{}, len(region))
	for i := 0; i+taintGram <= len(region); i++ {
		grams[region[i:i+taintGram]] = struct{}{}
	}
	return grams
}

const taintGram = 5

// quotesTainted reports whether text holds a piece of the tainted region.
// Pieces of the package's own wording can match by chance; the cost is a
// generic message.
func quotesTainted(text string, grams map[string]struct{}) bool {
	for i := 0; i+taintGram <= len(text); i++ {
		if _, ok := grams[text[i:i+taintGram]]; ok {
			return true
		}
	}
	return false
}

// optionsInDatabaseFix moves the options the parser found in the path (span,
// from the first key=value pair to the end of the path) after a '?', before
// any options the string already has.
func optionsInDatabaseFix(doc *rawURI, span connstr.Span) []fixOp {
	off := span.Start - doc.dbAt
	if !doc.hasPath || off < 0 || off >= len(doc.db) || span.End != doc.dbAt+len(doc.db) {
		return nil
	}
	db, name, rest := doc.db, doc.db[:off], doc.db[off:]
	if off > 0 {
		name = name[:off-1] // the '&' or ';' before the options
	}
	return []fixOp{func(u *rawURI) {
		if u.db != db {
			return // applied already
		}
		u.db = name
		var moved []rawOpt
		for _, item := range strings.FieldsFunc(rest, func(r rune) bool { return r == '&' || r == ';' }) {
			k, v, eq := strings.Cut(item, "=")
			moved = append(moved, rawOpt{key: k, value: v, hasEq: eq})
		}
		u.opts = append(moved, u.opts...)
	}}
}
