//go:build js && wasm

package ui

import (
	"strconv"
	"strings"

	"github.com/mongouri/mongouri/connstr"
)

// encodeView is the form that builds a string from its parts. The string it
// produces goes to the shared input at the top, so Decode and Explain see it;
// the result bar under the form shows it too, with Copy.
type encodeView struct {
	in  *Inspector
	d   draft
	bad map[string]bool

	scheme    el
	hostsBox  el
	addHost   el
	user      el
	userBox   el
	pass      el
	passBox   el
	passShow  el
	encodedPw el
	db        el
	mech      el
	mechNote  el
	propsBox  el
	authSrc   el
	authBox   el
	common    map[string]el // tls, replicaSet, retryWrites: selects and inputs
	optsBox   el
	unknownB  el
	addInput  el
	addNote   el
	result    *region

	// Listeners of the redrawn rows.
	hostL, optL, unknownL, propL listeners
}

// commonOptions get their own controls; every other option comes from the
// registry's picker.
var commonOptions = map[string]bool{"tls": true, "replicaSet": true, "retryWrites": true, "authSource": true, "authMechanism": true}

func newEncodeView(in *Inspector, panel el) *encodeView {
	v := &encodeView{in: in, common: map[string]el{}}
	field := func(label string, control el, extra ...any) el {
		return h("div", cls("mu-field"), h("label", a("for", control.ID()), label), control, extra)
	}
	input := func(name, typ string) el {
		return h("input", a("id", in.uid(name)), a("type", typ), a("autocomplete", "off"),
			a("spellcheck", "false"), a("autocapitalize", "off"), cls("mu-text"))
	}

	v.scheme = h("select", a("id", in.uid("scheme")), cls("mu-text"),
		h("option", a("value", string(connstr.SchemeMongoDB)), "mongodb:// (list the hosts)"),
		h("option", a("value", string(connstr.SchemeSRV)), "mongodb+srv:// (one DNS name)"))
	in.on(v.scheme, "change", func(event) {
		v.d.scheme = connstr.Scheme(value(v.scheme))
		v.renderHosts()
		v.commit()
	})

	v.hostsBox = h("div", cls("mu-rows"))
	v.addHost = h("button", a("type", "button"), cls("mu-btn"), "Add host")
	in.on(v.addHost, "click", func(event) {
		v.d.hosts = append(v.d.hosts, hostField{})
		v.renderHosts()
		v.focusLast(v.hostsBox, "input")
	})

	v.user = input("user", "text")
	in.on(v.user, "input", func(event) { v.d.username = value(v.user); v.commit() })
	v.pass = input("pass", "password")
	v.pass.SetAttribute("autocomplete", "new-password")
	in.on(v.pass, "input", func(event) {
		v.d.password = value(v.pass)
		v.d.hasPassword = v.d.password != ""
		v.commit()
	})
	v.passShow = h("button", a("type", "button"), cls("mu-btn"), a("aria-pressed", "false"), "Show")
	v.passShow.SetAttribute("aria-label", "Show password")
	in.on(v.passShow, "click", func(event) { in.setReveal(!in.reveal) })
	v.encodedPw = h("code", a("id", in.uid("pass-encoded")))
	v.pass.SetAttribute("aria-describedby", v.encodedPw.ID())

	v.mech = h("select", a("id", in.uid("mech")), cls("mu-text"), h("option", a("value", ""), "default: negotiated (SCRAM) when a username is given"))
	for m := range connstr.MechanismSpecs() {
		if m.Removed == "" {
			add(v.mech, h("option", a("value", m.Name), m.Name))
		}
	}
	in.on(v.mech, "change", func(event) {
		v.d.set("authMechanism", value(v.mech))
		v.renderAuth()
		v.commit()
	})
	v.mechNote = h("div", cls("mu-note"))
	v.propsBox = h("div", cls("mu-rows"))
	v.authSrc = input("auth-source", "text")
	v.authSrc.SetAttribute("placeholder", "admin, or the database in the path")
	in.on(v.authSrc, "input", func(event) { v.d.set("authSource", value(v.authSrc)); v.commit() })

	v.db = input("db", "text")
	in.on(v.db, "input", func(event) { v.d.database = value(v.db); v.commit() })

	// tls and retryWrites have three states: unset (the default), true, false.
	tri := func(name string) el {
		spec := connstr.LookupOption(name)
		def := strings.TrimSpace(spec.Default)
		sel := h("select", a("id", in.uid("opt-"+name)), cls("mu-text"), a("data-control", ""),
			h("option", a("value", ""), "not set (default: "+def+")"),
			h("option", a("value", "true"), "true"), h("option", a("value", "false"), "false"))
		in.on(sel, "change", func(event) { v.d.set(name, value(sel)); v.commit() })
		v.common[name] = sel
		return field(name, sel)
	}
	rs := input("opt-replicaSet", "text")
	rs.SetAttribute("placeholder", "e.g. rs0 (none: the driver discovers the topology)")
	in.on(rs, "input", func(event) { v.d.set("replicaSet", value(rs)); v.commit() })
	v.common["replicaSet"] = rs

	v.optsBox = h("div", cls("mu-rows"))
	v.unknownB = h("div", cls("mu-rows"))

	list := h("datalist", a("id", in.uid("option-names")))
	for s := range connstr.OptionSpecs() {
		if s.Status == connstr.StatusRemoved || commonOptions[s.Name] {
			continue // offered nowhere (Decode explains removed ones), or a control of its own
		}
		add(list, h("option", a("value", s.Name), a("label", s.Description)))
	}
	v.addInput = input("add-option", "text")
	v.addInput.SetAttribute("list", list.ID())
	v.addInput.SetAttribute("placeholder", "e.g. maxPoolSize, readPreference, appName")
	addBtn := h("button", a("type", "button"), cls("mu-btn"), "Add option")
	in.on(addBtn, "click", func(event) { v.addOption() })
	in.on(v.addInput, "keydown", func(ev event) {
		if ev.Underlying().Get("key").String() == "Enter" {
			ev.PreventDefault()
			v.addOption()
		}
	})
	v.addNote = h("span", cls("mu-note"), a("role", "status"))

	v.userBox = field("Username", v.user)
	v.passBox = field("Password", v.pass, v.passShow, h("div", cls("mu-note"), "Written in the string as ", v.encodedPw))
	v.authBox = field("authSource", v.authSrc)
	resultBox := h("div", cls("mu-result"), a("aria-label", "The string the form builds"), a("role", "region"))
	v.result = newRegion(resultBox)
	form := h("form", cls("mu-form"), a("aria-label", "Build a connection string"),
		field("Scheme", v.scheme),
		h("fieldset", h("legend", "Hosts"), v.hostsBox, v.addHost),
		h("fieldset", h("legend", "Credentials"),
			v.userBox, v.passBox,
			field("authMechanism", v.mech), v.mechNote, v.propsBox, v.authBox),
		field("Database", v.db),
		h("fieldset", h("legend", "Connection"), tri("tls"), field("replicaSet", rs), tri("retryWrites")),
		h("fieldset", h("legend", "Other options"), v.optsBox,
			h("div", cls("mu-field mu-add"), h("label", a("for", v.addInput.ID()), "Add an option"), v.addInput, addBtn, list, v.addNote)),
		v.unknownB)
	// Nothing is submitted anywhere: Enter in a field must not reload the page.
	in.on(form, "submit", func(ev event) { ev.PreventDefault() })
	replace(panel, form, resultBox)
	return v
}

// rebuild fills the form from the string: its best reading when it is
// invalid, with every part kept (see bestDraft).
func (v *encodeView) rebuild() {
	v.d = bestDraft(v.in.uri)
	v.bad = nil
	setValue(v.scheme, string(v.d.scheme))
	setValue(v.user, v.d.username)
	setValue(v.pass, v.d.password)
	setValue(v.db, v.d.database)
	setValue(v.mech, v.d.get("authMechanism"))
	if value(v.mech) != v.d.get("authMechanism") {
		// A mechanism the select does not offer (a removed one): keep it.
		add(v.mech, h("option", a("value", v.d.get("authMechanism")), v.d.get("authMechanism")+" (as written)"))
		setValue(v.mech, v.d.get("authMechanism"))
	}
	setValue(v.authSrc, v.d.get("authSource"))
	for name, c := range v.common {
		setValue(c, v.d.get(name))
	}
	v.renderHosts()
	v.renderAuth()
	v.renderOptions()
	v.renderUnknown()
	v.renderResult()
}

// commit encodes the form into the shared string.
func (v *encodeView) commit() {
	cs, bad := v.d.connString()
	v.bad = bad
	v.in.setURI(cs.String(), sourceEncode)
}

// renderAuth shows only the credential fields the chosen mechanism takes:
// no password for X.509 or OIDC, its properties as fields of their own, no
// authSource where the mechanism fixes it.
func (v *encodeView) renderAuth() {
	v.propL.release()
	clear(v.propsBox)
	mech := connstr.LookupMechanism(v.d.get("authMechanism"))
	setHidden(v.passBox, mech != nil && mech.Password == connstr.Forbidden && !v.d.hasPassword)
	setHidden(v.userBox, mech != nil && mech.Username == connstr.Forbidden && v.d.username == "")
	setHidden(v.authBox, mech != nil && mech.Source != "" && v.d.get("authSource") == "")
	if mech == nil {
		v.mechNote.SetTextContent("")
		return
	}
	note := mech.Description
	if mech.Source != "" {
		note += " It authenticates against " + mech.Source + "."
	}
	if mech.CredentialsFrom != "" {
		note += " Credentials come from " + mech.CredentialsFrom + ", not from the string."
	}
	v.mechNote.SetTextContent(note)
	for _, p := range mech.Properties {
		if p.NotInURI {
			continue
		}
		key := p.Name
		typ := "text"
		if p.Secret {
			typ = "password"
		}
		in := h("input", a("id", v.in.uid("prop-"+key)), a("type", typ), cls("mu-text"), a("autocomplete", "off"), a("spellcheck", "false"))
		setValue(in, v.d.property(key))
		v.propL.on(in, "input", func(event) { v.d.setProperty(key, value(in)); v.commit() })
		add(v.propsBox, h("div", cls("mu-field"), h("label", a("for", in.ID()), key), in, h("div", cls("mu-note"), p.Description)))
	}
}

// renderResult refreshes what depends on the produced string without
// touching the fields being typed into: the encoded password, invalid
// fields, and the result bar with its copy buttons.
func (v *encodeView) renderResult() {
	in := v.in
	v.pass.SetAttribute("type", map[bool]string{true: "text", false: "password"}[in.reveal])
	v.passShow.SetAttribute("aria-pressed", strconv.FormatBool(in.reveal))
	switch {
	case v.d.password == "":
		v.encodedPw.SetTextContent("(no password)")
	case in.reveal:
		v.encodedPw.SetTextContent(connstr.EscapeUserinfo(v.d.password))
	default:
		v.encodedPw.SetTextContent(connstr.Mask + " (Show to see the encoded form)")
	}
	for _, row := range queryAll(v.optsBox, "[data-option]") {
		name := row.GetAttribute("data-option")
		if c := query(row, "[data-control]"); c != nil {
			c.SetAttribute("aria-invalid", strconv.FormatBool(v.bad[name]))
		}
	}
	shown := in.cs.Redacted()
	if in.reveal {
		shown = in.uri
	}
	text, state := in.r.verdict()
	hasPw := in.cs.User != nil && in.cs.User.HasPassword
	v.result.set(mk("div", cls("mu-result-bar"), a("data-state", state),
		mk("div", cls("mu-note"), "The string", when(hasPw && !in.reveal, " (password masked)"), ":"),
		mk("pre", cls("mu-code"), a("data-mu", "encoded"), mk("code", shown)),
		mk("p", cls("mu-result-verdict"), text),
		mk("div", cls("mu-actions"),
			button("mu-primary", "copy-full", "", "Copy string"+withPassword(in.cs, "")),
			when(hasPw, button("", "copy-masked", "", "Copy with password masked")),
			statusNote())))
}

func (v *encodeView) focusLast(box el, sel string) {
	all := queryAll(box, sel)
	if len(all) > 0 {
		all[len(all)-1].Focus()
	}
}

func (v *encodeView) renderHosts() {
	v.hostL.release()
	clear(v.hostsBox)
	if len(v.d.hosts) == 0 {
		v.d.hosts = []hostField{{}}
	}
	for i := range v.d.hosts {
		i := i
		n := strconv.Itoa(i + 1)
		host := h("input", a("type", "text"), cls("mu-text mu-host"), a("aria-label", "Host "+n),
			a("autocomplete", "off"), a("spellcheck", "false"), a("autocapitalize", "off"),
			a("placeholder", "cluster0.example.net"))
		setValue(host, v.d.hosts[i].host)
		port := h("input", a("type", "number"), cls("mu-text mu-port"), a("aria-label", "Port of host "+n),
			a("min", "1"), a("max", "65535"), a("inputmode", "numeric"), a("placeholder", strconv.Itoa(connstr.DefaultPort)))
		setValue(port, v.d.hosts[i].port)
		srv := v.d.scheme == connstr.SchemeSRV
		rm := h("button", a("type", "button"), cls("mu-btn mu-remove"), a("aria-label", "Remove host "+n), "Remove")
		v.hostL.on(host, "input", func(event) { v.d.hosts[i].host = value(host); v.commit() })
		v.hostL.on(port, "input", func(event) { v.d.hosts[i].port = value(port); v.commit() })
		v.hostL.on(rm, "click", func(event) {
			v.d.hosts = append(v.d.hosts[:i], v.d.hosts[i+1:]...)
			v.renderHosts()
			v.commit()
			v.focusLast(v.hostsBox, "input.mu-host")
		})
		if srv {
			// One DNS name, no port: DNS gives the servers and their ports.
			host.SetAttribute("aria-label", "SRV host name")
			if len(v.d.hosts) == 1 {
				rm = nil
			}
			add(v.hostsBox, h("div", cls("mu-row"), host, rm))
			continue
		}
		add(v.hostsBox, h("div", cls("mu-row"), host, h("span", cls("mu-sep"), ":"), port, rm))
	}
	srv := v.d.scheme == connstr.SchemeSRV
	setHidden(v.addHost, srv && len(v.d.hosts) >= 1)
	if srv {
		add(v.hostsBox, h("p", cls("mu-note"), "mongodb+srv:// names one DNS name and no port: its SRV record lists the servers and their ports."))
	}
}

func (v *encodeView) renderOptions() {
	v.optL.release()
	clear(v.optsBox)
	for i := range v.d.options {
		if commonOptions[v.d.options[i].spec.Name] || v.propertyField(v.d.options[i].spec.Name) {
			continue // drawn by its own control
		}
		add(v.optsBox, v.optionRow(i))
	}
}

// optionRow draws one option with the control its kind calls for: a select
// for an enum, a switch for a boolean, a number with its unit, checkboxes for
// a list with known values, a password field for a secret.
func (v *encodeView) optionRow(i int) el {
	f := &v.d.options[i]
	spec := f.spec
	id := v.in.uid("opt-" + spec.Name)
	desc := h("div", cls("mu-note"), a("id", id+"-desc"), spec.Description)
	if spec.Default != "" {
		add(desc, " Default: "+spec.Default+".")
	}
	if spec.Deprecated != "" {
		add(desc, " Deprecated: use "+spec.Deprecated+".")
	}
	set := func(text string) { f.text = text; v.commit() }

	var control el
	labelFor := true
	switch {
	case spec.Kind == connstr.KindBool:
		control = h("input", a("type", "checkbox"), a("role", "switch"), cls("mu-switch"))
		setChecked(control, f.text == "true")
		v.optL.on(control, "change", func(event) { set(strconv.FormatBool(checked(control))) })
	case spec.Kind == connstr.KindEnum:
		control = h("select", cls("mu-text"))
		known := false
		for _, val := range spec.Values {
			add(control, h("option", a("value", val), val))
			known = known || val == f.text
		}
		if !known && f.text != "" {
			add(control, h("option", a("value", f.text), f.text+" (as written)"))
		}
		setValue(control, f.text)
		v.optL.on(control, "change", func(event) { set(value(control)) })
	case spec.Kind == connstr.KindStringList && len(spec.Values) > 0:
		labelFor = false
		control = h("fieldset", cls("mu-choices"), h("legend", cls("mu-visually-hidden"), spec.Name))
		chosen := map[string]bool{}
		for _, x := range splitList(f.text, ",") {
			chosen[x] = true
		}
		for _, val := range spec.Values {
			box := h("input", a("type", "checkbox"), a("value", val), a("id", id+"-"+val))
			setChecked(box, chosen[val])
			v.optL.on(box, "change", func(event) {
				var on []string
				for _, b := range queryAll(control, "input") {
					if checked(b) {
						on = append(on, value(b))
					}
				}
				set(strings.Join(on, ","))
			})
			add(control, h("label", cls("mu-choice"), box, " "+val))
		}
	case spec.Kind == connstr.KindTagSets:
		control = h("textarea", cls("mu-text"), a("rows", "2"), a("spellcheck", "false"),
			a("placeholder", "dc:ny,rack:1  (one tag set a line; an empty line matches any member)"))
		setValue(control, f.text)
		v.optL.on(control, "input", func(event) { set(value(control)) })
	default:
		typ := "text"
		switch spec.Kind {
		case connstr.KindInt:
			typ = "number"
		case connstr.KindSecret:
			typ = "password"
		}
		control = h("input", a("type", typ), cls("mu-text"), a("autocomplete", "off"), a("spellcheck", "false"), a("autocapitalize", "off"))
		if spec.Kind == connstr.KindInt {
			control.SetAttribute("inputmode", "numeric")
			if spec.Bounded {
				control.SetAttribute("min", strconv.FormatInt(spec.Min, 10))
				control.SetAttribute("max", strconv.FormatInt(spec.Max, 10))
			}
		}
		if spec.Kind == connstr.KindProperties {
			control.SetAttribute("placeholder", "KEY:value,KEY:value")
		}
		setValue(control, f.text)
		v.optL.on(control, "input", func(event) { set(value(control)) })
	}
	control.SetAttribute("id", id)
	control.SetAttribute("data-control", "")
	control.SetAttribute("aria-describedby", desc.ID())

	rm := h("button", a("type", "button"), cls("mu-btn mu-remove"), a("aria-label", "Remove option "+spec.Name), "Remove")
	v.optL.on(rm, "click", func(event) {
		for j := range v.d.options {
			if v.d.options[j].spec == spec {
				v.d.options = append(v.d.options[:j], v.d.options[j+1:]...)
				break
			}
		}
		v.renderOptions()
		v.commit()
		v.addInput.Focus()
	})

	var label el
	if labelFor {
		label = h("label", a("for", id), h("code", spec.Name))
	} else {
		label = h("span", cls("mu-label"), h("code", spec.Name))
	}
	row := h("div", cls("mu-option"), a("data-option", spec.Name), label, control)
	if spec.Unit != "" {
		add(row, h("span", cls("mu-unit"), spec.Unit))
	}
	add(row, rm, desc)
	return row
}

// propertyField reports whether the option is drawn as the fields of the
// chosen mechanism's properties rather than as a row.
func (v *encodeView) propertyField(name string) bool {
	if name != "authMechanismProperties" {
		return false
	}
	if m := connstr.LookupMechanism(v.d.get("authMechanism")); m != nil {
		for _, p := range m.Properties {
			if !p.NotInURI {
				return true
			}
		}
	}
	return false
}

// addOption adds the option named in the picker, by canonical name or alias.
func (v *encodeView) addOption() {
	name := strings.TrimSpace(value(v.addInput))
	if name == "" {
		return
	}
	spec := connstr.LookupOption(name)
	if spec == nil {
		v.addNote.SetTextContent("No option is called " + name + "; pick one from the list.")
		return
	}
	if commonOptions[spec.Name] {
		v.addNote.SetTextContent(spec.Name + " has its own field in this form.")
		c := map[string]el{"authSource": v.authSrc, "authMechanism": v.mech}[spec.Name]
		if c == nil {
			c = v.common[spec.Name]
		}
		if c != nil {
			c.Focus()
		}
		return
	}
	for _, f := range v.d.options {
		if f.spec == spec && !spec.Repeatable {
			v.addNote.SetTextContent(spec.Name + " is already set.")
			v.focusOption(spec.Name)
			return
		}
	}
	v.d.options = append(v.d.options, optionField{spec: spec, text: startText(spec)})
	v.addNote.SetTextContent("Added " + spec.Name + ".")
	setValue(v.addInput, "")
	v.renderOptions()
	v.commit()
	v.focusOption(spec.Name)
}

// startText is a new option's first value: its documented default when the
// registry gives one that parses as the kind, else the first allowed value.
func startText(spec *connstr.OptionSpec) string {
	def := spec.DefaultValue
	switch spec.Kind {
	case connstr.KindBool:
		if def.Kind() == connstr.KindBool && def.Bool() {
			return "false" // adding a switch that already holds its default would change nothing
		}
		return "true"
	case connstr.KindEnum:
		if def.Kind() == connstr.KindEnum {
			return def.Text()
		}
		if len(spec.Values) > 0 {
			return spec.Values[0]
		}
	case connstr.KindInt:
		if def.Kind() == connstr.KindInt {
			return def.Text()
		}
	}
	return ""
}

func (v *encodeView) focusOption(name string) {
	for _, row := range queryAll(v.optsBox, "[data-option]") {
		if row.GetAttribute("data-option") == name {
			if c := query(row, "[data-control], [data-control] input"); c != nil {
				if c.TagName() == "FIELDSET" {
					c = query(c, "input")
				}
				c.Focus()
			}
		}
	}
}

// renderUnknown keeps options the registry does not know, so that a string
// round-trips through the form without losing them.
func (v *encodeView) renderUnknown() {
	v.unknownL.release()
	clear(v.unknownB)
	if len(v.d.unknown) == 0 {
		return
	}
	box := h("fieldset", h("legend", "Options kept as written (unknown, or a value the parser ignores)"))
	for i := range v.d.unknown {
		i := i
		o := v.d.unknown[i]
		key := h("input", a("type", "text"), cls("mu-text"), a("aria-label", "Unknown option "+strconv.Itoa(i+1)+" key"))
		setValue(key, o.Key)
		val := h("input", a("type", "text"), cls("mu-text"), a("aria-label", "Unknown option "+strconv.Itoa(i+1)+" value"))
		setValue(val, o.Value)
		rm := h("button", a("type", "button"), cls("mu-btn mu-remove"), a("aria-label", "Remove unknown option "+o.Key), "Remove")
		v.unknownL.on(key, "input", func(event) { v.d.unknown[i].Key = value(key); v.commit() })
		v.unknownL.on(val, "input", func(event) { v.d.unknown[i].Value = value(val); v.commit() })
		v.unknownL.on(rm, "click", func(event) {
			v.d.unknown = append(v.d.unknown[:i], v.d.unknown[i+1:]...)
			v.renderUnknown()
			v.commit()
		})
		add(box, h("div", cls("mu-row"), key, h("span", cls("mu-sep"), "="), val, rm))
	}
	add(v.unknownB, box)
}
