//go:build !js

package doh_test

import (
	"context"
	"encoding/base64"
	"errors"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/dns/dnsmessage"

	"github.com/mongouri/mongouri/connstr"
	"github.com/mongouri/mongouri/connstr/doh"
)

// stackURL is the DoH URL of the DNS test stack (scripts/dnsstack.sh), or a
// skip. scripts/test-dns.sh starts the stack and sets the variable.
func stackURL(t testing.TB) string {
	u := os.Getenv("MONGOURI_DOH_URL")
	if u == "" {
		t.Skip("\n\n*** MONGOURI_DOH_URL is not set: the tests against the real DNS stack were NOT run. ***\n" +
			"*** Run them with `make test-dns` (scripts/test-dns.sh starts dnsmasq + dnsdist). ***\n\n")
	}
	return u
}

// closedPort returns a loopback URL where nothing listens: connecting to it
// is refused at once.
func closedPort(t *testing.T) string {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	addr := l.Addr().String()
	require.NoError(t, l.Close())
	return "http://" + addr + "/dns-query"
}

// faultServer is a DoH endpoint that misbehaves on purpose, the way a
// resolver, proxy or captive portal might. The first path element picks
// the fault: /ok/dns-query answers properly.
func faultServer(t *testing.T) *httptest.Server {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mode, _, _ := strings.Cut(strings.TrimPrefix(r.URL.Path, "/"), "/")
		query, err := base64.RawURLEncoding.DecodeString(r.URL.Query().Get("dns"))
		if err != nil || r.Header.Get("Accept") != doh.MediaType {
			http.Error(w, "bad request", http.StatusBadRequest)
			return
		}
		var p dnsmessage.Parser
		h, err := p.Start(query)
		if err != nil {
			http.Error(w, "bad request", http.StatusBadRequest)
			return
		}
		q, err := p.Question()
		if err != nil {
			http.Error(w, "bad request", http.StatusBadRequest)
			return
		}
		answer := func(id uint16, q dnsmessage.Question) []byte {
			b := dnsmessage.NewBuilder(nil, dnsmessage.Header{ID: id, Response: true, RecursionDesired: h.RecursionDesired, RecursionAvailable: true})
			_ = b.StartQuestions()
			_ = b.Question(q)
			_ = b.StartAnswers()
			if q.Type == dnsmessage.TypeSRV {
				host := strings.TrimPrefix(q.Name.String(), "_mongodb._tcp.")
				_ = b.SRVResource(dnsmessage.ResourceHeader{Name: q.Name, Class: dnsmessage.ClassINET, TTL: 60},
					dnsmessage.SRVResource{Port: 27017, Target: dnsmessage.MustNewName("db1." + host)})
			}
			msg, _ := b.Finish()
			return msg
		}
		w.Header().Set("Content-Type", doh.MediaType)
		switch mode {
		case "ok":
			_, _ = w.Write(answer(h.ID, q))
		case "malformed":
			_, _ = w.Write([]byte("\x00\x00\x81\x80\x00\x01\x00\x01\x00\x00\x00\x00\x07garbage"))
		case "wrong-id":
			_, _ = w.Write(answer(h.ID+0x2a2a, q))
		case "echo":
			_, _ = w.Write(query)
		case "other-question":
			q.Name = dnsmessage.MustNewName("other.example.")
			_, _ = w.Write(answer(h.ID, q))
		case "html":
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			_, _ = w.Write([]byte("<html><body>Please log in to the Wi-Fi</body></html>"))
		case "status-500":
			http.Error(w, "internal error", http.StatusInternalServerError)
		case "huge":
			chunk := make([]byte, 64<<10)
			for i := 0; i < 64; i++ { // 4 MiB, far over any cap
				if _, err := w.Write(chunk); err != nil {
					return
				}
			}
		case "hang":
			<-r.Context().Done()
		default:
			http.NotFound(w, r)
		}
	}))
	t.Cleanup(srv.Close)
	return srv
}

type faultCase struct {
	name      string
	stack     bool                                             // needs the DNS stack
	endpoints func(t *testing.T, stack, fault string) []string // stack and fault server base URLs
	opts      []doh.Option
	host      string
	kind      error        // expected failure kind; nil for success
	code      connstr.Code // expected diagnostic
	seeds     []string     // expected seeds on success
}

func TestFaultMatrix(t *testing.T) {
	const stackHost = "test1.test.build.10gen.cc" // two SRV records in the cases' records.txt
	stackSeeds := []string{"localhost.test.build.10gen.cc:27017", "localhost.test.build.10gen.cc:27018"}
	onStack := func(t *testing.T, stack, _ string) []string { return []string{stack} }
	onFault := func(mode string) func(*testing.T, string, string) []string {
		return func(_ *testing.T, _, fault string) []string { return []string{fault + "/" + mode + "/dns-query"} }
	}
	short := doh.WithTimeout(300 * time.Millisecond)

	cases := []faultCase{
		// Through the real stack (dnsmasq behind dnsdist).
		{name: "endpoint refuses connections", stack: true,
			endpoints: func(t *testing.T, _, _ string) []string { return []string{closedPort(t)} },
			host:      stackHost, kind: doh.ErrUnreachable, code: connstr.CodeDNSUnreachable},
		{name: "endpoint too slow", stack: true, endpoints: onStack, opts: []doh.Option{short},
			host: "slow.fault.test", kind: doh.ErrTimeout, code: connstr.CodeSRVLookupFailed},
		{name: "NXDOMAIN", stack: true, endpoints: onStack,
			host: "nxdomain.fault.test", code: connstr.CodeSRVNoRecords},
		{name: "SERVFAIL", stack: true, endpoints: onStack,
			host: "servfail.fault.test", kind: doh.ErrServerFailure, code: connstr.CodeSRVLookupFailed},
		{name: "REFUSED", stack: true, endpoints: onStack,
			host: "refused.fault.test", kind: doh.ErrRCode, code: connstr.CodeSRVLookupFailed},
		{name: "truncated answer", stack: true, endpoints: onStack,
			host: "truncated.fault.test", kind: doh.ErrTruncated, code: connstr.CodeSRVLookupFailed},
		{name: "HTTP 404 (wrong path)", stack: true,
			endpoints: func(_ *testing.T, stack, _ string) []string {
				return []string{strings.TrimSuffix(stack, "/dns-query") + "/no-such-path"}
			},
			host: stackHost, kind: doh.ErrHTTPStatus, code: connstr.CodeSRVLookupFailed},
		{name: "HTTP 502 (backend never answers)", stack: true, endpoints: onStack, opts: []doh.Option{doh.WithTimeout(20 * time.Second)},
			host: "slow.fault.test", kind: doh.ErrHTTPStatus, code: connstr.CodeSRVLookupFailed},
		{name: "body over the size cap", stack: true, endpoints: onStack, opts: []doh.Option{doh.WithMaxResponseBytes(100)},
			host: stackHost, kind: doh.ErrTooLarge, code: connstr.CodeSRVLookupFailed},
		{name: "failover: first endpoint down, second up", stack: true,
			endpoints: func(t *testing.T, stack, _ string) []string { return []string{closedPort(t), stack} },
			host:      stackHost, seeds: stackSeeds},
		{name: "failover: first endpoint answers 500, second up", stack: true,
			endpoints: func(_ *testing.T, stack, fault string) []string {
				return []string{fault + "/status-500/dns-query", stack}
			},
			host: stackHost, seeds: stackSeeds},
		{name: "failover: first endpoint too slow, second up", stack: true, opts: []doh.Option{short},
			endpoints: func(_ *testing.T, stack, fault string) []string {
				return []string{fault + "/hang/dns-query", stack}
			},
			host: stackHost, seeds: stackSeeds},

		// Through the fault-injecting handler: answers no real server gives.
		{name: "malformed body", endpoints: onFault("malformed"),
			host: "c0.example.net", kind: doh.ErrMalformed, code: connstr.CodeSRVLookupFailed},
		{name: "wrong message ID", endpoints: onFault("wrong-id"),
			host: "c0.example.net", kind: doh.ErrMismatch, code: connstr.CodeSRVLookupFailed},
		{name: "query echoed back (QR bit clear)", endpoints: onFault("echo"),
			host: "c0.example.net", kind: doh.ErrMismatch, code: connstr.CodeSRVLookupFailed},
		{name: "answer to another question", endpoints: onFault("other-question"),
			host: "c0.example.net", kind: doh.ErrMismatch, code: connstr.CodeSRVLookupFailed},
		{name: "wrong content type (captive portal)", endpoints: onFault("html"),
			host: "c0.example.net", kind: doh.ErrContentType, code: connstr.CodeSRVLookupFailed},
		{name: "HTTP 500", endpoints: onFault("status-500"),
			host: "c0.example.net", kind: doh.ErrHTTPStatus, code: connstr.CodeSRVLookupFailed},
		{name: "endless body", endpoints: onFault("huge"),
			host: "c0.example.net", kind: doh.ErrTooLarge, code: connstr.CodeSRVLookupFailed},
		{name: "endpoint never answers", endpoints: onFault("hang"), opts: []doh.Option{short},
			host: "c0.example.net", kind: doh.ErrTimeout, code: connstr.CodeSRVLookupFailed},
		{name: "every endpoint fails",
			endpoints: func(t *testing.T, _, fault string) []string {
				return []string{closedPort(t), fault + "/html/dns-query", fault + "/status-500/dns-query"}
			},
			host: "c0.example.net", kind: doh.ErrContentType, code: connstr.CodeSRVLookupFailed},
		{name: "failover between handlers", endpoints: func(_ *testing.T, _, fault string) []string {
			return []string{fault + "/malformed/dns-query", fault + "/ok/dns-query"}
		}, host: "c0.example.net", seeds: []string{"db1.c0.example.net:27017"}},
	}

	fault := faultServer(t)
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			stack := ""
			if tc.stack {
				stack = stackURL(t)
			}
			client, err := doh.New(append([]doh.Option{doh.WithEndpoints(tc.endpoints(t, stack, fault.URL)...)}, tc.opts...)...)
			require.NoError(t, err)
			outcome := runFault(t, client, tc)
			t.Logf("fault matrix: %-45s %s", tc.name, outcome)
		})
	}
}

// runFault resolves mongodb+srv://user:password@host and checks the outcome:
// success with the expected seeds, or a diagnostic with the expected code, a
// message and a hint, reached by the client's own limits (the guard context
// here is only a backstop against a hang).
func runFault(t *testing.T, client *doh.Client, tc faultCase) string {
	const password = "Tr0ub4dor&3"
	guard, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	cs, err := connstr.Parse("mongodb+srv://admin:" + password + "@" + tc.host + "/app?appName=secretApp")
	require.NoError(t, err)
	res, err := connstr.Resolve(guard, cs, client)
	require.NoError(t, guard.Err(), "the lookup ended only because the test's guard did: a hang")

	if tc.seeds != nil {
		require.NoError(t, err)
		assert.ElementsMatch(t, tc.seeds, res.Seeds)
		return "ok: resolved to " + strings.Join(res.Seeds, ",")
	}
	require.Error(t, err)
	var rerr *connstr.ResolveError
	require.ErrorAs(t, err, &rerr)
	require.True(t, rerr.Diagnostics.Has(tc.code), "want %s, got %v", tc.code, rerr.Diagnostics)
	if tc.kind != nil {
		assert.ErrorIs(t, err, tc.kind)
	}
	var d connstr.Diagnostic
	for _, d = range rerr.Diagnostics {
		if d.Code == tc.code {
			break
		}
	}
	assert.NotEmpty(t, d.Message)
	assert.NotEmpty(t, d.Hint)
	for _, text := range []string{err.Error(), d.Message, d.Hint} {
		assert.NotContains(t, text, password)
		assert.NotContains(t, text, "secretApp")
		assert.NotContains(t, text, "admin:")
	}
	return string(d.Code) + ": " + d.Message
}

// A transport that ignores its context must not hold the lookup past the
// client's timeout.
func TestFaultTransportIgnoresContext(t *testing.T) {
	block := make(chan struct{})
	t.Cleanup(func() { close(block) })
	stuck := func(context.Context, string, int) (*doh.Response, error) {
		<-block
		return nil, errors.New("too late")
	}
	client, err := doh.New(doh.WithEndpoints("https://dns.example/dns-query"),
		doh.WithTransport(stuck), doh.WithTimeout(200*time.Millisecond))
	require.NoError(t, err)
	guard, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	_, err = client.LookupSRV(guard, "_mongodb._tcp.c0.example.net")
	require.NoError(t, guard.Err())
	assert.ErrorIs(t, err, doh.ErrTimeout)
	t.Logf("fault matrix: %-45s %v", "transport ignores its context", err)
}

// The caller's cancellation ends a lookup at once, without trying the
// other endpoints.
func TestFaultCallerCancels(t *testing.T) {
	fault := faultServer(t)
	client, err := doh.New(doh.WithEndpoints(fault.URL+"/hang/dns-query", fault.URL+"/ok/dns-query"))
	require.NoError(t, err)
	ctx, cancel := context.WithCancel(context.Background())
	go func() {
		// Cancel once the request is in flight; the order is not timing-
		// sensitive: a cancel before the request is sent ends it too.
		cancel()
	}()
	_, err = client.LookupTXT(ctx, "c0.example.net")
	require.Error(t, err)
	assert.ErrorIs(t, err, context.Canceled)
	var lerr *doh.LookupError
	require.ErrorAs(t, err, &lerr)
	assert.LessOrEqual(t, len(lerr.Attempts), 1, "no failover after the caller gave up")
}

// After a failover the endpoint that answered is asked first.
func TestFaultPreferredEndpoint(t *testing.T) {
	fault := faultServer(t)
	var asked []string
	base := doh.HTTPTransport(nil)
	spy := func(ctx context.Context, u string, max int) (*doh.Response, error) {
		mode, _, _ := strings.Cut(strings.TrimPrefix(u, fault.URL+"/"), "/")
		asked = append(asked, mode)
		return base(ctx, u, max)
	}
	client, err := doh.New(doh.WithTransport(spy),
		doh.WithEndpoints(fault.URL+"/status-500/dns-query", fault.URL+"/ok/dns-query"))
	require.NoError(t, err)
	for i := 0; i < 3; i++ {
		recs, err := client.LookupSRV(context.Background(), "_mongodb._tcp.c"+strconv.Itoa(i)+".example.net")
		require.NoError(t, err)
		require.Len(t, recs, 1)
	}
	assert.Equal(t, []string{"status-500", "ok", "ok", "ok"}, asked)
}

// The stack answers the records of the cases' records.txt, TXT included.
func TestStackLookups(t *testing.T) {
	client, err := doh.New(doh.WithEndpoints(stackURL(t)))
	require.NoError(t, err)
	ctx := context.Background()
	recs, err := client.LookupSRV(ctx, "_mongodb._tcp.TEST1.test.build.10gen.cc")
	require.NoError(t, err)
	var got []string
	for _, r := range recs {
		got = append(got, r.Target+":"+strconv.Itoa(int(r.Port)))
	}
	assert.ElementsMatch(t, []string{"localhost.test.build.10gen.cc:27017", "localhost.test.build.10gen.cc:27018"}, got)

	txt, err := client.LookupTXT(ctx, "test11.test.build.10gen.cc")
	require.NoError(t, err)
	assert.Equal(t, []string{"replicaSet=repl0"}, txt, "character-strings joined")

	txt, err = client.LookupTXT(ctx, "test6.test.build.10gen.cc")
	require.NoError(t, err)
	assert.ElementsMatch(t, []string{"replicaSet=repl0", "authSource=otherDB"}, txt)

	none, err := client.LookupSRV(ctx, "_mongodb._tcp.test4.test.build.10gen.cc")
	require.NoError(t, err, "NXDOMAIN is an answer: no records")
	assert.Empty(t, none)
}

// What the native transport sends: a GET with the dns parameter and the
// accept header, and nothing that identifies the program or the user.
func TestHTTPTransportSendsOnlyTheQuestion(t *testing.T) {
	var (
		mu   sync.Mutex
		reqs []*http.Request
	)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		reqs = append(reqs, r.Clone(context.Background()))
		mu.Unlock()
		http.Error(w, "no", http.StatusTeapot)
	}))
	defer srv.Close()
	client, err := doh.New(doh.WithEndpoints(srv.URL + "/dns-query"))
	require.NoError(t, err)
	cs, err := connstr.Parse("mongodb+srv://alice:wonderland@c0.example.net/hr?appName=payroll")
	require.NoError(t, err)
	_, _ = connstr.Resolve(context.Background(), cs, client)

	mu.Lock()
	defer mu.Unlock()
	require.Len(t, reqs, 2, "one request for SRV, one for TXT")
	for _, r := range reqs {
		assert.Equal(t, http.MethodGet, r.Method)
		assert.Equal(t, "/dns-query", r.URL.Path)
		assert.Equal(t, []string{"dns"}, keys(r.URL.Query()))
		assert.Equal(t, map[string][]string{"Accept": {doh.MediaType}}, map[string][]string(r.Header),
			"no User-Agent, cookies or Accept-Encoding")
		msg, err := base64.RawURLEncoding.DecodeString(r.URL.Query().Get("dns"))
		require.NoError(t, err)
		for _, secret := range []string{"alice", "wonderland", "payroll"} {
			assert.NotContains(t, string(msg), secret)
		}
	}
}

func keys(v map[string][]string) []string {
	var out []string
	for k := range v {
		out = append(out, k)
	}
	return out
}
