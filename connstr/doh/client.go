package doh

import (
	"context"
	"net/url"
	"strings"
	"sync/atomic"
	"time"

	"golang.org/x/net/dns/dnsmessage"

	"github.com/mongouri/mongouri/connstr"
)

// DefaultEndpoints are asked in order when the caller names none: Cloudflare's
// and Google's public resolvers, both of which serve RFC 8484 GETs with CORS
// headers that let a web page read the answers.
var DefaultEndpoints = []string{
	"https://cloudflare-dns.com/dns-query",
	"https://dns.google/dns-query",
}

const (
	// DefaultTimeout bounds one query to one endpoint. A lookup that fails
	// over tries each endpoint once, so it ends within the timeout times the
	// number of endpoints (or earlier, when the caller's context says so).
	DefaultTimeout = 5 * time.Second
	// DefaultMaxResponseBytes caps a response body: the largest DNS message
	// there can be. A bigger body is not a DNS answer.
	DefaultMaxResponseBytes = 65535
)

// defaultTransport is set by transport_http.go in native builds; in js/wasm
// it stays nil and the caller must supply a transport.
var defaultTransport Transport

// Client is a DNS-over-HTTPS client. It implements connstr.Resolver and is
// safe for concurrent use.
type Client struct {
	endpoints []string
	transport Transport
	timeout   time.Duration
	maxBytes  int
	// preferred is the index of the endpoint that answered last: later
	// lookups start there, so a blocked first endpoint costs its timeout
	// once rather than on every lookup.
	preferred atomic.Int32
}

var _ connstr.Resolver = (*Client)(nil)

// Option configures a Client.
type Option func(*Client) error

// WithEndpoints sets the endpoint URLs, asked in the order given. Each must be
// an absolute https URL without user info or fragment; plain http is accepted
// for loopback hosts only (127.0.0.1, ::1, localhost), for tests, since DNS
// names sent in the clear would be readable on the network.
func WithEndpoints(urls ...string) Option {
	return func(c *Client) error {
		if len(urls) == 0 {
			return optionError("no endpoints given")
		}
		for _, u := range urls {
			if err := checkEndpoint(u); err != nil {
				return err
			}
		}
		c.endpoints = append([]string(nil), urls...)
		return nil
	}
}

// WithTransport sets the HTTP transport (see Transport).
func WithTransport(t Transport) Option {
	return func(c *Client) error {
		if t == nil {
			return ErrNoTransport
		}
		c.transport = t
		return nil
	}
}

// WithTimeout sets how long one query to one endpoint may take.
func WithTimeout(d time.Duration) Option {
	return func(c *Client) error {
		if d <= 0 {
			return optionError("the timeout must be positive")
		}
		c.timeout = d
		return nil
	}
}

// WithMaxResponseBytes sets the cap on a response body.
func WithMaxResponseBytes(n int) Option {
	return func(c *Client) error {
		if n < 12 { // a DNS header alone is 12 bytes
			return optionError("the response size cap must be at least 12 bytes")
		}
		c.maxBytes = n
		return nil
	}
}

// New returns a client with the defaults (DefaultEndpoints, DefaultTimeout,
// DefaultMaxResponseBytes, and in native builds the net/http transport)
// changed by opts. In the js/wasm build WithTransport is required.
func New(opts ...Option) (*Client, error) {
	c := &Client{
		endpoints: DefaultEndpoints,
		transport: defaultTransport,
		timeout:   DefaultTimeout,
		maxBytes:  DefaultMaxResponseBytes,
	}
	for _, o := range opts {
		if err := o(c); err != nil {
			return nil, err
		}
	}
	if c.transport == nil {
		return nil, ErrNoTransport
	}
	return c, nil
}

// Endpoints returns the endpoint URLs in the order they are asked.
func (c *Client) Endpoints() []string { return append([]string(nil), c.endpoints...) }

func checkEndpoint(raw string) error {
	u, err := url.Parse(raw)
	if err != nil || !u.IsAbs() || u.Host == "" {
		return optionError("endpoint " + quoteShort(raw) + " is not an absolute URL")
	}
	if u.User != nil {
		// Credentials in an endpoint URL would be sent to it and would
		// show in every error message that names the endpoint.
		return optionError("endpoint URLs must not hold user info")
	}
	if u.Fragment != "" || strings.Contains(raw, "#") {
		return optionError("endpoint " + quoteShort(raw) + " has a fragment")
	}
	switch u.Scheme {
	case "https":
	case "http":
		if h := u.Hostname(); h != "127.0.0.1" && h != "::1" && h != "localhost" {
			return optionError("endpoint " + quoteShort(raw) + " is plain http: only https is allowed, except on loopback for tests")
		}
	default:
		return optionError("endpoint " + quoteShort(raw) + " is not an http(s) URL")
	}
	return nil
}

func quoteShort(s string) string {
	if len(s) > 80 {
		s = s[:80] + "..."
	}
	return "\"" + s + "\""
}

// LookupSRV implements connstr.Resolver. Targets are returned without the
// final dot, in the order of the answer.
func (c *Client) LookupSRV(ctx context.Context, name string) ([]connstr.SRVRecord, error) {
	a, err := c.lookup(ctx, name, dnsmessage.TypeSRV)
	if err != nil {
		return nil, err
	}
	recs := make([]connstr.SRVRecord, 0, len(a.srv))
	for _, r := range a.srv {
		recs = append(recs, connstr.SRVRecord{
			Target:   strings.TrimSuffix(r.Target.String(), "."),
			Port:     r.Port,
			Priority: r.Priority,
			Weight:   r.Weight,
		})
	}
	return recs, nil
}

// LookupTXT implements connstr.Resolver: one string per record, its
// character-strings concatenated in order.
func (c *Client) LookupTXT(ctx context.Context, name string) ([]string, error) {
	a, err := c.lookup(ctx, name, dnsmessage.TypeTXT)
	if err != nil {
		return nil, err
	}
	txts := make([]string, 0, len(a.txt))
	for _, parts := range a.txt {
		txts = append(txts, strings.Join(parts, ""))
	}
	return txts, nil
}

// lookup asks the endpoints in turn, starting with the one that answered
// last, until one gives a valid answer. NXDOMAIN is a valid answer (no
// records); everything else that is not a NOERROR answer moves on to the
// next endpoint.
func (c *Client) lookup(ctx context.Context, name string, t dnsmessage.Type) (*answer, error) {
	typ := strings.TrimPrefix(t.String(), "Type")
	lerr := &LookupError{Name: strings.TrimSuffix(name, "."), Type: typ}
	msg, err := packQuery(name, t)
	if err != nil {
		lerr.Err = err
		return nil, lerr
	}
	n := len(c.endpoints)
	start := int(c.preferred.Load())
	for i := 0; i < n; i++ {
		if ctx.Err() != nil {
			lerr.Err = ctx.Err()
			return nil, lerr
		}
		idx := (start + i) % n
		ep := c.endpoints[idx]
		a, err := c.exchange(ctx, ep, msg, name, t)
		if err == nil {
			c.preferred.Store(int32(idx))
			return a, nil
		}
		if ctx.Err() != nil {
			// The caller gave up: that, not the endpoint, is the reason.
			lerr.Err = ctx.Err()
			return nil, lerr
		}
		lerr.Attempts = append(lerr.Attempts, Attempt{Endpoint: ep, Err: err})
	}
	return nil, lerr
}

// exchange is one query to one endpoint, bounded by the client's timeout.
func (c *Client) exchange(ctx context.Context, endpoint string, msg []byte, name string, t dnsmessage.Type) (*answer, error) {
	qctx, cancel := context.WithTimeout(ctx, c.timeout)
	defer cancel()

	type result struct {
		r   *Response
		err error
	}
	done := make(chan result, 1) // buffered: a late transport never blocks
	go func() {
		r, err := c.transport(qctx, queryURL(endpoint, msg), c.maxBytes)
		done <- result{r, err}
	}()
	var res result
	select {
	case res = <-done:
	case <-qctx.Done():
		// Do not wait for a transport that ignores its context: the
		// deadline is the deadline.
		res.err = qctx.Err()
	}
	if res.err != nil {
		switch {
		case ctx.Err() != nil:
			return nil, ctx.Err()
		case qctx.Err() != nil:
			return nil, fail(ErrTimeout, "no answer within "+c.timeout.String())
		default:
			return nil, &kindError{kind: ErrUnreachable, msg: res.err.Error()}
		}
	}
	if res.r == nil {
		return nil, fail(ErrUnreachable, "the transport returned no response")
	}
	if err := checkHTTP(res.r, c.maxBytes); err != nil {
		return nil, err
	}
	return parseAnswer(res.r.Body, name, t)
}
