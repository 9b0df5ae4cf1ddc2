package connstr

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"strconv"
	"strings"
	"sync"
)

// Resolution is what a mongodb+srv:// string stands for once DNS has
// answered: the seed list, the options after the TXT record is merged in,
// and the equivalent mongodb:// string.
type Resolution struct {
	SRVName string      // the SRV question asked, e.g. "_mongodb._tcp.cluster0.example.net"
	TXTName string      // the TXT question asked: the host itself
	SRV     []SRVRecord // the SRV answer, targets lower-cased and without the final dot
	TXT     []string    // the TXT answer, one string per record

	// Seeds are the hosts to start from, as host:port, in the order of the
	// SRV answer; when srvMaxHosts is smaller than the answer, a random
	// choice of that many.
	Seeds []string
	// Options are the string's options, then those the TXT record adds, then
	// tls=true unless the string sets tls. Options from the TXT record have
	// NoSpan: they are not in the input.
	Options []Option
	// FromTXT names the options in Options that came from the TXT record.
	FromTXT []string

	// Diagnostics are the findings of resolution (not those of parsing,
	// which stay on the ConnString).
	Diagnostics Diagnostics

	// Equivalent is the mongodb:// connection string a driver would use
	// after discovery: the seeds as hosts, the merged options without
	// srvServiceName and srvMaxHosts (which mongodb:// does not take), and
	// the credentials and database as given. Its String method therefore
	// holds the password: use Redacted for display. Nil when resolution
	// failed.
	Equivalent *ConnString
}

// Option returns the merged value of the named option (canonical name or
// alias); the zero Value when unset.
func (r *Resolution) Option(name string) Value {
	spec := LookupOption(name)
	if spec == nil {
		return Value{}
	}
	for _, o := range r.Options {
		if o.Name == spec.Name {
			return o.Value
		}
	}
	return Value{}
}

// ResolveError is returned by Resolve when resolution fails. Diagnostics
// holds the error findings; Unwrap gives the resolver's own errors (so that
// errors.Is(err, context.DeadlineExceeded) works, for example).
type ResolveError struct {
	Diagnostics Diagnostics
	errs        []error
}

func (e *ResolveError) Error() string {
	if len(e.Diagnostics) == 0 {
		return "connstr: the mongodb+srv:// string could not be resolved"
	}
	msg := "connstr: " + e.Diagnostics[0].Message
	if n := len(e.Diagnostics) - 1; n == 1 {
		msg += " (and 1 more error)"
	} else if n > 1 {
		msg += " (and " + strconv.Itoa(n) + " more errors)"
	}
	return msg
}

func (e *ResolveError) Unwrap() []error { return e.errs }

// ResolveOption changes how Resolve works.
type ResolveOption func(*resolveConfig)

type resolveConfig struct {
	rng *rand.Rand
}

// WithRandom sets the source of the random choice srvMaxHosts makes, so that
// tests can fix it. The default is math/rand/v2's global source.
func WithRandom(rng *rand.Rand) ResolveOption {
	return func(c *resolveConfig) { c.rng = rng }
}

// MaxSRVRecords is the most records an SRV answer may hold for Resolve to
// use it. The spec sets no limit; this is the project's, like MaxLength for
// the string. A replica set has at most 50 members, and a sharded cluster
// lists its mongos routers (srvMaxHosts exists to pick a few of many), so
// 1,000 leaves room for every real deployment; a 64 KiB DNS message can
// carry about 3,000. A larger answer gets one srv-too-many-records error and
// its records are not checked one by one.
//
// The TXT record is held to MaxLength, the limit of the string whose
// options it adds to; and the equivalent mongodb:// string Resolve builds
// must fit in MaxLength too (else CodeSRVEquivalentTooLong), so that it can be read
// back, shown and explained like any string.
const MaxSRVRecords = 1000

// txtAllowed are the only options a TXT record may set.
var txtAllowed = [...]string{"authSource", "replicaSet", "loadBalanced"}

// Resolve performs seedlist discovery for a parsed mongodb+srv:// string
// (Initial DNS Seedlist Discovery spec): it asks r for the SRV records of
// _{srvServiceName}._tcp.{host} and the TXT records of {host}, both at once,
// checks the answers against the spec's rules, and merges the TXT options
// into the string's.
//
// It returns an error (a *ResolveError) when the string did not parse, when
// a lookup failed, or when the answers break a rule; the Resolution it
// returns alongside holds what was learnt, with the findings in Diagnostics.
// A mongodb:// string needs no DNS: it comes back as its own seed list
// without a lookup. Resolve does no I/O except through r, and it never
// sends r anything but the two DNS names.
func Resolve(ctx context.Context, cs *ConnString, r Resolver, opts ...ResolveOption) (*Resolution, error) {
	var cfg resolveConfig
	for _, o := range opts {
		o(&cfg)
	}
	if ctx == nil {
		ctx = context.Background()
	}
	res := &Resolution{}
	if cs == nil {
		return res, res.fail(nil, Diagnostic{Code: CodeEmpty, Message: "There is no connection string to resolve."})
	}
	if !cs.Valid() {
		// The spec forbids DNS for a string that does not parse.
		var errs Diagnostics
		for _, d := range cs.Diagnostics {
			if d.Severity == SeverityError {
				errs = append(errs, d)
			}
		}
		return res, &ResolveError{Diagnostics: errs}
	}
	if cs.Scheme != SchemeSRV {
		return passThrough(cs), nil
	}
	host, ok := res.checkHost(cs)
	if !ok {
		return res, res.fail(nil)
	}
	if r == nil {
		return res, res.fail(nil, Diagnostic{Code: CodeSRVNoResolver, Message: "No DNS resolver was given, so the mongodb+srv:// string cannot be resolved.",
			Hint: "Pass a Resolver, e.g. a DNS-over-HTTPS client from connstr/doh."})
	}

	service := "mongodb"
	if v := cs.Value("srvServiceName"); v.IsSet() {
		service = v.Text()
	}
	res.SRVName = "_" + service + "._tcp." + host
	res.TXTName = host

	// Both questions go out at once: the answer is ready after one round
	// trip, not two.
	var (
		wg     sync.WaitGroup
		txts   []string
		txtErr error
	)
	wg.Add(1)
	go func() {
		defer wg.Done()
		txts, txtErr = lookupTXT(ctx, r, res.TXTName)
	}()
	srvs, srvErr := lookupSRV(ctx, r, res.SRVName)
	wg.Wait()

	var errs []error
	if srvErr != nil {
		errs = append(errs, srvErr)
		res.add(lookupFailure(CodeSRVLookupFailed, "SRV", res.SRVName, srvErr))
	} else if len(srvs) > MaxSRVRecords {
		res.add(Diagnostic{Code: CodeSRVTooManyRecords,
			Message: "DNS gave " + strconv.Itoa(len(srvs)) + " SRV records for " + res.SRVName + "; at most " + strconv.Itoa(MaxSRVRecords) + " are read.",
			Hint:    "A replica set has at most 50 members and a sharded cluster lists its mongos routers: an answer this large comes from a broken or hostile DNS zone. Check the host name, or ask whoever manages the DNS zone."})
	} else {
		res.checkSRV(srvs, host, srvSuffix(cs))
	}
	var txtOpts []Option
	if txtErr != nil {
		errs = append(errs, txtErr)
		res.add(lookupFailure(CodeTXTLookupFailed, "TXT", res.TXTName, txtErr))
	} else {
		res.TXT = txts
		txtOpts = res.readTXT(host)
	}
	if res.Diagnostics.HasErrors() {
		return res, res.fail(errs)
	}

	res.merge(cs, txtOpts)
	res.checkMerged(cs)
	res.chooseSeeds(cs, cfg.rng)
	if lb := res.Option("loadBalanced"); lb.IsSet() && lb.Bool() && len(res.Seeds) > 1 {
		res.add(Diagnostic{Code: CodeLoadBalancedHosts, Option: "loadBalanced",
			Message: "loadBalanced=true needs exactly one host, but the SRV record of " + host + " lists " + strconv.Itoa(len(res.Seeds)) + ".",
			Hint:    "A load-balanced cluster publishes one SRV record, the load balancer: check the host name, or remove loadBalanced=true."})
	}
	if res.Diagnostics.HasErrors() {
		return res, res.fail(nil)
	}
	res.Equivalent = res.equivalent(cs)
	if res.Equivalent == nil {
		return res, res.fail(nil)
	}
	return res, nil
}

// passThrough is the Resolution of a mongodb:// string: its own hosts.
func passThrough(cs *ConnString) *Resolution {
	res := &Resolution{Options: cs.Options, Equivalent: cs}
	for _, h := range cs.Hosts {
		res.Seeds = append(res.Seeds, h.Address())
	}
	res.Diagnostics = Diagnostics{{Severity: SeverityInfo, Code: CodeSRVNotNeeded, Span: NoSpan,
		Message: "A mongodb:// string names its hosts itself: there is nothing to look up in DNS."}}
	return res
}

// add appends a diagnostic, filling in what every seedlist finding shares.
// The zero Severity is SeverityError.
func (r *Resolution) add(d Diagnostic) {
	if d.Span == (Span{}) {
		d.Span = NoSpan
	}
	r.Diagnostics = append(r.Diagnostics, d)
}

// fail adds ds and returns the error for the findings so far.
func (r *Resolution) fail(errs []error, ds ...Diagnostic) error {
	for _, d := range ds {
		r.add(d)
	}
	e := &ResolveError{errs: errs}
	for _, d := range r.Diagnostics {
		if d.Severity == SeverityError {
			e.Diagnostics = append(e.Diagnostics, d)
		}
	}
	return e
}

// checkHost applies the before-DNS rules the parser also applies, for a
// ConnString built by hand, and returns the host to query in lower case.
func (r *Resolution) checkHost(cs *ConnString) (string, bool) {
	if len(cs.Hosts) != 1 {
		r.add(Diagnostic{Code: CodeSRVMultipleHosts, Message: "A mongodb+srv:// string must name exactly one host.",
			Hint: "Keep the one host name of the cluster's SRV record."})
		return "", false
	}
	h := cs.Hosts[0]
	if h.Type != HostName {
		r.add(Diagnostic{Code: CodeSRVHostType, Message: "A mongodb+srv:// string needs a host name, not an IP address or socket.",
			Hint: "Use mongodb:// to connect to an address."})
		return "", false
	}
	if h.Port != 0 {
		r.add(Diagnostic{Code: CodeSRVPort, Message: "A mongodb+srv:// host takes no port: the SRV records give the ports.",
			Hint: "Remove the port."})
		return "", false
	}
	return strings.ToLower(strings.TrimSuffix(h.Host, ".")), true
}

// lookupSRV and lookupTXT call the resolver, turning a panic in it into an
// error: a panic on the lookup goroutine would take the whole program (or
// WebAssembly instance) down with it.
func lookupSRV(ctx context.Context, r Resolver, name string) (recs []SRVRecord, err error) {
	defer func() {
		if p := recover(); p != nil {
			recs, err = nil, fmt.Errorf("the resolver panicked: %v", p)
		}
	}()
	return r.LookupSRV(ctx, name)
}

func lookupTXT(ctx context.Context, r Resolver, name string) (txts []string, err error) {
	defer func() {
		if p := recover(); p != nil {
			txts, err = nil, fmt.Errorf("the resolver panicked: %v", p)
		}
	}()
	return r.LookupTXT(ctx, name)
}

func lookupFailure(code Code, typ, name string, err error) Diagnostic {
	msg := err.Error()
	if !strings.Contains(msg, name) {
		msg = "The " + typ + " lookup of " + name + " failed: " + msg
	}
	if !strings.HasSuffix(msg, ".") {
		msg += "."
	}
	hint := "Check the network connection and try again; if it keeps failing, try another DNS resolver."
	// A lookup that reached no server says nothing about the name: the
	// network is down or blocked. It gets a code of its own so that a caller
	// (the page's "you are offline") can tell it from a DNS answer.
	var u interface{ Unreachable() bool }
	if errors.As(err, &u) && u.Unreachable() {
		code = CodeDNSUnreachable
	}
	var h interface{ Hint() string }
	if errors.As(err, &h) && h.Hint() != "" {
		hint = h.Hint()
	} else if errors.Is(err, context.DeadlineExceeded) {
		hint = "DNS did not answer in time: check the network connection, or try another DNS resolver."
	}
	return Diagnostic{Code: code, Message: msg, Hint: hint}
}

// srvDomain returns the part of host that SRV targets must end in: the host
// without its first label, or with fewer than three labels the whole host
// (and the target then needs at least one more label).
func srvDomain(host string) string {
	if strings.Count(host, ".") >= 2 {
		return host[strings.IndexByte(host, '.')+1:]
	}
	return host
}

// srvSuffix returns the normalised srvAllowedHostsSuffix of cs, or "" when
// it has none (the parser has rejected a value the spec does not allow).
func srvSuffix(cs *ConnString) string {
	if v := cs.Value("srvAllowedHostsSuffix"); v.IsSet() {
		suffix, _ := AllowedHostsSuffix(v.Text())
		return suffix
	}
	return ""
}

// checkSRV applies the spec's rules to the SRV answer and fills r.SRV and,
// provisionally (srvMaxHosts comes later), r.Seeds. A non-empty suffix
// (srvAllowedHostsSuffix, with its leading dot) replaces the host's domain
// in the check of the targets.
func (r *Resolution) checkSRV(recs []SRVRecord, host, suffix string) {
	if len(recs) == 0 {
		r.add(Diagnostic{Code: CodeSRVNoRecords,
			Message: "DNS has no SRV records for " + r.SRVName + ", so the string leads to no hosts.",
			Hint:    "Check the host name for typos (copy the string again from your provider). An Atlas cluster that is paused or deleted, or a serverless instance that was removed, loses its SRV records."})
		return
	}
	domain := srvDomain(host)
	var findings recordFindings
	defer findings.flush(r)
	add := func(d Diagnostic) { findings.add(r, d) }
	for _, rec := range recs {
		target := strings.ToLower(strings.TrimSuffix(rec.Target, "."))
		r.SRV = append(r.SRV, SRVRecord{Target: target, Port: rec.Port, Priority: rec.Priority, Weight: rec.Weight})
		switch {
		case target == "":
			add(Diagnostic{Code: CodeSRVTargetInvalid,
				Message: "An SRV record of " + r.SRVName + " has the target \".\", which says the service is not available at this name.",
				Hint:    "Check the host name, or ask whoever manages the DNS zone."})
			continue
		case !validHostName(target):
			add(Diagnostic{Code: CodeSRVTargetInvalid,
				Message: "An SRV record of " + r.SRVName + " has a target that is not a valid host name" + quoteShort(target) + ".",
				Hint:    "Drivers cannot connect to it; ask whoever manages the DNS zone to fix the record."})
			continue
		case suffix != "" && !strings.HasSuffix(target, suffix):
			add(Diagnostic{Code: CodeSRVTargetDomain, Option: "srvAllowedHostsSuffix",
				Message: "The SRV record of " + r.SRVName + " points to " + target + ", which does not end in srvAllowedHostsSuffix (" + suffix + ").",
				Hint:    "Drivers refuse SRV targets outside the allowed suffix, so that DNS cannot send them elsewhere. Check srvAllowedHostsSuffix, or ask whoever manages the DNS zone."})
			continue
		case suffix == "" && !strings.HasSuffix(target, "."+domain):
			d := Diagnostic{Code: CodeSRVTargetDomain,
				Message: "The SRV record of " + r.SRVName + " points to " + target + ", outside the domain " + domain + ": targets must end in ." + domain + ".",
				Hint:    "Drivers refuse SRV targets outside the domain of the mongodb+srv:// host, so that DNS cannot send them elsewhere. Check the host name, or ask whoever manages the DNS zone."}
			if domain == host {
				d.Message = "The SRV record of " + r.SRVName + " points to " + target + ", which is not a subdomain of " + host + "."
				d.Hint = "A mongodb+srv:// host with fewer than three labels (such as " + host + ") needs SRV targets one level below it or deeper, e.g. db1." + host + ". Check the host name, or ask whoever manages the DNS zone."
			}
			add(d)
			continue
		case rec.Port == 0:
			add(Diagnostic{Code: CodeSRVTargetInvalid,
				Message: "The SRV record of " + r.SRVName + " for " + target + " has port 0.",
				Hint:    "Drivers cannot connect to port 0; ask whoever manages the DNS zone to fix the record."})
			continue
		}
		r.Seeds = append(r.Seeds, target+":"+strconv.Itoa(int(rec.Port)))
	}
}

// recordFindings caps the findings about single SRV records: up to
// maxRepeats of a code in full, then one more-findings diagnostic per code
// that counts the rest. It allocates nothing until a record is bad.
type recordFindings struct {
	codes []recordCount // in the order first seen; a code or two
}

type recordCount struct {
	code           Code
	shown, dropped int
}

func (f *recordFindings) add(r *Resolution, d Diagnostic) {
	i := 0
	for i < len(f.codes) && f.codes[i].code != d.Code {
		i++
	}
	if i == len(f.codes) {
		f.codes = append(f.codes, recordCount{code: d.Code})
	}
	c := &f.codes[i]
	if c.shown == maxRepeats {
		c.dropped++
		return
	}
	c.shown++
	r.add(d)
}

func (f *recordFindings) flush(r *Resolution) {
	for _, c := range f.codes {
		if c.dropped > 0 {
			r.add(Diagnostic{Code: CodeMoreFindings,
				Message: "And " + strconv.Itoa(c.dropped) + " more SRV records like the " + string(c.code) + " ones above.",
				Hint:    "Ask whoever manages the DNS zone to fix the records."})
		}
	}
}

// validHostName accepts what a host in a mongodb:// string and a DNS label
// both allow: letters, digits, '-' and '_', in non-empty labels of at most
// 63 bytes.
func validHostName(s string) bool {
	if len(s) > 253 {
		return false
	}
	label := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '.':
			if label == 0 {
				return false
			}
			label = 0
			continue
		case 'a' <= c && c <= 'z', '0' <= c && c <= '9', c == '-', c == '_':
		default:
			return false
		}
		if label++; label > 63 {
			return false
		}
	}
	return label > 0
}

// lowerFirst lower-cases a sentence's first letter so that it can follow a
// comma; a word that is all capitals (SRV, TXT) is left alone.
func lowerFirst(s string) string {
	if len(s) > 1 && 'A' <= s[0] && s[0] <= 'Z' && !('A' <= s[1] && s[1] <= 'Z') {
		return string(s[0]+'a'-'A') + s[1:]
	}
	return s
}

func quoteShort(s string) string {
	if len(s) > 80 {
		s = s[:80] + "..."
	}
	return " (" + strconv.Quote(s) + ")"
}

// readTXT checks the TXT answer and reads its options with the parser's own
// option reader, so that a TXT value means exactly what it would mean in the
// string (the spec asks for the same handling).
func (r *Resolution) readTXT(host string) []Option {
	switch len(r.TXT) {
	case 0:
		return nil
	case 1:
	default:
		r.add(Diagnostic{Code: CodeTXTMultipleRecords,
			Message: host + " has " + strconv.Itoa(len(r.TXT)) + " TXT records; at most one is allowed.",
			Hint:    "Drivers refuse several TXT records because their order is not defined. Ask whoever manages the DNS zone to merge them into one, with options joined by '&'."})
		return nil
	}
	txt := r.TXT[0]
	if len(txt) > MaxLength {
		r.add(Diagnostic{Code: CodeTXTTooLong,
			Message: "The TXT record of " + host + " is " + strconv.Itoa(len(txt)) + " bytes long, over the limit of " + strconv.Itoa(MaxLength) + " bytes of a whole connection string; it was not read.",
			Hint:    "A TXT record holds at most authSource, replicaSet and loadBalanced, a few dozen bytes: ask whoever manages the DNS zone to fix it."})
		return nil
	}
	p := parser{in: txt, cs: &ConnString{Scheme: SchemeSRV, input: txt}, lastAt: -1}
	p.options(0, len(txt))
	for _, d := range p.cs.Diagnostics {
		d.Span, d.Message = NoSpan, "In the TXT record of "+host+", "+lowerFirst(d.Message)
		if d.Severity == SeverityError {
			d.Code = CodeTXTInvalid
			d.Hint = "Drivers refuse a TXT record they cannot read. " + d.Hint + " (The record is managed by whoever runs the DNS zone.)"
		}
		r.add(d)
	}
	notAllowed := func(key string) {
		r.add(Diagnostic{Code: CodeTXTOptionNotAllowed,
			Message: "The TXT record of " + host + " sets " + key + ", but only authSource, replicaSet and loadBalanced may come from DNS.",
			Hint:    "Drivers refuse the record. Ask whoever manages the DNS zone to remove " + key + " from it; set it in the connection string instead."})
	}
	var opts []Option
	for _, o := range p.cs.Options {
		allowed := false
		for _, name := range txtAllowed {
			allowed = allowed || o.Name == name
		}
		if !allowed {
			notAllowed(o.Key)
			continue
		}
		o.Span = NoSpan
		opts = append(opts, o)
	}
	for _, u := range p.cs.Unknown {
		notAllowed(u.Key)
	}
	return opts
}

// merge builds r.Options: the string's options win over the TXT record's,
// and mongodb+srv:// means tls=true unless the string says otherwise.
func (r *Resolution) merge(cs *ConnString, txt []Option) {
	r.Options = append(r.Options, cs.Options...)
	for _, o := range txt {
		if mine, ok := cs.Lookup(o.Name); ok {
			r.add(Diagnostic{Severity: SeverityInfo, Code: CodeTXTOverridden, Option: o.Name, Span: mine.Span,
				Message: "The string's " + o.Name + "=" + shownValue(mine.Value.Text()) + " overrides " + o.Name + "=" + shownValue(o.Value.Text()) + " from the TXT record of " + r.TXTName + "."})
			continue
		}
		r.Options = append(r.Options, o)
		r.FromTXT = append(r.FromTXT, o.Name)
		r.add(Diagnostic{Severity: SeverityInfo, Code: CodeTXTOption, Option: o.Name,
			Message: "The TXT record of " + r.TXTName + " adds " + o.Name + "=" + shownValue(o.Value.Text()) + "."})
	}
	if !cs.Value("tls").IsSet() {
		r.Options = append(r.Options, Option{Name: "tls", Key: "tls", Value: BoolValue(true), Span: NoSpan})
		r.add(Diagnostic{Severity: SeverityInfo, Code: CodeSRVImplicitTLS, Option: "tls",
			Message: "mongodb+srv:// turns TLS on, so the equivalent mongodb:// string sets tls=true."})
	}
}

// checkMerged applies the rules between options that the TXT record can
// break: the string alone passed them when it was parsed.
func (r *Resolution) checkMerged(cs *ConnString) {
	fromTXT := func(name string) string {
		for _, n := range r.FromTXT {
			if n == name {
				return " (from the TXT record of " + r.TXTName + ")"
			}
		}
		return ""
	}
	lb := r.Option("loadBalanced")
	lbOn := lb.IsSet() && lb.Bool()
	replSet := r.Option("replicaSet").IsSet()
	if lbOn && replSet {
		r.add(Diagnostic{Code: CodeLoadBalancedReplSet, Option: "loadBalanced",
			Message: "loadBalanced=true" + fromTXT("loadBalanced") + " cannot be combined with replicaSet" + fromTXT("replicaSet") + ".",
			Hint:    "Remove replicaSet from the string: behind a load balancer the driver does not discover members."})
	}
	if d := r.Option("directConnection"); lbOn && d.IsSet() && d.Bool() {
		r.add(Diagnostic{Code: CodeLoadBalancedDirect, Option: "loadBalanced",
			Message: "loadBalanced=true" + fromTXT("loadBalanced") + " cannot be combined with directConnection=true.",
			Hint:    "Remove directConnection."})
	}
	if limit := r.Option("srvMaxHosts"); limit.IsSet() && limit.Int() > 0 {
		if replSet {
			r.add(Diagnostic{Code: CodeSRVMaxHostsReplSet, Option: "srvMaxHosts",
				Message: "srvMaxHosts cannot be combined with replicaSet" + fromTXT("replicaSet") + ".",
				Hint:    "Remove srvMaxHosts, or set srvMaxHosts=0: it is for sharded clusters."})
		}
		if lbOn {
			r.add(Diagnostic{Code: CodeSRVMaxHostsLB, Option: "srvMaxHosts",
				Message: "srvMaxHosts cannot be combined with loadBalanced=true" + fromTXT("loadBalanced") + ".",
				Hint:    "Remove srvMaxHosts: a load-balanced cluster has one SRV record."})
		}
	}
	// The TXT record's authSource (Atlas puts authSource=admin there) does
	// not suit mechanisms that authenticate against $external; the string
	// has to override it.
	if src := fromTXT("authSource"); src != "" {
		if m := LookupMechanism(cs.Value("authMechanism").Text()); m != nil && m.Source != "" && r.Option("authSource").Text() != m.Source {
			r.add(Diagnostic{Severity: SeverityWarning, Code: CodeTXTAuthSource, Option: "authSource",
				Message: "The TXT record of " + r.TXTName + " sets authSource=" + shownValue(r.Option("authSource").Text()) + ", but " + m.Name + " authenticates against " + m.Source + ".",
				Hint:    "Add authSource=" + m.Source + " to the string: options in the string override the TXT record."})
		}
	}
}

// chooseSeeds applies srvMaxHosts: a random choice of that many seeds,
// by a Fisher-Yates shuffle as the spec recommends.
func (r *Resolution) chooseSeeds(cs *ConnString, rng *rand.Rand) {
	limit := cs.Value("srvMaxHosts")
	if !limit.IsSet() || limit.Int() <= 0 || limit.Int() >= int64(len(r.Seeds)) {
		return
	}
	n := int(limit.Int())
	seeds := append([]string(nil), r.Seeds...)
	swap := func(i, j int) { seeds[i], seeds[j] = seeds[j], seeds[i] }
	if rng != nil {
		rng.Shuffle(len(seeds), swap)
	} else {
		rand.Shuffle(len(seeds), swap)
	}
	r.add(Diagnostic{Severity: SeverityInfo, Code: CodeSRVMaxHostsApplied, Option: "srvMaxHosts",
		Message: "srvMaxHosts=" + strconv.Itoa(n) + " keeps " + strconv.Itoa(n) + " of the " + strconv.Itoa(len(seeds)) + " hosts of the SRV record, chosen at random; another run may choose others."})
	r.Seeds = seeds[:n]
}

// equivalent builds the mongodb:// string and parses it back, so that the
// ConnString it returns has spans and diagnostics of its own.
func (r *Resolution) equivalent(cs *ConnString) *ConnString {
	eq := *cs
	eq.Scheme = SchemeMongoDB
	eq.Diagnostics = nil
	eq.Hosts = make([]Host, 0, len(r.Seeds))
	for _, s := range r.Seeds {
		i := strings.LastIndexByte(s, ':')
		port, _ := strconv.Atoi(s[i+1:])
		eq.Hosts = append(eq.Hosts, NewHost(s[:i], port))
	}
	eq.Options = make([]Option, 0, len(r.Options))
	for _, o := range r.Options {
		if spec := LookupOption(o.Name); spec != nil && spec.SRVOnly {
			continue
		}
		eq.Options = append(eq.Options, o)
	}
	s := eq.String()
	if len(s) > MaxLength {
		// Only the length is given: the string holds the password.
		r.add(Diagnostic{Code: CodeSRVEquivalentTooLong,
			Message: "The " + strconv.Itoa(len(r.Seeds)) + " hosts DNS gave and the options make a mongodb:// string of " + strconv.Itoa(len(s)) + " bytes, over the limit of " + strconv.Itoa(MaxLength) + " bytes.",
			Hint:    "No real cluster publishes that much: check the host name, or ask whoever manages the DNS zone. A string this long cannot be shown or explained (srvMaxHosts keeps fewer hosts)."})
		return nil
	}
	parsed, _ := Parse(s)
	return parsed
}
