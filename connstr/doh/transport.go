package doh

import "context"

// MediaType is the DNS wire-format media type of RFC 8484: the value of the
// request's accept header and the expected response content type.
const MediaType = "application/dns-message"

// Response is what a Transport got back from one HTTP GET.
type Response struct {
	Status      int    // the HTTP status code, e.g. 200
	ContentType string // the content-type header as received ("" if absent)
	Body        []byte // at most maxBytes+1 bytes of the body
}

// Transport performs one DNS-over-HTTPS GET and returns the HTTP response.
// It is the seam between this package and an HTTP stack: HTTPTransport wraps
// net/http for native builds, and the js/wasm build supplies one built on
// fetch. A Transport must:
//
//   - send a GET for url exactly as given (it already holds the ?dns= query),
//     with the single request header "accept: application/dns-message" and
//     nothing else the platform lets it leave out: no cookies or other
//     credentials, no referrer. In a browser that is
//     fetch(url, {headers: {accept: MediaType}, credentials: "omit",
//     referrerPolicy: "no-referrer", redirect: "error", signal}); such a
//     request needs no CORS preflight;
//   - not follow redirects (a redirect status is returned as the Status, and
//     the client reports it);
//   - read at most maxBytes+1 bytes of the body, so that the client can tell
//     an oversized body from one that fits without the transport buffering
//     an unbounded stream;
//   - return when ctx is done, with an error. (The client does not rely on
//     it: it stops waiting for a transport at its deadline regardless.)
//
// A non-2xx status is not an error of the Transport: return it in Response.
// Return an error only when no HTTP response arrived (connection refused,
// DNS failure of the endpoint's host, TLS failure, context done).
type Transport func(ctx context.Context, url string, maxBytes int) (*Response, error)
