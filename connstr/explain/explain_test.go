package explain

import (
	"sort"
	"strings"
	"testing"

	"github.com/mongouri/mongouri/connstr"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// explainCases are strings as people write and paste them, working and
// broken, each with exactly the codes Explain must report (any order).
var explainCases = []struct {
	name  string
	uri   string
	codes []connstr.Code
	basis string // "input", "cleaned" or "repaired"; "" means "input"
	// explained is the Explained string when given; repaired the Repaired
	// string ("-" for none) when given.
	explained, repaired string
}{
	// Working strings.
	{name: "atlas srv as copied", uri: "mongodb+srv://alice:s3cret@cluster0.abcde.mongodb.net/?retryWrites=true&w=majority&appName=Cluster0",
		codes: []connstr.Code{CodeMissingDatabase}, repaired: "-",
		explained: "mongodb+srv://alice:*****@cluster0.abcde.mongodb.net/?retryWrites=true&w=majority&appName=Cluster0"},
	{name: "atlas srv with database", uri: "mongodb+srv://alice:s3cret@cluster0.abcde.mongodb.net/shop?retryWrites=true&w=majority",
		codes: []connstr.Code{}},
	{name: "atlas standard string", uri: "mongodb://alice:s3cret@cluster0-shard-00-00.abcde.mongodb.net:27017,cluster0-shard-00-01.abcde.mongodb.net:27017,cluster0-shard-00-02.abcde.mongodb.net:27017/shop?ssl=true&replicaSet=atlas-xyz-shard-0&authSource=admin&retryWrites=true",
		codes: []connstr.Code{}},
	{name: "local with database", uri: "mongodb://127.0.0.1:27017/test", codes: []connstr.Code{}},
	{name: "replica set listed in full", uri: "mongodb://db1.example.com:27017,db2.example.com:27017,db3.example.com:27017/app?replicaSet=rs0&readPreference=secondaryPreferred",
		codes: []connstr.Code{CodeNotEncrypted}},
	{name: "docker compose replica set", uri: "mongodb://mongo1:27017,mongo2:27017,mongo3:27017/app?replicaSet=rs0",
		codes: []connstr.Code{CodeNotEncrypted}},
	{name: "x509 done right", uri: "mongodb://db.example.com/?authMechanism=MONGODB-X509&tls=true&tlsCertificateKeyFile=/etc/ssl/client.pem",
		codes: []connstr.Code{CodeMissingDatabase}},
	{name: "proxy with secret", uri: "mongodb://db.example.com/app?proxyHost=proxy.internal&proxyUsername=u&proxyPassword=s3cret",
		codes: []connstr.Code{CodeNotEncrypted, CodeProxyPlaintext}, explained: "mongodb://db.example.com/app?proxyHost=proxy.internal&proxyUsername=u&proxyPassword=*****"},
	{name: "aws session token", uri: "mongodb://db.example.com/app?authMechanism=MONGODB-AWS&authMechanismProperties=AWS_SESSION_TOKEN:tok123",
		codes: []connstr.Code{connstr.CodeAuthProperty, CodeNotEncrypted}, explained: "mongodb://db.example.com/app?authMechanism=MONGODB-AWS&authMechanismProperties=AWS_SESSION_TOKEN:*****"},

	// Passwords that were not percent-encoded.
	{name: "password with @", uri: "mongodb://user:p@ss@db.example.com/app?authSource=admin",
		codes: []connstr.Code{CodeCredentialsNotEncoded, CodeNotEncrypted}, basis: "repaired",
		explained: "mongodb://user:*****@db.example.com/app?authSource=admin", repaired: "mongodb://user:*****@db.example.com/app?authSource=admin"},
	{name: "password with / shifts the hosts", uri: "mongodb://user:pa/ss@db.example.com/app?authSource=admin",
		codes: []connstr.Code{CodeCredentialsNotEncoded, CodeNotEncrypted}, basis: "repaired"},
	{name: "password with ? shifts the options", uri: "mongodb://user:pa?ss@db.example.com/app?authSource=admin",
		codes: []connstr.Code{CodeCredentialsNotEncoded, CodeNotEncrypted}, basis: "repaired"},
	{name: "password with #", uri: "mongodb+srv://user:password#123@li@cluster0.abcde.mongodb.net/app",
		codes: []connstr.Code{CodeCredentialsNotEncoded}, basis: "repaired"},
	{name: "password with :", uri: "mongodb://user:pa:ss@db.example.com/app?authSource=admin",
		codes: []connstr.Code{CodeCredentialsNotEncoded, CodeNotEncrypted}, basis: "repaired"},
	{name: "password with digits after / parses as a port", uri: "mongodb://user:1234/abc@db.example.com",
		codes: []connstr.Code{CodeCredentialsNotEncoded, CodeMissingDatabase, CodeNotEncrypted}, basis: "repaired"},
	{name: "email as username", uri: "mongodb://me@corp.com:pa$$word@db.example.com/app?authSource=admin",
		codes: []connstr.Code{CodeCredentialsNotEncoded, CodeUserinfoShellChars, CodeNotEncrypted}, basis: "repaired",
		explained: "mongodb://me%40corp.com:*****@db.example.com/app?authSource=admin"},
	{name: "password with a space", uri: "mongodb://user:pa ss@db.example.com/app?authSource=admin",
		codes: []connstr.Code{connstr.CodeUserinfoUnencoded, CodeNotEncrypted}},
	{name: "password with a literal %", uri: "mongodb://user:50%off@db.example.com/app?authSource=admin",
		codes: []connstr.Code{CodeCredentialsNotEncoded, CodeNotEncrypted}, basis: "repaired"},
	{name: "password with +", uri: "mongodb://user:p+w@db.example.com/app?authSource=admin",
		codes: []connstr.Code{connstr.CodePlusInUserinfo, CodeNotEncrypted}},
	{name: "password with non-ASCII", uri: "mongodb://user:pässword@db.example.com/app?authSource=admin",
		codes: []connstr.Code{connstr.CodeUserinfoNonASCII, CodeNotEncrypted}},
	{name: "atlas placeholder password", uri: "mongodb+srv://alice:<db_password>@cluster0.abcde.mongodb.net/?retryWrites=true&w=majority&appName=Cluster0",
		codes: []connstr.Code{CodePlaceholder, CodeMissingDatabase, connstr.CodeUserinfoUnencoded}},
	{name: "template placeholders everywhere", uri: "mongodb+srv://<username>:<password>@<cluster-url>/?retryWrites=true",
		codes:    []connstr.Code{connstr.CodeInvalidHost, CodePlaceholder, CodePlaceholder, connstr.CodeUserinfoUnencoded},
		repaired: "-"},
	{name: "placeholder database", uri: "mongodb://user:pw@db.example.com/<dbname>?authSource=admin",
		codes: []connstr.Code{CodePlaceholder, CodeNotEncrypted}},

	// Strings as pasted.
	{name: "quoted", uri: `"mongodb://db.example.com/app"`, codes: []connstr.Code{CodePastedQuotes, CodeNotEncrypted}, basis: "cleaned",
		explained: "mongodb://db.example.com/app", repaired: "mongodb://db.example.com/app"},
	{name: "env file line", uri: "MONGO_URI=mongodb://db.example.com:27017/app", codes: []connstr.Code{CodePastedAssignment, CodeNotEncrypted}, basis: "cleaned"},
	{name: "export with quotes and semicolon", uri: `export MONGODB_URI="mongodb+srv://alice:pw@cluster0.abcde.mongodb.net/app";`,
		codes: []connstr.Code{CodePastedAssignment, CodePastedQuotes}, basis: "cleaned",
		explained: "mongodb+srv://alice:*****@cluster0.abcde.mongodb.net/app"},
	{name: "yaml", uri: "uri: 'mongodb://db.example.com/app'", codes: []connstr.Code{CodePastedAssignment, CodePastedQuotes, CodeNotEncrypted}, basis: "cleaned"},
	{name: "trailing newline", uri: "mongodb://db.example.com/app\n", codes: []connstr.Code{CodePastedWhitespace, CodeNotEncrypted}, basis: "cleaned"},
	{name: "leading space and BOM", uri: "\ufeff mongodb://db.example.com/app", codes: []connstr.Code{CodePastedWhitespace, CodeNotEncrypted}, basis: "cleaned"},
	{name: "wrapped line", uri: "mongodb://db.example.com/app?retryWrites=true&\n    w=majority", codes: []connstr.Code{CodePastedLineBreak, CodeNotEncrypted}, basis: "cleaned",
		explained: "mongodb://db.example.com/app?retryWrites=true&w=majority"},
	{name: "mongosh command", uri: `mongosh "mongodb+srv://cluster0.abcde.mongodb.net/" --apiVersion 1 --username alice`,
		codes: []connstr.Code{CodePastedCommand, CodeMissingDatabase}, basis: "cleaned"},
	{name: "mongodump --uri=", uri: `mongodump --uri="mongodb://db.example.com/app" --out dump`,
		codes: []connstr.Code{CodePastedCommand, CodeNotEncrypted}, basis: "cleaned"},
	{name: "missing scheme, atlas name", uri: "cluster0.abcde.mongodb.net", codes: []connstr.Code{CodeMissingScheme, CodeMissingDatabase}, basis: "cleaned",
		explained: "mongodb+srv://cluster0.abcde.mongodb.net"},
	{name: "missing scheme, host:port", uri: "db.example.com:27017/app", codes: []connstr.Code{CodeMissingScheme, CodeNotEncrypted}, basis: "cleaned"},
	{name: "missing scheme, docker host named mongo", uri: "mongo:27017/app", codes: []connstr.Code{CodeMissingScheme, CodeNotEncrypted}, basis: "cleaned",
		explained: "mongodb://mongo:27017/app"},
	{name: "scheme in capitals", uri: "MongoDB://db.example.com/app", codes: []connstr.Code{CodeSchemeTypo, CodeNotEncrypted}, basis: "cleaned"},
	{name: "scheme with one slash", uri: "mongodb:/db.example.com/app", codes: []connstr.Code{CodeSchemeTypo, CodeNotEncrypted}, basis: "cleaned"},
	{name: "jdbc prefix", uri: "jdbc:mongodb://db.example.com:27017/app", codes: []connstr.Code{CodeSchemeTypo, CodeNotEncrypted}, basis: "cleaned",
		explained: "mongodb://db.example.com:27017/app"},
	{name: "srv scheme without colon", uri: "mongodb+srv//cluster0.abcde.mongodb.net/app", codes: []connstr.Code{CodeSchemeTypo}, basis: "cleaned"},
	{name: "http is not fixable", uri: "http://db.example.com:27017", codes: []connstr.Code{connstr.CodeInvalidScheme}, repaired: "-"},

	// SRV misuse.
	{name: "srv with localhost and port", uri: "mongodb+srv://localhost:27017", codes: []connstr.Code{connstr.CodeSRVPort, CodeSRVLocalHost, CodeMissingDatabase},
		repaired: "mongodb://localhost:27017"},
	{name: "srv with an address", uri: "mongodb+srv://127.0.0.1/app", codes: []connstr.Code{connstr.CodeSRVHostType}, repaired: "mongodb://127.0.0.1/app"},
	{name: "srv with several hosts", uri: "mongodb+srv://a.example.com,b.example.com/app", codes: []connstr.Code{connstr.CodeSRVMultipleHosts},
		repaired: "mongodb://a.example.com,b.example.com/app"},
	{name: "srv with atlas node names", uri: "mongodb+srv://u:p@cluster0-shard-00-00.abcde.mongodb.net:27017,cluster0-shard-00-01.abcde.mongodb.net:27017/app?authSource=admin",
		codes: []connstr.Code{connstr.CodeSRVMultipleHosts}, repaired: "mongodb://u:*****@cluster0-shard-00-00.abcde.mongodb.net:27017,cluster0-shard-00-01.abcde.mongodb.net:27017/app?authSource=admin&tls=true"},
	{name: "srv with one atlas node name", uri: "mongodb+srv://u:p@cluster0-shard-00-00.abcde.mongodb.net/app", codes: []connstr.Code{CodeSRVNodeName},
		repaired: "mongodb+srv://u:*****@cluster0.abcde.mongodb.net/app"},
	{name: "srv with directConnection", uri: "mongodb+srv://db.example.com/app?directConnection=true", codes: []connstr.Code{connstr.CodeDirectSRV},
		repaired: "mongodb+srv://db.example.com/app"},
	{name: "srv with two labels", uri: "mongodb+srv://example.com/app", codes: []connstr.Code{CodeSRVShortName}},
	{name: "srv with tls=false", uri: "mongodb+srv://db.example.com/app?tls=false", codes: []connstr.Code{CodeSRVTLSDisabled},
		repaired: "mongodb+srv://db.example.com/app"},
	{name: "atlas srv with tls=false", uri: "mongodb+srv://u:p@cluster0.abcde.mongodb.net/app?tls=false", codes: []connstr.Code{CodeAtlasTLSDisabled},
		repaired: "mongodb+srv://u:*****@cluster0.abcde.mongodb.net/app"},
	{name: "atlas cluster name with mongodb://", uri: "mongodb://u:p@cluster0.abcde.mongodb.net:27017/app?authSource=admin",
		codes: []connstr.Code{CodeAtlasSRVName, CodeAtlasTLSDisabled}},
	{name: "atlas nodes without tls", uri: "mongodb://u:p@cluster0-shard-00-00.abcde.mongodb.net:27017,cluster0-shard-00-01.abcde.mongodb.net:27017/app?replicaSet=atlas-xyz-shard-0&authSource=admin",
		codes: []connstr.Code{CodeAtlasTLSDisabled}},
	{name: "srv option without srv", uri: "mongodb://db.example.com/app?srvMaxHosts=2", codes: []connstr.Code{connstr.CodeSRVOptionWithoutSRV, CodeNotEncrypted},
		repaired: "mongodb://db.example.com/app"},

	// Authentication.
	{name: "path database as authSource", uri: "mongodb://u:p@db.example.com/app", codes: []connstr.Code{CodeAuthSourcePathDB, CodeNotEncrypted}},
	{name: "path database as authSource on atlas", uri: "mongodb://u:p@cluster0-shard-00-00.abcde.mongodb.net:27017,cluster0-shard-00-01.abcde.mongodb.net:27017/app?tls=true&replicaSet=atlas-xyz-shard-0",
		codes:    []connstr.Code{CodeAuthSourcePathDB},
		repaired: "mongodb://u:*****@cluster0-shard-00-00.abcde.mongodb.net:27017,cluster0-shard-00-01.abcde.mongodb.net:27017/app?tls=true&replicaSet=atlas-xyz-shard-0&authSource=admin"},
	{name: "empty authSource", uri: "mongodb://u:p@db.example.com/app?authSource=", codes: []connstr.Code{connstr.CodeAuthSourceEmpty, CodeAuthSourcePathDB, CodeNotEncrypted}},
	{name: "authSource in capitals", uri: "mongodb://u:p@db.example.com/app?authSource=Admin", codes: []connstr.Code{CodeAuthSourceCase, CodeNotEncrypted},
		repaired: "mongodb://u:*****@db.example.com/app?authSource=admin"},
	{name: "scram user in $external", uri: "mongodb://u:p@db.example.com/app?authSource=$external", codes: []connstr.Code{CodeAuthSourceExternalPwd, CodeNotEncrypted}},
	{name: "x509 without tls", uri: "mongodb://db.example.com/?authMechanism=MONGODB-X509", codes: []connstr.Code{CodeX509WithoutTLS, CodeX509Certificate, CodeMissingDatabase, CodeNotEncrypted},
		repaired: "mongodb://db.example.com/?authMechanism=MONGODB-X509&tls=true"},
	{name: "x509 with a password", uri: "mongodb://u:p@db.example.com/?authMechanism=MONGODB-X509&tls=true&tlsCertificateKeyFile=c.pem",
		codes: []connstr.Code{connstr.CodeAuthPasswordForbidden, CodeMissingDatabase}, repaired: "mongodb://u@db.example.com/?authMechanism=MONGODB-X509&tls=true&tlsCertificateKeyFile=c.pem"},
	{name: "x509 with the wrong authSource", uri: "mongodb://db.example.com/?authMechanism=MONGODB-X509&tls=true&tlsCertificateKeyFile=c.pem&authSource=admin",
		codes: []connstr.Code{connstr.CodeAuthSource, CodeMissingDatabase}},
	{name: "ldap with a path database", uri: "mongodb://u:p@db.example.com/app?authMechanism=PLAIN", codes: []connstr.Code{CodeAuthSourceLDAP, CodeNotEncrypted}},
	{name: "aws keys in the string", uri: "mongodb://AKIAXXX:secretkey@db.example.com/app?authMechanism=MONGODB-AWS", codes: []connstr.Code{connstr.CodeAuthUsernameForbidden, connstr.CodeAuthPasswordForbidden, CodeNotEncrypted}},
	{name: "removed mechanism", uri: "mongodb://u:p@db.example.com/app?authMechanism=MONGODB-CR&authSource=admin", codes: []connstr.Code{connstr.CodeAuthRemovedMechanism, CodeNotEncrypted}},

	// Hosts, replica sets, network.
	{name: "localhost", uri: "mongodb://localhost:27017/app", codes: []connstr.Code{CodeLocalhostIPv6}, repaired: "-"},
	{name: "replica set with one seed", uri: "mongodb://db1.example.com:27017/app?replicaSet=rs0", codes: []connstr.Code{CodeReplicaSetOneSeed, CodeNotEncrypted}},
	{name: "direct connection to a member", uri: "mongodb://db1.example.com:27017/app?directConnection=true&replicaSet=rs0", codes: []connstr.Code{CodeDirectReplicaSet, CodeNotEncrypted}},
	{name: "direct connection with several hosts", uri: "mongodb://a.example.com,b.example.com/app?directConnection=true", codes: []connstr.Code{connstr.CodeDirectMultipleHosts, CodeNotEncrypted},
		repaired: "mongodb://a.example.com,b.example.com/app"},
	{name: "duplicate host", uri: "mongodb://a.example.com,A.example.com:27017,b.example.com/app", codes: []connstr.Code{CodeDuplicateHost, CodeNotEncrypted}},
	{name: "http port", uri: "mongodb://db.example.com:443/app", codes: []connstr.Code{CodeOtherServicePort, CodeNotEncrypted}},
	{name: "double dot", uri: "mongodb://db..example.com/app", codes: []connstr.Code{CodeHostNotResolvable, CodeNotEncrypted}},
	{name: "incomplete ip", uri: "mongodb://192.168.1:27017/app", codes: []connstr.Code{CodeHostNotResolvable, CodeNotEncrypted}},
	{name: "socket path with raw slashes", uri: "mongodb:///tmp/mongodb-27017.sock", codes: []connstr.Code{connstr.CodeUnescapedSlash},
		repaired: "mongodb://%2Ftmp%2Fmongodb-27017.sock"},
	{name: "ipv6 without brackets", uri: "mongodb://::1/app", codes: []connstr.Code{connstr.CodeInvalidHost}, repaired: "mongodb://[::1]/app"},
	{name: "cosmos db", uri: "mongodb://acct:KEY==@acct.mongo.cosmos.azure.com:10255/?ssl=true&replicaSet=globaldb&retrywrites=false&maxIdleTimeMS=120000&appName=@acct@",
		codes: []connstr.Code{CodeAtInOptionValue, CodeMissingDatabase}, repaired: "-"},
	{name: "cosmos db without retrywrites", uri: "mongodb://acct:KEY==@acct.mongo.cosmos.azure.com:10255/app?ssl=true&replicaSet=globaldb",
		codes: []connstr.Code{CodeCosmosRetryWrites, CodeAuthSourcePathDB}},

	// Options.
	{name: "options after the database without ?", uri: "mongodb://db.example.com/app;w=1;ssl=true", codes: []connstr.Code{CodeOptionsInDatabase, CodeNotEncrypted},
		repaired: "mongodb://db.example.com/app?w=1&ssl=true"},
	{name: "semicolons", uri: "mongodb://db.example.com/app?w=1;ssl=true", codes: []connstr.Code{connstr.CodeLegacySeparator},
		repaired: "mongodb://db.example.com/app?w=1&ssl=true"},
	{name: "node 3.x options", uri: "mongodb://db.example.com/app?useNewUrlParser=true&useUnifiedTopology=true",
		codes: []connstr.Code{connstr.CodeRemovedOption, connstr.CodeRemovedOption, CodeNotEncrypted}, repaired: "mongodb://db.example.com/app"},
	{name: "legacy options with replacements", uri: "mongodb://db.example.com/app?ssl=1&j=true&poolSize=20&slaveOk=true",
		codes:    []connstr.Code{connstr.CodeLegacyBoolean, connstr.CodeDeprecatedOption, connstr.CodeRemovedOption, connstr.CodeRemovedOption},
		repaired: "mongodb://db.example.com/app?ssl=true&journal=true&maxPoolSize=20&readPreference=secondaryPreferred"},
	{name: "misspelt option", uri: "mongodb://db.example.com/app?replSet=rs0", codes: []connstr.Code{connstr.CodeUnknownOption, CodeNotEncrypted},
		repaired: "mongodb://db.example.com/app?replicaSet=rs0"},
	{name: "enum case", uri: "mongodb://db.example.com/app?readPreference=SECONDARY", codes: []connstr.Code{connstr.CodeValueCase, CodeNotEncrypted},
		repaired: "mongodb://db.example.com/app?readPreference=secondary"},
	{name: "empty pairs", uri: "mongodb://db.example.com/app?appName=x&&w=1&", codes: []connstr.Code{connstr.CodeOptionEmptyPair, connstr.CodeOptionEmptyPair, CodeNotEncrypted},
		repaired: "mongodb://db.example.com/app?appName=x&w=1"},
	{name: "duplicate option", uri: "mongodb://db.example.com/app?w=1&w=2", codes: []connstr.Code{connstr.CodeDuplicateOption, CodeNotEncrypted}, repaired: "mongodb://db.example.com/app?w=2"},
	{name: "gssapiServiceName", uri: "mongodb://u@db.example.com/?authMechanism=GSSAPI&gssapiServiceName=mongo",
		codes:    []connstr.Code{connstr.CodeDeprecatedOption, CodeMissingDatabase, CodeNotEncrypted},
		repaired: "mongodb://u@db.example.com/?authMechanism=GSSAPI&authMechanismProperties=SERVICE_NAME:mongo"},
	{name: "tls options node rejects", uri: "mongodb://db.example.com/app?tls=true&tlsDisableOCSPEndpointCheck=true", codes: []connstr.Code{CodeOptionNotPortable}},
	{name: "compressors needing packages", uri: "mongodb://db.example.com/app?compressors=snappy,zlib", codes: []connstr.Code{CodeOptionNotPortable, CodeNotEncrypted}},
	{name: "maxStalenessSeconds=-1", uri: "mongodb://db.example.com/app?readPreference=secondary&maxStalenessSeconds=-1", codes: []connstr.Code{CodeOptionNotPortable, CodeNotEncrypted}},
	{name: "insecure tls", uri: "mongodb://db.example.com/app?tls=true&tlsAllowInvalidCertificates=true", codes: []connstr.Code{CodeTLSValidationOff}},
	{name: "journal with w=0 has no obvious repair", uri: "mongodb://db.example.com/app?journal=true&w=0", codes: []connstr.Code{connstr.CodeJournalW0, CodeNotEncrypted}, repaired: "-"},

	// Pool and timeouts.
	{name: "pool and timeouts too small", uri: "mongodb://db.example.com/app?maxPoolSize=0&maxIdleTimeMS=10&serverSelectionTimeoutMS=500&connectTimeoutMS=100&socketTimeoutMS=1000&waitQueueTimeoutMS=5",
		codes: []connstr.Code{CodePoolUnlimited, CodeIdleTimeShort, CodeSelectionShort, CodeConnectShort, CodeSocketShort, CodeWaitQueueShort,
			connstr.CodeDeprecatedOption, connstr.CodeDeprecatedOption, CodeNotEncrypted}},
	{name: "pool above atlas small tiers", uri: "mongodb+srv://u:p@cluster0.abcde.mongodb.net/app?maxPoolSize=1000", codes: []connstr.Code{CodePoolAboveTierLimit}},
	{name: "connect timeout above selection", uri: "mongodb://db.example.com/app?connectTimeoutMS=60000", codes: []connstr.Code{CodeConnectAboveSelect, CodeNotEncrypted}},
	{name: "remote proxy with a local server", uri: "mongodb://localhost:27017/app?proxyHost=proxy.example.com",
		codes: []connstr.Code{CodeProxyLocalHost, CodeLocalhostIPv6}},
	{name: "kerberos with a password", uri: "mongodb://u%40REALM:pw@db.example.com/?authMechanism=GSSAPI&tls=true",
		codes: []connstr.Code{CodeKerberosPassword, CodeMissingDatabase}},
	{name: "plain connection on a private network", uri: "mongodb://10.0.0.5:27017,mongo2:27017/app?replicaSet=rs0",
		codes: []connstr.Code{CodeNotEncrypted}},
	{name: "no connect timeout", uri: "mongodb://db.example.com/app?connectTimeoutMS=0", codes: []connstr.Code{CodeConnectDisabled, CodeNotEncrypted}},
}

func checkCodes(checks []Check) []string {
	out := make([]string, len(checks))
	for i, c := range checks {
		out[i] = string(c.Code)
	}
	sort.Strings(out)
	return out
}

func countCode(checks []Check, code connstr.Code) int {
	n := 0
	for _, c := range checks {
		if c.Code == code {
			n++
		}
	}
	return n
}

func TestExplainCases(t *testing.T) {
	for _, tc := range explainCases {
		t.Run(tc.name, func(t *testing.T) {
			x := Explain(tc.uri)
			want := make([]string, len(tc.codes))
			for i, c := range tc.codes {
				want[i] = string(c)
			}
			sort.Strings(want)
			require.Equal(t, want, checkCodes(x.Checks), "codes")

			basis := tc.basis
			if basis == "" {
				basis = "input"
			}
			assert.Equal(t, basis, x.Basis)
			if tc.explained != "" {
				assert.Equal(t, tc.explained, x.Explained)
			}
			switch tc.repaired {
			case "":
			case "-":
				assert.Empty(t, x.Repaired)
			default:
				assert.Equal(t, tc.repaired, x.Repaired)
			}
			assertExplanationSound(t, tc.uri, x)
		})
	}
}

// assertExplanationSound checks what must hold for every explanation: spans
// inside the input, every Fixed and Repaired string valid and free of the
// finding it fixes.
func assertExplanationSound(t *testing.T, uri string, x *Explanation) {
	t.Helper()
	for _, c := range x.Checks {
		for _, s := range c.Spans {
			assert.True(t, s.Start >= 0 && s.Start <= s.End && s.End <= len(uri), "span %v of %s outside the input", s, c.Code)
		}
		assert.NotEmpty(t, c.Title, c.Code)
		assert.NotEmpty(t, c.Seen, c.Code)
		assert.Contains(t, []string{"error", "warning", "info"}, c.Severity)
		if c.Fixed == "" {
			continue
		}
		_, err := connstr.Parse(c.Fixed)
		require.NoError(t, err, "the fix of %s does not parse: %s", c.Code, c.Fixed)
		again := Explain(c.Fixed)
		assert.Less(t, countCode(again.Checks, c.Code), countCode(x.Checks, c.Code), "the fix of %s still has it: %s", c.Code, c.Fixed)
	}
	if x.Repaired != "" {
		_, err := connstr.Parse(x.Repaired)
		require.NoError(t, err, "Repaired does not parse: %s", x.Repaired)
		for _, c := range Explain(x.Repaired).Checks {
			assert.NotEqual(t, "error", c.Severity, "Repaired %s still has %s", x.Repaired, c.Code)
		}
	}
}

func TestExplainFixedStringsUnmasked(t *testing.T) {
	// With secrets revealed, the fixed strings are the real ones: they parse
	// to the credentials the person meant.
	x := Explain("mongodb://user:p@ss/w?rd@db.example.com/app?authSource=admin", RevealSecrets())
	require.Equal(t, "repaired", x.Basis)
	require.NotEmpty(t, x.Checks)
	assert.Equal(t, CodeCredentialsNotEncoded, x.Checks[0].Code)
	assert.Equal(t, "mongodb://user:p%40ss%2Fw%3Frd@db.example.com/app?authSource=admin", x.Checks[0].Fixed)
	cs, err := connstr.Parse(x.Checks[0].Fixed)
	require.NoError(t, err)
	assert.Equal(t, "p@ss/w?rd", cs.User.Password.Reveal())
	assert.Equal(t, "db.example.com", cs.Hosts[0].Host)
	assert.Equal(t, "set", Explain("mongodb://user:p@ss/w?rd@db.example.com/app").Credentials.Password)
	assert.Equal(t, "p@ss/w?rd", x.Credentials.Password)
}

func TestExplainSpansPointIntoTheInput(t *testing.T) {
	// Spans of the cleaned string are mapped back to what was pasted.
	in := `MONGO_URI="mongodb://localhost:27017/app"`
	x := Explain(in)
	require.Equal(t, "cleaned", x.Basis)
	var local Check
	for _, c := range x.Checks {
		if c.Code == CodeLocalhostIPv6 {
			local = c
		}
	}
	require.Len(t, local.Spans, 1)
	assert.Equal(t, "localhost:27017", in[local.Spans[0].Start:local.Spans[0].End])
	require.Len(t, x.Hosts.List, 1)
	assert.Equal(t, "localhost:27017", in[x.Hosts.List[0].Span.Start:x.Hosts.List[0].Span.End])
	assert.Equal(t, "mongodb://", in[x.Scheme.Span.Start:x.Scheme.Span.End])

	// Spans of a repaired string: the credentials map to what was typed.
	in = "mongodb://user:p@ss@db.example.com:27017/app?authSource=admin"
	x = Explain(in)
	require.Equal(t, "repaired", x.Basis)
	assert.Equal(t, "user:p@ss", in[x.Checks[0].Spans[0].Start:x.Checks[0].Spans[0].End])
	assert.Equal(t, "db.example.com:27017", in[x.Hosts.List[0].Span.Start:x.Hosts.List[0].Span.End])
	assert.Equal(t, "user:p@ss", in[x.Credentials.Span.Start:x.Credentials.Span.End])
}

func TestExplainUnparseableStringsStillExplain(t *testing.T) {
	for _, in := range []string{"", " ", "mongodb://", "mongodb+srv://", "://", "@", "mongodb://@", "mongodb://:@/?&=",
		"mongodb://a@b@c@d@e@f@g@h@i@j@k@l@m", strings.Repeat("@", 1000), "mongodb://" + strings.Repeat("a,", 5000),
		"mongodb://h/?" + strings.Repeat("a=1&", 5000), "\"", "''", "“mongodb://h”", "mongosh", "x=", "export "} {
		x := Explain(in)
		require.NotNil(t, x, in)
		assertExplanationSound(t, in, x)
	}
}

func TestExplainCheckOrder(t *testing.T) {
	x := Explain("mongodb://db.example.com/app?w=1;ssl=true&journal=true&w=0")
	sev := map[string]int{"error": 0, "warning": 1, "info": 2}
	for i := 1; i < len(x.Checks); i++ {
		assert.LessOrEqual(t, sev[x.Checks[i-1].Severity], sev[x.Checks[i].Severity])
	}
}
