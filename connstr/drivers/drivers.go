// Package drivers tells, for a parsed connection string, what each family of
// official MongoDB drivers does with it: accepts it, accepts it with a
// warning (or reads part of it differently from the specifications), or
// rejects it, each with the reason in that driver's terms.
//
// The knowledge is data: how each driver splits a string, which options it
// knows and how it checks their values (tables in options.go), and the
// behaviours where drivers part ways (behaviours.go). The Go and Node.js
// verdicts are checked against the real drivers by the differential test in
// scripts/driverbench; the others come from reading the drivers' sources.
package drivers

import "github.com/mongouri/mongouri/connstr"

// Family names a driver family.
type Family string

const (
	Node   Family = "node"   // the Node.js driver, current major (7)
	Node6  Family = "node6"  // the Node.js driver, previous major (6)
	Python Family = "python" // PyMongo
	Go     Family = "go"     // the Go driver (v2)
	Java   Family = "java"   // the Java driver (sync and reactive streams)
	CSharp Family = "csharp" // the C#/.NET driver
	Rust   Family = "rust"   // the Rust driver
	C      Family = "c"      // libmongoc, and the PHP driver built on it
)

// Driver describes one family.
type Driver struct {
	Family   Family
	Name     string // as people call it
	Versions string // the versions the verdicts describe
	// Checked says whether the verdicts are checked against the driver
	// itself (scripts/driverbench's differential test); the others follow
	// the specifications' rules and the departures from them read in the
	// driver's source.
	Checked bool
}

// families lists the families in display order; All returns a copy.
var families = [...]Driver{
	{Node, "Node.js", "7.x", true},
	{Node6, "Node.js", "6.x", true},
	{Python, "Python (PyMongo)", "4.x", false},
	{Go, "Go", "v2", true},
	{Java, "Java", "5.x", false},
	{CSharp, "C#/.NET", "3.x", false},
	{Rust, "Rust", "3.x", false},
	{C, "C / PHP", "libmongoc 2.x, PHP driver 2.x", false},
}

// Outcome is what a driver does with a string.
type Outcome uint8

const (
	Accepts     Outcome = iota // takes the string and reads it as the specifications do
	AcceptsWarn                // takes it, but warns or reads part of it differently
	Rejects                    // throws or returns an error
)

func (o Outcome) String() string {
	switch o {
	case Accepts:
		return "accepts"
	case AcceptsWarn:
		return "accepts with a warning"
	default:
		return "rejects"
	}
}

// Verdict is one driver's outcome for a string, with the reasons (the
// first one is the decisive one when it rejects).
type Verdict struct {
	Driver  Driver
	Outcome Outcome
	Reasons []string
}

// All returns the families Judge gives a verdict for, in display order.
func All() []Driver {
	out := families
	return out[:]
}

// Judge returns a verdict per family, in the order of All. A nil string, or
// one without a mongodb:// or mongodb+srv:// scheme, every driver rejects.
func Judge(cs *connstr.ConnString) []Verdict {
	s := newSubject(cs)
	out := make([]Verdict, len(families))
	for i, d := range families {
		out[i] = s.judge(d)
	}
	return out
}

// JudgeFor returns the verdict of one family.
func JudgeFor(cs *connstr.ConnString, f Family) Verdict {
	for _, d := range families {
		if d.Family == f {
			return newSubject(cs).judge(d)
		}
	}
	return Verdict{Driver: Driver{Family: f, Name: string(f)}, Outcome: Rejects, Reasons: []string{"unknown driver family"}}
}

// judge applies the behaviours that concern d, in order: a rejection ends
// the list, as the driver stops at its first error.
func (s *subject) judge(d Driver) Verdict {
	v := Verdict{Driver: d}
	if s.cs == nil || s.scheme == "" {
		v.Outcome, v.Reasons = Rejects, []string{d.Name + " accepts only mongodb:// and mongodb+srv:// strings."}
		return v
	}
	for i := range behaviours {
		b := &behaviours[i]
		if !b.concerns(d.Family) {
			continue
		}
		reason := b.reasonFor(s, d)
		if reason == "" {
			continue
		}
		v.Reasons = append(v.Reasons, reason)
		if b.outcome > v.Outcome {
			v.Outcome = b.outcome
		}
		if b.outcome == Rejects {
			// The driver stops at its first error: later findings are not
			// what the user will see.
			v.Reasons = v.Reasons[len(v.Reasons)-1:]
			return v
		}
	}
	return v
}
