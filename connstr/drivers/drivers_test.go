package drivers_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/mongouri/mongouri/connstr"
	"github.com/mongouri/mongouri/connstr/drivers"
)

// TestVerdicts pins the verdicts of strings whose fate in each driver is
// known from the drivers' sources (and, for Go and Node.js, from the
// differential test in scripts/driverbench).
func TestVerdicts(t *testing.T) {
	const (
		A = drivers.Accepts
		W = drivers.AcceptsWarn
		R = drivers.Rejects
	)
	tests := []struct {
		uri  string
		want map[drivers.Family]drivers.Outcome
		why  map[drivers.Family]string // a word the reason must hold
	}{
		{uri: "mongodb://app:s3cret@db1.example.com,db2.example.com/shop?replicaSet=rs0",
			want: map[drivers.Family]drivers.Outcome{drivers.Node: A, drivers.Node6: A, drivers.Python: A, drivers.Go: A, drivers.Java: A, drivers.CSharp: A, drivers.Rust: A, drivers.C: A}},
		{uri: "mongodb://db.example.com/?useNewUrlParser=true",
			want: map[drivers.Family]drivers.Outcome{drivers.Node: R, drivers.Node6: A, drivers.Go: A, drivers.Python: W},
			why:  map[drivers.Family]string{drivers.Node: "useNewUrlParser"}},
		{uri: "mongodb://db.example.com/?retryWrites=1",
			want: map[drivers.Family]drivers.Outcome{drivers.Node: R, drivers.Go: R},
			why:  map[drivers.Family]string{drivers.Go: "retryWrites"}},
		{uri: "mongodb://AKIA:secret@db.example.com/?authMechanism=MONGODB-AWS",
			want: map[drivers.Family]drivers.Outcome{drivers.Node: R, drivers.Node6: A, drivers.Go: A, drivers.Python: R},
			why:  map[drivers.Family]string{drivers.Node: "AWS SDK"}},
		{uri: "mongodb://db.example.com/?replicaSet=test;maxConnecting=1&appName=x",
			want: map[drivers.Family]drivers.Outcome{drivers.Node: W, drivers.Go: W, drivers.Java: W, drivers.Python: R},
			why:  map[drivers.Family]string{drivers.Python: "';'", drivers.Go: "';'"}},
		{uri: "mongodb://user:p+ss@db.example.com/",
			want: map[drivers.Family]drivers.Outcome{drivers.Python: W, drivers.Node: A},
			why:  map[drivers.Family]string{drivers.Python: "space"}},
		{uri: "mongodb://user:p ss@db.example.com/",
			want: map[drivers.Family]drivers.Outcome{drivers.Go: A, drivers.Node: A}},
		{uri: "mongodb://user:p#ss@db.example.com/",
			want: map[drivers.Family]drivers.Outcome{drivers.Go: A, drivers.Node: R, drivers.Java: R}},
		{uri: "mongodb://db.example.com?w=1",
			want: map[drivers.Family]drivers.Outcome{drivers.Go: R, drivers.Node: A},
			why:  map[drivers.Family]string{drivers.Go: "'/'"}},
		{uri: "mongodb://db.example.com/?readPreference=SECONDARY",
			want: map[drivers.Family]drivers.Outcome{drivers.Node: R, drivers.Go: A}},
		{uri: "mongodb://u@db.example.com/?authMechanism=MONGODB-X509&wtimeout=15",
			want: map[drivers.Family]drivers.Outcome{drivers.CSharp: W},
			why:  map[drivers.Family]string{drivers.CSharp: "seconds"}},
		{uri: "not a uri",
			want: map[drivers.Family]drivers.Outcome{drivers.Node: R, drivers.Go: R, drivers.Python: R}},
	}
	for _, tt := range tests {
		cs, _ := connstr.Parse(tt.uri)
		vs := drivers.Judge(cs)
		require.Len(t, vs, len(drivers.All()))
		for i, v := range vs {
			assert.Equal(t, drivers.All()[i], v.Driver, "Judge keeps the order of All")
			if want, ok := tt.want[v.Driver.Family]; ok {
				assert.Equal(t, want, v.Outcome, "%s in %s: %v", tt.uri, v.Driver.Family, v.Reasons)
			}
			if v.Outcome != drivers.Accepts {
				assert.NotEmpty(t, v.Reasons, "%s in %s: a verdict other than accepts says why", tt.uri, v.Driver.Family)
			}
			if word, ok := tt.why[v.Driver.Family]; ok {
				assert.Contains(t, strings.Join(v.Reasons, " "), word, "%s in %s", tt.uri, v.Driver.Family)
			}
			assert.Equal(t, v, drivers.JudgeFor(cs, v.Driver.Family))
		}
	}
}

// Reasons never quote a password or a secret option value.
func TestVerdictsKeepSecrets(t *testing.T) {
	for _, uri := range []string{
		"mongodb://user:Sup3rS3cr3t:x@db.example.com/",
		"mongodb://user:Sup3rS3cr3t@db.example.com:bad/",
		"mongodb://user:Sup3rS3cr3t@db.example.com/?authMechanism=MONGODB-AWS&authMechanismProperties=AWS_SESSION_TOKEN:Sup3rS3cr3t,x",
		"mongodb://db.example.com/?proxyHost=p&proxyUsername=u&proxyPassword=Sup3rS3cr3t&proxyPassword=Sup3rS3cr3t",
		"mongodb://db.example.com/?tlsCertificateKeyFilePassword=Sup3rS3cr3t&tlsCertificateKeyFilePassword=",
		// A raw '&' in a secret value makes its tail look like an option.
		"mongodb://db.example.com/?proxyHost=p&proxyUsername=u&proxyPassword=ab&Sup3rS3cr3t=1",
		"mongodb://db.example.com/?proxyHost=p&proxyUsername=u&proxyPassword=ab&Sup3rS3cr3t=%zz",
		"mongodb://db.example.com/?proxyHost=p&proxyUsername=u&proxyPassword=ab&Sup3rS3cr3t&Sup3rS3cr3t=",
	} {
		cs, _ := connstr.Parse(uri)
		for _, v := range drivers.Judge(cs) {
			for _, r := range v.Reasons {
				assert.NotContains(t, r, "Sup3rS3cr3t", "%s in %s", uri, v.Driver.Family)
			}
		}
	}
}

// An unknown key outside every secret part is named, so that the reader
// learns which option a driver refuses; one inside a secret is not.
func TestVerdictsNameUnknownOptions(t *testing.T) {
	named := drivers.JudgeFor(mustParse(t, "mongodb://u:pw@db.example.com/?tls=true&fooBar=1"), drivers.Node)
	require.Equal(t, drivers.Rejects, named.Outcome)
	assert.Contains(t, strings.ToLower(named.Reasons[0]), "foobar") // Node.js reads keys in lower case

	hidden := drivers.JudgeFor(mustParse(t, "mongodb://db.example.com/?proxyHost=p&proxyUsername=u&proxyPassword=ab&fooBar=1"), drivers.Node)
	require.Equal(t, drivers.Rejects, hidden.Outcome)
	assert.NotContains(t, strings.ToLower(hidden.Reasons[0]), "foobar")
	assert.Contains(t, hidden.Reasons[0], "an option")
}

func mustParse(t *testing.T, uri string) *connstr.ConnString {
	t.Helper()
	cs, _ := connstr.Parse(uri)
	return cs
}
