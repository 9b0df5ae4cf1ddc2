package connstr

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestRedactShapes: the shapes issue 15 found leaking, each redacted and
// parsed without a piece of the secret (hunter2) in any message or hint.
func TestRedactShapes(t *testing.T) {
	tests := []struct{ in, want string }{
		// ';' separators with an '&' later: '&' separates, so the secret sits
		// inside tls's value.
		{"mongodb://h/?tls=true;tlsCertificateKeyFilePassword=hunter2;appName=a&b", "mongodb://h/?tls=true;tlsCertificateKeyFilePassword=*****"},
		{"mongodb://h/?authMechanism=MONGODB-AWS;authMechanismProperties=AWS_SESSION_TOKEN:hunter2;appName=a&b",
			"mongodb://h/?authMechanism=MONGODB-AWS;authMechanismProperties=AWS_SESSION_TOKEN:*****"},
		// No '@' at all: user:password reads as host:port.
		{"mongodb://user:hunter2", "mongodb://user:*****"},
		{"mongodb://user:hunter2%40db.example.net/test", "mongodb://user:*****"},
		{"mongodb://user:hunter2\uff20db.example.net/test", "mongodb://user:*****"},
		{"mongodb://user:/hunter2?x", "mongodb://user:*****"},
		// Scheme-less, and an unplaceable scheme.
		{"user:'hunter2@db.example.net/test", "user:*****@db.example.net/test"},
		{"mongodb:/user:hunter2://x@db.example.net/", "*****://*****@db.example.net/"},
		// Misplaced secrets: a misspelled key, a missing '?', a missing ':'.
		{"mongodb://h/?proxyHost=p&proxyPasword=hunter2", "mongodb://h/?proxyHost=p&proxyPasword=*****"},
		{"mongodb://h/test&proxyPassword=hunter2", "mongodb://h/test&proxyPassword=*****"},
		{"mongodb://h/?authMechanism=MONGODB-AWS&authMechanismProperties=AWS_SESSION_TOKENhunter2",
			"mongodb://h/?authMechanism=MONGODB-AWS&authMechanismProperties=*****"},
		// A ',' inside the token.
		{"mongodb://h/?authMechanism=MONGODB-AWS&authMechanismProperties=AWS_SESSION_TOKEN:abc,hunter2:x",
			"mongodb://h/?authMechanism=MONGODB-AWS&authMechanismProperties=AWS_SESSION_TOKEN:*****"},
		// Text the parser cannot place after a valid-looking port.
		{"mongodb://user:5/?hunter2", "mongodb://user:5/?*****"},
	}
	for _, tt := range tests {
		cs, err := Parse(tt.in)
		assert.Equal(t, tt.want, cs.Redacted(), tt.in)
		texts := []string{cs.Redacted(HideUsername)}
		if err != nil {
			texts = append(texts, err.Error())
		}
		for _, d := range cs.Diagnostics {
			texts = append(texts, d.Message, d.Hint)
		}
		for _, text := range texts {
			for i := 0; i+4 <= len("hunter2"); i++ {
				assert.NotContains(t, text, "hunter2"[i:i+4], tt.in)
			}
		}
	}
}

// TestNoSuggestionFromASecret: an unknown option inside a secret's run is
// neither named nor matched to a suggestion, which would say what the
// secret holds; one outside it is both.
func TestNoSuggestionFromASecret(t *testing.T) {
	cs, _ := Parse("mongodb://h/?proxyHost=p&proxyUsername=u&proxyPassword=abc&replicaSt=x")
	for _, d := range cs.Diagnostics {
		if d.Code == CodeUnknownOption {
			assert.NotContains(t, d.Message+d.Hint, "replica", "a suggestion made from a secret")
		}
	}
	cs, _ = Parse("mongodb://h/?replicaSt=x")
	assert.True(t, strings.Contains(cs.Diagnostics[0].Hint, "replicaSet"), "a suggestion where no secret stands")
}

// TestSecretLookingKey: names that say they hold a credential, misspelled
// too, and names that do not.
func TestSecretLookingKey(t *testing.T) {
	for _, k := range []string{"proxyPasword", "proxyPassowrd", "tlsCertificateKeyFilePasword", "apiToken", "clientSecret", "pwd",
		"db_passwd", "SECRET", "credentials", "x-api-key", "authTokn", strings.Repeat("k", maxKeyLen+1)} {
		assert.True(t, secretLookingKey(k), k)
	}
	for _, k := range []string{"appName", "replicaSt", "foo", "colour", "a", "zz", "retryWrite"} {
		assert.False(t, secretLookingKey(k), k)
	}
}
