//go:build !js

package doh_test

import (
	"context"
	"testing"
	"time"

	"github.com/mongouri/mongouri/connstr"
	"github.com/mongouri/mongouri/connstr/doh"
)

// BenchmarkResolveVsQuery times, in one run against the local DNS stack, a
// whole seedlist resolution (SRV and TXT) and a single DoH query, alternating
// them so that both see the same conditions. The resolve/query metric is the
// ratio of their means: near 1 when the two lookups of Resolve really run in
// parallel, near 2 if they ran one after the other. The goal is at most 1.2.
//
// Two variants: "loopback" is the bare stack, where a query costs CPU time
// only (about 0.1 ms), so on a busy machine the two parallel queries compete
// for cores and the ratio measures the machine's load as much as the code;
// "rtt-5ms" adds 5 ms to every HTTP exchange, as a network would, which is
// the situation the parallel lookups are for.
//
//	MONGOURI_DOH_URL=... go test -run '^$' -bench ResolveVsQuery ./connstr/doh/
func BenchmarkResolveVsQuery(b *testing.B) {
	url := stackURL(b)
	b.Run("loopback", func(b *testing.B) { benchResolveVsQuery(b, url, 0) })
	b.Run("rtt-5ms", func(b *testing.B) { benchResolveVsQuery(b, url, 5*time.Millisecond) })
}

// withLatency delays every exchange by rtt before it is sent.
func withLatency(base doh.Transport, rtt time.Duration) doh.Transport {
	return func(ctx context.Context, u string, max int) (*doh.Response, error) {
		t := time.NewTimer(rtt)
		defer t.Stop()
		select {
		case <-t.C:
		case <-ctx.Done():
			return nil, ctx.Err()
		}
		return base(ctx, u, max)
	}
}

func benchResolveVsQuery(b *testing.B, url string, rtt time.Duration) {
	transport := doh.HTTPTransport(nil)
	if rtt > 0 {
		transport = withLatency(transport, rtt)
	}
	client, err := doh.New(doh.WithEndpoints(url), doh.WithTransport(transport))
	if err != nil {
		b.Fatal(err)
	}
	// test5 has an SRV and a TXT record, so both answers carry data.
	cs, err := connstr.Parse("mongodb+srv://test5.test.build.10gen.cc/")
	if err != nil {
		b.Fatal(err)
	}
	const srvName = "_mongodb._tcp.test5.test.build.10gen.cc"
	ctx := context.Background()
	query := func() {
		if _, err := client.LookupSRV(ctx, srvName); err != nil {
			b.Fatal(err)
		}
	}
	resolve := func() {
		if _, err := connstr.Resolve(ctx, cs, client); err != nil {
			b.Fatal(err)
		}
	}
	// Warm up: open the keep-alive connections both paths reuse.
	for i := 0; i < 5; i++ {
		resolve()
		query()
	}
	b.ResetTimer()
	var queryTime, resolveTime time.Duration
	for i := 0; i < b.N; i++ {
		t0 := time.Now()
		query()
		t1 := time.Now()
		resolve()
		t2 := time.Now()
		queryTime += t1.Sub(t0)
		resolveTime += t2.Sub(t1)
	}
	n := float64(b.N)
	b.ReportMetric(float64(queryTime.Nanoseconds())/n, "query-ns/op")
	b.ReportMetric(float64(resolveTime.Nanoseconds())/n, "resolve-ns/op")
	b.ReportMetric(float64(resolveTime)/float64(queryTime), "resolve/query")
}
