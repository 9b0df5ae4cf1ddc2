package connstr

import (
	"slices"
	"strings"
)

// optionState is what the option pass remembers for the rule checks.
type optionState struct {
	seen  optionSet         // keys the string gives, valid or not
	index [maxOptions]uint8 // 1 + position in ConnString.Options
	// tlsMismatch is set when tls and ssl are given with different values.
	tlsMismatch bool
	// named holds the options the query names by a key that is not a
	// deprecated alias. Only a deprecated alias needs to know, so the
	// query is scanned for it on the first one (see namedElsewhere).
	named   optionSet
	scanned bool
}

// maxOptions bounds the registry's size (the bits of an optionSet); init
// checks it. Options holds each registry row once at most, so a uint8
// indexes it.
const maxOptions = 128

// optionSet is a set of registry rows, by index.
type optionSet [2]uint64

func (s *optionSet) add(spec *OptionSpec) { s[uint(spec.index)/64] |= 1 << (uint(spec.index) % 64) }

func (s *optionSet) has(spec *OptionSpec) bool {
	return s[uint(spec.index)/64]&(1<<(uint(spec.index)%64)) != 0
}

func (s *optionSet) intersects(t *optionSet) bool {
	return s[0]&t[0] != 0 || s[1]&t[1] != 0
}

func (s *optionSet) empty() bool { return *s == optionSet{} }

// setOf builds the set of the given rows.
func setOf(specs ...*OptionSpec) optionSet {
	var s optionSet
	for _, spec := range specs {
		s.add(spec)
	}
	return s
}

// options parses the query in[s:e], one key=value pair at a time.
func (p *parser) options(s, e int) {
	in := p.in
	if s == e {
		return
	}
	query := in[s:e]
	sep := optionSeparator(query)
	if sep == ';' {
		p.warnf(CodeLegacySeparator, Span{s, e}, "",
			"Options are separated by ';', a legacy form the spec lets drivers support: the Go and Java drivers split on it, the Node.js driver does not.",
			"Separate options with '&'.")
	} else if semi := strings.IndexByte(query, ';'); semi >= 0 {
		p.mixedSeparators(s+semi, e)
	}
	p.query, p.sep = Span{s, e}, sep
	// Parse has made room for the options (see newConnString); a list
	// without room is made here at the size the separators give, and a
	// short one grows as options are stored.
	if cap(p.cs.Options) == 0 {
		p.cs.Options = make([]Option, 0, 1+strings.Count(query, string(sep)))
	}
	for i := s; i <= e; {
		j := p.pairEnd(i)
		p.pair(i, j)
		i = j + 1
	}
}

// mixedSeparators reports a query that holds '&' and also a ';' at offset
// semi. This package, like the spec's '&'-delimited form, reads the ';' as
// part of a value; drivers do not agree.
func (p *parser) mixedSeparators(semi, e int) {
	p.warnf(CodeMixedSeparators, Span{semi, semi + 1}, "",
		"The options are separated by '&' but also hold a ';', which drivers read differently: "+
			"the Go and Java drivers split options on it, PyMongo rejects the string (it cannot mix '&' and ';'), "+
			"and the Node.js driver and this page keep it in the value.",
		"Separate every option with '&', and percent-encode a ';' that belongs to a value as %3B.")
}

// pairEnd returns where the pair that starts at i ends: at the next
// separator, or at the end of the query.
func (p *parser) pairEnd(i int) int {
	if k := strings.IndexByte(p.in[i:p.query.End], p.sep); k >= 0 {
		return i + k
	}
	return p.query.End
}

// splitPair returns the offset of the '=' in the pair in[s:e], or -1 when
// the pair has no name or no value (diag says whether to report that).
func (p *parser) splitPair(s, e int, diag bool) int {
	if s < e {
		if eq := strings.IndexByte(p.in[s:e], '='); eq > 0 {
			return s + eq
		}
	}
	if diag {
		p.badPair(s, e)
	}
	return -1
}

// badPair reports why in[s:e] is not a key=value pair.
func (p *parser) badPair(s, e int) {
	in := p.in
	switch eq := strings.IndexByte(in[s:e], '='); {
	case s == e:
		if e < len(in) || s > 0 && in[s-1] != '?' {
			p.warnf(CodeOptionEmptyPair, Span{max(s-1, 0), min(e+1, len(in))}, "",
				"There is an empty option between separators.", "Remove the extra '&'.")
		}
	case eq < 0:
		// Text the parser cannot place: the tail of a password cut by a
		// '?' reads so (mongodb://user:5/?rest). It is hidden, not quoted.
		p.hide(Span{s, e})
		p.errorf(CodeOptionNoValue, Span{s, e}, "",
			"An option has no '=' and no value.",
			"Write options as key=value.")
	default:
		p.hide(Span{s, e})
		p.errorf(CodeOptionEmptyKey, Span{s, e}, "", "An option has a value but no name.",
			"Write options as key=value.")
	}
}

// pair applies one key=value pair in[s:e].
func (p *parser) pair(s, e int) {
	eq := p.splitPair(s, e, true)
	if eq < 0 {
		return
	}
	in := p.in
	key := in[s:eq]
	span := Span{s, e}
	k := lookupKey(key)
	spec := k.spec
	if spec == nil {
		p.unknownOption(key, eq+1, span)
		return
	}
	p.opts.seen.add(spec)
	if (k.deprecated || spec.Status != StatusStandard || spec.Deprecated != "") && !p.unusual(spec, k.deprecated, key, eq, span) {
		return
	}

	raw := in[eq+1 : e]
	v, ok := plainValue(spec, raw)
	if !ok {
		text, bad := decode(raw)
		if bad >= 0 {
			p.badValueEscape(spec, eq+1+bad)
			return
		}
		if v, ok = p.value(spec, Span{eq + 1, e}, text); !ok {
			return
		}
	}
	p.store(spec, key, v, span)
}

// unusual reports what sets an option apart from the usual (a deprecated
// key, a removed or driver-only option, a deprecated option) and says whether
// the pair is applied. It is kept out of pair, which every option runs
// through.
func (p *parser) unusual(spec *OptionSpec, deprecatedKey bool, key string, eq int, span Span) bool {
	name := spec.Name
	if deprecatedKey {
		// A deprecated alias gives way to the option's own name, wherever
		// that stands in the query.
		if p.namedElsewhere(spec) {
			p.warnf(CodeAliasOverridden, span, name,
				"The deprecated key "+key+" is ignored because "+name+" is also given.",
				"Remove "+key+".")
			return false
		}
		p.warnf(CodeDeprecatedOption, Span{span.Start, eq}, name,
			"The key "+key+" is deprecated; its name is now "+name+".",
			"Rename "+key+" to "+name+".")
	}
	switch spec.Status {
	case StatusRemoved:
		p.warnf(CodeRemovedOption, span, name, "The option "+name+" is no longer supported: "+spec.Description,
			notesText(spec.Notes))
		p.keepUnknown(key, eq+1, span)
		return false
	case StatusDriver:
		p.warnf(CodeDriverOption, span, name, "The option "+name+" is not part of the URI Options spec; only some drivers read it.",
			notesText(spec.Notes))
	}
	if spec.Deprecated != "" {
		sev := SeverityInfo
		if spec.Renamed {
			sev = SeverityWarning
		}
		p.add(sev, CodeDeprecatedOption, span, name, spec.deprecation.message, spec.deprecation.hint)
	}
	return true
}

// badValueEscape reports a '%' at offset i that starts no %XX escape.
func (p *parser) badValueEscape(spec *OptionSpec, i int) {
	p.errorf(CodeBadPercent, Span{i, i + 1}, spec.Name,
		"The value of "+spec.Name+" contains a '%' that is not a %XX escape.", "Write a literal '%' as %25.")
}

// namedElsewhere reports whether the query names spec by a key that is not
// a deprecated alias. The first call scans the query once for every option.
func (p *parser) namedElsewhere(spec *OptionSpec) bool {
	if !p.opts.scanned {
		p.opts.scanned = true
		for i := p.query.Start; i <= p.query.End; {
			j := p.pairEnd(i)
			if eq := p.splitPair(i, j, false); eq >= 0 {
				if k := lookupKey(p.in[i:eq]); k.spec != nil && !k.deprecated {
					p.opts.named.add(k.spec)
				}
			}
			i = j + 1
		}
	}
	return p.opts.named.has(spec)
}

// store records a typed value: repeatable options accumulate, others are
// replaced by a later occurrence (with a warning).
func (p *parser) store(spec *OptionSpec, key string, v Value, span Span) {
	if p.cs.suspect && span.Start < p.lastAtSign() ||
		spec.Kind != KindSecret && strings.IndexByte(p.in[span.Start+len(key)+1:span.End], '=') >= 0 && p.mayBeSecret(span) {
		// Part of a mis-split password, or a value with a secret option
		// inside (tls=true;proxyPassword=x&…): Format masks it.
		v.tainted = true
	}
	i := p.opts.index[spec.index]
	if i == 0 {
		// Filled field by field: appending an Option literal would build it
		// and then copy it.
		n := len(p.cs.Options)
		p.cs.Options = slices.Grow(p.cs.Options, 1)[:n+1]
		o := &p.cs.Options[n]
		o.Name, o.Key, o.Value, o.Span = spec.Name, key, v, span
		p.opts.index[spec.index] = uint8(n + 1)
		return
	}
	prev := &p.cs.Options[i-1]
	switch {
	case spec.Repeatable:
		prev.Value.ext.tags = append(prev.Value.ext.tags, v.ext.tags...)
		prev.Span = Span{prev.Span.Start, span.End}
		return
	case spec == optTls:
		// tls and ssl may both appear when they agree (URI Options spec).
		if prev.Value.b != v.b {
			p.opts.tlsMismatch = true
		} else if !strings.EqualFold(prev.Key, key) {
			break
		} else {
			p.duplicate(spec, span)
		}
	case proxyRuleOptions.has(spec): // the SOCKS5 spec forbids repeating them
		p.errorf(CodeProxyRepeated, span, spec.Name, "The option "+spec.Name+" appears more than once.",
			"Give each proxy option once.")
	default:
		p.duplicate(spec, span)
	}
	prev.Key, prev.Value, prev.Span = key, v, span
}

func (p *parser) duplicate(spec *OptionSpec, span Span) {
	p.warnf(CodeDuplicateOption, span, spec.Name,
		"The option "+spec.Name+" appears more than once; the last value is used.",
		"Keep one "+spec.Name+".")
}

// unknownOption reports a key the registry does not know; its value starts
// at vs.
func (p *parser) unknownOption(key string, vs int, span Span) {
	hint := "Drivers ignore options they do not know, with a warning; the Node.js driver rejects the whole string."
	msg := "Unknown option."
	// A name that may be the tail of a secret is neither quoted nor
	// matched to a suggestion, which would tell what the secret holds.
	if keySpan := (Span{span.Start, vs - 1}); !p.capped(CodeUnknownOption) && p.quotable(keySpan) {
		msg = "Unknown option " + key + "."
		if s := suggestOption(key); s != nil {
			hint = "Did you mean " + s.Name + "? " + hint
		}
	}
	p.warnf(CodeUnknownOption, Span{span.Start, vs - 1}, "", msg, hint)
	p.keepUnknown(key, vs, span)
}

// keepUnknown keeps an option the registry does not apply so that String
// reproduces it.
func (p *parser) keepUnknown(key string, vs int, span Span) {
	value, bad := decode(p.in[vs:span.End])
	if bad >= 0 {
		return
	}
	keySecret := span.Start < p.lastAtSign() || p.mayBeSecret(Span{span.Start, vs - 1})
	secret := keySecret || p.mayBeSecret(span)
	p.cs.Unknown = append(p.cs.Unknown, RawOption{Key: unescape(key), Value: value, Span: span, secret: secret, secretKey: keySecret})
}

// String returns the note as "drivers: note".
func (n DriverNote) String() string { return n.Drivers + ": " + n.Note }

func notesText(notes []DriverNote) string {
	var b strings.Builder
	for i, n := range notes {
		if i > 0 {
			b.WriteString(" ")
		}
		b.WriteString(n.Drivers)
		b.WriteString(": ")
		b.WriteString(n.Note)
	}
	return b.String()
}
