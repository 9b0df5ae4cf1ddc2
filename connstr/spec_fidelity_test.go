package connstr

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestSpecFidelity holds the places where the parser once disagreed with
// the specifications' text, each with the reading the text requires.
func TestSpecFidelity(t *testing.T) {
	long := strings.Repeat("a", 129)
	tests := []struct {
		name  string
		uri   string
		valid bool
		codes []Code
		check func(t *testing.T, cs *ConnString)
	}{
		// Authentication spec, "Naming": property names are case-insensitive.
		{name: "service_name in lower case", valid: true, codes: codes(),
			uri: "mongodb://user:pass@localhost/?authMechanism=GSSAPI&authMechanismProperties=service_name:name",
			check: func(t *testing.T, cs *ConnString) {
				v, ok := cs.Value("authMechanismProperties").Property("SERVICE_NAME")
				assert.True(t, ok)
				assert.Equal(t, "name", v)
			}},
		{name: "canonicalize_host_name in mixed case", valid: true, codes: codes(),
			uri: "mongodb://u@h/?authMechanism=GSSAPI&authMechanismProperties=Canonicalize_Host_Name:forward"},
		{name: "canonicalize_host_name with a value not allowed", valid: false, codes: codes(CodeAuthProperty),
			uri: "mongodb://u@h/?authMechanism=GSSAPI&authMechanismProperties=canonicalize_host_name:always"},
		{name: "environment and token_resource in lower case", valid: true, codes: codes(),
			uri: "mongodb://h/?authMechanism=MONGODB-OIDC&authMechanismProperties=environment:azure,token_resource:api://x"},
		{name: "environment:azure without token_resource", valid: false, codes: codes(CodeAuthPropertyMissing),
			uri: "mongodb://h/?authMechanism=MONGODB-OIDC&authMechanismProperties=environment:azure"},
		{name: "allowed_hosts in lower case is still code-only", valid: false, codes: codes(CodeAuthProperty),
			uri: "mongodb://h/?authMechanism=MONGODB-OIDC&authMechanismProperties=ENVIRONMENT:test,allowed_hosts:x"},

		// Handshake spec: an application name holds at most 128 bytes.
		{name: "appName of 128 bytes", valid: true, codes: codes(),
			uri: "mongodb://h/?appName=" + long[:128]},
		{name: "appName of 129 bytes", valid: true, codes: codes(CodeInvalidValue),
			uri: "mongodb://h/?appName=" + long,
			check: func(t *testing.T, cs *ConnString) {
				assert.False(t, cs.Value("appName").IsSet(), "an invalid value is ignored")
			}},
		{name: "appName of 129 bytes once decoded is too long", valid: true, codes: codes(CodeInvalidValue),
			uri: "mongodb://h/?appName=%C3%A9" + long[:127]},
		{name: "appName of 128 bytes written with escapes", valid: true, codes: codes(),
			uri: "mongodb://h/?appName=%C3%A9" + long[:126]},

		// Authentication spec: MONGODB-AWS credentials come from the environment.
		{name: "aws without credentials", valid: true, codes: codes(),
			uri: "mongodb://h/?authMechanism=MONGODB-AWS"},
		{name: "aws with a username", valid: false, codes: codes(CodeAuthUsernameForbidden),
			uri: "mongodb://AKIA@h/?authMechanism=MONGODB-AWS"},
		{name: "aws with username and password", valid: false, codes: codes(CodeAuthUsernameForbidden, CodeAuthPasswordForbidden),
			uri: "mongodb://AKIA:secret@h/?authMechanism=MONGODB-AWS"},
		{name: "aws session token", valid: false, codes: codes(CodeAuthProperty),
			uri: "mongodb://h/?authMechanism=MONGODB-AWS&authMechanismProperties=AWS_SESSION_TOKEN:token"},
		{name: "aws session token in lower case", valid: false, codes: codes(CodeAuthProperty),
			uri: "mongodb://h/?authMechanism=MONGODB-AWS&authMechanismProperties=aws_session_token:token"},

		// Connection String spec: ';' MAY separate options, for legacy reasons.
		{name: "semicolons only", valid: true, codes: codes(CodeLegacySeparator),
			uri: "mongodb://h/?replicaSet=test;maxConnecting=1",
			check: func(t *testing.T, cs *ConnString) {
				assert.Equal(t, "test", cs.Value("replicaSet").Text())
				assert.Equal(t, int64(1), cs.Value("maxConnecting").Int())
			}},
		{name: "semicolons mixed with ampersands", valid: true, codes: codes(CodeMixedSeparators),
			uri: "mongodb://h/?replicaSet=test;maxConnecting=1&appName=x",
			check: func(t *testing.T, cs *ConnString) {
				assert.Equal(t, "test;maxConnecting=1", cs.Value("replicaSet").Text(), "read as the '&'-delimited form")
				assert.False(t, cs.Value("maxConnecting").IsSet())
				d := findCode(cs.Diagnostics, CodeMixedSeparators)
				require.NotNil(t, d)
				assert.Equal(t, SeverityWarning, d.Severity)
				for _, driver := range []string{"Go", "Java", "PyMongo", "Node.js"} {
					assert.Contains(t, d.Message, driver)
				}
				assert.Equal(t, ";", cs.Input()[d.Span.Start:d.Span.End])
			}},

		// Connection String spec: only '@', a second ':' and a bad '%' MUST
		// be rejected in the userinfo; the rest of RFC 3986's set is a SHOULD.
		{name: "space in the password", valid: true, codes: codes(CodeUserinfoUnencoded),
			uri: "mongodb://user:pa ss@h",
			check: func(t *testing.T, cs *ConnString) {
				assert.Equal(t, "pa ss", cs.User.Password.Reveal())
				d := findCode(cs.Diagnostics, CodeUserinfoUnencoded)
				require.NotNil(t, d)
				assert.Equal(t, SeverityWarning, d.Severity)
				assert.Contains(t, d.Hint, "%20")
				assert.Equal(t, Span{17, 18}, d.Span)
			}},
		{name: "space in the username", valid: true, codes: codes(CodeUserinfoUnencoded),
			uri:   "mongodb://us er:pass@h",
			check: func(t *testing.T, cs *ConnString) { assert.Equal(t, "us er", cs.Username()) }},
		{name: "several unencoded characters, one finding", valid: true, codes: codes(CodeUserinfoUnencoded),
			uri: "mongodb://u<x>:p\"w{}|@h"},
		{name: "hash in the password", valid: false, codes: codes(CodeUserinfoChar), uri: "mongodb://u:p#w@h"},
		{name: "bracket in the password", valid: false, codes: codes(CodeUserinfoChar), uri: "mongodb://u:p[w@h"},
		{name: "second colon", valid: false, codes: codes(CodeUserinfoColon), uri: "mongodb://u:p:w@h"},
		{name: "bad percent", valid: false, codes: codes(CodeBadPercent), uri: "mongodb://u:p%zw@h"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cs, err := Parse(tt.uri)
			require.NotNil(t, cs)
			assert.Equal(t, tt.codes, codesOf(cs.Diagnostics), "diagnostics: %+v", cs.Diagnostics)
			assert.Equal(t, tt.valid, err == nil, "error: %v", err)
			if tt.check != nil {
				tt.check(t, cs)
			}
		})
	}
}

func findCode(ds Diagnostics, c Code) *Diagnostic {
	for i := range ds {
		if ds[i].Code == c {
			return &ds[i]
		}
	}
	return nil
}
