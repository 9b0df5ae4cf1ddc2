//go:build !js

package connstr_test

import (
	"context"
	"net"
	"os"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/mongouri/mongouri/connstr/doh"
	"github.com/mongouri/mongouri/connstr/netresolver"
)

// The seedlist cases against the real DNS stack (scripts/dnsstack.sh), which
// scripts/test-dns.sh starts; without it these tests skip, loudly.

func stackEnv(t testing.TB, name string) string {
	v := os.Getenv(name)
	if v == "" {
		t.Skip("\n\n*** " + name + " is not set: the tests against the real DNS stack were NOT run. ***\n" +
			"*** Run them with `make test-dns` (scripts/test-dns.sh starts dnsmasq + dnsdist). ***\n\n")
	}
	return v
}

func TestSeedlistConformanceDoH(t *testing.T) {
	dir := seedlistDir(t)
	client, err := doh.New(doh.WithEndpoints(stackEnv(t, "MONGOURI_DOH_URL")), doh.WithTimeout(5*time.Second))
	require.NoError(t, err)
	runSeedlistConformance(t, dir, "DoH", client)
}

func TestSeedlistConformanceNetResolver(t *testing.T) {
	dir := seedlistDir(t)
	addr := stackEnv(t, "MONGOURI_DNS_ADDR")
	r := netresolver.New(&net.Resolver{PreferGo: true, Dial: func(ctx context.Context, network, _ string) (net.Conn, error) {
		var d net.Dialer
		return d.DialContext(ctx, network, addr)
	}})
	runSeedlistConformance(t, dir, "net.Resolver", r)
}
