package ui

import (
	"strconv"
	"strings"

	"github.com/mongouri/mongouri/connstr"
)

// This file has no build tag: turning form fields into a ConnString is plain
// Go, tested natively.

// draft is what the Encode form holds: the parts of a connection string as a
// person types them. It converts to and from a ConnString; the encoder
// ((*ConnString).String) does all escaping.
type draft struct {
	scheme      connstr.Scheme
	hosts       []hostField
	username    string
	password    string
	hasPassword bool
	database    string
	options     []optionField
	unknown     []connstr.RawOption
}

type hostField struct{ host, port string }

// optionField is one option row. text holds the value as typed for every
// kind; a boolean is "true" or "false".
type optionField struct {
	spec *connstr.OptionSpec
	text string
}

func draftOf(cs *connstr.ConnString) draft {
	d := draft{scheme: cs.Scheme}
	if d.scheme == "" {
		d.scheme = connstr.SchemeMongoDB
	}
	for _, h := range cs.Hosts {
		f := hostField{host: h.Host}
		if h.Port != 0 {
			f.port = strconv.Itoa(h.Port)
		}
		d.hosts = append(d.hosts, f)
	}
	if cs.User != nil {
		d.username = cs.User.Username
		d.password = cs.User.Password.Reveal() // the encoder needs it; the form shows it masked
		d.hasPassword = cs.User.HasPassword
	}
	d.database = cs.Database
	for _, o := range cs.Options {
		if spec := connstr.LookupOption(o.Name); spec != nil {
			d.options = append(d.options, optionField{spec: spec, text: fieldText(o.Value)})
		}
	}
	for _, o := range cs.Unknown {
		// Spans point into the parsed input, which a built string does not
		// have; the encoder must not read them.
		d.unknown = append(d.unknown, connstr.RawOption{Key: o.Key, Value: o.Value, Span: connstr.NoSpan})
	}
	return d
}

// fieldText writes a value the way its form field shows it. Secrets are
// written in clear here because the field itself is a password input.
func fieldText(v connstr.Value) string {
	switch v.Kind() {
	case connstr.KindSecret:
		return v.Secret().Reveal()
	case connstr.KindStringList:
		return strings.Join(v.List(), ",")
	case connstr.KindProperties:
		return propertiesField(v.Properties())
	case connstr.KindTagSets:
		lines := make([]string, len(v.TagSets()))
		for i, ts := range v.TagSets() {
			lines[i] = propertiesField(ts)
		}
		return strings.Join(lines, "\n")
	}
	return v.Text()
}

func propertiesField(ps []connstr.Property) string {
	parts := make([]string, len(ps))
	for i, p := range ps {
		parts[i] = p.Key + ":" + p.Value
	}
	return strings.Join(parts, ",")
}

// connString builds the ConnString the form describes. A field whose text
// cannot be a value of its kind (letters in a number) is left out and
// reported in bad, by option name, so the form can mark it.
func (d draft) connString() (cs *connstr.ConnString, bad map[string]bool) {
	cs = &connstr.ConnString{Scheme: d.scheme}
	for _, f := range d.hosts {
		host := strings.TrimSpace(f.host)
		if host == "" {
			continue
		}
		h := connstr.Host{Type: hostType(host), Host: strings.Trim(host, "[]"), Span: connstr.NoSpan}
		if p, err := strconv.Atoi(strings.TrimSpace(f.port)); err == nil {
			h.Port = p
		}
		cs.Hosts = append(cs.Hosts, h)
	}
	if d.username != "" || d.hasPassword {
		cs.User = &connstr.Userinfo{
			Username:     d.username,
			Password:     connstr.Secret(d.password),
			HasPassword:  d.hasPassword,
			Span:         connstr.NoSpan,
			PasswordSpan: connstr.NoSpan,
		}
	}
	cs.Database = d.database
	bad = map[string]bool{}
	for _, f := range d.options {
		v, ok := fieldValue(f.spec, f.text)
		if !ok {
			bad[f.spec.Name] = true
			continue
		}
		cs.Options = append(cs.Options, connstr.Option{Name: f.spec.Name, Key: f.spec.Name, Value: v, Span: connstr.NoSpan})
	}
	cs.Unknown = append(cs.Unknown, d.unknown...)
	return cs, bad
}

// fieldValue reads a field's text as a value of the option's kind. An empty
// field is not an option yet; an empty line among readPreferenceTags lines is
// the empty tag set that matches any member.
func fieldValue(spec *connstr.OptionSpec, text string) (connstr.Value, bool) {
	t := strings.TrimSpace(text)
	if t == "" {
		return connstr.Value{}, false
	}
	switch spec.Kind {
	case connstr.KindBool:
		b, err := strconv.ParseBool(t)
		return connstr.BoolValue(b), err == nil
	case connstr.KindInt:
		n, err := strconv.ParseInt(t, 10, 64)
		return connstr.IntValue(n), err == nil
	case connstr.KindEnum:
		return connstr.EnumValue(t), true
	case connstr.KindSecret:
		return connstr.SecretValue(connstr.Secret(text)), true
	case connstr.KindStringList:
		return connstr.ListValue(splitList(t, ",")), true
	case connstr.KindProperties:
		ps, ok := properties(t)
		return connstr.PropertiesValue(ps), ok
	case connstr.KindTagSets:
		var sets []connstr.TagSet
		for _, line := range strings.Split(text, "\n") {
			ps, ok := properties(strings.TrimSpace(line))
			if !ok {
				return connstr.Value{}, false
			}
			sets = append(sets, connstr.TagSet(ps))
		}
		return connstr.TagSetsValue(sets), true
	case connstr.KindIntOrString:
		return connstr.WValue(t), true
	}
	return connstr.StringValue(text), true
}

func splitList(s, sep string) []string {
	var out []string
	for _, x := range strings.Split(s, sep) {
		if x = strings.TrimSpace(x); x != "" {
			out = append(out, x)
		}
	}
	return out
}

// properties reads KEY:value,KEY:value. Each pair needs its colon.
func properties(s string) ([]connstr.Property, bool) {
	var ps []connstr.Property
	for _, pair := range splitList(s, ",") {
		k, v, ok := strings.Cut(pair, ":")
		if !ok || k == "" {
			return nil, false
		}
		ps = append(ps, connstr.Property{Key: k, Value: v})
	}
	return ps, true
}

// hostType tells the encoder how to write a host a person typed: brackets
// for an IPv6 address, escapes for a socket path. The parser decides the same
// question on strings; a form field has no brackets or escapes to go by.
func hostType(h string) connstr.HostType {
	switch {
	case strings.HasPrefix(h, "/") || strings.HasSuffix(h, ".sock"):
		return connstr.HostUnix
	case strings.Contains(h, ":"):
		return connstr.HostIPLiteral
	case isIPv4(h):
		return connstr.HostIPv4
	}
	return connstr.HostName
}

func isIPv4(s string) bool {
	parts := strings.Split(s, ".")
	if len(parts) != 4 {
		return false
	}
	for _, p := range parts {
		n, err := strconv.Atoi(p)
		if err != nil || n < 0 || n > 255 || p == "" {
			return false
		}
	}
	return true
}
