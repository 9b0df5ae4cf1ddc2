package connstr_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/mongouri/mongouri/connstr"
	"github.com/mongouri/mongouri/connstr/dnstest"
)

func TestAllowedHostsSuffix(t *testing.T) {
	cases := []struct {
		in, want string // want "" means rejected
	}{
		{"mydomain.net", ".mydomain.net"},
		{".mydomain.net", ".mydomain.net"},
		{".mydomain.net.", ".mydomain.net"},
		{"..mydomain.net..", ".mydomain.net"},
		{"MyDomain.NET", ".mydomain.net"},
		{"Bücher.example", ".xn--bcher-kva.example"},
		{"xn--bcher-kva.example", ".xn--bcher-kva.example"},
		{"cluster_1.mongodb.net", ".cluster_1.mongodb.net"},
		// One label: only the reserved names.
		{"test", ".test"},
		{".LOCALHOST.", ".localhost"},
		{"invalid", ".invalid"},
		{"example", ".example"},
		{"local", ".local"},
		{"mongodb", ""},
		{"cc", ""},
		{".cc", ""},
		// Public suffixes, of one label or more.
		{"COM", ""},
		{"co.uk", ""},
		{"github.io", ""}, // the list's private section counts too
		{"example.co.uk", ".example.co.uk"},
		{"anything.ck", ""},   // a wildcard rule, *.ck
		{"www.ck", ".www.ck"}, // its exception, !www.ck
		{"ck", ""},
		// Not a domain name.
		{"", ""},
		{".", ""},
		{"...", ""},
		{"a..b.com", ""},
		{"my domain.net", ""},
		{"-x.example.com", ""},
		{"a/b.example.com", ""},
	}
	for _, c := range cases {
		got, problem := connstr.AllowedHostsSuffix(c.in)
		if c.want == "" {
			assert.NotEqual(t, connstr.SuffixOK, problem, "%q is accepted as %q", c.in, got)
			assert.NotEmpty(t, problem.String(), c.in)
			continue
		}
		assert.Equal(t, connstr.SuffixOK, problem, "%q: %s", c.in, problem)
		assert.Equal(t, c.want, got, c.in)
	}
}

func TestSRVAllowedHostsSuffixParse(t *testing.T) {
	cases := []struct {
		uri  string
		code connstr.Code // "" when valid
	}{
		{"mongodb+srv://c0.example.net/?srvAllowedHostsSuffix=example.net", ""},
		{"mongodb+srv://c0.example.net/?srvAllowedHostsSuffix=.Example.NET.", ""},
		{"mongodb://db.example.net/?srvAllowedHostsSuffix=example.net", connstr.CodeSRVOptionWithoutSRV},
		{"mongodb+srv://c0.example.net/?srvAllowedHostsSuffix=net", connstr.CodeSRVSuffixInvalid},
		{"mongodb+srv://c0.example.net/?srvAllowedHostsSuffix=.", connstr.CodeSRVSuffixInvalid},
		{"mongodb+srv://c0.example.net/?srvallowedhostssuffix=co.uk", connstr.CodeSRVSuffixInvalid},
	}
	for _, c := range cases {
		cs, err := connstr.Parse(c.uri)
		if c.code == "" {
			assert.NoError(t, err, c.uri)
			continue
		}
		require.Error(t, err, c.uri)
		assert.True(t, cs.Diagnostics.Has(c.code), "%s: %v", c.uri, cs.Diagnostics)
	}
}

// srvAllowedHostsSuffix changes the check of the targets only: the SRV
// and TXT names asked are the host's, as without it.
func TestResolveAllowedHostsSuffix(t *testing.T) {
	r := dnstest.New().
		AddSRV("_mongodb._tcp.c0.apps.example.com", "db1.data.example.com", 27017).
		AddSRV("_mongodb._tcp.c0.apps.example.com", "db2.data.example.com", 27017)
	// Without the option, the targets are outside apps.example.com.
	_, err := resolve(t, "mongodb+srv://c0.apps.example.com/", r)
	require.Error(t, err)

	res, err := resolve(t, "mongodb+srv://c0.apps.example.com/?srvAllowedHostsSuffix=example.com", r)
	require.NoError(t, err)
	assert.ElementsMatch(t, []string{"db1.data.example.com:27017", "db2.data.example.com:27017"}, res.Seeds)
	assert.Equal(t, "_mongodb._tcp.c0.apps.example.com", res.SRVName)
	assert.Equal(t, "c0.apps.example.com", res.TXTName)
	assert.NotContains(t, res.Equivalent.String(), "srvAllowedHostsSuffix", "mongodb:// does not take it")

	// A suffix narrower than the targets refuses them.
	res, err = resolve(t, "mongodb+srv://c0.apps.example.com/?srvAllowedHostsSuffix=data.example.org", r)
	require.Error(t, err)
	assert.Contains(t, codesOf(res.Diagnostics), connstr.CodeSRVTargetDomain)
	for _, q := range r.Queries() {
		assert.NotContains(t, q, "example.org", "the suffix is never looked up")
	}
}
