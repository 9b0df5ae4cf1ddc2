// Package doh is a DNS-over-HTTPS (RFC 8484) client that implements
// connstr.Resolver, so that mongodb+srv:// strings can be resolved where the
// only way to ask DNS is HTTPS: in a browser, or behind a resolver that
// cannot answer SRV queries.
//
// # What leaves the machine
//
// Resolving mongodb+srv://user:pass@cluster0.example.net/db?opts sends exactly
// two DNS questions, each as one HTTPS GET to the chosen endpoint:
//
//   - SRV _mongodb._tcp.cluster0.example.net (the service name is
//     srvServiceName when the string sets it)
//   - TXT cluster0.example.net
//
// Each request carries only a DNS message holding that name, its type, the
// recursion-desired flag and an EDNS(0) record advertising a buffer size. The
// message ID is 0, as RFC 8484 recommends, so two requests for the same name
// are identical. The only request header the client adds is
// "accept: application/dns-message"; the native transport sends no
// User-Agent and no cookies, and follows no redirects. (A browser adds what
// it always adds to a cross-origin fetch, such as its user agent and the
// page's origin.) User name, password, database, options and the rest of the
// string are never sent anywhere. The endpoint (Cloudflare and Google by
// default, see DefaultEndpoints) sees the two names and the caller's IP
// address, as any DNS resolver would; a failing endpoint makes the client ask
// the next one, which then sees the same two names. Plain-http endpoints are
// refused except on loopback, so the names do not cross the network in the
// clear.
//
// # Transports
//
// The HTTP exchange goes through a Transport, a plain function, so that the
// client holds no HTTP stack of its own. Native builds default to a net/http
// transport (see HTTPTransport, in a file that is not built for js). The
// js/wasm build has no default: the caller plugs in a transport built on the
// browser's fetch. That keeps net/http out of the WebAssembly binary.
//
// Requests are simple GETs with a CORS-safelisted header only, so browsers
// send them without a preflight.
//
// # Validation
//
// Every response is checked before it is believed: HTTP status 2xx, media type
// application/dns-message, a size cap, a well-formed DNS message with the ID
// that was sent, the response bit, the question echoed (names compared without
// regard to letter case), no truncation, and an RCODE of NOERROR or NXDOMAIN.
// Answers are followed through CNAME chains. A response that fails any check
// counts as a failure of that endpoint, and the next endpoint is tried.
package doh
