package connstr

import "context"

// SRVRecord is one answer of an SRV lookup.
type SRVRecord struct {
	Target   string // host name, without the trailing dot
	Port     uint16
	Priority uint16
	Weight   uint16
}

// Resolver answers the two DNS questions mongodb+srv:// needs. Implementations
// live outside this package's core (DNS-over-HTTPS, net.Resolver, in-memory);
// the seedlist rules only see this interface.
type Resolver interface {
	// LookupSRV returns the SRV records of name, e.g. "_mongodb._tcp.cluster0.example.net".
	// No records is not an error: it returns an empty slice and a nil error.
	LookupSRV(ctx context.Context, name string) ([]SRVRecord, error)
	// LookupTXT returns one string per TXT record of name, with each record's
	// character-strings concatenated. No records: an empty slice, nil error.
	LookupTXT(ctx context.Context, name string) ([]string, error)
}
