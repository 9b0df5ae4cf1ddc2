package connstr

import (
	"errors"
	"strconv"
	"strings"
)

// Severity ranks a Diagnostic. Only SeverityError makes a string invalid.
type Severity uint8

const (
	SeverityError Severity = iota
	SeverityWarning
	SeverityInfo
)

func (s Severity) String() string {
	switch s {
	case SeverityError:
		return "error"
	case SeverityWarning:
		return "warning"
	default:
		return "info"
	}
}

// Span is a half-open byte range [Start, End) into the parsed input.
// The zero Span with Start == End == 0 at position 0 is valid; NoSpan marks
// a finding that concerns the string as a whole.
type Span struct {
	Start, End int
}

// NoSpan is the Span of a diagnostic that points at nothing in particular.
var NoSpan = Span{-1, -1}

// Valid reports whether the span points into the input.
func (s Span) Valid() bool { return s.Start >= 0 && s.End >= s.Start }

// Diagnostic is one finding about a connection string. Diagnostics are data:
// the parser never prints. Messages and hints never contain a password or a
// secret option value (see Secret).
type Diagnostic struct {
	Severity Severity
	Code     Code   // stable, machine-readable
	Message  string // one sentence for a person
	Span     Span   // where in the input, or NoSpan
	Option   string // canonical option name it concerns, if any
	Hint     string // how to fix it
}

// Diagnostics is a list of findings in the order they were made.
type Diagnostics []Diagnostic

// HasErrors reports whether any diagnostic is an error.
func (ds Diagnostics) HasErrors() bool {
	for i := range ds {
		if ds[i].Severity == SeverityError {
			return true
		}
	}
	return false
}

// Has reports whether a diagnostic with the given code is present.
func (ds Diagnostics) Has(code Code) bool {
	for i := range ds {
		if ds[i].Code == code {
			return true
		}
	}
	return false
}

// Error is returned by Parse for an invalid string. It carries every
// error-severity diagnostic; errors.As gives access to them.
type Error struct {
	Diagnostics Diagnostics // the error-severity findings only
}

func (e *Error) Error() string {
	if len(e.Diagnostics) == 0 {
		return "connstr: invalid connection string"
	}
	var b strings.Builder
	b.WriteString("connstr: ")
	b.WriteString(e.Diagnostics[0].Message)
	if n := len(e.Diagnostics) - 1; n > 0 {
		b.WriteString(" (and ")
		b.WriteString(strconv.Itoa(n))
		if n == 1 {
			b.WriteString(" more error)")
		} else {
			b.WriteString(" more errors)")
		}
	}
	return b.String()
}

// Is lets errors.Is(err, ErrInvalid) match any parse error.
func (e *Error) Is(target error) bool { return target == ErrInvalid }

// ErrInvalid matches every *Error with errors.Is.
var ErrInvalid = errors.New("connstr: invalid connection string")

// ValueError is returned by NewValue for a value the option cannot take, or
// a name the registry does not know. Its Diagnostic says why as Parse would
// (code, message, hint, option); it never quotes the value, which may be a
// secret.
type ValueError struct {
	Diagnostic Diagnostic
}

func (e *ValueError) Error() string { return "connstr: " + e.Diagnostic.Message }
