package connstr

import (
	"errors"
	"sort"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// codesOf returns the sorted codes of the diagnostics, for exact comparison.
func codesOf(ds Diagnostics) []Code {
	out := make([]Code, 0, len(ds))
	for _, d := range ds {
		out = append(out, d.Code)
	}
	sort.Slice(out, func(i, j int) bool { return out[i] < out[j] })
	return out
}

func codes(cs ...Code) []Code {
	sort.Slice(cs, func(i, j int) bool { return cs[i] < cs[j] })
	if cs == nil {
		return []Code{}
	}
	return cs
}

// TestParseDiagnostics lists strings with exactly the findings each must give.
func TestParseDiagnostics(t *testing.T) {
	tests := []struct {
		name  string
		uri   string
		valid bool
		codes []Code
	}{
		// Scheme.
		{"empty", "", false, codes(CodeEmpty)},
		{"blank", "  \n", false, codes(CodeEmpty)},
		{"no scheme", "localhost:27017", false, codes(CodeInvalidScheme)},
		{"upper-case scheme", "MongoDB://localhost", false, codes(CodeInvalidScheme)},
		{"quoted", `"mongodb://localhost"`, false, codes(CodeInvalidScheme, CodeInvalidHost)},
		{"env assignment", "MONGO_URI=mongodb://h", false, codes(CodeInvalidScheme)},
		{"http scheme", "http://example.com", false, codes(CodeInvalidScheme)},

		// Hosts.
		{"plain host", "mongodb://localhost", true, codes()},
		{"host and port", "mongodb://db.example.com:27018", true, codes()},
		{"several hosts", "mongodb://a:1,b:2,c", true, codes()},
		{"empty host entry", "mongodb://a,,b", false, codes(CodeEmptyHost)},
		{"trailing comma", "mongodb://a,", false, codes(CodeEmptyHost)},
		{"port only", "mongodb://:27017", false, codes(CodeEmptyHost)},
		{"colon without port", "mongodb://a:", false, codes(CodeInvalidPort)},
		{"port zero", "mongodb://a:0", false, codes(CodePortOutOfRange)},
		{"port too big", "mongodb://a:70000", false, codes(CodePortOutOfRange)},
		{"huge port digits", "mongodb://a:99999999999999999999999", false, codes(CodePortOutOfRange)},
		{"named port", "mongodb://a:http", false, codes(CodeInvalidPort)},
		{"negative port", "mongodb://a:-1", false, codes(CodePortOutOfRange)},
		{"minus sign as port", "mongodb://a:-", false, codes(CodePortOutOfRange)},
		{"negative named port", "mongodb://a:-x", false, codes(CodeInvalidPort)},
		{"port with leading zeros", "mongodb://a:00027017", true, codes()},
		{"bare IPv6", "mongodb://::1", false, codes(CodeInvalidHost)},
		{"bracketed IPv6", "mongodb://[::1]:27017", true, codes()},
		{"IPv6 with zone", "mongodb://[fe80::1%25eth0]", true, codes()},
		{"IPv6 with empty zone", "mongodb://[fe80::1%25]", false, codes(CodeInvalidIPLiteral)},
		{"IPv4 with zone", "mongodb://[10.0.0.1%25eth0]", false, codes(CodeInvalidIPLiteral)},
		{"IPv4 in brackets", "mongodb://[10.0.0.1]", false, codes(CodeInvalidIPLiteral)},
		{"IPv4-mapped IPv6", "mongodb://[::ffff:10.0.0.1]:27017", true, codes()},
		{"brackets around IPv4", "mongodb://[127.0.0.1]", false, codes(CodeInvalidIPLiteral)},
		{"unclosed bracket", "mongodb://[::1", false, codes(CodeInvalidIPLiteral)},
		{"junk after bracket", "mongodb://[::1]x", false, codes(CodeInvalidHost)},
		{"space in host", "mongodb://my host", false, codes(CodeInvalidHost)},
		{"socket", "mongodb://%2Ftmp%2Fmongodb-27017.sock", true, codes()},
		{"socket without .sock", "mongodb://%2Ftmp%2Fmongodb", false, codes(CodeSocketSuffix)},
		{"socket with port", "mongodb://%2Ftmp%2Fm.sock:1", false, codes(CodeInvalidHost)},
		{"unencoded socket", "mongodb:///tmp/mongodb-27017.sock", false, codes(CodeUnescapedSlash)},
		{"bad escape in host", "mongodb://a%zz", false, codes(CodeBadPercent)},
		{"host not UTF-8", "mongodb://mong%80/", false, codes(CodeInvalidHost)},
		{"international host", "mongodb://b%C3%BCcher.example", true, codes()},

		// mongodb+srv.
		{"srv", "mongodb+srv://cluster0.example.net", true, codes()},
		{"srv with port", "mongodb+srv://cluster0.example.net:27017", false, codes(CodeSRVPort)},
		{"srv with two hosts", "mongodb+srv://a.example.net,b.example.net", false, codes(CodeSRVMultipleHosts)},
		{"srv with an IP", "mongodb+srv://10.0.0.1", false, codes(CodeSRVHostType)},

		// Userinfo.
		{"user and password", "mongodb://u:p@h", true, codes()},
		{"encoded specials", "mongodb://u%40x:p%3A%2F%3F%23%5B%5D%25@h", true, codes()},
		{"empty username", "mongodb://:p@h", false, codes(CodeEmptyUsername)},
		{"empty userinfo", "mongodb://@h", false, codes(CodeEmptyUsername)},
		{"unescaped at", "mongodb://u:p@ss@h", false, codes(CodeUserinfoAt)},
		{"second colon", "mongodb://u:p:ss@h", false, codes(CodeUserinfoColon)},
		{"bad percent", "mongodb://u:100%@h", false, codes(CodeBadPercent)},
		{"hash in password", "mongodb://u:p#ss@h", false, codes(CodeUserinfoChar)},
		{"space in password", "mongodb://u:p ss@h", true, codes(CodeUserinfoUnencoded)},
		{"plus in password", "mongodb://u:p+ss@h", true, codes(CodePlusInUserinfo)},
		{"utf-8 password", "mongodb://u:pässword@h", true, codes(CodeUserinfoNonASCII)},
		{"slash in password", "mongodb://u:pa/ss@h", false, codes(CodeInvalidPort, CodeSuspectedPassword)},
		{"slash in numeric password", "mongodb://admin:1234/abcd@h.example.com", true, codes(CodeSuspectedPassword)},

		// Database.
		{"database", "mongodb://h/app", true, codes()},
		{"namespace", "mongodb://h/app.users", true, codes()},
		{"encoded question mark", "mongodb://h/db%3F?w=1", true, codes()},
		{"dollar", "mongodb://h/$external", false, codes(CodeInvalidDatabase)},
		{"space", "mongodb://h/my%20db", false, codes(CodeInvalidDatabase)},
		{"long name", "mongodb://h/" + string(make64('d')), true, codes(CodeDatabaseTooLong)},

		// Options: syntax.
		{"no slash before options", "mongodb://h?w=1", true, codes()},
		{"empty query", "mongodb://h/?", true, codes()},
		{"trailing ampersand", "mongodb://h/?w=1&", true, codes(CodeOptionEmptyPair)},
		{"key without value", "mongodb://h/?w", false, codes(CodeOptionNoValue)},
		{"value without key", "mongodb://h/?=1", false, codes(CodeOptionEmptyKey)},
		{"bad escape in value", "mongodb://h/?appName=a%2", false, codes(CodeBadPercent)},
		{"semicolons", "mongodb://h/?w=1;journal=true", true, codes(CodeLegacySeparator)},
		{"semicolon inside a value", "mongodb://h/?appName=a;b&w=1", true, codes(CodeMixedSeparators)},
		{"semicolon encoded in a value", "mongodb://h/?appName=a%3Bb&w=1", true, codes()},
		{"keys are case-insensitive", "mongodb://h/?REPLICASET=rs&ReadPreference=nearest", true, codes()},

		// Options: names.
		{"unknown", "mongodb://h/?foo=1", true, codes(CodeUnknownOption)},
		{"misspelt", "mongodb://h/?replicaset=a&readPrefrence=nearest", true, codes(CodeUnknownOption)},
		{"removed Node option", "mongodb://h/?useNewUrlParser=true", true, codes(CodeRemovedOption)},
		{"driver-specific", "mongodb://h/?uuidRepresentation=standard", true, codes(CodeDriverOption)},
		{"deprecated alias", "mongodb://h/?j=true", true, codes(CodeDeprecatedOption)},
		{"alias loses to name", "mongodb://h/?wtimeout=5&wTimeoutMS=10", true, codes(CodeAliasOverridden, CodeDeprecatedOption)},
		{"repeated", "mongodb://h/?appName=a&appName=b", true, codes(CodeDuplicateOption)},
		{"superseded timeout", "mongodb://h/?socketTimeoutMS=5", true, codes(CodeDeprecatedOption)},

		// Options: values.
		{"empty int", "mongodb://h/?maxPoolSize=", true, codes(CodeEmptyValue)},
		{"not a number", "mongodb://h/?maxPoolSize=ten", true, codes(CodeInvalidValue)},
		{"below minimum", "mongodb://h/?heartbeatFrequencyMS=100", true, codes(CodeValueOutOfRange)},
		{"above 32 bits", "mongodb://h/?connectTimeoutMS=4294967296", true, codes(CodeValueOutOfRange)},
		{"64-bit wTimeoutMS", "mongodb://h/?wTimeoutMS=4294967296", true, codes(CodeDeprecatedOption)},
		{"legacy boolean", "mongodb://h/?retryWrites=1", true, codes(CodeLegacyBoolean)},
		{"capitalised boolean", "mongodb://h/?retryWrites=True", true, codes(CodeLegacyBoolean)},
		{"escaped plain values", "mongodb://h/?retryWrites=tru%65&maxPoolSize=%35&readPreference=neares%74", true, codes()},
		{"escaped legacy boolean", "mongodb://h/?retryWrites=%31", true, codes(CodeLegacyBoolean)},
		{"not a boolean", "mongodb://h/?retryWrites=maybe", true, codes(CodeInvalidValue)},
		{"enum case", "mongodb://h/?readPreference=SECONDARY", true, codes(CodeValueCase)},
		{"unknown enum", "mongodb://h/?serverMonitoringMode=push", true, codes(CodeInvalidValue)},
		{"unknown compressor", "mongodb://h/?compressors=zlib,lz4", true, codes(CodeInvalidValue)},
		{"negative w", "mongodb://h/?w=-1", true, codes(CodeValueOutOfRange)},
		{"tag sets", "mongodb://h/?readPreference=nearest&readPreferenceTags=dc:ny&readPreferenceTags=", true, codes()},
		{"broken tag set", "mongodb://h/?readPreference=nearest&readPreferenceTags=ny", true, codes(CodeInvalidKeyValue)},

		// Rules between options.
		{"tls insecure conflict", "mongodb://h/?tlsInsecure=true&tlsAllowInvalidHostnames=true", false, codes(CodeTLSConflict)},
		{"tls and ssl agree", "mongodb://h/?tls=true&ssl=true", true, codes()},
		{"tls and ssl disagree", "mongodb://h/?tls=true&ssl=false", false, codes(CodeTLSMismatch)},
		{"tls options with tls off", "mongodb://h/?tls=false&tlsCAFile=ca.pem", true, codes(CodeTLSOptionsWithoutTLS)},
		{"direct with two hosts", "mongodb://a,b/?directConnection=true", false, codes(CodeDirectMultipleHosts)},
		{"direct with srv", "mongodb+srv://c.example.net/?directConnection=true", false, codes(CodeDirectSRV)},
		{"load balanced two hosts", "mongodb://a,b/?loadBalanced=true", false, codes(CodeLoadBalancedHosts)},
		{"load balanced replica set", "mongodb://a/?loadBalanced=true&replicaSet=rs", false, codes(CodeLoadBalancedReplSet)},
		{"load balanced direct", "mongodb://a/?loadBalanced=true&directConnection=true", false, codes(CodeLoadBalancedDirect)},
		{"srvMaxHosts without srv", "mongodb://a/?srvMaxHosts=1", false, codes(CodeSRVOptionWithoutSRV)},
		{"srvMaxHosts with replicaSet", "mongodb+srv://c.example.net/?srvMaxHosts=1&replicaSet=rs", false, codes(CodeSRVMaxHostsReplSet)},
		{"proxy port alone", "mongodb://h/?proxyPort=1080", false, codes(CodeProxyWithoutHost)},
		{"proxy user alone", "mongodb://h/?proxyHost=p&proxyUsername=u", false, codes(CodeProxyCredentials)},
		{"proxy repeated", "mongodb://h/?proxyHost=p&proxyHost=q", false, codes(CodeProxyRepeated)},
		{"tags with primary", "mongodb://h/?readPreferenceTags=dc:ny", false, codes(CodeReadPrefPrimaryTags)},
		{"staleness with primary", "mongodb://h/?maxStalenessSeconds=120", false, codes(CodeReadPrefPrimaryStale)},
		{"staleness too small", "mongodb://h/?readPreference=secondary&maxStalenessSeconds=30", true, codes(CodeMaxStalenessTooSmall)},
		{"journal with w=0", "mongodb://h/?w=0&journal=true", false, codes(CodeJournalW0)},
		{"pool sizes inverted", "mongodb://h/?minPoolSize=20&maxPoolSize=10", false, codes(CodePoolSizeOrder)},
		{"zlib level without zlib", "mongodb://h/?zlibCompressionLevel=5", true, codes(CodeCompressionLevelNoZip)},
		{"timeoutMS with legacy", "mongodb://h/?timeoutMS=100&socketTimeoutMS=5", true, codes(CodeDeprecatedOption, CodeTimeoutMSLegacy)},

		// Authentication.
		{"default mechanism", "mongodb://u:p@h/app", true, codes()},
		{"username only", "mongodb://u@h", true, codes()},
		{"scram without user", "mongodb://h/?authMechanism=SCRAM-SHA-256", false, codes(CodeAuthUsernameRequired)},
		{"scram without password", "mongodb://u@h/?authMechanism=SCRAM-SHA-256", true, codes(CodeAuthPasswordRequired)},
		{"x509 without user", "mongodb://h/?authMechanism=MONGODB-X509&tls=true", true, codes()},
		{"x509 with password", "mongodb://u:p@h/?authMechanism=MONGODB-X509", false, codes(CodeAuthPasswordForbidden)},
		{"x509 wrong source", "mongodb://h/?authMechanism=MONGODB-X509&authSource=admin", false, codes(CodeAuthSource)},
		{"gssapi", "mongodb://u%40REALM@h/?authMechanism=GSSAPI&authMechanismProperties=SERVICE_NAME:mongo,CANONICALIZE_HOST_NAME:forward", true, codes()},
		{"gssapi bad canonicalize", "mongodb://u@h/?authMechanism=GSSAPI&authMechanismProperties=CANONICALIZE_HOST_NAME:always", false, codes(CodeAuthProperty)},
		{"gssapi unknown property", "mongodb://u@h/?authMechanism=GSSAPI&authMechanismProperties=REALM:x", false, codes(CodeUnknownProperty)},
		{"gssapiServiceName", "mongodb://u@h/?authMechanism=GSSAPI&gssapiServiceName=m", true, codes(CodeDeprecatedOption)},
		{"aws from environment", "mongodb://h/?authMechanism=MONGODB-AWS", true, codes()},
		{"aws key without secret", "mongodb://AKIA@h/?authMechanism=MONGODB-AWS", false, codes(CodeAuthUsernameForbidden)},
		{"aws session token", "mongodb://a:s@h/?authMechanism=MONGODB-AWS&authMechanismProperties=AWS_SESSION_TOKEN:t", false,
			codes(CodeAuthPasswordForbidden, CodeAuthProperty, CodeAuthUsernameForbidden)},
		{"oidc azure", "mongodb://h/?authMechanism=MONGODB-OIDC&authMechanismProperties=ENVIRONMENT:azure,TOKEN_RESOURCE:api://x", true, codes()},
		{"oidc azure without resource", "mongodb://h/?authMechanism=MONGODB-OIDC&authMechanismProperties=ENVIRONMENT:azure", false, codes(CodeAuthPropertyMissing)},
		{"oidc test with resource", "mongodb://h/?authMechanism=MONGODB-OIDC&authMechanismProperties=ENVIRONMENT:test,TOKEN_RESOURCE:x", false, codes(CodeAuthProperty)},
		{"oidc unknown environment", "mongodb://h/?authMechanism=MONGODB-OIDC&authMechanismProperties=ENVIRONMENT:aws", false, codes(CodeAuthProperty)},
		{"oidc without environment", "mongodb://h/?authMechanism=MONGODB-OIDC", false, codes(CodeAuthPropertyMissing)},
		{"oidc with password", "mongodb://u:p@h/?authMechanism=MONGODB-OIDC&authMechanismProperties=ENVIRONMENT:azure,TOKEN_RESOURCE:r", false, codes(CodeAuthPasswordForbidden)},
		{"oidc gcp with username", "mongodb://u@h/?authMechanism=MONGODB-OIDC&authMechanismProperties=ENVIRONMENT:gcp,TOKEN_RESOURCE:r", false, codes(CodeAuthUsernameForbidden)},
		{"oidc allowed hosts in uri", "mongodb://h/?authMechanism=MONGODB-OIDC&authMechanismProperties=ENVIRONMENT:test,ALLOWED_HOSTS:x", false, codes(CodeAuthProperty)},
		{"unknown mechanism", "mongodb://u:p@h/?authMechanism=KERBEROS", false, codes(CodeAuthUnknownMechanism)},
		{"mechanism case", "mongodb://u:p@h/?authMechanism=scram-sha-1", true, codes(CodeValueCase)},
		{"removed mechanism", "mongodb://u:p@h/?authMechanism=MONGODB-CR", true, codes(CodeAuthRemovedMechanism)},
		{"empty authSource", "mongodb://h/?authSource=", false, codes(CodeAuthSourceEmpty)},
		{"authSource without user", "mongodb://h/?authSource=admin", true, codes(CodeAuthSourceNoUser)},
		{"properties without mechanism", "mongodb://u:p@h/?authMechanismProperties=SERVICE_NAME:x", true, codes(CodeAuthPropsNoMechanism)},
		{"properties for scram", "mongodb://u:p@h/?authMechanism=SCRAM-SHA-1&authMechanismProperties=A:b", true, codes(CodeUnknownProperty)},
		{"plain with path database", "mongodb://u:p@h/ldap?authMechanism=PLAIN", true, codes()},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cs, err := Parse(tt.uri)
			require.NotNil(t, cs)
			assert.Equal(t, tt.codes, codesOf(cs.Diagnostics), "diagnostics: %+v", cs.Diagnostics)
			assert.Equal(t, tt.valid, err == nil, "error: %v", err)
			assert.Equal(t, tt.valid, cs.Valid())
			if err != nil {
				assert.True(t, errors.Is(err, ErrInvalid))
				var perr *Error
				require.True(t, errors.As(err, &perr))
				assert.NotEmpty(t, perr.Diagnostics)
			}
			for _, d := range cs.Diagnostics {
				assert.NotEmpty(t, d.Message, "%s has no message", d.Code)
				assert.NotEmpty(t, d.Hint, "%s has no hint", d.Code)
				if d.Span.Valid() {
					assert.LessOrEqual(t, d.Span.End, len(tt.uri), "%s span past the end", d.Code)
				}
			}
		})
	}
}

func make64(c byte) []byte {
	b := make([]byte, 64)
	for i := range b {
		b[i] = c
	}
	return b
}

// TestParseParts checks what Parse reads out of valid strings.
func TestParseParts(t *testing.T) {
	cs, err := Parse("mongodb://al%40ice:p%3Ass@db1.example.com,[::1]:27018,%2Ftmp%2Fm.sock,10.0.0.7:1/my%3Fdb?replicaSet=rs0&w=majority&readPreference=secondary&readPreferenceTags=dc:ny,rack:1&readPreferenceTags=&compressors=zstd,zlib&authMechanismProperties=SERVICE_NAME:m&authMechanism=GSSAPI&maxPoolSize=5&retryWrites=false")
	require.NoError(t, err)
	assert.Equal(t, SchemeMongoDB, cs.Scheme)
	require.NotNil(t, cs.User)
	assert.Equal(t, "al@ice", cs.User.Username)
	assert.Equal(t, "p:ss", cs.User.Password.Reveal())
	assert.Equal(t, []Host{
		{Type: HostName, Host: "db1.example.com", Span: Span{26, 41}},
		{Type: HostIPLiteral, Host: "::1", Port: 27018, Span: Span{42, 53}},
		{Type: HostUnix, Host: "/tmp/m.sock", Span: Span{54, 69}},
		{Type: HostIPv4, Host: "10.0.0.7", Port: 1, Span: Span{70, 80}},
	}, cs.Hosts)
	assert.Equal(t, "my?db", cs.Database)
	assert.Equal(t, "rs0", cs.Value("replicaset").Text())
	assert.Equal(t, "majority", cs.Value("w").Text())
	assert.False(t, cs.Value("w").IsInt())
	assert.Equal(t, []TagSet{{{"dc", "ny"}, {"rack", "1"}}, {}}, cs.Value("readPreferenceTags").TagSets())
	assert.Equal(t, []string{"zstd", "zlib"}, cs.Value("compressors").List())
	assert.Equal(t, int64(5), cs.Value("maxPoolSize").Int())
	assert.False(t, cs.Value("retryWrites").Bool())
	assert.True(t, cs.Value("retryWrites").IsSet())
	assert.False(t, cs.Value("appName").IsSet())
	v, ok := cs.Value("authMechanismProperties").Property("SERVICE_NAME")
	assert.True(t, ok)
	assert.Equal(t, "m", v)

	o, ok := cs.Lookup("REPLICASET")
	require.True(t, ok)
	assert.Equal(t, "replicaSet", o.Name)
	assert.Equal(t, "replicaSet", o.Key)
	assert.Equal(t, "replicaSet=rs0", cs.Input()[o.Span.Start:o.Span.End])
	assert.Equal(t, "[::1]:27018", cs.Hosts[1].Address())
	assert.Equal(t, "db1.example.com:27017", cs.Hosts[0].Address())
	assert.Equal(t, "/tmp/m.sock", cs.Hosts[2].Address())
}

// TestSpans checks that diagnostics point at the offending bytes.
func TestSpans(t *testing.T) {
	tests := []struct {
		uri  string
		code Code
		text string // the input text the span covers
	}{
		{"mongodb://u:p@ss@h", CodeUserinfoAt, "@"},
		{"mongodb://u:a:b@h", CodeUserinfoColon, ":"},
		{"mongodb://h:99999", CodePortOutOfRange, ":99999"},
		{"mongodb://h/?foo=1", CodeUnknownOption, "foo"},
		{"mongodb://h/?maxPoolSize=x", CodeInvalidValue, "x"},
		{"mongodb://a,b/?directConnection=true", CodeDirectMultipleHosts, "directConnection=true"},
		{"mongodb+srv://c.example.net:1", CodeSRVPort, "c.example.net:1"},
		{"mongodb://h/my db", CodeInvalidDatabase, "my db"},
		{"mongodb://ü:p@h/?retryWrites=yes", CodeLegacyBoolean, "yes"},
	}
	for _, tt := range tests {
		cs, _ := Parse(tt.uri)
		found := false
		for _, d := range cs.Diagnostics {
			if d.Code == tt.code {
				found = true
				assert.Equal(t, tt.text, tt.uri[d.Span.Start:d.Span.End], tt.uri)
			}
		}
		assert.True(t, found, "%s: no %s in %+v", tt.uri, tt.code, cs.Diagnostics)
	}
}

func TestErrorMessage(t *testing.T) {
	_, err := Parse("mongodb://a:0,b:0")
	require.Error(t, err)
	assert.Equal(t, "connstr: The port is outside 1..65535. (and 1 more error)", err.Error())
	_, err = Parse("mongodb://a:0")
	assert.Equal(t, "connstr: The port is outside 1..65535.", err.Error())
}

func TestSuggestOption(t *testing.T) {
	tests := map[string]string{
		"replSet":                "replicaSet",
		"authenticationDatabase": "authSource",
		"readPrefrence":          "readPreference",
		"maxpoolsise":            "maxPoolSize",
		"retrywrite":             "retryWrites",
		"useSSL":                 "tls",
	}
	for key, want := range tests {
		s := suggestOption(key)
		if assert.NotNil(t, s, key) {
			assert.Equal(t, want, s.Name, key)
		}
	}
	assert.Nil(t, suggestOption("completelyDifferent"))
	assert.Nil(t, suggestOption("x"))
}
