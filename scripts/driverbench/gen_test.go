package driverbench

import (
	"math/rand/v2"
	"strings"
)

// genURIs returns n mongodb:// strings from a seeded generator: mostly
// strings a person might write, valid or nearly so, with the mistakes and
// the corners where drivers part ways (credentials with raw characters,
// options in the wrong case or with legacy values, unknown options, ';'
// separators, authentication mechanisms and their credentials, ...).
// About one in seven is a mongodb+srv:// string, which only the Node.js
// driver is asked about: the Go driver looks the name up in DNS while it
// parses.
func genURIs(seed uint64, n int) []string {
	g := uriGen{rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))}
	out := make([]string, 0, n)
	for len(out) < n {
		out = append(out, g.uri())
	}
	return out
}

type uriGen struct{ r *rand.Rand }

func (g uriGen) pick(list ...string) string { return list[g.r.IntN(len(list))] }
func (g uriGen) chance(p float64) bool      { return g.r.Float64() < p }

func (g uriGen) uri() string {
	var b strings.Builder
	if g.chance(0.15) {
		return g.srvURI()
	}
	b.WriteString("mongodb://")
	if g.chance(0.55) {
		b.WriteString(g.userinfo())
		b.WriteByte('@')
	}
	nh := 1 + g.r.IntN(3)
	for i := range nh {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(g.host())
	}
	opts := g.options()
	switch {
	case g.chance(0.35):
		b.WriteString("/" + g.pick("app", "admin", "test", "db.coll", "my%20db", "shop", "a%2Fb", "d%zz", "x$y"))
	case g.chance(0.5) || opts != "":
		if !g.chance(0.05) { // a query without the slash before it
			b.WriteByte('/')
		}
	}
	if opts != "" {
		b.WriteString("?" + opts)
	}
	return b.String()
}

// srvURI returns a mongodb+srv:// string: mostly one name, sometimes the
// mistakes the SRV form forbids, with options including the SRV ones.
func (g uriGen) srvURI() string {
	var b strings.Builder
	b.WriteString("mongodb+srv://")
	if g.chance(0.4) {
		b.WriteString(g.userinfo() + "@")
	}
	b.WriteString(g.pick("cluster0.abcde.mongodb.net", "c0.example.com", "test1.test.build.10gen.cc", "localhost", "mongo.local"))
	if g.chance(0.05) {
		b.WriteString(g.pick(":27017", ",c1.example.com"))
	}
	b.WriteString("/" + g.pick("", "app", "admin"))
	opts := g.options()
	if g.chance(0.5) {
		extra := g.pick("srvMaxHosts="+g.pick("0", "2", "-1", "x"), "srvServiceName="+g.pick("mongodb", "custom"),
			"srvAllowedHostsSuffix="+g.pick("example.com", ".mongodb.net", "net", "co.uk", ".", "test", "MongoDB.NET."),
			"directConnection=true", "loadBalanced=true", "replicaSet=rs0", "tls=false")
		if opts == "" {
			opts = extra
		} else {
			opts += "&" + extra
		}
	}
	if opts != "" {
		b.WriteString("?" + opts)
	}
	return b.String()
}

func (g uriGen) userinfo() string {
	user := g.pick("app", "alice", "admin", "user%40example.com", "us%2Fer", "CN%3Dclient", "AKIAEXAMPLE", "bob")
	if g.chance(0.06) {
		user = g.pick("", "us er", "us#er", "u+ser", "us%zz", "u[1]")
	}
	if g.chance(0.15) {
		return user
	}
	pass := g.pick("s3cret", "p%40ss", "pa%2Fss%3Fw", "hunter2", "Passw0rd", "p%25", "x")
	if g.chance(0.15) {
		pass = g.pick("", "pa ss", "p#ss", "p+ss", "p:ss", "50%off", "p[1]", "p!$&'()*,;=", "pä", "p\"w", "p<w>", "p{w}", "p|w", "p^w", "p`w", "p\\w")
	}
	return user + ":" + pass
}

func (g uriGen) host() string {
	if g.chance(0.08) {
		return g.pick("", "h:0", "h:65536", "h:abc", "::1", "[::1", "[::1]x", "%2Ftmp%2Fm.sock", "%2Ftmp%2Fm", "h%zz", "h x", "h_1.example.com", "h!x", "[fe80::1%25eth0]", "bad host", "h:27017:1")
	}
	name := g.pick("localhost", "db1.example.com", "db2.example.com", "127.0.0.1", "[::1]", "mongo", "cluster0-shard-00-00.abcde.mongodb.net", "10.0.0.5")
	if g.chance(0.4) {
		name += ":" + g.pick("27017", "27018", "27019", "1", "65535")
	}
	return name
}

// optionPool holds, per option, values the drivers should take and values
// that break something: a type, a range, a case, a legacy spelling.
var optionPool = []struct {
	key       string
	good, bad []string
}{
	{"appName", []string{"myapp", "Cluster0", "my%20app"}, []string{strings.Repeat("a", 129), "a%zz"}},
	{"replicaSet", []string{"rs0", "atlas-xyz-shard-0"}, []string{""}},
	{"directConnection", []string{"true", "false"}, []string{"TRUE", "yes", "1"}},
	{"loadBalanced", []string{"false", "true"}, []string{"on"}},
	{"connectTimeoutMS", []string{"10000", "0", "30000"}, []string{"-1", "abc", "10s", "1.5"}},
	{"socketTimeoutMS", []string{"0", "45000"}, []string{"-5", "x"}},
	{"timeoutMS", []string{"0", "5000"}, []string{"-1", "soon"}},
	{"heartbeatFrequencyMS", []string{"10000", "500"}, []string{"100", "-1"}},
	{"serverSelectionTimeoutMS", []string{"30000", "5000"}, []string{"0", "x"}},
	{"serverMonitoringMode", []string{"auto", "poll", "stream"}, []string{"AUTO", "push"}},
	{"localThresholdMS", []string{"15", "0"}, []string{"-1"}},
	{"retryWrites", []string{"true", "false"}, []string{"1", "True", "yes", ""}},
	{"retryReads", []string{"true", "false"}, []string{"0", "no"}},
	{"tls", []string{"true", "false"}, []string{"1", "TRUE"}},
	{"ssl", []string{"true", "false"}, []string{"yes"}},
	{"tlsCAFile", []string{"%2Fetc%2Fssl%2Fca.pem", "ca.pem"}, nil},
	{"tlsCertificateKeyFile", []string{"client.pem"}, nil},
	{"tlsAllowInvalidCertificates", []string{"true", "false"}, []string{"y"}},
	{"tlsAllowInvalidHostnames", []string{"true", "false"}, nil},
	{"tlsInsecure", []string{"true", "false"}, []string{"1"}},
	{"tlsDisableOCSPEndpointCheck", []string{"true"}, nil},
	{"compressors", []string{"zlib", "snappy,zlib", "zstd", "zlib,zstd"}, []string{"gzip", "lz4,zlib"}},
	{"zlibCompressionLevel", []string{"-1", "6", "9"}, []string{"10", "-2", "max"}},
	{"maxPoolSize", []string{"100", "0", "50"}, []string{"-1", "many"}},
	{"minPoolSize", []string{"0", "5"}, []string{"-3"}},
	{"maxConnecting", []string{"2", "10"}, []string{"0", "-1"}},
	{"maxIdleTimeMS", []string{"60000", "0"}, []string{"-1"}},
	{"waitQueueTimeoutMS", []string{"1000"}, []string{"x"}},
	{"w", []string{"majority", "1", "0", "2", "myTag"}, []string{"-1", ""}},
	{"journal", []string{"true", "false"}, []string{"yes", "1"}},
	{"wTimeoutMS", []string{"5000", "0"}, []string{"-1", "x"}},
	{"readConcernLevel", []string{"majority", "local", "linearizable", "snapshot", "available"}, []string{"strong"}},
	{"readPreference", []string{"primary", "secondary", "secondaryPreferred", "nearest", "primaryPreferred"}, []string{"PRIMARY", "secondarypreferred", "slave"}},
	{"readPreferenceTags", []string{"dc:ny", "dc:ny,rack:1", ""}, []string{"dc", "a:b:c"}},
	{"maxStalenessSeconds", []string{"90", "120", "-1"}, []string{"10", "x"}},
	{"authSource", []string{"admin", "$external", "%24external", "db"}, []string{""}},
	{"uuidRepresentation", []string{"standard", "javaLegacy"}, []string{"weird"}},
	{"proxyHost", []string{"proxy.example.com"}, nil},
	{"proxyPort", []string{"1080"}, []string{"70000"}},
	{"srvServiceName", []string{"mongodb"}, nil},
	{"srvMaxHosts", []string{"2"}, nil},
	// Options some drivers do not know.
	{"useNewUrlParser", []string{"true"}, nil},
	{"useUnifiedTopology", []string{"true"}, nil},
	{"keepAlive", []string{"true"}, nil},
	{"foo", []string{"bar"}, nil},
	{"sslValidate", []string{"false"}, nil},
	{"wtimeout", []string{"1000"}, nil},
	{"j", []string{"true"}, nil},
	{"gssapiServiceName", []string{"mongodb"}, nil},
	{"tlsCRLFile", []string{"crl.pem"}, nil},
}

var mechanisms = []string{"SCRAM-SHA-256", "SCRAM-SHA-1", "MONGODB-X509", "MONGODB-AWS", "GSSAPI", "PLAIN", "MONGODB-OIDC", "scram-sha-256", "MONGODB-CR", "KERBEROS"}

func (g uriGen) options() string {
	var pairs []string
	n := g.r.IntN(5)
	if g.chance(0.3) {
		n = 0
	}
	for range n {
		o := optionPool[g.r.IntN(len(optionPool))]
		key := o.key
		switch {
		case g.chance(0.08):
			key = strings.ToLower(key)
		case g.chance(0.03):
			key = strings.ToUpper(key)
		}
		val := o.good[g.r.IntN(len(o.good))]
		if len(o.bad) > 0 && g.chance(0.25) {
			val = o.bad[g.r.IntN(len(o.bad))]
		}
		pairs = append(pairs, key+"="+val)
	}
	if g.chance(0.25) {
		pairs = append(pairs, g.auth()...)
	}
	if g.chance(0.03) {
		pairs = append(pairs, g.pick("w", "=1", "", "retryWrites"))
	}
	g.r.Shuffle(len(pairs), func(i, j int) { pairs[i], pairs[j] = pairs[j], pairs[i] })
	sep := "&"
	if g.chance(0.06) {
		sep = ";"
	}
	s := strings.Join(pairs, sep)
	if g.chance(0.03) && len(pairs) > 2 { // one ';' among '&'
		s = strings.Replace(s, "&", ";", 1)
	}
	return s
}

func (g uriGen) auth() []string {
	mech := g.pick(mechanisms...)
	out := []string{"authMechanism=" + mech}
	switch strings.ToUpper(mech) {
	case "GSSAPI":
		if g.chance(0.6) {
			out = append(out, "authMechanismProperties="+g.pick("SERVICE_NAME:mongodb", "service_name:other", "CANONICALIZE_HOST_NAME:forward", "CANONICALIZE_HOST_NAME:always", "SERVICE_REALM:EXAMPLE.COM", "REALM:x"))
		}
	case "MONGODB-AWS":
		if g.chance(0.3) {
			out = append(out, "authMechanismProperties="+g.pick("AWS_SESSION_TOKEN:tok", "aws_session_token:tok"))
		}
	case "MONGODB-OIDC":
		out = append(out, "authMechanismProperties="+g.pick("ENVIRONMENT:azure,TOKEN_RESOURCE:api%3A%2F%2Fx", "ENVIRONMENT:test", "ENVIRONMENT:gcp", "ENVIRONMENT:k8s", "environment:test", "ENVIRONMENT:azure", "ALLOWED_HOSTS:x", "ENVIRONMENT:test,TOKEN_RESOURCE:x"))
	case "SCRAM-SHA-256", "SCRAM-SHA-1", "PLAIN":
		if g.chance(0.1) {
			out = append(out, "authMechanismProperties=SERVICE_NAME:x")
		}
	}
	if g.chance(0.3) {
		out = append(out, "authSource="+g.pick("admin", "$external", "%24external", "db"))
	}
	return out
}
