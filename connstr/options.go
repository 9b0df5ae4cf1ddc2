package connstr

import "strings"

// optionState is what the option pass remembers for the rule checks.
type optionState struct {
	seen    int                // recognised keys in the string, valid or not
	present [maxOptions]uint8  // occurrences per registry index, valid or not
	viaName [maxOptions]bool   // set by a key that is not a deprecated alias
	index   [maxOptions]uint16 // 1 + position in ConnString.Options
	tls     struct {
		set, value, mismatch bool
	}
}

// maxOptions bounds the registry's size; init checks it.
const maxOptions = 96

// pair is one key=value item of the query, as offsets into the input.
type pair struct {
	ks, ke, vs, ve int // key and value spans; vs == -1 without '='
	spec           *OptionSpec
	deprecatedKey  bool
}

// options parses the query in[s:e].
func (p *parser) options(s, e int) {
	in := p.in
	if s == e {
		return
	}
	query := in[s:e]
	sep := byte('&')
	if strings.IndexByte(query, '&') < 0 && strings.IndexByte(query, ';') >= 0 {
		sep = ';'
		p.warnf(CodeLegacySeparator, Span{s, e}, "",
			"Options are separated by ';', a legacy form that Node.js, Go and Java drivers do not split on.",
			"Separate options with '&'.")
	}

	var buf [24]pair
	pairs := buf[:0]
	for i := s; i <= e; {
		j := e
		if k := strings.IndexByte(in[i:e], sep); k >= 0 {
			j = i + k
		}
		if pr, ok := p.splitPair(i, j); ok {
			pairs = append(pairs, pr)
		}
		i = j + 1
	}
	if cap(p.cs.Options) < len(pairs) {
		p.cs.Options = make([]Option, 0, len(pairs))
	}
	// First pass: which options appear, and under which names, so that a
	// deprecated alias can give way to its replacement wherever it stands.
	for i := range pairs {
		pr := &pairs[i]
		if pr.spec == nil {
			continue
		}
		key := in[pr.ks:pr.ke]
		if a, ok := pr.spec.alias(key); ok && a.Deprecated {
			pr.deprecatedKey = true
		} else {
			p.opts.viaName[pr.spec.index] = true
		}
		p.opts.present[pr.spec.index]++
		p.opts.seen++
	}
	for i := range pairs {
		p.option(&pairs[i])
	}
}

// splitPair splits in[s:e] at its first '='.
func (p *parser) splitPair(s, e int) (pair, bool) {
	in := p.in
	if s == e {
		if e < len(in) || s > 0 && in[s-1] != '?' {
			p.warnf(CodeOptionEmptyPair, Span{max(s-1, 0), min(e+1, len(in))}, "",
				"There is an empty option between separators.", "Remove the extra '&'.")
		}
		return pair{}, false
	}
	eq := strings.IndexByte(in[s:e], '=')
	if eq < 0 {
		p.errorf(CodeOptionNoValue, Span{s, e}, "",
			"An option has no '=' and no value"+p.quote(Span{s, e})+".",
			"Write options as key=value.")
		return pair{}, false
	}
	if eq == 0 {
		p.errorf(CodeOptionEmptyKey, Span{s, e}, "", "An option has a value but no name.",
			"Write options as key=value.")
		return pair{}, false
	}
	pr := pair{ks: s, ke: s + eq, vs: s + eq + 1, ve: e}
	pr.spec = LookupOption(in[pr.ks:pr.ke])
	return pr, true
}

// option applies one key=value pair.
func (p *parser) option(pr *pair) {
	in := p.in
	key := in[pr.ks:pr.ke]
	span := Span{pr.ks, pr.ve}
	spec := pr.spec
	if spec == nil {
		p.unknownOption(pr, key, span)
		return
	}
	name := spec.Name
	if pr.deprecatedKey {
		if p.opts.viaName[spec.index] {
			p.warnf(CodeAliasOverridden, span, name,
				"The deprecated key "+key+" is ignored because "+name+" is also given.",
				"Remove "+key+".")
			return
		}
		p.warnf(CodeDeprecatedOption, Span{pr.ks, pr.ke}, name,
			"The key "+key+" is deprecated; its name is now "+name+".",
			"Rename "+key+" to "+name+".")
	}
	switch spec.Status {
	case StatusRemoved:
		p.warnf(CodeRemovedOption, span, name, "The option "+name+" is no longer supported: "+spec.Description,
			notesText(spec.Notes))
		p.keepUnknown(pr, span)
		return
	case StatusDriver:
		p.warnf(CodeDriverOption, span, name, "The option "+name+" is not part of the URI Options spec; only some drivers read it.",
			notesText(spec.Notes))
	}
	if spec.Deprecated != "" {
		sev := SeverityInfo
		if spec.Renamed {
			sev = SeverityWarning
		}
		p.add(sev, CodeDeprecatedOption, span, name, "The option "+name+" is deprecated.",
			"Use "+spec.Deprecated+" instead.")
	}

	valSpan := Span{pr.vs, pr.ve}
	raw := in[pr.vs:pr.ve]
	if bad := badPercent(raw); bad >= 0 {
		p.errorf(CodeBadPercent, Span{pr.vs + bad, pr.vs + bad + 1}, name,
			"The value of "+name+" contains a '%' that is not a %XX escape.", "Write a literal '%' as %25.")
		return
	}
	v, ok := p.value(spec, valSpan, unescape(raw))
	if !ok {
		return
	}
	p.store(spec, key, v, span)
}

// store records a typed value: repeatable options accumulate, others are
// replaced by a later occurrence (with a warning).
func (p *parser) store(spec *OptionSpec, key string, v Value, span Span) {
	if p.cs.suspect && span.Start < p.lastAtSign() {
		v.tainted = true
	}
	i := p.opts.index[spec.index]
	if i == 0 {
		p.cs.Options = append(p.cs.Options, Option{Name: spec.Name, Key: key, Value: v, Span: span})
		p.opts.index[spec.index] = uint16(len(p.cs.Options))
		return
	}
	prev := &p.cs.Options[i-1]
	switch {
	case spec.Repeatable:
		prev.Value.ext.tags = append(prev.Value.ext.tags, v.ext.tags...)
		prev.Span = Span{prev.Span.Start, span.End}
		return
	case spec.Name == "tls":
		// tls and ssl may both appear when they agree (URI Options spec).
		if prev.Value.b != v.b {
			p.opts.tls.mismatch = true
		} else if !strings.EqualFold(prev.Key, key) {
			break
		} else {
			p.duplicate(spec, span)
		}
	case strings.HasPrefix(spec.Name, "proxy"):
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

func (p *parser) unknownOption(pr *pair, key string, span Span) {
	hint := "Drivers ignore options they do not know, with a warning; the Node.js driver rejects the whole string."
	if s := suggestOption(key); s != nil {
		hint = "Did you mean " + s.Name + "? " + hint
	}
	msg := "Unknown option."
	if p.quotable(span) {
		msg = "Unknown option " + key + "."
	}
	p.warnf(CodeUnknownOption, Span{pr.ks, pr.ke}, "", msg, hint)
	p.keepUnknown(pr, span)
}

// keepUnknown keeps an option the registry does not apply so that String
// reproduces it.
func (p *parser) keepUnknown(pr *pair, span Span) {
	raw := p.in[pr.vs:pr.ve]
	if badPercent(raw) >= 0 {
		return
	}
	p.cs.Unknown = append(p.cs.Unknown, RawOption{
		Key: unescape(p.in[pr.ks:pr.ke]), Value: unescape(raw), Span: span,
	})
}

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
