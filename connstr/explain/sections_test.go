package explain

import (
	"context"
	"testing"

	"github.com/mongouri/mongouri/connstr"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func setting(x *Explanation, name string) Setting {
	for _, s := range x.Effective {
		if s.Name == name {
			return s
		}
	}
	return Setting{}
}

func TestCredentialsAndAuthSource(t *testing.T) {
	cases := []struct {
		uri                  string
		mech, mechFrom       string
		source, from         string
		password, username   string
		noCredentialsSection bool
	}{
		{uri: "mongodb://u:p@h/app", mech: "SCRAM-SHA-256 or SCRAM-SHA-1", mechFrom: "default", source: "app", from: "path", password: "set", username: "u"},
		{uri: "mongodb://u:p@h/app.coll", mech: "SCRAM-SHA-256 or SCRAM-SHA-1", mechFrom: "default", source: "app", from: "path", password: "set", username: "u"},
		{uri: "mongodb://u:p@h/", mech: "SCRAM-SHA-256 or SCRAM-SHA-1", mechFrom: "default", source: "admin", from: "default", password: "set", username: "u"},
		{uri: "mongodb://u:@h/?authSource=users", mech: "SCRAM-SHA-256 or SCRAM-SHA-1", mechFrom: "default", source: "users", from: "authSource", password: "empty", username: "u"},
		{uri: "mongodb://u@h/app?authMechanism=GSSAPI", mech: "GSSAPI", mechFrom: "string", source: "$external", from: "mechanism", password: "not given", username: "u"},
		{uri: "mongodb://h/app?authMechanism=MONGODB-X509&tls=true", mech: "MONGODB-X509", mechFrom: "string", source: "$external", from: "mechanism", password: "not given"},
		{uri: "mongodb://u:p@h/?authMechanism=PLAIN", mech: "PLAIN", mechFrom: "string", source: "$external", from: "default", password: "set", username: "u"},
		{uri: "mongodb://u:p@h/ldap?authMechanism=PLAIN", mech: "PLAIN", mechFrom: "string", source: "ldap", from: "path", password: "set", username: "u"},
		{uri: "mongodb+srv://u:p@cluster0.abcde.mongodb.net/app", mech: "SCRAM-SHA-256 or SCRAM-SHA-1", mechFrom: "default", source: "admin", from: "txt", password: "set", username: "u"},
		{uri: "mongodb://h/app", noCredentialsSection: true},
	}
	for _, tc := range cases {
		x := Explain(tc.uri)
		if tc.noCredentialsSection {
			assert.Nil(t, x.Credentials, tc.uri)
			assert.Equal(t, "none", setting(x, "authentication").Value, tc.uri)
			continue
		}
		require.NotNil(t, x.Credentials, tc.uri)
		c := x.Credentials
		assert.Equal(t, tc.mech, c.Mechanism, tc.uri)
		assert.Equal(t, tc.mechFrom, c.MechanismFrom, tc.uri)
		assert.Equal(t, tc.source, c.AuthSource, tc.uri)
		assert.Equal(t, tc.from, c.AuthSourceFrom, tc.uri)
		assert.Equal(t, tc.password, c.Password, tc.uri)
		assert.Equal(t, tc.username, c.Username, tc.uri)
		assert.NotEmpty(t, c.AuthSourceWhy, tc.uri)
		assert.Equal(t, tc.source, setting(x, "authSource").Value, tc.uri)
	}
}

func TestAuthSourceFromTheTXTRecord(t *testing.T) {
	uri := "mongodb+srv://u:p@db.example.com/app"
	x := Explain(uri)
	assert.Equal(t, "path", x.Credentials.AuthSourceFrom, "without a resolution, the path database")
	assert.Contains(t, x.Credentials.AuthSourceWhy, "TXT record")

	cs, _ := connstr.Parse(uri)
	res, err := connstr.Resolve(context.Background(), cs, fakeResolver{})
	require.NoError(t, err)
	x = Explain(uri, WithResolution(res, err))
	assert.Equal(t, "admin", x.Credentials.AuthSource)
	assert.Equal(t, "txt", x.Credentials.AuthSourceFrom)
	assert.Equal(t, Setting{Name: "replicaSet", Value: "atlas-x-shard-0", Source: "txt", Note: "From the TXT record of the SRV name."}, setting(x, "replicaSet"))
	assert.Equal(t, "db-shard-00-00.example.com:27017,db-shard-00-01.example.com:27017", setting(x, "seeds").Value)
	assert.NotContains(t, checkCodes(x.Checks), string(CodeAuthSourcePathDB), "the TXT record's authSource wins over the path")

	// The DNS tip offers the equivalent mongodb:// string, masked.
	var dns Tip
	for _, tip := range x.Tips {
		if tip.Code == TipSRVDNS {
			dns = tip
		}
	}
	assert.Equal(t, "mongodb://u:*****@db-shard-00-00.example.com:27017,db-shard-00-01.example.com:27017/app?authSource=admin&replicaSet=atlas-x-shard-0&tls=true", dns.Fixed)
	_, err = connstr.Parse(dns.Fixed)
	assert.NoError(t, err)
}

func TestResolutionFailures(t *testing.T) {
	uri := "mongodb+srv://cluster9.abcde.mongodb.net/app"
	cs, _ := connstr.Parse(uri)
	res, err := connstr.Resolve(context.Background(), cs, emptyResolver{})
	require.Error(t, err)
	x := Explain(uri, WithResolution(res, err))
	var found bool
	for _, c := range x.Checks {
		if c.Code == connstr.CodeSRVNoRecords {
			found = true
			assert.Equal(t, "resolve", c.Source)
			assert.Equal(t, "error", c.Severity)
		}
	}
	assert.True(t, found, "the resolver's finding is a check: %v", checkCodes(x.Checks))

	// A failure without a Resolution still says so.
	x = Explain(uri, WithResolution(nil, context.DeadlineExceeded))
	assert.Contains(t, checkCodes(x.Checks), string(connstr.CodeSRVLookupFailed))
}

type emptyResolver struct{}

func (emptyResolver) LookupSRV(context.Context, string) ([]connstr.SRVRecord, error) { return nil, nil }
func (emptyResolver) LookupTXT(context.Context, string) ([]string, error)            { return nil, nil }

func TestSchemeAndHostsSections(t *testing.T) {
	x := Explain("mongodb+srv://cluster0.abcde.mongodb.net/app?srvServiceName=svc")
	assert.Equal(t, "mongodb+srv", x.Scheme.Scheme)
	assert.Equal(t, "_svc._tcp.cluster0.abcde.mongodb.net", x.Scheme.SRVName)
	assert.Equal(t, "cluster0.abcde.mongodb.net", x.Scheme.TXTName)
	assert.Len(t, x.Scheme.Implies, 4)
	assert.Equal(t, "srv", x.Hosts.Topology)
	require.Len(t, x.Hosts.List, 1)
	assert.Equal(t, "atlas-srv", x.Hosts.List[0].Kind)

	topologies := map[string]string{
		"mongodb://h":                                 "single",
		"mongodb://a,b":                               "seed-list",
		"mongodb://a,b/?replicaSet=rs":                "replica-set",
		"mongodb://a/?directConnection=true":          "direct",
		"mongodb://lb.example.com/?loadBalanced=true": "load-balanced",
	}
	for uri, want := range topologies {
		assert.Equal(t, want, Explain(uri).Hosts.Topology, uri)
	}

	x = Explain("mongodb://localhost,10.1.2.3:27018,[::1],%2Ftmp%2Fm.sock,cluster0-shard-00-00.abcde.mongodb.net,a.mongo.cosmos.azure.com")
	kinds := []string{}
	for _, h := range x.Hosts.List {
		kinds = append(kinds, h.Kind)
	}
	assert.Equal(t, []string{"local", "private", "local", "socket", "atlas-node", "cosmos"}, kinds)
	assert.True(t, x.Hosts.List[0].DefaultPort)
	assert.Equal(t, 27017, x.Hosts.List[0].Port)
	assert.Equal(t, 27018, x.Hosts.List[1].Port)
	assert.False(t, x.Hosts.List[1].DefaultPort)
	assert.Equal(t, 0, x.Hosts.List[3].Port)
}

func TestOptionsSection(t *testing.T) {
	x := Explain("mongodb://h/?retryWrites=true&maxPoolSize=50&tls=false&useNewUrlParser=true&colour=blue&replSet=x&proxyHost=p&proxyUsername=u&proxyPassword=pw&tail=x")
	byName := map[string]OptionPart{}
	for _, o := range x.Options {
		byName[o.Name] = o
	}
	assert.False(t, byName["retryWrites"].Changes)
	assert.Equal(t, "Same as the default: it changes nothing.", byName["retryWrites"].Effect)
	assert.True(t, byName["maxPoolSize"].Changes)
	assert.Equal(t, "connections", byName["maxPoolSize"].Unit)
	assert.False(t, byName["tls"].Changes, "tls=false is the default of mongodb://")
	assert.Equal(t, "set", byName["proxyPassword"].Value)
	assert.Equal(t, "removed", byName["useNewUrlParser"].Status)
	assert.Equal(t, "standard", byName["maxPoolSize"].Status)
	assert.NotEmpty(t, byName["maxPoolSize"].Docs)

	require.Len(t, x.Unknown, 3)
	assert.Equal(t, UnknownPart{Key: "colour", Value: "blue", Span: x.Unknown[0].Span}, x.Unknown[0])
	assert.Equal(t, "replicaSet", x.Unknown[1].Suggestion)
	// After a secret, an unknown option may be the rest of a raw secret
	// value that held '&': nothing of it is shown.
	assert.Equal(t, UnknownPart{Key: connstr.Mask, Value: "set", Span: x.Unknown[2].Span}, x.Unknown[2])

	x = Explain("mongodb+srv://h.example.com/?tls=true")
	assert.False(t, x.Options[0].Changes, "tls=true is the default of mongodb+srv://")
	x = Explain("mongodb://h/?authMechanism=MONGODB-AWS&authMechanismProperties=AWS_SESSION_TOKEN:tok")
	assert.Equal(t, "AWS_SESSION_TOKEN:set", x.Options[1].Value)
}

func TestEffectiveConfiguration(t *testing.T) {
	x := Explain("mongodb://h/?maxPoolSize=20&w=1")
	want := map[string][2]string{
		"tls":                      {"false", "default"},
		"readPreference":           {"primary", "default"},
		"retryWrites":              {"true", "default"},
		"w":                        {"1", "string"},
		"maxPoolSize":              {"20", "string"},
		"serverSelectionTimeoutMS": {"30000", "default"},
		"connectTimeoutMS":         {"10000", "default"},
		"socketTimeoutMS":          {"0", "default"},
		"maxIdleTimeMS":            {"0", "default"},
		"minPoolSize":              {"0", "default"},
	}
	for name, v := range want {
		s := setting(x, name)
		assert.Equal(t, v[0], s.Value, name)
		assert.Equal(t, v[1], s.Source, name)
	}
	assert.Equal(t, Setting{Name: "tls", Value: "true", Source: "scheme", Note: "mongodb+srv:// turns TLS on."}, setting(Explain("mongodb+srv://h.example.com"), "tls"))
}

// TestRegistryDefaults pins the registry's typed defaults the explainer
// uses, so that a change of one shows here.
func TestRegistryDefaults(t *testing.T) {
	want := map[string]string{
		"connectTimeoutMS": "10000", "socketTimeoutMS": "0", "heartbeatFrequencyMS": "10000", "serverMonitoringMode": "auto",
		"serverSelectionTimeoutMS": "30000", "serverSelectionTryOnce": "true", "localThresholdMS": "15", "retryReads": "true",
		"retryWrites": "true", "enableOverloadRetargeting": "false", "tls": "false", "tlsAllowInvalidCertificates": "false",
		"tlsAllowInvalidHostnames": "false", "tlsInsecure": "false", "tlsDisableCertificateRevocationCheck": "false",
		"tlsDisableOCSPEndpointCheck": "false", "zlibCompressionLevel": "-1", "maxPoolSize": "100", "minPoolSize": "0",
		"maxConnecting": "2", "maxIdleTimeMS": "0", "w": "majority", "readPreference": "primary", "maxStalenessSeconds": "-1",
		"srvServiceName": "mongodb", "srvMaxHosts": "0", "proxyPort": "1080", "directConnection": "false", "loadBalanced": "false",
		"gssapiServiceName": "mongodb",
	}
	for spec := range connstr.OptionSpecs() {
		v, ok := defaultValue(spec)
		if w, has := want[spec.Name]; has {
			require.True(t, ok, spec.Name)
			assert.Equal(t, w, v.Text(), spec.Name)
		} else {
			assert.False(t, ok, "%s has a default value %q the test does not know", spec.Name, v.Text())
		}
	}
}

func TestNotEncryptedSeverity(t *testing.T) {
	sev := func(uri string) string {
		for _, c := range Explain(uri).Checks {
			if c.Code == CodeNotEncrypted {
				return c.Severity
			}
		}
		return "none"
	}
	assert.Equal(t, "warning", sev("mongodb://db.example.com/app"))
	assert.Equal(t, "warning", sev("mongodb://10.0.0.1,db.example.com/app"))
	assert.Equal(t, "info", sev("mongodb://10.0.0.1,192.168.1.2,mongo/app"))
	assert.Equal(t, "none", sev("mongodb://localhost,127.0.0.1,[::1],%2Ftmp%2Fm.sock/app"))
	assert.Equal(t, "none", sev("mongodb://db.example.com/app?tls=true"))
	assert.Equal(t, "none", sev("mongodb+srv://db.example.com/app"), "SRV turns TLS on")
}
