//go:build !js

// Package netresolver adapts the standard library's net.Resolver to
// connstr.Resolver, for Go programs that resolve mongodb+srv:// strings with
// the system's DNS set-up (or a net.Resolver of their own) rather than
// DNS-over-HTTPS. It is not built for js/wasm, where there is no DNS but
// DoH (see connstr/doh).
package netresolver

import (
	"context"
	"errors"
	"net"
	"strings"

	"github.com/mongouri/mongouri/connstr"
)

// Resolver is a connstr.Resolver backed by a net.Resolver.
type Resolver struct {
	r *net.Resolver
}

var _ connstr.Resolver = (*Resolver)(nil)

// New returns a Resolver that asks r, or net.DefaultResolver when r is nil.
func New(r *net.Resolver) *Resolver {
	if r == nil {
		r = net.DefaultResolver
	}
	return &Resolver{r: r}
}

// notFound reports whether err says the name has no records of the type
// asked, which connstr.Resolver reports as an empty answer, not an error.
func notFound(err error) bool {
	var de *net.DNSError
	return errors.As(err, &de) && de.IsNotFound
}

// absolute makes name fully qualified, so that the resolver does not try it
// with the search domains of resolv.conf appended: the host of a
// mongodb+srv:// string is a full name, and asking the local network's DNS
// about "_mongodb._tcp.cluster0.example.net.corp.example" would only leak it.
func absolute(name string) string { return strings.TrimSuffix(name, ".") + "." }

// LookupSRV implements connstr.Resolver. net.Resolver orders the records by
// priority and shuffles them by weight; seedlist discovery ignores both.
// A record whose target is not a valid domain name makes the whole lookup
// fail, where net.Resolver would drop the record: a driver must not start
// from part of a seed list without saying so.
func (r *Resolver) LookupSRV(ctx context.Context, name string) ([]connstr.SRVRecord, error) {
	_, addrs, err := r.r.LookupSRV(ctx, "", "", absolute(name))
	if err != nil {
		if notFound(err) {
			return []connstr.SRVRecord{}, nil
		}
		return nil, err
	}
	recs := make([]connstr.SRVRecord, 0, len(addrs))
	for _, a := range addrs {
		recs = append(recs, connstr.SRVRecord{
			Target: strings.TrimSuffix(a.Target, "."), Port: a.Port, Priority: a.Priority, Weight: a.Weight,
		})
	}
	return recs, nil
}

// LookupTXT implements connstr.Resolver: net.Resolver already joins the
// character-strings of each record.
func (r *Resolver) LookupTXT(ctx context.Context, name string) ([]string, error) {
	txts, err := r.r.LookupTXT(ctx, absolute(name))
	if err != nil {
		if notFound(err) {
			return []string{}, nil
		}
		return nil, err
	}
	return txts, nil
}
