// Package connstr parses, validates, encodes and redacts MongoDB connection
// strings (mongodb:// and mongodb+srv://) and resolves mongodb+srv:// ones,
// as MongoDB's driver specifications define them: Connection String, URI
// Options, Initial DNS Seedlist Discovery and the URI rules of
// Authentication. It is the specifications and nothing else; advice drawn
// from MongoDB's guides (explanations, checks, fixes, snippets) is in
// package connstr/explain, which uses only this package's exported API.
//
// The package is pure Go: it builds for native targets and for js/wasm, and it
// performs no I/O except through a caller-supplied Resolver (see Resolve).
package connstr

import (
	"fmt"
	"strings"
)

// Scheme is the connection string's scheme.
type Scheme string

const (
	SchemeMongoDB Scheme = "mongodb"
	SchemeSRV     Scheme = "mongodb+srv"
)

// HostType says what a host identifier names.
type HostType string

const (
	HostName      HostType = "hostname"
	HostIPv4      HostType = "ipv4"
	HostIPLiteral HostType = "ip_literal" // an IPv6 address, written in brackets
	HostUnix      HostType = "unix"       // a UNIX domain socket path
)

// DefaultPort is the port a host without one uses.
const DefaultPort = 27017

// Host is one host identifier.
type Host struct {
	Type HostType
	Host string // decoded: no brackets around an IP literal, no escapes in a socket path
	Port int    // 0 when the string gives none
	Span Span   // the identifier as written, port included
}

// Address returns host:port with the default port filled in, or the socket path.
func (h Host) Address() string {
	if h.Type == HostUnix {
		return h.Host
	}
	port := h.Port
	if port == 0 {
		port = DefaultPort
	}
	return joinHostPort(h.Type, h.Host, port)
}

// Userinfo is the user information before the '@'.
type Userinfo struct {
	Username     string // decoded
	Password     Secret // decoded; empty when HasPassword is false
	HasPassword  bool   // true for "user:@" (an empty password) as well
	Span         Span   // the userinfo as written, without the '@'
	PasswordSpan Span   // the password as written, or NoSpan
}

// Option is one recognised option with its typed value.
type Option struct {
	Name  string // canonical name from the registry, e.g. "replicaSet"
	Key   string // the key as written (last occurrence), e.g. "replicaset"
	Value Value
	Span  Span // the key=value pair as written (last occurrence)
}

// RawOption is an option the registry does not know. It has no effect on a
// driver but is kept so that String reproduces it.
type RawOption struct {
	Key, Value string // decoded
	Span       Span
	// secret marks a value that is or may be a credential: the key looks
	// like a secret's, or the pair stands where a secret value may have run
	// on (see ConnString.Redacted). secretKey marks a key that may itself
	// be part of a credential. Format and MarshalText mask them.
	secret, secretKey bool
}

// Format prints key=value with a value that may be a credential masked,
// for every verb.
func (r RawOption) Format(f fmt.State, _ rune) { f.Write(r.text()) }

// MarshalText is Format's text, for encoding/json, encoding/xml and
// log/slog.
func (r RawOption) MarshalText() ([]byte, error) { return r.text(), nil }

func (r RawOption) text() []byte {
	switch {
	case r.secretKey:
		return []byte(Mask + "=" + Mask)
	case r.secret || secretLookingKey(r.Key):
		return []byte(r.Key + "=" + Mask)
	}
	return []byte(r.Key + "=" + r.Value)
}

// ConnString is a parsed connection string.
type ConnString struct {
	Scheme      Scheme
	User        *Userinfo // nil without an '@'
	Hosts       []Host
	Database    string // decoded; "" when the path is empty
	Options     []Option
	Unknown     []RawOption // unrecognised options, in order
	Diagnostics Diagnostics
	input       string
	suspect     bool   // see Redacted
	hidden      []Span // spans the parser found may hold a credential; see secretSpans

	// Room for the user information and a first host, so that parsing a
	// typical string allocates the ConnString and little else. User and
	// Hosts point here until a host list outgrows it.
	user    Userinfo
	oneHost [1]Host
}

// Input returns the string that was parsed.
func (c *ConnString) Input() string { return c.input }

// Valid reports whether no diagnostic is an error.
func (c *ConnString) Valid() bool { return !c.Diagnostics.HasErrors() }

// Lookup returns the option with the given name (canonical or alias, any case).
func (c *ConnString) Lookup(name string) (Option, bool) {
	spec := LookupOption(name)
	if spec == nil {
		return Option{}, false
	}
	for i := range c.Options {
		if c.Options[i].Name == spec.Name {
			return c.Options[i], true
		}
	}
	return Option{}, false
}

// Value returns the value of the named option; the zero Value when unset.
func (c *ConnString) Value(name string) Value {
	o, _ := c.Lookup(name)
	return o.Value
}

// Username returns the decoded username, or "" without userinfo.
func (c *ConnString) Username() string {
	if c.User == nil {
		return ""
	}
	return c.User.Username
}

// Set sets an option by name (canonical or alias) replacing an earlier value.
// It is for building strings; it does not validate (Parse does).
func (c *ConnString) Set(name string, v Value) {
	spec := LookupOption(name)
	canonical := name
	if spec != nil {
		canonical = spec.Name
	}
	for i := range c.Options {
		if strings.EqualFold(c.Options[i].Name, canonical) {
			c.Options[i].Value = v
			return
		}
	}
	c.Options = append(c.Options, Option{Name: canonical, Key: canonical, Value: v, Span: NoSpan})
}
