package connstr

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestRoundTripGenerated: for strings built from random parts, parsing the
// encoder's output gives back the parts, and encoding is idempotent:
// Parse(String(Parse(s))) reads the same as Parse(s).
func TestRoundTripGenerated(t *testing.T) {
	g := newGen(1)
	valid := 0
	const n = 4000
	for i := 0; i < n; i++ {
		built := g.connString()
		s := built.String()
		first, err := Parse(s)
		if err != nil {
			continue // random options may break a rule between options
		}
		valid++
		require.True(t, sameParse(built, first), "parts did not survive:\n%s\n%+v", s, first.Diagnostics)
		again, err := Parse(first.String())
		require.NoError(t, err, first.String())
		require.True(t, sameParse(first, again), "not idempotent:\n%s\n%s", s, first.String())
		assert.Equal(t, first.String(), again.String())
	}
	assert.Greater(t, valid, n/3, "too few generated strings were valid to prove anything")
}

// TestCanonicalForm checks the encoder's output on hand-written strings.
func TestCanonicalForm(t *testing.T) {
	tests := []struct{ in, want string }{
		{"mongodb://localhost", "mongodb://localhost"},
		{"mongodb://h?w=1", "mongodb://h/?w=1"},
		{"mongodb://h/db?replicaset=rs&SSL=true&j=1", "mongodb://h/db?replicaSet=rs&tls=true&journal=true"},
		{"mongodb://h/?wtimeout=5&wTimeoutMS=10", "mongodb://h/?wTimeoutMS=10"},
		{"mongodb://u%3Ax:p%40ss+w%2F@h", "mongodb://u%3Ax:p%40ss%2Bw%2F@h"},
		{"mongodb://u:!$&'()*,;=@h", "mongodb://u:%21%24%26%27%28%29%2A%2C%3B%3D@h"},
		{"mongodb://%2Ftmp%2Fa%20b.sock,[fe80::1%25eth0]:1", "mongodb://%2Ftmp%2Fa%20b.sock,[fe80::1%25eth0]:1"},
		{"mongodb://h/my%3Fdb.c", "mongodb://h/my%3Fdb.c"},
		{"mongodb://h/?appName=a%26b%3Dc%2Bd%40e%25", "mongodb://h/?appName=a%26b%3Dc%2Bd%40e%25"},
		{"mongodb://h/?readPreference=nearest&readPreferenceTags=dc:ny,rack:1&readPreferenceTags=", "mongodb://h/?readPreference=nearest&readPreferenceTags=dc:ny,rack:1&readPreferenceTags="},
		{"mongodb://h/?authMechanism=MONGODB-OIDC&authMechanismProperties=ENVIRONMENT:azure,TOKEN_RESOURCE:api://x", "mongodb://h/?authMechanism=MONGODB-OIDC&authMechanismProperties=ENVIRONMENT:azure,TOKEN_RESOURCE:api://x"},
		{"mongodb://h/?authSource=$external&foo=b%20r", "mongodb://h/?authSource=$external&foo=b%20r"},
		{"mongodb://h/?maxPoolSize=abc&minPoolSize=2", "mongodb://h/?minPoolSize=2"},
		{"mongodb://h/?w=1;journal=true", "mongodb://h/?w=1&journal=true"},
		{"mongodb+srv://c.example.net/?retryWrites=true&w=majority", "mongodb+srv://c.example.net/?retryWrites=true&w=majority"},
	}
	for _, tt := range tests {
		cs, _ := Parse(tt.in)
		assert.Equal(t, tt.want, cs.String(), tt.in)
	}
}

func TestRedacted(t *testing.T) {
	tests := []struct{ in, want string }{
		{"mongodb://u:pw@h/db", "mongodb://u:*****@h/db"},
		{"mongodb://u@h", "mongodb://u@h"},
		{"mongodb://h/?proxyHost=p&proxyUsername=a&proxyPassword=b", "mongodb://h/?proxyHost=p&proxyUsername=a&proxyPassword=*****"},
		{"mongodb://h/?tlsCertificateKeyFilePassword=k", "mongodb://h/?tlsCertificateKeyFilePassword=*****"},
		{"mongodb://a:b@h/?authMechanism=MONGODB-AWS&authMechanismProperties=AWS_SESSION_TOKEN:t", "mongodb://a:*****@h/?authMechanism=MONGODB-AWS&authMechanismProperties=AWS_SESSION_TOKEN:*****"},
		// A secret's value runs on to the next option the registry knows.
		{"mongodb://h/?foo=y&apiToken=x&bar=z", "mongodb://h/?foo=y&apiToken=*****"},
		{"mongodb://h/?foo=y&apiToken=x&bar=z&appName=a", "mongodb://h/?foo=y&apiToken=*****&appName=a"},
		// A property the mechanism ignores, whose name says it is a credential.
		{"mongodb://u:p@h/?authMechanism=SCRAM-SHA-256&authMechanismProperties=API_TOKEN:abc", "mongodb://u:*****@h/?authMechanism=SCRAM-SHA-256&authMechanismProperties=API_TOKEN:*****"},
		// Strings that did not parse: the text before the last '@' is masked.
		{"mongodb://u:p@ss@h/db", "mongodb://u:*****@h/db"},
		{"mongodb://u:pa/ss@h/db", "mongodb://u:*****@h/db"},
		{"mongodb://u:pa?x=1@h/?proxyPassword=s", "mongodb://u:*****@h/?proxyPassword=*****"},
		// Valid, but the password was cut by a '/': masked all the same.
		{"mongodb://admin:1234/abcd@h.example.com", "mongodb://admin:*****@h.example.com"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, Redact(tt.in), tt.in)
	}
	assert.Equal(t, "mongodb://*****:*****@h", Redact("mongodb://u:pw@h", HideUsername))
}

func TestFormat(t *testing.T) {
	cs := &ConnString{Scheme: SchemeMongoDB, Hosts: []Host{NewHost("a.example.com", 0), NewHost("[::1]", 27018), NewHost("/tmp/m.sock", 0)}}
	cs.User = &Userinfo{Username: "al@ice", Password: "p:w/d", HasPassword: true}
	cs.Database = "app"
	for name, x := range map[string]any{"replicaSet": "rs0", "maxPoolSize": float64(20), "retryWrites": true} {
		v, err := NewValue(name, x)
		require.NoError(t, err)
		cs.Set(name, v)
	}
	uri, diags := Format(cs)
	assert.Contains(t, uri, "mongodb://al%40ice:p%3Aw%2Fd@a.example.com,[::1]:27018,%2Ftmp%2Fm.sock/app?")
	assert.Empty(t, diags)

	props, err := NewValue("authMechanismProperties", map[string]any{"TOKEN_RESOURCE": "a,b", "ENVIRONMENT": "azure"})
	require.NoError(t, err)
	cs.Set("authMechanismProperties", props)
	_, diags = Format(cs)
	assert.True(t, diags.Has(CodeUnencodable))

	for _, tc := range []struct {
		name string
		x    any
		code Code
	}{
		{"maxPoolSize", "ten", CodeInvalidValue},
		{"maxPoolSize", 1.5, CodeInvalidValue},
		{"maxPoolSize", true, CodeInvalidValue},
		{"nope", 1, CodeUnknownOption},
	} {
		_, err = NewValue(tc.name, tc.x)
		var ve *ValueError
		require.ErrorAs(t, err, &ve, "%s=%v", tc.name, tc.x)
		assert.Equal(t, tc.code, ve.Diagnostic.Code)
		assert.Equal(t, SeverityError, ve.Diagnostic.Severity)
		assert.Equal(t, NoSpan, ve.Diagnostic.Span)
		assert.NotEmpty(t, ve.Diagnostic.Message)
		assert.Equal(t, "connstr: "+ve.Diagnostic.Message, err.Error())
	}
	tags, err := NewValue("readPreferenceTags", []any{map[string]any{"dc": "ny"}, map[string]any{}})
	require.NoError(t, err)
	assert.Equal(t, []TagSet{{{"dc", "ny"}}, {}}, tags.TagSets())
}

// TestParseIntoReuses: parsing into one ConnString again and again gives the
// same results as fresh parses, whatever the previous string left behind.
func TestParseIntoReuses(t *testing.T) {
	uris, _ := loadMix(t)
	uris = append(uris, fuzzSeeds...)
	var dst ConnString
	for round := 0; round < 3; round++ {
		for _, u := range uris {
			fresh, ferr := Parse(u)
			err := ParseInto(&dst, u)
			require.Equal(t, ferr == nil, err == nil, u)
			require.True(t, sameParse(fresh, &dst), u)
			require.Equal(t, len(fresh.Diagnostics), len(dst.Diagnostics), u)
			for i := range fresh.Diagnostics {
				require.Equal(t, fresh.Diagnostics[i], dst.Diagnostics[i], u)
			}
			require.Equal(t, fresh.String(), dst.String(), u)
			require.Equal(t, fresh.Redacted(), dst.Redacted(), u)
		}
	}
}
