package connstr

import (
	"slices"
	"strings"
)

// checkAuth applies the Authentication spec's URI rules for the mechanism.
func (p *parser) checkAuth() {
	cs := p.cs
	user := cs.User
	mechSpan := p.span(optAuthMechanism)
	mv := p.val(optAuthMechanism)
	if !mv.IsSet() {
		if user == nil {
			if p.val(optAuthSource).IsSet() {
				p.add(SeverityInfo, CodeAuthSourceNoUser, p.span(optAuthSource), "authSource",
					"authSource has no effect without a username.",
					"Add the username (and password) before the host, or remove authSource.")
			}
		}
		if p.val(optAuthMechanismProperties).IsSet() {
			p.warnf(CodeAuthPropsNoMechanism, p.span(optAuthMechanismProperties), "authMechanismProperties",
				"authMechanismProperties has no effect without authMechanism.",
				"Add authMechanism, or remove authMechanismProperties.")
		}
		return
	}
	m := LookupMechanism(mv.Text())
	if m == nil {
		return // reported when the value was read
	}
	name := m.Name
	if m.Removed != "" {
		p.warnf(CodeAuthRemovedMechanism, mechSpan, "authMechanism", name+" no longer works: "+m.Removed+".",
			"Remove authMechanism to let the driver negotiate SCRAM, or set SCRAM-SHA-256.")
	}
	hasUser := user != nil && user.Username != ""
	hasPass := user != nil && user.HasPassword
	userHint, passHint := "Remove the username from the string.", "Remove the ':' and the password after the username."
	if m.CredentialsFrom != "" {
		userHint = "Remove the user information: " + name + " takes its credentials from " + m.CredentialsFrom + "."
		passHint = userHint
	}
	switch {
	case m.Username == Required && !hasUser:
		p.errorf(CodeAuthUsernameRequired, mechSpan, "authMechanism", name+" needs a username.",
			"Put the username before the host: mongodb://user:password@host/.")
	case m.Username == Forbidden && hasUser:
		p.errorf(CodeAuthUsernameForbidden, user.Span, "authMechanism", name+" does not take a username in the string.", userHint)
	}
	switch {
	case m.Password == Forbidden && hasPass:
		p.errorf(CodeAuthPasswordForbidden, user.PasswordSpan, "authMechanism", name+" does not take a password in the string.", passHint)
	case m.Password == Required && hasUser && !hasPass:
		p.warnf(CodeAuthPasswordRequired, user.Span, "authMechanism", name+" needs a password, and the string has none.",
			"Add :password after the username (mongosh prompts for it; drivers fail to authenticate).")
	}
	if src := p.val(optAuthSource); src.IsSet() && m.Source != "" && src.Text() != m.Source {
		p.errorf(CodeAuthSource, p.span(optAuthSource), "authSource",
			name+" authenticates against "+m.Source+" only.",
			"Set authSource="+m.Source+" or remove authSource.")
	}
	p.checkProperties(m)
}

// checkProperties checks authMechanismProperties against the mechanism.
func (p *parser) checkProperties(m *MechanismSpec) {
	props := p.val(optAuthMechanismProperties)
	span := p.span(optAuthMechanismProperties)
	const opt = "authMechanismProperties"
	if props.IsSet() && len(m.Properties) == 0 {
		p.warnf(CodeUnknownProperty, span, opt, m.Name+" takes no mechanism properties; they are ignored.",
			"Remove authMechanismProperties.")
		return
	}
	for _, pr := range props.Properties() {
		ps := m.Property(pr.Key)
		switch {
		case ps == nil:
			p.errorf(CodeUnknownProperty, span, opt, m.Name+" has no property "+p.quoteKey(span, pr.Key)+".",
				"Properties of "+m.Name+": "+propertyNames(m)+".")
		case ps.NotInURI:
			where := ps.SetIn
			if where == "" {
				where = "the client options in code"
			}
			p.errorf(CodeAuthProperty, span, opt, ps.Name+" cannot be set in a connection string.",
				"Set "+ps.Name+" in "+where+".")
		case len(ps.Values) > 0 && !slices.Contains(ps.Values, pr.Value):
			p.errorf(CodeAuthProperty, span, opt, "The value of "+pr.Key+" is not one of the allowed values.",
				"Use one of: "+strings.Join(ps.Values, ", ")+".")
		}
	}
	if m.Name == "MONGODB-OIDC" {
		p.checkOIDC(props, span)
	}
}

// checkOIDC applies the built-in environment rules of MONGODB-OIDC.
func (p *parser) checkOIDC(props Value, span Span) {
	cs := p.cs
	const opt = "authMechanismProperties"
	env, hasEnv := props.Property("ENVIRONMENT")
	if !hasEnv {
		// A property list that was present but unreadable was reported already.
		if !p.seen(optAuthMechanismProperties) {
			p.errorf(CodeAuthPropertyMissing, p.span(optAuthMechanism), opt,
				"MONGODB-OIDC needs authMechanismProperties=ENVIRONMENT:<azure|gcp|k8s|test> in the string.",
				"Add ENVIRONMENT, or, if your application supplies an OIDC callback in code, know that the string alone is incomplete.")
		}
		return
	}
	_, hasResource := props.Property("TOKEN_RESOURCE")
	switch env {
	case "azure", "gcp":
		if !hasResource {
			p.errorf(CodeAuthPropertyMissing, span, opt, "ENVIRONMENT:"+env+" needs TOKEN_RESOURCE.",
				"Add TOKEN_RESOURCE:<audience> to authMechanismProperties (a value cannot contain ',').")
		}
	case "test", "k8s":
		if hasResource {
			p.errorf(CodeAuthProperty, span, opt, "TOKEN_RESOURCE is only used with ENVIRONMENT:azure or gcp.",
				"Remove TOKEN_RESOURCE.")
		}
	}
	if u := cs.User; u != nil && u.Username != "" && env != "azure" {
		p.errorf(CodeAuthUsernameForbidden, u.Span, "authMechanism",
			"MONGODB-OIDC with ENVIRONMENT:"+env+" does not take a username.",
			"Remove the username; only ENVIRONMENT:azure uses one (the managed identity's client ID).")
	}
}

func propertyNames(m *MechanismSpec) string {
	names := make([]string, 0, len(m.Properties))
	for _, ps := range m.Properties {
		if !ps.NotInURI {
			names = append(names, ps.Name)
		}
	}
	return strings.Join(names, ", ")
}

// quoteKey names a property key if the option's text may be quoted and the
// key is short and plain; otherwise it says "of that name".
func (p *parser) quoteKey(span Span, k string) string {
	if len(k) > 40 || !p.quotable(span) {
		return "of that name"
	}
	for i := 0; i < len(k); i++ {
		c := k[i]
		if !(c == '_' || 'A' <= c && c <= 'Z' || 'a' <= c && c <= 'z' || '0' <= c && c <= '9') {
			return "of that name"
		}
	}
	return k
}
