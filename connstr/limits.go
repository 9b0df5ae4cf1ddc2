package connstr

import "strconv"

// MaxLength is the longest connection string Parse reads: 64 KiB, far more
// than any real string (a hundred hosts and every option take a few KiB)
// and little enough that every function of the package answers a string of
// that size at once. A longer string gets one error diagnostic and is not
// read further; Redacted then masks everything after the scheme.
const MaxLength = 64 << 10

// Codes for the limits. A finding that repeats (one per bad '%', one per
// unknown option) is reported maxRepeats times; one more-findings
// diagnostic then counts the rest.
const (
	CodeTooLong      Code = "input-too-long" // over MaxLength bytes
	CodeMoreFindings Code = "more-findings"  // "and N more" of a repeated finding
)

// maxRepeats is how many findings of one code a parse reports in full.
const maxRepeats = 10

// capFrom is how many findings a parse makes before it starts counting them
// per code: below it, nothing is counted and nothing allocated.
const capFrom = 32

// tooLong reports an input over MaxLength.
func (p *parser) tooLong() {
	p.errorf(CodeTooLong, NoSpan, "",
		// No length is given: the JavaScript adapter hands over only the
		// first MaxLength+1 bytes of a longer string.
		"The connection string is longer than the limit of "+strconv.Itoa(MaxLength)+" bytes; it was not read.",
		"A connection string is a few hundred bytes: check that only the string was pasted.")
	start := 0
	if len(p.in) >= len(prefixMongoDB) && p.in[:len(prefixMongoDB)] == prefixMongoDB {
		start = len(prefixMongoDB)
	} else if len(p.in) >= len(prefixSRV) && p.in[:len(prefixSRV)] == prefixSRV {
		start = len(prefixSRV)
	}
	p.hide(Span{start, len(p.in)})
}

// capped reports whether a finding of code would go beyond maxRepeats, and
// counts it if so. Callers whose message costs work (a suggestion) ask
// before building it.
func (p *parser) capped(code Code) bool {
	if len(p.cs.Diagnostics) < capFrom {
		return false
	}
	if p.repeats == nil {
		p.repeats = make(map[Code]*repeat)
		for i := range p.cs.Diagnostics {
			p.count(p.cs.Diagnostics[i].Code, p.cs.Diagnostics[i].Severity)
		}
	}
	r := p.repeats[code]
	if r == nil || r.shown < maxRepeats {
		return false
	}
	return true
}

// repeat counts the findings of one code.
type repeat struct {
	shown, dropped int
	severity       Severity
	order          int // of first appearance, for a stable summary order
}

func (p *parser) count(code Code, sev Severity) *repeat {
	r := p.repeats[code]
	if r == nil {
		r = &repeat{severity: sev, order: len(p.repeats)}
		p.repeats[code] = r
	}
	r.shown++
	r.severity = min(r.severity, sev)
	return r
}

// summarizeRepeats appends one more-findings diagnostic per code that went
// over the cap, in the order the codes first appeared.
func (p *parser) summarizeRepeats() {
	if p.repeats == nil {
		return
	}
	codes := make([]Code, len(p.repeats))
	for c, r := range p.repeats {
		codes[r.order] = c
	}
	for _, c := range codes {
		r := p.repeats[c]
		if r.dropped == 0 {
			continue
		}
		p.cs.Diagnostics = append(p.cs.Diagnostics, Diagnostic{
			Severity: r.severity, Code: CodeMoreFindings, Span: NoSpan,
			Message: "And " + strconv.Itoa(r.dropped) + " more findings like the " + string(c) + " ones above.",
			Hint:    "Fix the ones shown; the string probably holds the same mistake many times.",
		})
	}
}
