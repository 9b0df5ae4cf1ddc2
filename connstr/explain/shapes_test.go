package explain

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestExplainSecretShapes: the shapes issue 15 found the explainer showing
// a secret in; none of the explanation, serialised, holds a 4-byte piece of
// hunter2 or names the special characters a password holds.
func TestExplainSecretShapes(t *testing.T) {
	for _, in := range []string{
		"user:'hunter2@db.example.net/test",
		"mongodb://h/?authMechanism=MONGODB-AWS&authMechanismProperties=AWS_SESSION_TOKEN:abc,hunter2:x",
		"mongodb://h/?proxyHost=p&proxyUsername=u&proxyPasword=hunter2",
		"mongodb://h/test&proxyPassword=hunter2",
		"mongodb://h/?authMechanism=MONGODB-AWS&authMechanismProperties=AWS_SESSION_TOKENhunter2",
		"mongodb:/user:hunter2://x@db.example.net/",
		"mongodb://user:hunter2",
		"mongodb://user:hunter2\uff20db.example.net/test",
		"mongodb://h/?proxyHost=p&proxyUsername=u&proxyPassword=abc&hunter2=x",
		"mongodb://h/?tls=true;tlsCertificateKeyFilePassword=hunter2;appName=a&b",
	} {
		b, err := json.Marshal(Explain(in))
		assert.NoError(t, err)
		for i := 0; i+4 <= len("hunter2"); i++ {
			assert.NotContains(t, string(b), "hunter2"[i:i+4], in)
		}
	}
	// The repair of unencoded credentials says that, not which characters.
	x := Explain("mongodb://app:p@ss:w/rd@db.example.net/shop")
	for _, c := range x.Checks {
		if c.Code == CodeCredentialsNotEncoded {
			assert.NotContains(t, c.Seen, "'@'")
			assert.NotContains(t, c.Seen, "'/'")
			assert.Contains(t, c.Seen, "special characters")
			return
		}
	}
	t.Fatal("no credentials-not-encoded check")
}

// TestSnippetKeepsACutTokenWhole: a ',' inside AWS_SESSION_TOKEN cuts it into
// pairs; no snippet shows the part after the ','.
func TestSnippetKeepsACutTokenWhole(t *testing.T) {
	for _, in := range []string{
		"mongodb://h.example.net/?authMechanism=MONGODB-AWS&authMechanismProperties=AWS_SESSION_TOKEN:abc,zzsecret:x",
		"mongodb://u:p@h.example.net/?authMechanismProperties=AWS_SESSION_TOKEN:abc,zzsecret:x",
	} {
		for _, s := range Explain(in).Snippets {
			assert.False(t, strings.Contains(s.Code, "zzsecret"), s.Language)
		}
	}
}
