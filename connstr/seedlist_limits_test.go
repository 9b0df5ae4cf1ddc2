package connstr_test

import (
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/mongouri/mongouri/connstr"
	"github.com/mongouri/mongouri/connstr/dnstest"
)

// The limits on what DNS may answer (connstr.MaxSRVRecords, and MaxLength
// for the TXT record and the equivalent string): one clear error each,
// whose message holds neither the password nor the oversized text.
func TestResolveLimits(t *testing.T) {
	const (
		host = "c0.example.net"
		srv  = "_mongodb._tcp." + host
		uri  = "mongodb+srv://app:hunter2@" + host + "/"
	)
	withSRV := func(n int) *dnstest.Resolver {
		mem := dnstest.New()
		for i := range n {
			mem.AddSRV(srv, "h"+strconv.Itoa(i)+".example.net", 27017)
		}
		return mem
	}
	cases := []struct {
		name  string
		mem   *dnstest.Resolver
		code  connstr.Code // "" when the answer is within the limits
		seeds int
	}{
		{"SRV answer at the cap", withSRV(connstr.MaxSRVRecords), "", connstr.MaxSRVRecords},
		{"SRV answer over the cap", withSRV(connstr.MaxSRVRecords + 1), connstr.CodeSRVTooManyRecords, 0},
		{"2,400 SRV records", withSRV(2400), connstr.CodeSRVTooManyRecords, 0},
		{"TXT record over MaxLength", withSRV(1).AddTXT(host, "replicaSet=", strings.Repeat("r", connstr.MaxLength)),
			connstr.CodeTXTTooLong, 1},
		// Under MaxLength as a record, over it once the hosts are added.
		{"64 KB replicaSet", withSRV(1).AddTXT(host, "replicaSet="+strings.Repeat("r", 65500)),
			connstr.CodeSRVEquivalentTooLong, 1},
		{"hosts that make too long a string", withSRV(connstr.MaxSRVRecords).AddTXT(host, "replicaSet="+strings.Repeat("r", 50000)),
			connstr.CodeSRVEquivalentTooLong, connstr.MaxSRVRecords},
		{"a long replicaSet that fits", withSRV(3).AddTXT(host, "replicaSet="+strings.Repeat("r", 60000)), "", 3},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			res, err := resolve(t, uri, tc.mem)
			if tc.code == "" {
				require.NoError(t, err)
				require.NotNil(t, res.Equivalent)
				assert.Len(t, res.Seeds, tc.seeds)
				assert.LessOrEqual(t, len(res.Equivalent.String()), connstr.MaxLength)
				assert.True(t, res.Equivalent.Valid())
				return
			}
			require.Error(t, err)
			assert.Nil(t, res.Equivalent)
			assert.Len(t, res.Seeds, tc.seeds)
			var errs int
			for _, d := range res.Diagnostics {
				if d.Severity == connstr.SeverityError {
					errs++
				}
				assert.NotContains(t, d.Message+d.Hint, "hunter2")
				assert.NotContains(t, d.Message+d.Hint, strings.Repeat("r", 100))
				assert.Less(t, len(d.Message), 300)
			}
			assert.Equal(t, 1, errs, "one error, got %v", codesOf(res.Diagnostics))
			assert.True(t, res.Diagnostics.Has(tc.code), "want %s, got %v", tc.code, codesOf(res.Diagnostics))
			assert.NotContains(t, err.Error(), "hunter2")
		})
	}
}

// srvMaxHosts keeps the equivalent string short when the answer is long.
func TestResolveLimitsSRVMaxHosts(t *testing.T) {
	mem := dnstest.New()
	for i := range connstr.MaxSRVRecords {
		mem.AddSRV("_mongodb._tcp.c0.example.net", "h"+strconv.Itoa(i)+".example.net", 27017)
	}
	mem.AddTXT("c0.example.net", "authSource="+strings.Repeat("a", 60000))
	res, err := resolve(t, "mongodb+srv://c0.example.net/?srvMaxHosts=2", mem)
	require.NoError(t, err)
	assert.Len(t, res.Seeds, 2)
	require.NotNil(t, res.Equivalent)
	assert.Len(t, res.Equivalent.Hosts, 2)
}

// Bad SRV records get one finding each up to ten per code, then one
// more-findings diagnostic that counts the rest.
func TestResolveCapsRepeatedSRVFindings(t *testing.T) {
	mem := dnstest.New()
	for i := range 500 {
		mem.AddSRV("_mongodb._tcp.c0.example.net", "h"+strconv.Itoa(i)+".evil.example", 27017)
	}
	mem.AddSRV("_mongodb._tcp.c0.example.net", "ok.example.net", 0)
	res, err := resolve(t, "mongodb+srv://c0.example.net/", mem)
	require.Error(t, err)
	count := map[connstr.Code]int{}
	for _, d := range res.Diagnostics {
		count[d.Code]++
	}
	assert.Equal(t, 10, count[connstr.CodeSRVTargetDomain])
	assert.Equal(t, 1, count[connstr.CodeSRVTargetInvalid])
	require.Equal(t, 1, count[connstr.CodeMoreFindings])
	for _, d := range res.Diagnostics {
		if d.Code == connstr.CodeMoreFindings {
			assert.Equal(t, connstr.SeverityError, d.Severity)
			assert.Contains(t, d.Message, "490 more")
			assert.Contains(t, d.Message, string(connstr.CodeSRVTargetDomain))
		}
	}
}
