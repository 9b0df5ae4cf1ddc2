package explain

import (
	"slices"
	"strings"

	"github.com/mongouri/mongouri/connstr"
)

// pending is a check while Explain works: its spans may still be in the
// basis string, and its fix is a list of edits not yet applied.
type pending struct {
	Check
	sev        connstr.Severity
	basisSpans []connstr.Span // offsets in the basis, mapped to the input at the end
	ops        []fixOp
	// basisFix: the basis itself is this check's fix (pasted-*, scheme,
	// credentials); Fixed is the basis, when it parses.
	basisFix bool
}

func cleanupCheck(code connstr.Code, sev connstr.Severity, title, seen, fix string, spans ...connstr.Span) *pending {
	return &pending{
		Check:    Check{Code: code, Severity: sev.String(), Source: "explain", Title: title, Seen: seen, Fix: fix, Spans: spans},
		sev:      sev,
		basisFix: true,
	}
}

// explainer holds the state of one Explain call.
type explainer struct {
	cfg        explainConfig
	input      string
	inputValid bool

	basisKind string
	basis     string  // the string the sections describe
	m         textMap // basis offsets -> input offsets
	cs        *connstr.ConnString
	doc       *rawURI
	// taint: offsets of the basis before it may hold a password that an
	// unencoded character split off the user information; nothing there is
	// shown. -1 when the basis parsed cleanly.
	taint int
	// secrets are the spans of the basis that may hold a credential, as
	// the core finds them (connstr.ConnString.SecretSpans): nothing that
	// overlaps one is shown either.
	secrets []connstr.Span
	res     *connstr.Resolution // the SRV resolution, when given and it fits

	checks []*pending
	out    *Explanation
}

func newExplainer(uri string, cfg explainConfig) *explainer {
	return &explainer{cfg: cfg, input: uri, taint: -1}
}

// run makes the whole Explanation.
func (x *explainer) run() *Explanation {
	x.find()
	x.sections()
	x.effective()
	x.tips()
	x.commands()
	x.snippets()
	return x.out
}

// find makes the findings only: the checks, the corrected strings and the
// verdict, which every view shows.
func (x *explainer) find() {
	raw, _ := connstr.Parse(x.input)
	x.inputValid = raw.Valid()
	x.out = &Explanation{Valid: x.inputValid, Masked: !x.cfg.reveal, Basis: "input", Drivers: driverVerdicts(raw)}

	x.basis, x.m, x.cs = x.input, identityMap(len(x.input)), raw
	if c := cleanPasted(x.input); c.text != x.input {
		x.basis, x.m, x.basisKind = c.text, c.m, "cleaned"
		x.checks = append(x.checks, c.checks...)
		x.cs, _ = connstr.Parse(x.basis)
	}
	if len(x.basis) <= maxExplainInput {
		x.repairCredentials()
	}
	if x.basisKind != "" {
		x.out.Basis = x.basisKind
	}
	x.doc = cutURI(x.basis)
	x.setTaint()
	x.secrets = x.cs.SecretSpans()
	x.useResolution()

	x.parseChecks()
	x.resolveChecks()
	x.troubleshoot()
	x.finish()
}

// setTaint marks the part of an unreliable basis that may hold a password:
// when a syntax error or a stray '@' shows that the user information may
// have been split at the wrong place, everything up to the last '@'.
func (x *explainer) setTaint() {
	if x.basisKind == "repaired" {
		return // the repair placed the user information with certainty
	}
	start := strings.Index(x.basis, "://")
	if start < 0 {
		start = 0
	} else {
		start += 3
	}
	at := strings.LastIndexByte(x.basis, '@')
	if at < start {
		return
	}
	if misSplit(x.cs, at) {
		x.taint = at
	}
}

// splitSymptoms are the codes of syntax errors that a password with an
// unencoded character causes.
var splitSymptoms = []connstr.Code{connstr.CodeMissingHost, connstr.CodeEmptyHost, connstr.CodeInvalidHost, connstr.CodeInvalidIPLiteral, connstr.CodeInvalidPort,
	connstr.CodePortOutOfRange, connstr.CodeSocketSuffix, connstr.CodeBadPercent, connstr.CodeUserinfoAt, connstr.CodeUserinfoColon, connstr.CodeUserinfoChar,
	connstr.CodeEmptyUsername, connstr.CodeInvalidDatabase, connstr.CodeSuspectedPassword, connstr.CodeOptionNoValue, connstr.CodeOptionEmptyKey,
	connstr.CodeUnescapedSlash, connstr.CodeInvalidScheme}

// misSplit reports whether cs shows signs of user information split at the
// wrong '@' (the last '@' of the string is at offset at): a syntax error
// before it, or an '@' in the database or in an unknown option.
func misSplit(cs *connstr.ConnString, at int) bool {
	if strings.IndexByte(cs.Database, '@') >= 0 {
		return true
	}
	for _, r := range cs.Unknown {
		// No option name holds '@', and no option a driver knows has this
		// one's name: the '@' most likely ends user information.
		if strings.IndexByte(r.Key, '@') >= 0 || strings.IndexByte(r.Value, '@') >= 0 && connstr.LookupOption(r.Key) == nil {
			return true
		}
	}
	for _, d := range cs.Diagnostics {
		if (d.Severity == connstr.SeverityError || d.Code == connstr.CodeSuspectedPassword) && slices.Contains(splitSymptoms, d.Code) &&
			(!d.Span.Valid() || d.Span.Start <= at) {
			return true
		}
	}
	return false
}

// tainted reports whether text at span may be part of a password.
func (x *explainer) tainted(s connstr.Span) bool {
	if x.cfg.reveal {
		return x.taint >= 0 && (!s.Valid() || s.Start <= x.taint)
	}
	return x.taint >= 0 && (!s.Valid() || s.Start <= x.taint) || x.secretAt(s)
}

// secretAt reports whether s overlaps a span that may hold a credential,
// other than the password seen from the userinfo and a secret option's
// value (or a property list) seen from that option itself: the sections
// mask those in place.
func (x *explainer) secretAt(s connstr.Span) bool {
	if !s.Valid() {
		return false
	}
	// x.secrets is sorted and merged: start at the first span that ends
	// after s starts.
	i, _ := slices.BinarySearchFunc(x.secrets, s.Start, func(sp connstr.Span, off int) int {
		if sp.End <= off {
			return -1
		}
		return 1
	})
	for _, sp := range x.secrets[i:] {
		if sp.Start >= max(s.End, s.Start+1) {
			break
		}
		if !x.maskedInPlace(sp, s) {
			return true
		}
	}
	return false
}

// unplacedSecret reports whether the basis holds text that may be a
// credential somewhere other than the password and the exact values of
// secret options and properties: a secret in the database name, a value
// that ran on over '&', the tail of a password read as a host. Code that
// builds new text from the parsed parts (the snippets) then builds none.
func (x *explainer) unplacedSecret() bool {
	for _, sp := range x.secrets {
		placed := false
		if u := x.cs.User; u != nil && sp == u.PasswordSpan {
			placed = true
		}
		for _, o := range x.cs.Options {
			placed = placed || o.Value.Kind() == connstr.KindSecret && sp == (connstr.Span{Start: o.Span.Start + len(o.Key) + 1, End: o.Span.End}) ||
				o.Value.Kind() == connstr.KindProperties && o.Span.Start <= sp.Start && sp.End <= o.Span.End
		}
		if !placed {
			return true
		}
	}
	return false
}

// maskedInPlace reports whether the secret span sp, seen from s, is one
// that the sections mask where it stands: the password, from within the
// userinfo; a secret option's value or a property list, from within that
// option.
func (x *explainer) maskedInPlace(sp, s connstr.Span) bool {
	if u := x.cs.User; u != nil && sp == u.PasswordSpan && u.Span.Start <= s.Start && s.End <= u.Span.End {
		return true
	}
	for _, o := range x.cs.Options {
		within := o.Span.Start <= s.Start && s.End <= o.Span.End
		if within && (o.Value.Kind() == connstr.KindSecret && sp.Start == o.Span.Start+len(o.Key)+1 ||
			o.Value.Kind() == connstr.KindProperties && o.Span.Start <= sp.Start && sp.End <= o.Span.End) {
			return true
		}
	}
	return false
}

// useResolution keeps the resolution when it is for this SRV string: the
// same host asked about, so that one made for an earlier string (the person
// edited it since) is dropped.
func (x *explainer) useResolution() {
	r := x.cfg.resolution
	if r == nil || x.cs.Scheme != connstr.SchemeSRV || len(x.cs.Hosts) != 1 {
		return
	}
	if r.TXTName == "" || strings.EqualFold(strings.TrimSuffix(r.TXTName, "."), strings.TrimSuffix(x.cs.Hosts[0].Host, ".")) {
		x.res = r
	}
}

func (x *explainer) add(p *pending) { x.checks = append(x.checks, p) }

// check records one of the explainer's findings about the basis.
func (x *explainer) check(code connstr.Code, sev connstr.Severity, option, title, seen, fix string, spans []connstr.Span, ops ...fixOp) *pending {
	p := &pending{
		Check:      Check{Code: code, Severity: sev.String(), Source: "explain", Title: title, Seen: seen, Option: option, Fix: fix},
		sev:        sev,
		basisSpans: spans,
		ops:        ops,
	}
	if spec := connstr.LookupOption(option); spec != nil {
		p.Docs = spec.Anchor
	}
	x.add(p)
	return p
}

// maxFixed bounds how many checks get a corrected string, so that a string
// with thousands of findings still costs linear time.
const maxFixed = 32

// finish maps spans into the input, computes each Fixed string and the
// Repaired string, and orders the checks: errors, warnings, infos, each in
// the order found.
func (x *explainer) finish() {
	var errorOps []fixOp
	unfixable := false
	for _, p := range x.checks {
		if p.sev != connstr.SeverityError {
			continue
		}
		switch {
		case len(p.ops) > 0:
			errorOps = append(errorOps, p.ops...)
		case !p.basisFix:
			unfixable = true
		}
	}
	// A string whose user information may be split wrongly gets no
	// corrected strings: any of them could show a piece of the password
	// as a host, a database or an option.
	trusted := x.taint < 0 && len(x.basis) <= maxExplainInput
	fixed := 0
	for _, p := range x.checks {
		for _, s := range p.basisSpans {
			p.Spans = append(p.Spans, x.m.span(s))
		}
		if p.Spans == nil {
			p.Spans = []connstr.Span{}
		}
		if (len(p.ops) > 0 || p.basisFix) && fixed < maxFixed && trusted {
			fixed++
			p.Fixed = x.fixedString(p.ops, errorOps)
		}
	}
	if !unfixable && trusted {
		var all []fixOp
		n := 0
		for _, p := range x.checks {
			// Infos are suggestions that depend on intent (authSource=admin,
			// 127.0.0.1 for localhost): Repaired leaves them out.
			if n < maxFixed && len(p.ops) > 0 && p.sev != connstr.SeverityInfo {
				all = append(all, p.ops...)
				n++
			}
		}
		if len(all) > 0 || x.basis != x.input {
			if s := x.fixedString(all, nil); s != "" && s != x.input {
				x.out.Repaired = s
			}
		}
	}
	if !x.inputValid {
		x.needCleanup()
	}
	x.out.Checks = make([]Check, 0, len(x.checks))
	for _, sev := range [...]connstr.Severity{connstr.SeverityError, connstr.SeverityWarning, connstr.SeverityInfo} {
		for _, p := range x.checks {
			if p.sev == sev {
				x.out.Checks = append(x.out.Checks, p.Check)
			}
		}
	}
	x.out.Explained = x.display(x.doc, x.basis)
	x.out.Verdict = verdictOf(x.out.Valid, x.out.Checks)
}

// needCleanup makes the string as given, which does not parse, show as
// invalid in the findings too: the list holds the parse errors of the
// cleaned or repaired basis, not of the input, so the checks that say what
// was cleaned or repaired become errors (their fix is what the input needs
// to parse).
func (x *explainer) needCleanup() {
	for _, p := range x.checks {
		if p.basisFix {
			p.sev, p.Severity = connstr.SeverityError, connstr.SeverityError.String()
		}
	}
}

// fixedString applies ops to the basis and returns the result for display
// if it parses without error; failing that, it also applies the fixes of
// every error (so that one fix is shown in a string that works); failing
// that, "".
func (x *explainer) fixedString(ops, errorOps []fixOp) string {
	try := func(sets ...[]fixOp) string {
		d := x.doc.clone()
		for _, set := range sets {
			for _, op := range set {
				op(d) // edits are idempotent: applying one twice is harmless
			}
		}
		s := d.render(false)
		if cs, err := connstr.Parse(s); err != nil || cs.Diagnostics.Has(connstr.CodeSuspectedPassword) {
			return ""
		}
		shown := x.display(d, s)
		if _, err := connstr.Parse(shown); err != nil {
			return "" // masking must not make a valid string invalid; never offer one that is
		}
		return shown
	}
	if s := try(ops); s != "" {
		return s
	}
	if len(errorOps) > 0 {
		return try(ops, errorOps)
	}
	return ""
}

// display is s (the rendering of d) as Explain may show it: with secrets
// masked unless revealed.
func (x *explainer) display(d *rawURI, s string) string {
	if x.cfg.reveal {
		return s
	}
	// The core's redactor, whatever the shape: one rule for what may be a
	// credential.
	return connstr.RedactUnparsed(s)
}
