package doh

import (
	"encoding/base64"
	"errors"
	"net/url"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/dns/dnsmessage"
)

func TestPackQuery(t *testing.T) {
	msg, err := packQuery("_mongodb._tcp.Cluster0.example.net", dnsmessage.TypeSRV)
	require.NoError(t, err)

	var p dnsmessage.Parser
	h, err := p.Start(msg)
	require.NoError(t, err)
	assert.Equal(t, uint16(0), h.ID, "RFC 8484 asks for ID 0")
	assert.True(t, h.RecursionDesired)
	assert.False(t, h.Response)
	qs, err := p.AllQuestions()
	require.NoError(t, err)
	require.Len(t, qs, 1)
	assert.Equal(t, "_mongodb._tcp.Cluster0.example.net.", qs[0].Name.String())
	assert.Equal(t, dnsmessage.TypeSRV, qs[0].Type)
	assert.Equal(t, dnsmessage.ClassINET, qs[0].Class)
	require.NoError(t, p.SkipAllAnswers())
	require.NoError(t, p.SkipAllAuthorities())
	add, err := p.AllAdditionals()
	require.NoError(t, err)
	require.Len(t, add, 1, "one EDNS(0) record, nothing else")
	assert.Equal(t, dnsmessage.TypeOPT, add[0].Header.Type)
}

func TestPackQueryRefusesBadNames(t *testing.T) {
	for _, name := range []string{
		"",
		".",
		"a..example.net",
		strings.Repeat("a", 64) + ".example.net",
		strings.Repeat("abcdefghi.", 26) + "net",
		"müller.example.net",
		"a b.example.net",
		"a\\.example.net",
		"a\x00.example.net",
	} {
		_, err := packQuery(name, dnsmessage.TypeTXT)
		assert.ErrorIs(t, err, ErrBadName, "%q", name)
	}
}

func TestQueryURL(t *testing.T) {
	msg := []byte{0xfb, 0xff, 0xfe, 0x00, 0x01}
	u := queryURL("https://dns.example/dns-query", msg)
	assert.Equal(t, "https://dns.example/dns-query?dns=-__-AAE", u, "base64url without padding")
	dec, err := base64.RawURLEncoding.DecodeString(strings.TrimPrefix(u, "https://dns.example/dns-query?dns="))
	require.NoError(t, err)
	assert.Equal(t, msg, dec)
	assert.Equal(t, "https://dns.example/q?ct=1&dns=AA", queryURL("https://dns.example/q?ct=1", []byte{0}))
}

func TestCheckHTTP(t *testing.T) {
	ok := []byte("0123456789ab")
	cases := []struct {
		name string
		r    Response
		kind error
	}{
		{"200", Response{Status: 200, ContentType: MediaType, Body: ok}, nil},
		{"media type parameters and case", Response{Status: 200, ContentType: "Application/DNS-Message; charset=binary", Body: ok}, nil},
		{"404", Response{Status: 404, ContentType: "text/html"}, ErrHTTPStatus},
		{"503", Response{Status: 503, ContentType: MediaType}, ErrHTTPStatus},
		{"redirect", Response{Status: 302}, ErrHTTPStatus},
		{"html", Response{Status: 200, ContentType: "text/html", Body: ok}, ErrContentType},
		{"json", Response{Status: 200, ContentType: "application/dns-json", Body: ok}, ErrContentType},
		{"no content type", Response{Status: 200, Body: ok}, ErrContentType},
		{"over the cap", Response{Status: 200, ContentType: MediaType, Body: make([]byte, 13)}, ErrTooLarge},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			err := checkHTTP(&tc.r, 12)
			if tc.kind == nil {
				assert.NoError(t, err)
				return
			}
			assert.ErrorIs(t, err, tc.kind)
		})
	}
}

func TestCheckEndpoint(t *testing.T) {
	for _, u := range []string{
		"https://cloudflare-dns.com/dns-query",
		"https://dns.google/dns-query",
		"https://doh.example:8443/q?x=1",
		"http://127.0.0.1:8053/dns-query",
		"http://[::1]:8053/dns-query",
		"http://localhost/dns-query",
	} {
		assert.NoError(t, checkEndpoint(u), u)
	}
	for _, u := range []string{
		"http://dns.example/dns-query", // names in the clear on the network
		"https://user:pw@dns.example/dns-query",
		"https://dns.example/dns-query#x",
		"ftp://dns.example/",
		"/dns-query",
		"dns.example",
		"",
	} {
		err := checkEndpoint(u)
		var oe *OptionError
		require.ErrorAs(t, err, &oe, u)
		assert.Equal(t, "doh: "+oe.Reason, err.Error())
		assert.NotContains(t, oe.Reason, "pw", "user info is never quoted")
	}
	// New reports every option it refuses the same way.
	for _, o := range []Option{WithEndpoints(), WithTimeout(0), WithMaxResponseBytes(1), WithEndpoints("http://dns.example/")} {
		_, err := New(o, WithTransport(nil))
		var oe *OptionError
		assert.ErrorAs(t, err, &oe)
	}
}

// response builds a DNS response for tests; edit changes the header.
type rr struct {
	name   string
	typ    dnsmessage.Type
	target string   // SRV or CNAME
	port   uint16   // SRV
	txt    []string // TXT
	class  dnsmessage.Class
}

func response(t testing.TB, h dnsmessage.Header, qname string, qtype dnsmessage.Type, answers ...rr) []byte {
	t.Helper()
	h.Response = true
	b := dnsmessage.NewBuilder(nil, h)
	require.NoError(t, b.StartQuestions())
	if qname != "" {
		require.NoError(t, b.Question(dnsmessage.Question{Name: dnsmessage.MustNewName(qname), Type: qtype, Class: dnsmessage.ClassINET}))
	}
	require.NoError(t, b.StartAnswers())
	for _, a := range answers {
		class := a.class
		if class == 0 {
			class = dnsmessage.ClassINET
		}
		rh := dnsmessage.ResourceHeader{Name: dnsmessage.MustNewName(a.name), Class: class, TTL: 60}
		switch a.typ {
		case dnsmessage.TypeSRV:
			require.NoError(t, b.SRVResource(rh, dnsmessage.SRVResource{Target: dnsmessage.MustNewName(a.target), Port: a.port}))
		case dnsmessage.TypeTXT:
			require.NoError(t, b.TXTResource(rh, dnsmessage.TXTResource{TXT: a.txt}))
		case dnsmessage.TypeCNAME:
			require.NoError(t, b.CNAMEResource(rh, dnsmessage.CNAMEResource{CNAME: dnsmessage.MustNewName(a.target)}))
		case dnsmessage.TypeA:
			require.NoError(t, b.AResource(rh, dnsmessage.AResource{A: [4]byte{127, 0, 0, 1}}))
		}
	}
	msg, err := b.Finish()
	require.NoError(t, err)
	return msg
}

func TestParseAnswer(t *testing.T) {
	const q = "_mongodb._tcp.c0.example.net."
	srv := func(name, target string, port uint16) rr {
		return rr{name: name, typ: dnsmessage.TypeSRV, target: target, port: port}
	}
	cname := func(name, target string) rr { return rr{name: name, typ: dnsmessage.TypeCNAME, target: target} }
	cases := []struct {
		name    string
		msg     func(t *testing.T) []byte
		targets []string // want these SRV targets
		nx      bool
		kind    error
	}{
		{"two records", func(t *testing.T) []byte {
			return response(t, dnsmessage.Header{}, q, dnsmessage.TypeSRV, srv(q, "a.example.net.", 1), srv(q, "b.example.net.", 2))
		}, []string{"a.example.net.", "b.example.net."}, false, nil},
		{"no records", func(t *testing.T) []byte {
			return response(t, dnsmessage.Header{}, q, dnsmessage.TypeSRV)
		}, nil, false, nil},
		{"NXDOMAIN", func(t *testing.T) []byte {
			return response(t, dnsmessage.Header{RCode: dnsmessage.RCodeNameError}, q, dnsmessage.TypeSRV)
		}, nil, true, nil},
		{"question echoed in another case", func(t *testing.T) []byte {
			return response(t, dnsmessage.Header{}, strings.ToUpper(q), dnsmessage.TypeSRV, srv(strings.ToUpper(q), "a.example.net.", 1))
		}, []string{"a.example.net."}, false, nil},
		{"CNAME chain", func(t *testing.T) []byte {
			return response(t, dnsmessage.Header{}, q, dnsmessage.TypeSRV,
				cname(q, "x.example.org."), cname("X.example.org.", "y.example.org."), srv("y.example.org.", "a.example.net.", 1))
		}, []string{"a.example.net."}, false, nil},
		{"CNAME chain listed backwards", func(t *testing.T) []byte {
			return response(t, dnsmessage.Header{}, q, dnsmessage.TypeSRV,
				srv("y.example.org.", "a.example.net.", 1), cname("x.example.org.", "y.example.org."), cname(q, "x.example.org."))
		}, []string{"a.example.net."}, false, nil},
		{"CNAME to nothing", func(t *testing.T) []byte {
			return response(t, dnsmessage.Header{}, q, dnsmessage.TypeSRV, cname(q, "x.example.org."))
		}, nil, false, nil},
		{"CNAME loop", func(t *testing.T) []byte {
			return response(t, dnsmessage.Header{}, q, dnsmessage.TypeSRV, cname(q, "x.example.org."), cname("x.example.org.", q))
		}, nil, false, ErrMalformed},
		{"records of other names are ignored", func(t *testing.T) []byte {
			return response(t, dnsmessage.Header{}, q, dnsmessage.TypeSRV, srv("_mongodb._tcp.evil.example.", "evil.example.", 1), srv(q, "a.example.net.", 1))
		}, []string{"a.example.net."}, false, nil},
		{"other types and classes are ignored", func(t *testing.T) []byte {
			return response(t, dnsmessage.Header{}, q, dnsmessage.TypeSRV,
				rr{name: q, typ: dnsmessage.TypeA}, rr{name: q, typ: dnsmessage.TypeSRV, target: "chaos.example.", port: 1, class: dnsmessage.ClassCHAOS},
				srv(q, "a.example.net.", 1))
		}, []string{"a.example.net."}, false, nil},
		{"wrong ID", func(t *testing.T) []byte {
			return response(t, dnsmessage.Header{ID: 4242}, q, dnsmessage.TypeSRV)
		}, nil, false, ErrMismatch},
		{"a query, not a response", func(t *testing.T) []byte {
			msg, err := packQuery(q, dnsmessage.TypeSRV)
			require.NoError(t, err)
			return msg
		}, nil, false, ErrMismatch},
		{"another name", func(t *testing.T) []byte {
			return response(t, dnsmessage.Header{}, "_mongodb._tcp.c1.example.net.", dnsmessage.TypeSRV)
		}, nil, false, ErrMismatch},
		{"another type", func(t *testing.T) []byte {
			return response(t, dnsmessage.Header{}, q, dnsmessage.TypeTXT)
		}, nil, false, ErrMismatch},
		{"no question", func(t *testing.T) []byte {
			return response(t, dnsmessage.Header{}, "", dnsmessage.TypeSRV)
		}, nil, false, ErrMismatch},
		{"truncated", func(t *testing.T) []byte {
			return response(t, dnsmessage.Header{Truncated: true}, q, dnsmessage.TypeSRV)
		}, nil, false, ErrTruncated},
		{"SERVFAIL", func(t *testing.T) []byte {
			return response(t, dnsmessage.Header{RCode: dnsmessage.RCodeServerFailure}, q, dnsmessage.TypeSRV)
		}, nil, false, ErrServerFailure},
		{"REFUSED", func(t *testing.T) []byte {
			return response(t, dnsmessage.Header{RCode: dnsmessage.RCodeRefused}, q, dnsmessage.TypeSRV)
		}, nil, false, ErrRCode},
		{"not an opcode-0 answer", func(t *testing.T) []byte {
			return response(t, dnsmessage.Header{OpCode: 2}, q, dnsmessage.TypeSRV)
		}, nil, false, ErrMismatch},
		{"garbage", func(*testing.T) []byte { return []byte("<html>hello</html>") }, nil, false, ErrMalformed},
		{"empty", func(*testing.T) []byte { return nil }, nil, false, ErrMalformed},
		{"cut short", func(t *testing.T) []byte {
			msg := response(t, dnsmessage.Header{}, q, dnsmessage.TypeSRV, srv(q, "a.example.net.", 1))
			return msg[:len(msg)-5]
		}, nil, false, ErrMalformed},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a, err := parseAnswer(tc.msg(t), q, dnsmessage.TypeSRV)
			if tc.kind != nil {
				require.Error(t, err)
				assert.ErrorIs(t, err, tc.kind)
				assert.NotEmpty(t, err.Error())
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tc.nx, a.nxdomain)
			var got []string
			for _, r := range a.srv {
				got = append(got, r.Target.String())
			}
			assert.Equal(t, tc.targets, got)
		})
	}
}

func TestParseAnswerTXT(t *testing.T) {
	const q = "c0.example.net."
	msg := response(t, dnsmessage.Header{}, q, dnsmessage.TypeTXT,
		rr{name: q, typ: dnsmessage.TypeTXT, txt: []string{"replicaS", "et=rs0&authSource=admin"}})
	a, err := parseAnswer(msg, q, dnsmessage.TypeTXT)
	require.NoError(t, err)
	assert.Equal(t, [][]string{{"replicaS", "et=rs0&authSource=admin"}}, a.txt)
}

func TestLookupErrorMessage(t *testing.T) {
	e := &LookupError{Name: "c0.example.net", Type: "TXT", Attempts: []Attempt{
		{Endpoint: "https://a.example/dns-query", Err: fail(ErrTimeout, "no answer within 5s")},
		{Endpoint: "https://b.example/dns-query", Err: fail(ErrUnreachable, "connection refused")},
	}}
	assert.Equal(t, "DNS-over-HTTPS lookup of TXT c0.example.net failed: https://a.example/dns-query: no answer within 5s; https://b.example/dns-query: connection refused", e.Error())
	assert.ErrorIs(t, e, ErrTimeout)
	assert.ErrorIs(t, e, ErrUnreachable)
	assert.Contains(t, e.Hint(), "network")
	assert.False(t, errors.Is(e, ErrHTTPStatus))

	_, err := url.Parse("https://a.example/dns-query")
	require.NoError(t, err)
}
