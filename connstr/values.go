package connstr

import (
	"slices"
	"strconv"
	"strings"
)

// plainValue reads the values most options have, written plainly: a whole
// number in range, true or false, an enum value in its canonical case. None
// of them holds a '%', so they need no decoding. Anything else (escapes,
// strings, lists, mistakes) is left to value, which decodes and reports.
func plainValue(spec *OptionSpec, raw string) (Value, bool) {
	switch spec.Kind {
	case KindInt:
		if n, isInt, fits := parseDecimal(raw); isInt && fits && (!spec.Bounded || spec.Min <= n && n <= spec.Max) {
			return IntValue(n), true
		}
	case KindBool:
		switch raw {
		case "true":
			return BoolValue(true), true
		case "false":
			return BoolValue(false), true
		}
	case KindEnum:
		for _, v := range spec.Values {
			if v == raw {
				return EnumValue(v), true
			}
		}
	}
	return Value{}, false
}

// value types the decoded value s of an option. An invalid value is reported
// and ignored (ok == false), as the URI Options spec requires.
func (p *parser) value(spec *OptionSpec, span Span, s string) (Value, bool) {
	name := spec.Name
	if s == "" {
		switch {
		case spec.Kind == KindTagSets:
			ext := newTagSetExt() // an empty tag set matches any member
			return Value{kind: KindTagSets, ext: ext}, true
		case name == "authSource":
			p.errorf(CodeAuthSourceEmpty, span, name, "authSource is empty.",
				"Give the database that holds the user (often admin), or remove authSource.")
			return Value{}, false
		}
		p.warnf(CodeEmptyValue, span, name, "The option "+name+" has an empty value and is ignored.",
			"Give a value or remove the option.")
		return Value{}, false
	}
	// The plain forms written with escapes (tru%65); pair tried the raw
	// text already. What numbers, booleans and enums have left is a
	// tolerated spelling (with a warning) or a report.
	if v, ok := plainValue(spec, s); ok {
		return v, true
	}
	if spec.MaxLen > 0 && len(s) > spec.MaxLen {
		p.warnf(CodeInvalidValue, span, name, "The value of "+name+" is "+strconv.Itoa(len(s))+" bytes long, more than "+
			strconv.Itoa(spec.MaxLen)+"; the option is ignored.",
			"Shorten it to "+strconv.Itoa(spec.MaxLen)+" bytes or fewer: "+spec.LengthNote+".")
		return Value{}, false
	}
	switch spec.Kind {
	case KindString:
		return StringValue(s), true
	case KindSecret:
		return SecretValue(Secret(s)), true
	case KindInt:
		p.badInt(spec, span, s)
		return Value{}, false
	case KindBool:
		return p.boolValue(spec, span, s)
	case KindEnum:
		return p.enumValue(spec, span, s)
	case KindIntOrString:
		if n, isInt, fits := parseDecimal(s); isInt {
			if !fits || n < 0 {
				p.warnf(CodeValueOutOfRange, span, name, "The value of "+name+" must be a non-negative number or a name.",
					"Use w=majority, w=0, w=1, or a number of members.")
				return Value{}, false
			}
			return Value{kind: KindIntOrString, num: n, isNum: true}, true
		}
		return Value{kind: KindIntOrString, str: s}, true
	case KindStringList:
		return p.listValue(spec, span, s)
	case KindProperties:
		ext := newPropsExt()
		props, ok := p.pairs(spec, span, s, ext.props)
		if !ok {
			return Value{}, false
		}
		ext.props = props
		return Value{kind: KindProperties, ext: ext}, true
	case KindTagSets:
		ext := newTagSetExt()
		tags, ok := p.pairs(spec, span, s, ext.tags[0])
		if !ok {
			return Value{}, false
		}
		ext.tags[0] = tags
		return Value{kind: KindTagSets, ext: ext}, true
	}
	return Value{}, false
}

// parseDecimal reads s as an optional sign and one or more ASCII digits, in
// one pass (strconv.ParseInt would need a second, and allocates its error).
// isInt reports whether s has that form, fits whether its value fits an int64.
func parseDecimal(s string) (n int64, isInt, fits bool) {
	neg := false
	if s != "" && (s[0] == '-' || s[0] == '+') {
		neg = s[0] == '-'
		s = s[1:]
	}
	if s == "" {
		return 0, false, false
	}
	if len(s) <= 18 { // at most 10^18-1: cannot overflow
		var u int64
		for i := 0; i < len(s); i++ {
			c := s[i]
			if c < '0' || c > '9' {
				return 0, false, false
			}
			u = u*10 + int64(c-'0')
		}
		if neg {
			u = -u
		}
		return u, true, true
	}
	const limit = 1 << 63 // the magnitude of math.MinInt64
	var u uint64
	fits = true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, false, false
		}
		if fits {
			d := uint64(c - '0')
			if u > (limit-d)/10 {
				fits = false
				continue
			}
			u = u*10 + d
		}
	}
	switch {
	case !fits || !neg && u >= limit:
		return 0, true, false
	case neg:
		return int64(-u), true, true // also right for u == limit
	}
	return int64(u), true, true
}

// isDigits reports whether s is one or more ASCII digits.
func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// badInt reports an integer option's value that plainValue did not take: not
// a whole number, or out of range.
func (p *parser) badInt(spec *OptionSpec, span Span, s string) {
	name := spec.Name
	if _, isInt, _ := parseDecimal(s); !isInt {
		p.warnf(CodeInvalidValue, span, name, "The value"+p.quote(span)+" of "+name+" is not a whole number; the option is ignored.",
			"Write a whole number"+unitWords(spec)+".")
		return
	}
	p.warnf(CodeValueOutOfRange, span, name,
		"The value of "+name+" is outside "+rangeWords(spec)+"; the option is ignored.",
		rangeHint(spec))
}

func unitWords(spec *OptionSpec) string {
	switch spec.Unit {
	case "ms":
		return " of milliseconds"
	case "s":
		return " of seconds"
	case "":
		return ""
	}
	return " of " + spec.Unit
}

func rangeWords(spec *OptionSpec) string {
	lo := strconv.FormatInt(spec.Min, 10)
	if spec.Max >= 1<<31-1 {
		return lo + " or more"
	}
	return lo + " to " + strconv.FormatInt(spec.Max, 10)
}

func rangeHint(spec *OptionSpec) string {
	h := "Use a value of " + rangeWords(spec) + "."
	if spec.RangeNote != "" {
		h += " " + spec.RangeNote
	}
	return h
}

// Legacy spellings of booleans that the Connection String spec recommends
// accepting, with a warning.
var (
	legacyTrue  = []string{"1", "yes", "y", "t"}
	legacyFalse = []string{"0", "-1", "no", "n", "f"}
)

// boolValue reads a boolean that is not written plainly: a legacy spelling
// is taken with a warning, anything else is reported.
func (p *parser) boolValue(spec *OptionSpec, span Span, s string) (Value, bool) {
	name := spec.Name
	lower := strings.ToLower(s)
	b, legacy := false, false
	switch {
	case lower == "true":
		b, legacy = true, true
	case lower == "false":
		legacy = true
	case slices.Contains(legacyTrue, lower):
		b, legacy = true, true
	case slices.Contains(legacyFalse, lower):
		legacy = true
	}
	if !legacy {
		p.warnf(CodeInvalidValue, span, name, "The value"+p.quote(span)+" of "+name+" is not true or false; the option is ignored.",
			"Write "+name+"=true or "+name+"=false.")
		return Value{}, false
	}
	p.warnf(CodeLegacyBoolean, span, name,
		"The value of "+name+" is a legacy spelling of "+strconv.FormatBool(b)+"; some drivers reject it.",
		"Write "+name+"="+strconv.FormatBool(b)+".")
	return BoolValue(b), true
}

// enumValue reads an enum value that is not written plainly: another letter
// case is taken with a warning, anything else is reported.
func (p *parser) enumValue(spec *OptionSpec, span Span, s string) (Value, bool) {
	name := spec.Name
	for _, v := range spec.Values {
		if strings.EqualFold(v, s) {
			p.warnf(CodeValueCase, span, name, "The value of "+name+" is written in another letter case than "+v+".",
				"Write "+name+"="+v+": "+notesTextOr(spec.Notes, "drivers differ in whether they accept other cases."))
			return EnumValue(v), true
		}
	}
	if name == "authMechanism" {
		p.errorf(CodeAuthUnknownMechanism, span, name, "The authentication mechanism"+p.quote(span)+" is not one MongoDB supports.",
			"Use one of: "+strings.Join(spec.Values[:len(spec.Values)-1], ", ")+".")
		return Value{}, false
	}
	p.warnf(CodeInvalidValue, span, name, "The value"+p.quote(span)+" of "+name+" is not one of the allowed values; the option is ignored.",
		"Use one of: "+strings.Join(spec.Values, ", ")+".")
	return Value{}, false
}

func notesTextOr(notes []DriverNote, fallback string) string {
	if len(notes) == 0 {
		return fallback
	}
	return notesText(notes)
}

func (p *parser) listValue(spec *OptionSpec, span Span, s string) (Value, bool) {
	name := spec.Name
	ext := newListExt()
	items := ext.list
	for rest, more := s, true; more; {
		var item string
		item, rest, more = strings.Cut(rest, ",")
		if len(spec.Values) > 0 && !slices.Contains(spec.Values, item) {
			p.warnf(CodeInvalidValue, span, name, "The "+name+" list holds an unknown entry"+quoteText(item, p.quotable(span))+"; it is ignored.",
				"Use entries from: "+strings.Join(spec.Values, ", ")+".")
			continue
		}
		items = append(items, item)
	}
	if len(items) == 0 {
		return Value{}, false
	}
	ext.list = items
	return Value{kind: KindStringList, ext: ext}, true
}

// quoteText returns s Go-quoted after a space (quotes and control characters
// escaped) when ok and s is short, for a message; "" otherwise.
func quoteText(s string, ok bool) string {
	if !ok || len(s) > 64 {
		return ""
	}
	return " " + strconv.Quote(s)
}

// pairs splits "k1:v1,k2:v2", appending to props. A value holds everything after its key's first
// ':', so "TOKEN_RESOURCE:mongodb://host" keeps its colons. A pair without a
// ':' (such as one made by a ',' inside a value) invalidates the option.
func (p *parser) pairs(spec *OptionSpec, span Span, s string, props []Property) ([]Property, bool) {
	for rest, more := s, true; more; {
		var item string
		item, rest, more = strings.Cut(rest, ",")
		c := strings.IndexByte(item, ':')
		if c <= 0 {
			hint := "Write " + spec.Name + " as KEY:value pairs separated by ','; a value cannot contain ','."
			p.warnf(CodeInvalidKeyValue, span, spec.Name,
				"The value of "+spec.Name+" is not a list of key:value pairs; the option is ignored.", hint)
			return nil, false
		}
		props = append(props, Property{Key: item[:c], Value: item[c+1:]})
	}
	return props, true
}
