package connstr_test

import (
	"context"
	"errors"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/mongouri/mongouri/connstr"
	"github.com/mongouri/mongouri/connstr/dnstest"
)

// resolve parses uri (which must parse) and resolves it against r.
func resolve(t *testing.T, uri string, r connstr.Resolver, opts ...connstr.ResolveOption) (*connstr.Resolution, error) {
	t.Helper()
	cs, err := connstr.Parse(uri)
	require.NoError(t, err, uri)
	return connstr.Resolve(context.Background(), cs, r, opts...)
}

func codesOf(ds connstr.Diagnostics) []connstr.Code {
	var out []connstr.Code
	for _, d := range ds {
		out = append(out, d.Code)
	}
	return out
}

// The spec's prose tests on SRV hosts and the domain of their targets,
// including hosts with fewer than three labels.
func TestResolveParentDomain(t *testing.T) {
	cases := []struct {
		name, host, target string
		ok                 bool
	}{
		// 1. Hosts with fewer than three labels are allowed.
		{"one label, target below it", "localhost", "db1.localhost", true},
		{"two labels, target below it", "mongo.local", "db1.mongo.local", true},
		// 2. A target outside the domain is refused.
		{"one label, other domain", "localhost", "localhost.mongodb", false},
		{"two labels, other domain", "mongo.local", "test_1.evil.local", false},
		{"three labels, other domain", "blogs.mongodb.com", "blogs.evil.com", false},
		// 3. With fewer than three labels, the host itself is refused.
		{"one label, same name", "localhost", "localhost", false},
		{"two labels, same name", "mongo.local", "mongo.local", false},
		// 4. The domain must follow a '.', not just end the name.
		{"one label, no dot before it", "localhost", "test_1.cluster_1localhost", false},
		{"two labels, no dot before it", "mongo.local", "test_1.my_hostmongo.local", false},
		{"three labels, no dot before it", "blogs.mongodb.com", "cluster.testmongodb.com", false},
		// Three labels or more: the domain is the host without its first
		// label, so a sibling, a deeper name and the host itself pass.
		{"three labels, sibling", "blogs.mongodb.com", "cluster.mongodb.com", true},
		{"three labels, deeper", "blogs.mongodb.com", "a.b.mongodb.com", true},
		{"three labels, same name", "blogs.mongodb.com", "blogs.mongodb.com", true},
		{"three labels, the domain itself", "blogs.mongodb.com", "mongodb.com", false},
		// Names compare without regard to case or a final dot.
		{"upper case and final dot", "blogs.mongodb.com", "CLUSTER.MONGODB.COM.", true},
		{"upper-case host", "Blogs.MongoDB.com", "cluster.mongodb.com", true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			mem := dnstest.New().AddSRV("_mongodb._tcp."+tc.host, tc.target, 27017)
			res, err := resolve(t, "mongodb+srv://"+tc.host+"/", mem)
			if !tc.ok {
				require.Error(t, err)
				assert.Contains(t, codesOf(res.Diagnostics), connstr.CodeSRVTargetDomain)
				assert.Nil(t, res.Equivalent)
				return
			}
			require.NoError(t, err)
			want := strings.ToLower(strings.TrimSuffix(tc.target, ".")) + ":27017"
			assert.Equal(t, []string{want}, res.Seeds)
		})
	}
}

func TestResolveShortHostHint(t *testing.T) {
	mem := dnstest.New().AddSRV("_mongodb._tcp.mongo.local", "mongo.local", 27017)
	res, err := resolve(t, "mongodb+srv://mongo.local/", mem)
	require.Error(t, err)
	require.Len(t, res.Diagnostics, 1)
	d := res.Diagnostics[0]
	assert.Equal(t, connstr.CodeSRVTargetDomain, d.Code)
	assert.Contains(t, d.Message, "not a subdomain of mongo.local")
	assert.Contains(t, d.Hint, "fewer than three labels")
}

func TestResolveMergesTXT(t *testing.T) {
	mem := dnstest.New().
		AddSRV("_mongodb._tcp.c0.example.net", "a.example.net", 27017).
		AddSRV("_mongodb._tcp.c0.example.net", "b.example.net", 27018).
		AddTXT("c0.example.net", "authSource=admin&replica", "Set=atlas-1")

	res, err := resolve(t, "mongodb+srv://u:p%40ss@c0.example.net/shop?authSource=users&appName=x", mem)
	require.NoError(t, err)
	assert.Equal(t, []string{"a.example.net:27017", "b.example.net:27018"}, res.Seeds)
	assert.Equal(t, "users", res.Option("authSource").Text(), "the string overrides the TXT record")
	assert.Equal(t, "atlas-1", res.Option("replicaSet").Text(), "character-strings are joined")
	assert.True(t, res.Option("tls").Bool(), "mongodb+srv:// implies tls=true")
	assert.Equal(t, []string{"replicaSet"}, res.FromTXT)
	assert.Contains(t, codesOf(res.Diagnostics), connstr.CodeTXTOverridden)
	assert.Contains(t, codesOf(res.Diagnostics), connstr.CodeSRVImplicitTLS)
	assert.False(t, res.Diagnostics.HasErrors())

	// The equivalent string keeps the credentials and database as given,
	// and the string's options before the TXT record's.
	assert.Equal(t,
		"mongodb://u:p%40ss@a.example.net:27017,b.example.net:27018/shop?authSource=users&appName=x&replicaSet=atlas-1&tls=true",
		res.Equivalent.String())
	assert.Equal(t, "p@ss", res.Equivalent.User.Password.Reveal())
}

func TestResolveTLS(t *testing.T) {
	mem := dnstest.New().AddSRV("_mongodb._tcp.c0.example.net", "a.example.net", 27017)
	for _, tc := range []struct {
		query string
		want  bool
	}{
		{"", true},
		{"?tls=false", false},
		{"?ssl=false", false},
		{"?tls=true", true},
	} {
		t.Run(tc.query, func(t *testing.T) {
			res, err := resolve(t, "mongodb+srv://c0.example.net/"+tc.query, mem)
			require.NoError(t, err)
			assert.Equal(t, tc.want, res.Option("tls").Bool())
			assert.Equal(t, tc.want, res.Equivalent.Value("tls").Bool())
		})
	}
}

func TestResolveSRVMaxHosts(t *testing.T) {
	mem := dnstest.New()
	all := []string{"a.example.net:1", "b.example.net:2", "c.example.net:3", "d.example.net:4"}
	for i, s := range all {
		mem.AddSRV("_mongodb._tcp.c0.example.net", s[:len(s)-2], uint16(i+1))
	}
	chosen := map[string]bool{}
	for seed := uint64(0); seed < 20; seed++ {
		res, err := resolve(t, "mongodb+srv://c0.example.net/?srvMaxHosts=2", mem,
			connstr.WithRandom(rand.New(rand.NewPCG(seed, 1))))
		require.NoError(t, err)
		require.Len(t, res.Seeds, 2)
		assert.NotEqual(t, res.Seeds[0], res.Seeds[1], "no host is chosen twice")
		for _, s := range res.Seeds {
			assert.Contains(t, all, s)
			chosen[s] = true
		}
		assert.Contains(t, codesOf(res.Diagnostics), connstr.CodeSRVMaxHostsApplied)
		assert.Len(t, res.Equivalent.Hosts, 2)
		_, inEq := res.Equivalent.Lookup("srvMaxHosts")
		assert.False(t, inEq, "srvMaxHosts has no meaning in mongodb://")
	}
	assert.Len(t, chosen, len(all), "over 20 draws every host is chosen at least once")

	// The same source gives the same choice.
	a, err := resolve(t, "mongodb+srv://c0.example.net/?srvMaxHosts=1", mem, connstr.WithRandom(rand.New(rand.NewPCG(7, 7))))
	require.NoError(t, err)
	b, err := resolve(t, "mongodb+srv://c0.example.net/?srvMaxHosts=1", mem, connstr.WithRandom(rand.New(rand.NewPCG(7, 7))))
	require.NoError(t, err)
	assert.Equal(t, a.Seeds, b.Seeds)
}

func TestResolveErrors(t *testing.T) {
	const host = "c0.example.net"
	srv := "_mongodb._tcp." + host
	lookupErr := errors.New("resolver exploded")
	cases := []struct {
		name  string
		uri   string
		setup func(*dnstest.Resolver)
		code  connstr.Code
		hint  string // a phrase the hint must hold
	}{
		{"no SRV records", "mongodb+srv://" + host + "/", func(*dnstest.Resolver) {}, connstr.CodeSRVNoRecords, "paused or deleted"},
		{"no SRV records mentions typos", "mongodb+srv://" + host + "/", func(*dnstest.Resolver) {}, connstr.CodeSRVNoRecords, "typos"},
		{"two TXT records", "mongodb+srv://" + host + "/", func(m *dnstest.Resolver) {
			m.AddSRV(srv, "a.example.net", 1).AddTXT(host, "replicaSet=a").AddTXT(host, "authSource=b")
		}, connstr.CodeTXTMultipleRecords, "merge them"},
		{"TXT option not allowed", "mongodb+srv://" + host + "/", func(m *dnstest.Resolver) {
			m.AddSRV(srv, "a.example.net", 1).AddTXT(host, "replicaSet=a&w=majority")
		}, connstr.CodeTXTOptionNotAllowed, "connection string instead"},
		{"TXT unknown option", "mongodb+srv://" + host + "/", func(m *dnstest.Resolver) {
			m.AddSRV(srv, "a.example.net", 1).AddTXT(host, "foo=bar")
		}, connstr.CodeTXTOptionNotAllowed, "remove foo"},
		{"TXT tls", "mongodb+srv://" + host + "/", func(m *dnstest.Resolver) {
			m.AddSRV(srv, "a.example.net", 1).AddTXT(host, "tls=false")
		}, connstr.CodeTXTOptionNotAllowed, "remove tls"},
		{"TXT without '='", "mongodb+srv://" + host + "/", func(m *dnstest.Resolver) {
			m.AddSRV(srv, "a.example.net", 1).AddTXT(host, "replicaSet")
		}, connstr.CodeTXTInvalid, "key=value"},
		{"TXT loadBalanced with two hosts", "mongodb+srv://" + host + "/", func(m *dnstest.Resolver) {
			m.AddSRV(srv, "a.example.net", 1).AddSRV(srv, "b.example.net", 1).AddTXT(host, "loadBalanced=true")
		}, connstr.CodeLoadBalancedHosts, "one SRV record"},
		{"loadBalanced in the string with two hosts", "mongodb+srv://" + host + "/?loadBalanced=true", func(m *dnstest.Resolver) {
			m.AddSRV(srv, "a.example.net", 1).AddSRV(srv, "b.example.net", 1)
		}, connstr.CodeLoadBalancedHosts, "load balancer"},
		{"TXT loadBalanced and replicaSet in the string", "mongodb+srv://" + host + "/?replicaSet=rs", func(m *dnstest.Resolver) {
			m.AddSRV(srv, "a.example.net", 1).AddTXT(host, "loadBalanced=true")
		}, connstr.CodeLoadBalancedReplSet, "replicaSet"},
		{"TXT replicaSet and srvMaxHosts", "mongodb+srv://" + host + "/?srvMaxHosts=1", func(m *dnstest.Resolver) {
			m.AddSRV(srv, "a.example.net", 1).AddTXT(host, "replicaSet=rs")
		}, connstr.CodeSRVMaxHostsReplSet, "srvMaxHosts=0"},
		{"SRV lookup fails", "mongodb+srv://" + host + "/", func(m *dnstest.Resolver) {
			m.Fail(srv, lookupErr)
		}, connstr.CodeSRVLookupFailed, "network"},
		{"TXT lookup fails", "mongodb+srv://" + host + "/", func(m *dnstest.Resolver) {
			m.AddSRV(srv, "a.example.net", 1).Fail(host, lookupErr)
		}, connstr.CodeTXTLookupFailed, "network"},
		{"target is '.'", "mongodb+srv://" + host + "/", func(m *dnstest.Resolver) {
			m.AddSRV(srv, ".", 1)
		}, connstr.CodeSRVTargetInvalid, "DNS zone"},
		{"target with a slash", "mongodb+srv://" + host + "/", func(m *dnstest.Resolver) {
			m.AddSRV(srv, "a/b.example.net", 1)
		}, connstr.CodeSRVTargetInvalid, "DNS zone"},
		{"port 0", "mongodb+srv://" + host + "/", func(m *dnstest.Resolver) {
			m.AddSRV(srv, "a.example.net", 0)
		}, connstr.CodeSRVTargetInvalid, "port 0"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			mem := dnstest.New()
			tc.setup(mem)
			res, err := resolve(t, tc.uri, mem)
			require.Error(t, err)
			var rerr *connstr.ResolveError
			require.ErrorAs(t, err, &rerr)
			require.True(t, rerr.Diagnostics.Has(tc.code), "want %s, got %v", tc.code, codesOf(rerr.Diagnostics))
			for _, d := range rerr.Diagnostics {
				assert.Equal(t, connstr.SeverityError, d.Severity)
				assert.NotEmpty(t, d.Message)
				if d.Code == tc.code {
					assert.Contains(t, strings.ToLower(d.Hint), strings.ToLower(tc.hint))
				}
			}
			assert.Nil(t, res.Equivalent)
			assert.Contains(t, err.Error(), rerr.Diagnostics[0].Message)
		})
	}
}

func TestResolveWrapsResolverErrors(t *testing.T) {
	mem := dnstest.New().Fail("_mongodb._tcp.c0.example.net", context.DeadlineExceeded)
	_, err := resolve(t, "mongodb+srv://c0.example.net/", mem)
	require.Error(t, err)
	assert.ErrorIs(t, err, context.DeadlineExceeded)
}

// The two questions go out together: while the SRV answer is held back,
// the TXT question must still arrive.
func TestResolveAsksInParallel(t *testing.T) {
	for _, held := range []string{"_mongodb._tcp.c0.example.net", "c0.example.net"} {
		t.Run("holding "+held, func(t *testing.T) {
			mem := dnstest.New().AddSRV("_mongodb._tcp.c0.example.net", "a.example.net", 27017)
			release := mem.Hold(held)
			defer release()
			both := make(chan struct{})
			mem.OnQuery(func(qs []string) {
				if len(qs) == 2 {
					close(both)
				}
			})
			done := make(chan error, 1)
			go func() {
				_, err := resolve(t, "mongodb+srv://c0.example.net/", mem)
				done <- err
			}()
			// Both questions arrive while one answer is held: if the
			// lookups ran one after the other, this would wait forever
			// (and the test binary's timeout would report it).
			<-both
			release()
			require.NoError(t, <-done)
		})
	}
}

func TestResolveCancelled(t *testing.T) {
	mem := dnstest.New().AddSRV("_mongodb._tcp.c0.example.net", "a.example.net", 27017)
	release := mem.Hold("_mongodb._tcp.c0.example.net")
	defer release()
	cs, err := connstr.Parse("mongodb+srv://c0.example.net/")
	require.NoError(t, err)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	res, err := connstr.Resolve(ctx, cs, mem)
	require.Error(t, err)
	assert.ErrorIs(t, err, context.Canceled)
	assert.True(t, res.Diagnostics.Has(connstr.CodeSRVLookupFailed))
}

// Only the two DNS names leave: no credentials, database or options.
func TestResolveAsksOnlyTheTwoNames(t *testing.T) {
	const secret = "s3cr3t-Pa55"
	mem := dnstest.New().Fail("_custom._tcp.c0.example.net", errors.New("unreachable"))
	cs, err := connstr.Parse("mongodb+srv://alice:" + secret + "@c0.example.net/hr?srvServiceName=custom&appName=payroll")
	require.NoError(t, err)
	res, err := connstr.Resolve(context.Background(), cs, mem)
	require.Error(t, err)
	assert.ElementsMatch(t, []string{"SRV _custom._tcp.c0.example.net", "TXT c0.example.net"}, mem.Queries())
	assert.NotContains(t, err.Error(), secret)
	for _, d := range res.Diagnostics {
		for _, text := range []string{d.Message, d.Hint} {
			assert.NotContains(t, text, secret)
			assert.NotContains(t, text, "alice")
		}
	}
}

func TestResolveWithoutDNS(t *testing.T) {
	t.Run("an invalid string is not looked up", func(t *testing.T) {
		mem := dnstest.New()
		cs, perr := connstr.Parse("mongodb+srv://c0.example.net:27017/")
		require.Error(t, perr)
		_, err := connstr.Resolve(context.Background(), cs, mem)
		var rerr *connstr.ResolveError
		require.ErrorAs(t, err, &rerr)
		assert.True(t, rerr.Diagnostics.Has(connstr.CodeSRVPort))
		assert.Empty(t, mem.Queries())
	})
	t.Run("mongodb:// is its own seed list", func(t *testing.T) {
		mem := dnstest.New()
		res, err := resolve(t, "mongodb://a.example.net,b.example.net:27018/?replicaSet=rs", mem)
		require.NoError(t, err)
		assert.Equal(t, []string{"a.example.net:27017", "b.example.net:27018"}, res.Seeds)
		assert.Equal(t, "mongodb://a.example.net,b.example.net:27018/?replicaSet=rs", res.Equivalent.String())
		assert.True(t, res.Diagnostics.Has(connstr.CodeSRVNotNeeded))
		assert.Empty(t, mem.Queries())
	})
	t.Run("a nil resolver is an error, not a panic", func(t *testing.T) {
		cs, err := connstr.Parse("mongodb+srv://c0.example.net/")
		require.NoError(t, err)
		res, err := connstr.Resolve(context.Background(), cs, nil)
		require.Error(t, err)
		assert.True(t, res.Diagnostics.Has(connstr.CodeSRVNoResolver))
	})
	t.Run("a nil ConnString is an error, not a panic", func(t *testing.T) {
		_, err := connstr.Resolve(context.Background(), nil, dnstest.New())
		require.Error(t, err)
	})
	t.Run("a hand-built string with two hosts", func(t *testing.T) {
		cs := &connstr.ConnString{Scheme: connstr.SchemeSRV, Hosts: []connstr.Host{
			connstr.NewHost("a.example.net", 0), connstr.NewHost("b.example.net", 0)}}
		mem := dnstest.New()
		res, err := connstr.Resolve(context.Background(), cs, mem)
		require.Error(t, err)
		assert.True(t, res.Diagnostics.Has(connstr.CodeSRVMultipleHosts))
		assert.Empty(t, mem.Queries())
	})
}

type panicky struct{}

func (panicky) LookupSRV(context.Context, string) ([]connstr.SRVRecord, error) { panic("boom") }
func (panicky) LookupTXT(context.Context, string) ([]string, error)            { panic("boom") }

func TestResolveSurvivesAPanickingResolver(t *testing.T) {
	res, err := resolve(t, "mongodb+srv://c0.example.net/", panicky{})
	require.Error(t, err)
	assert.True(t, res.Diagnostics.Has(connstr.CodeSRVLookupFailed))
	assert.True(t, res.Diagnostics.Has(connstr.CodeTXTLookupFailed))
}

func TestResolveTXTAuthSourceAndMechanism(t *testing.T) {
	mem := dnstest.New().
		AddSRV("_mongodb._tcp.c0.example.net", "a.example.net", 27017).
		AddTXT("c0.example.net", "authSource=admin")

	res, err := resolve(t, "mongodb+srv://c0.example.net/?authMechanism=MONGODB-X509", mem)
	require.NoError(t, err)
	assert.True(t, res.Diagnostics.Has(connstr.CodeTXTAuthSource))

	res, err = resolve(t, "mongodb+srv://c0.example.net/?authMechanism=MONGODB-X509&authSource=%24external", mem)
	require.NoError(t, err)
	assert.False(t, res.Diagnostics.Has(connstr.CodeTXTAuthSource))
	assert.Equal(t, "$external", res.Option("authSource").Text())
}

// BenchmarkResolveInMemory is the cost of the seedlist rules themselves
// (TXT parsing, checks, merge, the equivalent string), without DNS.
func BenchmarkResolveInMemory(b *testing.B) {
	mem := dnstest.New().
		AddSRV("_mongodb._tcp.c0.example.net", "a.example.net", 27017).
		AddSRV("_mongodb._tcp.c0.example.net", "b.example.net", 27017).
		AddSRV("_mongodb._tcp.c0.example.net", "c.example.net", 27017).
		AddTXT("c0.example.net", "authSource=admin&replicaSet=atlas-abc-shard-0")
	cs, err := connstr.Parse("mongodb+srv://user:pw@c0.example.net/app?retryWrites=true&w=majority")
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, err := connstr.Resolve(ctx, cs, mem); err != nil {
			b.Fatal(err)
		}
	}
}
