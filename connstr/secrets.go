package connstr

import "strings"

// What counts as a secret, in one place: redaction, messages, the explainer
// and the snippets all ask these functions, so that they cannot disagree.

// holdsSecret reports whether the value of the option written as key, whose
// registry row is spec (nil for an unknown key), must be hidden: a row
// marked Secret, or an unknown key whose name says it holds a credential.
func holdsSecret(spec *OptionSpec, key string) bool {
	return spec != nil && spec.Secret || spec == nil && secretLookingKey(key)
}

// secretPropertyKey reports whether the value of an authMechanismProperties
// key must be hidden: a property marked Secret (AWS_SESSION_TOKEN), or an
// unknown one whose name says it holds a credential.
func secretPropertyKey(key string) bool {
	return secretProperty(key) || secretLookingKey(key)
}

// secretProperty reports whether key is a mechanism property marked Secret.
func secretProperty(key string) bool {
	p := findProperty(key)
	return p != nil && p.Secret
}

// knownProperty reports whether some mechanism defines the property key.
func knownProperty(key string) bool { return findProperty(key) != nil }

// findProperty finds a property by name in any mechanism.
func findProperty(key string) *PropertySpec {
	for _, m := range mechanisms {
		if p := m.Property(key); p != nil {
			return p
		}
	}
	return nil
}

// secretLookingKey reports whether a name the registry does not know
// suggests it holds a credential, so that it is hidden too.
func secretLookingKey(key string) bool {
	k := strings.ToLower(key)
	for _, w := range [...]string{"pass", "pwd", "secret", "token", "credential", "apikey", "api_key"} {
		if strings.Contains(k, w) {
			return true
		}
	}
	return false
}

// IsSecretOption reports whether the value of the option named key must be
// hidden: a registry option marked Secret, or an unknown key whose name says
// it holds a credential.
func IsSecretOption(key string) bool { return holdsSecret(LookupOption(key), key) }

// IsSecretProperty reports whether the value of the authMechanismProperties
// key must be hidden: a property marked Secret (AWS_SESSION_TOKEN), or an
// unknown one whose name says it holds a credential.
func IsSecretProperty(key string) bool { return secretPropertyKey(key) }
