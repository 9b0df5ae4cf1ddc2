package connstr

import (
	"math"
	"sort"
	"strconv"
	"strings"
)

// NewHost builds a Host from a host as a person would type it into a form:
// a host name, an IPv4 or IPv6 address (brackets optional) or a socket path.
func NewHost(host string, port int) Host {
	h := Host{Host: host, Port: port, Span: NoSpan}
	switch {
	case strings.HasPrefix(host, "[") && strings.HasSuffix(host, "]"):
		h.Type, h.Host = HostIPLiteral, host[1:len(host)-1]
	case strings.IndexByte(host, '/') >= 0:
		h.Type = HostUnix
	case isIPv4(host):
		h.Type = HostIPv4
	default:
		h.Type = HostName
		if isIPv6(host) {
			h.Type = HostIPLiteral
		}
	}
	return h
}

// NewValue builds the typed value of the named option from a plain Go
// value: a string (read as the connection string would read it), a number,
// a bool, a []string, a map[string]string or []Property (key:value options),
// a []map[string]string or []TagSet (readPreferenceTags), or a Value.
func NewValue(name string, x any) (Value, error) {
	spec := LookupOption(name)
	if spec == nil {
		return Value{}, valueError(name, CodeUnknownOption, strconv.Quote(name)+" is not an option the registry knows.")
	}
	if v, ok := x.(Value); ok {
		return v, nil
	}
	if s, ok := x.(string); ok {
		return valueFromText(spec, s)
	}
	switch spec.Kind {
	case KindInt, KindIntOrString:
		var n int64
		switch t := x.(type) {
		case int:
			n = int64(t)
		case int64:
			n = t
		case float64:
			if t != math.Trunc(t) || math.IsInf(t, 0) || math.Abs(t) > 1<<53 {
				return Value{}, valueError(spec.Name, CodeInvalidValue, spec.Name+" takes a whole number.")
			}
			n = int64(t)
		default:
			return Value{}, kindError(spec, x)
		}
		return valueFromText(spec, strconv.FormatInt(n, 10))
	case KindBool:
		if b, ok := x.(bool); ok {
			return BoolValue(b), nil
		}
	case KindStringList:
		switch t := x.(type) {
		case []string:
			return valueFromText(spec, strings.Join(t, ","))
		case []any:
			items := make([]string, len(t))
			for i, it := range t {
				s, ok := it.(string)
				if !ok {
					return Value{}, kindError(spec, x)
				}
				items[i] = s
			}
			return valueFromText(spec, strings.Join(items, ","))
		}
	case KindProperties:
		if props, ok := toProperties(x); ok {
			return PropertiesValue(props), nil
		}
	case KindTagSets:
		switch t := x.(type) {
		case []TagSet:
			return TagSetsValue(t), nil
		case []map[string]string:
			sets := make([]TagSet, len(t))
			for i, m := range t {
				sets[i], _ = toProperties(m)
			}
			return TagSetsValue(sets), nil
		case []any:
			sets := make([]TagSet, len(t))
			for i, it := range t {
				props, ok := toProperties(it)
				if !ok {
					return Value{}, kindError(spec, x)
				}
				sets[i] = props
			}
			return TagSetsValue(sets), nil
		}
	}
	return Value{}, kindError(spec, x)
}

func kindError(spec *OptionSpec, x any) error {
	return valueError(spec.Name, CodeInvalidValue, spec.Name+" takes a "+spec.Kind.String()+", not a Go "+typeName(x)+".")
}

// toProperties accepts []Property, map[string]string or map[string]any with
// string values; maps are ordered by key, so the result is deterministic.
func toProperties(x any) ([]Property, bool) {
	switch t := x.(type) {
	case []Property:
		return t, true
	case TagSet:
		return t, true
	case map[string]string:
		props := make([]Property, 0, len(t))
		for k, v := range t {
			props = append(props, Property{k, v})
		}
		sortProps(props)
		return props, true
	case map[string]any:
		props := make([]Property, 0, len(t))
		for k, v := range t {
			var s string
			switch vv := v.(type) {
			case string:
				s = vv
			case bool:
				s = strconv.FormatBool(vv)
			case float64:
				s = strconv.FormatFloat(vv, 'f', -1, 64)
			default:
				return nil, false
			}
			props = append(props, Property{k, s})
		}
		sortProps(props)
		return props, true
	}
	return nil, false
}

func sortProps(props []Property) {
	sort.Slice(props, func(i, j int) bool { return props[i].Key < props[j].Key })
}

// valueFromText reads s exactly as the parser reads a decoded option value.
func valueFromText(spec *OptionSpec, s string) (Value, error) {
	p := parser{in: s, cs: &ConnString{}, lastAt: len(s)}
	v, ok := p.value(spec, Span{0, len(s)}, s)
	if !ok {
		d := Diagnostic{Severity: SeverityError, Code: CodeInvalidValue, Option: spec.Name,
			Message: "The value given for " + spec.Name + " is invalid."}
		if len(p.cs.Diagnostics) > 0 {
			d = p.cs.Diagnostics[0]
			d.Severity = SeverityError
		}
		d.Span = NoSpan // it pointed into s, not into a connection string
		return Value{}, &ValueError{Diagnostic: d}
	}
	return v, nil
}

func valueError(option string, code Code, message string) error {
	return &ValueError{Diagnostic{Severity: SeverityError, Code: code, Span: NoSpan, Option: option, Message: message}}
}

// typeName names the kind of a Go value in a message, without package
// fmt.
func typeName(x any) string {
	switch x.(type) {
	case nil:
		return "nil"
	case bool:
		return "bool"
	case string:
		return "string"
	case int, int64, float64:
		return "number"
	case []string, []any:
		return "list"
	case map[string]string, map[string]any, []Property:
		return "map"
	}
	return "value of another type"
}

// Format encodes c and checks the result: the diagnostics are the encoder's
// own (values the syntax cannot carry) followed by those of parsing the
// produced string, whose spans point into that string.
func Format(c *ConnString) (string, Diagnostics) {
	var diags Diagnostics
	for _, h := range c.Hosts {
		switch {
		case h.Type == HostUnix && h.Port != 0:
			diags = append(diags, Diagnostic{Severity: SeverityError, Code: CodeUnencodable, Span: NoSpan,
				Message: "A UNIX domain socket takes no port; the port is left out.",
				Hint:    "Remove the port of the socket path."})
		case (h.Type == HostName || h.Type == HostIPv4) && !encodableHostName(h.Host):
			diags = append(diags, Diagnostic{Severity: SeverityError, Code: CodeUnencodable, Span: NoSpan,
				Message: "A host name is empty or contains a character host names cannot have.",
				Hint:    "Host names hold letters, digits, '-', '.' and '_'; give one host per row."})
		}
	}
	for _, o := range c.Options {
		for _, item := range unencodable(o) {
			diags = append(diags, Diagnostic{Severity: SeverityError, Code: CodeUnencodable, Span: NoSpan, Option: o.Name,
				Message: "A value of " + o.Name + " contains " + item + ", which the connection string syntax cannot carry.",
				Hint:    "Drivers split " + o.Name + " on ',' and ':' after decoding; set this value in code instead."})
		}
	}
	uri := c.String()
	parsed, _ := Parse(uri)
	return uri, append(diags, parsed.Diagnostics...)
}

// encodableHostName reports whether name can stand in the host list as written.
func encodableHostName(name string) bool {
	for i := 0; i < len(name); i++ {
		if c := name[i]; c < 0x80 && !hostChar[c] {
			return false
		}
	}
	return name != ""
}

// unencodable lists what in an option's value cannot survive a round trip:
// a ',' inside a list item or property, a ':' inside a property key.
func unencodable(o Option) []string {
	var out []string
	check := func(props []Property) {
		for _, p := range props {
			if strings.IndexByte(p.Key, ':') >= 0 || strings.IndexByte(p.Key, ',') >= 0 {
				out = append(out, "a key with ':' or ','")
			}
			if strings.IndexByte(p.Value, ',') >= 0 {
				out = append(out, "a ','")
			}
		}
	}
	switch o.Value.Kind() {
	case KindStringList:
		for _, s := range o.Value.List() {
			if strings.IndexByte(s, ',') >= 0 {
				out = append(out, "a ','")
			}
		}
	case KindProperties:
		check(o.Value.Properties())
	case KindTagSets:
		for _, t := range o.Value.TagSets() {
			check(t)
		}
	}
	return out
}
