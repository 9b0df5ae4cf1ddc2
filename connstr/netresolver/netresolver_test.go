//go:build !js

package netresolver_test

import (
	"context"
	"net"
	"os"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/mongouri/mongouri/connstr/netresolver"
)

// stackResolver asks the plain-DNS side of the DNS test stack
// (scripts/dnsstack.sh), whose address scripts/test-dns.sh exports.
func stackResolver(t *testing.T) *netresolver.Resolver {
	addr := os.Getenv("MONGOURI_DNS_ADDR")
	if addr == "" {
		t.Skip("\n\n*** MONGOURI_DNS_ADDR is not set: the tests against the real DNS stack were NOT run. ***\n" +
			"*** Run them with `make test-dns` (scripts/test-dns.sh starts dnsmasq + dnsdist). ***\n\n")
	}
	return netresolver.New(&net.Resolver{PreferGo: true, Dial: func(ctx context.Context, network, _ string) (net.Conn, error) {
		var d net.Dialer
		return d.DialContext(ctx, network, addr)
	}})
}

func TestNetResolverStack(t *testing.T) {
	r := stackResolver(t)
	ctx := context.Background()

	recs, err := r.LookupSRV(ctx, "_mongodb._tcp.test1.test.build.10gen.cc")
	require.NoError(t, err)
	require.Len(t, recs, 2)
	for _, rec := range recs {
		assert.Equal(t, "localhost.test.build.10gen.cc", rec.Target, "no final dot")
	}

	txt, err := r.LookupTXT(ctx, "test11.test.build.10gen.cc.")
	require.NoError(t, err)
	assert.Equal(t, []string{"replicaSet=repl0"}, txt, "character-strings joined")

	none, err := r.LookupSRV(ctx, "_mongodb._tcp.test4.test.build.10gen.cc")
	require.NoError(t, err, "NXDOMAIN is no records, not an error")
	assert.Empty(t, none)

	noTXT, err := r.LookupTXT(ctx, "test1.test.build.10gen.cc")
	require.NoError(t, err)
	assert.Empty(t, noTXT)

	_, err = r.LookupSRV(ctx, "_mongodb._tcp.servfail.fault.test")
	assert.Error(t, err, "SERVFAIL is an error")
}
