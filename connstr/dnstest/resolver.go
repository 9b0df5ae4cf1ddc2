package dnstest

import (
	"context"
	"io"
	"strings"
	"sync"

	"github.com/mongouri/mongouri/connstr"
)

// Resolver is an in-memory connstr.Resolver. Names match without regard to
// letter case or a final dot. It records every question it is asked, and it
// can be told to fail or to hold a name's answer until released, for tests of
// error paths and of queries running in parallel. The zero value is empty and
// ready; a Resolver is safe for concurrent use.
type Resolver struct {
	mu      sync.Mutex
	srv     map[string][]connstr.SRVRecord
	txt     map[string][]string
	fail    map[string]error
	gate    map[string]chan struct{}
	queries []string
	onQuery func([]string)
}

// New returns an empty Resolver.
func New() *Resolver { return &Resolver{} }

// FromRecords returns a Resolver holding the SRV and TXT records of a records
// file (see ParseRecords). A and AAAA records are not needed for seedlist
// discovery and are ignored.
func FromRecords(r io.Reader) (*Resolver, error) {
	recs, err := ParseRecords(r)
	if err != nil {
		return nil, err
	}
	res := New()
	for _, rec := range recs {
		switch rec.Type {
		case "SRV":
			res.AddSRV(rec.Name, rec.SRV.Target, rec.SRV.Port)
		case "TXT":
			res.AddTXT(rec.Name, rec.TXT...)
		}
	}
	return res, nil
}

func key(name string) string { return strings.ToLower(strings.TrimSuffix(name, ".")) }

// AddSRV adds an SRV record (priority and weight 0) and returns r.
func (r *Resolver) AddSRV(name, target string, port uint16) *Resolver {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.srv == nil {
		r.srv = map[string][]connstr.SRVRecord{}
	}
	k := key(name)
	r.srv[k] = append(r.srv[k], connstr.SRVRecord{Target: target, Port: port})
	return r
}

// AddTXT adds one TXT record made of the given character-strings and
// returns r.
func (r *Resolver) AddTXT(name string, strs ...string) *Resolver {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.txt == nil {
		r.txt = map[string][]string{}
	}
	k := key(name)
	r.txt[k] = append(r.txt[k], strings.Join(strs, ""))
	return r
}

// Fail makes every lookup of name (SRV or TXT) return err, and returns r.
func (r *Resolver) Fail(name string, err error) *Resolver {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.fail == nil {
		r.fail = map[string]error{}
	}
	r.fail[key(name)] = err
	return r
}

// Hold makes lookups of name wait until the returned release function is
// called (or their context ends). A test holds one name, and checks that the
// other question is asked meanwhile: proof that the two run in parallel.
func (r *Resolver) Hold(name string) (release func()) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.gate == nil {
		r.gate = map[string]chan struct{}{}
	}
	ch := make(chan struct{})
	r.gate[key(name)] = ch
	var once sync.Once
	return func() { once.Do(func() { close(ch) }) }
}

// Queries returns the questions asked so far, as "SRV name" and "TXT name",
// in the order they arrived.
func (r *Resolver) Queries() []string {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]string(nil), r.queries...)
}

// OnQuery sets a function called with the questions so far each time one
// arrives (before any Hold applies), so that a test can wait for a question
// without polling.
func (r *Resolver) OnQuery(f func(queries []string)) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.onQuery = f
}

// begin records a question and waits for its gate, if any.
func (r *Resolver) begin(ctx context.Context, typ, name string) error {
	k := key(name)
	r.mu.Lock()
	r.queries = append(r.queries, typ+" "+name)
	gate, err, f := r.gate[k], r.fail[k], r.onQuery
	var qs []string
	if f != nil {
		qs = append(qs, r.queries...)
	}
	r.mu.Unlock()
	if f != nil {
		f(qs)
	}
	if gate != nil {
		select {
		case <-gate:
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	return err
}

// LookupSRV implements connstr.Resolver.
func (r *Resolver) LookupSRV(ctx context.Context, name string) ([]connstr.SRVRecord, error) {
	if err := r.begin(ctx, "SRV", name); err != nil {
		return nil, err
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]connstr.SRVRecord{}, r.srv[key(name)]...), nil
}

// LookupTXT implements connstr.Resolver.
func (r *Resolver) LookupTXT(ctx context.Context, name string) ([]string, error) {
	if err := r.begin(ctx, "TXT", name); err != nil {
		return nil, err
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]string{}, r.txt[key(name)]...), nil
}
