package ui

import (
	"strconv"
	"strings"

	"github.com/mongouri/mongouri/connstr"
	"github.com/mongouri/mongouri/connstr/explain"
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

// bestDraft is the form for uri: its parse, or, when the string is invalid
// and Explain reads it better (a pasted assignment, a password that needs
// percent-encoding), that reading. Options whose values the parser had to
// drop are kept as written, so that no edit of another field loses them.
func bestDraft(uri string) draft {
	cs, _ := connstr.Parse(uri)
	if !cs.Valid() {
		// Secrets are read here because the form must hold them: the
		// password field and secret options are masked inputs.
		x := explain.Explain(uri, explain.RevealSecrets())
		if x.Basis != "input" && x.Explained != "" {
			if b, _ := connstr.Parse(x.Explained); errorCount(b) < errorCount(cs) {
				cs, uri = b, x.Explained
			}
		}
	}
	d := draftOf(cs)
	d.keepDropped(cs, uri)
	return d
}

func errorCount(cs *connstr.ConnString) int {
	n := 0
	for _, d := range cs.Diagnostics {
		if d.Severity == connstr.SeverityError {
			n++
		}
	}
	return n
}

// keepDropped adds, as options kept as written, each option a diagnostic
// says the parser ignored (a value of the wrong kind, say).
func (d *draft) keepDropped(cs *connstr.ConnString, uri string) {
	opts := connstr.Cut(uri).Options
	if !opts.Valid() {
		return
	}
	have := map[string]bool{}
	for _, o := range cs.Options {
		have[strings.ToLower(o.Name)] = true
	}
	for _, o := range d.unknown {
		have[strings.ToLower(o.Key)] = true
	}
	for _, dg := range cs.Diagnostics {
		s := dg.Span
		if dg.Option == "" || !s.Valid() || s.Start < opts.Start || s.End > len(uri) {
			continue
		}
		key, val := dg.Option, uri[s.Start:s.End]
		if k, v, ok := strings.Cut(val, "="); ok && strings.EqualFold(k, dg.Option) {
			key, val = k, v
		}
		name := key
		if spec := connstr.LookupOption(key); spec != nil {
			name = spec.Name
		}
		if have[strings.ToLower(name)] {
			continue
		}
		have[strings.ToLower(name)] = true
		d.unknown = append(d.unknown, connstr.RawOption{Key: key, Value: val, Span: connstr.NoSpan})
	}
}

// get is the text of the named option's field, "" when it is not set.
func (d *draft) get(name string) string {
	for _, f := range d.options {
		if f.spec.Name == name {
			return f.text
		}
	}
	return ""
}

// set gives the named option a text, in place when it is already set;
// an empty text removes it.
func (d *draft) set(name, text string) {
	for i, f := range d.options {
		if f.spec.Name == name {
			if text == "" {
				d.options = append(d.options[:i], d.options[i+1:]...)
			} else {
				d.options[i].text = text
			}
			return
		}
	}
	if spec := connstr.LookupOption(name); spec != nil && text != "" {
		d.options = append(d.options, optionField{spec: spec, text: text})
	}
}

// property is one property of authMechanismProperties, "" when unset.
func (d *draft) property(key string) string {
	ps, _ := properties(d.get("authMechanismProperties"))
	for _, p := range ps {
		if p.Key == key {
			return p.Value
		}
	}
	return ""
}

// setProperty sets one property of authMechanismProperties, keeping the others.
func (d *draft) setProperty(key, value string) {
	ps, _ := properties(d.get("authMechanismProperties"))
	out := ps[:0]
	found := false
	for _, p := range ps {
		if p.Key == key {
			found = true
			if value == "" {
				continue
			}
			p.Value = value
		}
		out = append(out, p)
	}
	if !found && value != "" {
		out = append(out, connstr.Property{Key: key, Value: value})
	}
	d.set("authMechanismProperties", propertiesField(out))
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
		port := 0
		// mongodb+srv:// takes no port: the form shows no port field for it.
		if p, err := strconv.Atoi(strings.TrimSpace(f.port)); err == nil && d.scheme != connstr.SchemeSRV {
			port = p
		}
		h := connstr.NewHost(host, port)
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

// fieldValue reads a field's text as a value of the option's kind, as the
// core reads it from a string. An empty field is not an option yet. A
// readPreferenceTags field holds one tag set a line; an empty line is the
// empty tag set that matches any member.
func fieldValue(spec *connstr.OptionSpec, text string) (connstr.Value, bool) {
	t := strings.TrimSpace(text)
	if t == "" {
		return connstr.Value{}, false
	}
	switch spec.Kind {
	case connstr.KindSecret:
		return connstr.SecretValue(connstr.Secret(text)), true
	case connstr.KindTagSets:
		var sets []connstr.TagSet
		for _, line := range strings.Split(text, "\n") {
			if strings.TrimSpace(line) == "" {
				sets = append(sets, connstr.TagSet{})
				continue
			}
			v, err := connstr.NewValue(spec.Name, strings.TrimSpace(line))
			if err != nil || len(v.TagSets()) != 1 {
				return connstr.Value{}, false
			}
			sets = append(sets, v.TagSets()[0])
		}
		return connstr.TagSetsValue(sets), true
	}
	v, err := connstr.NewValue(spec.Name, t)
	return v, err == nil
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

// properties reads authMechanismProperties' field as the core reads the option.
func properties(s string) ([]connstr.Property, bool) {
	if strings.TrimSpace(s) == "" {
		return nil, true
	}
	v, err := connstr.NewValue("authMechanismProperties", s)
	if err != nil {
		return nil, false
	}
	return v.Properties(), true
}
