//go:build !js

// This file is the only one that imports net/http; it is not built for js so
// that the WebAssembly binary does not carry an HTTP client it cannot use.

package doh

import (
	"context"
	"errors"
	"io"
	"net/http"
	"net/url"
	"time"
)

// HTTPTransport returns a Transport that uses c, or a client of its own when
// c is nil. The client's redirect policy is replaced so that redirects are
// never followed: a redirect would send the DNS names to a host the caller
// did not choose.
func HTTPTransport(c *http.Client) Transport {
	if c == nil {
		c = &http.Client{Transport: &http.Transport{
			Proxy:               http.ProxyFromEnvironment,
			ForceAttemptHTTP2:   true,
			MaxIdleConnsPerHost: 4,
			IdleConnTimeout:     90 * time.Second,
			TLSHandshakeTimeout: 10 * time.Second,
			// A DNS message is a few hundred bytes: asking for gzip only
			// adds a header to every request.
			DisableCompression: true,
		}}
	}
	nc := *c
	nc.CheckRedirect = func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }
	nc.Jar = nil
	return func(ctx context.Context, target string, maxBytes int) (*Response, error) {
		req, err := http.NewRequestWithContext(ctx, http.MethodGet, target, nil)
		if err != nil {
			return nil, err
		}
		req.Header.Set("Accept", MediaType)
		// An empty User-Agent makes net/http send none: the request carries
		// the accept header and nothing that identifies the program.
		req.Header.Set("User-Agent", "")
		resp, err := nc.Do(req)
		if err != nil {
			// The url holds only the endpoint and the DNS question; still,
			// keep the error short and without it.
			var ue *url.Error
			if errors.As(err, &ue) {
				return nil, ue.Err
			}
			return nil, err
		}
		defer resp.Body.Close()
		body, err := io.ReadAll(io.LimitReader(resp.Body, int64(maxBytes)+1))
		if err != nil {
			return nil, err
		}
		return &Response{Status: resp.StatusCode, ContentType: resp.Header.Get("Content-Type"), Body: body}, nil
	}
}

func init() { defaultTransport = HTTPTransport(nil) }
