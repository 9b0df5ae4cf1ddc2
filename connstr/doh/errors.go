package doh

import (
	"context"
	"errors"
	"strings"
)

// Kinds of failure. Every error the client returns wraps one of them, so that
// errors.Is tells what went wrong; the message says it in words.
var (
	ErrNoTransport   = errors.New("no HTTP transport configured for DNS-over-HTTPS")
	ErrBadName       = errors.New("not a valid DNS name")
	ErrTimeout       = errors.New("no answer in time")
	ErrUnreachable   = errors.New("endpoint unreachable")
	ErrHTTPStatus    = errors.New("HTTP error status")
	ErrContentType   = errors.New("wrong content type")
	ErrTooLarge      = errors.New("response over the size cap")
	ErrMalformed     = errors.New("malformed DNS message")
	ErrMismatch      = errors.New("response does not match the query")
	ErrTruncated     = errors.New("truncated DNS answer")
	ErrServerFailure = errors.New("DNS server failure")
	ErrRCode         = errors.New("DNS error response")
)

// kindError is one failure: a kind from the list above and a sentence that
// gives the particulars.
type kindError struct {
	kind error
	msg  string
}

func (e *kindError) Error() string { return e.msg }
func (e *kindError) Unwrap() error { return e.kind }

func fail(kind error, msg string) error { return &kindError{kind: kind, msg: msg} }

// Attempt is one endpoint's failure during a lookup.
type Attempt struct {
	Endpoint string // the endpoint URL, as configured
	Err      error
}

// LookupError reports a lookup that got no usable answer: every endpoint
// failed (Attempts, in the order tried), or the question could not be asked
// at all (Err). It names the DNS name and the endpoints, never anything else
// of the connection string.
type LookupError struct {
	Name     string // the DNS name asked about
	Type     string // "SRV" or "TXT"
	Attempts []Attempt
	Err      error // set when no endpoint was tried
}

func (e *LookupError) Error() string {
	var b strings.Builder
	b.WriteString("DNS-over-HTTPS lookup of ")
	b.WriteString(e.Type)
	b.WriteByte(' ')
	b.WriteString(e.Name)
	b.WriteString(" failed: ")
	if e.Err != nil {
		b.WriteString(e.Err.Error())
	}
	for i, a := range e.Attempts {
		if i > 0 || e.Err != nil {
			b.WriteString("; ")
		}
		b.WriteString(a.Endpoint)
		b.WriteString(": ")
		b.WriteString(a.Err.Error())
	}
	return b.String()
}

// Unwrap gives errors.Is and errors.As every underlying failure.
func (e *LookupError) Unwrap() []error {
	errs := make([]error, 0, len(e.Attempts)+1)
	if e.Err != nil {
		errs = append(errs, e.Err)
	}
	for _, a := range e.Attempts {
		errs = append(errs, a.Err)
	}
	return errs
}

// Hint says what the user can do about the failure. The seedlist rules in
// connstr put it in their diagnostic (they look for a Hint method).
func (e *LookupError) Hint() string {
	switch {
	case errors.Is(e, ErrNoTransport):
		return "Configure a transport for the DNS-over-HTTPS client (see doh.WithTransport)."
	case errors.Is(e, ErrBadName):
		return "Check the host name in the connection string: DNS names are ASCII letters, digits, '-' and '_' in labels of at most 63 bytes (write internationalized names in punycode, xn--...)."
	case errors.Is(e, ErrServerFailure):
		return "The resolver behind the endpoint could not get an answer from the domain's name servers; they may be down or misconfigured. Try again later, or check the domain's DNS set-up."
	case errors.Is(e, context.Canceled):
		return "The lookup was cancelled before an answer arrived."
	case e.allNetwork():
		return "No DNS-over-HTTPS endpoint could be reached: check the network connection, or whether a firewall or browser extension blocks the endpoints; or choose another endpoint."
	default:
		return "The endpoints did not answer as DNS-over-HTTPS servers should: check the endpoint URLs (they usually end in /dns-query), or choose another endpoint."
	}
}

// Unreachable reports whether no endpoint could be reached at all (each
// attempt failed before any HTTP response: offline, refused, blocked), as
// opposed to endpoints that answered badly or too slowly. connstr's seedlist
// rules give such a failure the code dns-unreachable.
func (e *LookupError) Unreachable() bool {
	if len(e.Attempts) == 0 {
		return false
	}
	for _, a := range e.Attempts {
		if !errors.Is(a.Err, ErrUnreachable) {
			return false
		}
	}
	return true
}

// allNetwork reports whether every attempt failed to get any HTTP response.
func (e *LookupError) allNetwork() bool {
	if len(e.Attempts) == 0 {
		return false
	}
	for _, a := range e.Attempts {
		if !errors.Is(a.Err, ErrTimeout) && !errors.Is(a.Err, ErrUnreachable) {
			return false
		}
	}
	return true
}

// OptionError reports an option New cannot accept: an endpoint URL that is
// not an absolute https URL without user info (plain http on loopback
// aside), no endpoints, a timeout or a size cap out of range. Reason
// quotes the endpoint concerned, never user info.
type OptionError struct {
	Reason string // what is wrong, e.g. `the timeout must be positive`
}

func (e *OptionError) Error() string { return "doh: " + e.Reason }

func optionError(reason string) error { return &OptionError{Reason: reason} }
