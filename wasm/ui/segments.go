package ui

import (
	"sort"
	"unicode/utf8"

	"github.com/mongouri/mongouri/connstr"
)

// This file has no build tag: the colour-coding and underline arithmetic is
// plain Go over byte offsets, tested natively.

// part names what a stretch of the input is, for the colour-coded rendering.
type part uint8

const (
	partPlain    part = iota // separators and anything the parser did not claim
	partScheme               // mongodb:// or mongodb+srv://
	partUser                 // the username (and the ':' before a password)
	partPassword             // the password as written
	partHost                 // one host identifier, port included
	partDatabase             // the path's database
	partOption               // a known key=value pair
	partUnknown              // an unknown key=value pair
)

var partClass = [...]string{"", "tok-scheme", "tok-user", "tok-password", "tok-host", "tok-db", "tok-option", "tok-unknown"}

var partName = [...]string{"", "scheme", "username", "password", "host", "database", "option", "unknown option"}

// segment is a run of input bytes [start, end) with one part and the same set
// of diagnostics over all of it.
type segment struct {
	start, end int
	part       part
	diags      []int // indexes into the ConnString's Diagnostics whose span covers the run
}

// point is a diagnostic with an empty span: it concerns a position (a missing
// host after the scheme, say) rather than characters.
type point struct {
	at   int
	diag int
}

type paint struct {
	span connstr.Span
	part part
}

// layout cuts input into segments by the spans the parser reported. Later
// paints win over earlier ones (a password inside the userinfo). With
// atomicPassword the password stays one segment, so that it can be drawn as a
// mask that hides its length.
func layout(input string, cs *connstr.ConnString, atomicPassword bool) ([]segment, []point) {
	n := len(input)
	paints := parts(input, cs)
	var diags []connstr.Diagnostic
	if cs != nil {
		diags = cs.Diagnostics
	}

	cuts := map[int]bool{0: true, n: true}
	cut := func(i int) {
		if i < 0 || i > n {
			return
		}
		// Spans come from a byte-oriented parser; keep every cut on a rune
		// boundary so no character is split across two elements.
		for i > 0 && i < n && !utf8.RuneStart(input[i]) {
			i--
		}
		cuts[i] = true
	}
	for _, p := range paints {
		cut(p.span.Start)
		cut(p.span.End)
	}
	var points []point
	for i, d := range diags {
		if !d.Span.Valid() || d.Span.Start > n {
			continue
		}
		if d.Span.Start == d.Span.End {
			points = append(points, point{d.Span.Start, i})
			continue
		}
		cut(d.Span.Start)
		cut(min(d.Span.End, n))
	}
	var pw connstr.Span = connstr.NoSpan
	if atomicPassword && cs != nil && cs.User != nil && cs.User.PasswordSpan.Valid() {
		pw = cs.User.PasswordSpan
		for c := range cuts {
			if c > pw.Start && c < pw.End {
				delete(cuts, c)
			}
		}
	}

	bounds := make([]int, 0, len(cuts))
	for c := range cuts {
		bounds = append(bounds, c)
	}
	sort.Ints(bounds)

	segs := make([]segment, 0, len(bounds))
	for i := 0; i+1 < len(bounds); i++ {
		s := segment{start: bounds[i], end: bounds[i+1]}
		for _, p := range paints {
			if p.span.Start <= s.start && s.end <= p.span.End {
				s.part = p.part
			}
		}
		for j, d := range diags {
			if d.Span.Valid() && d.Span.Start < s.end && s.start < d.Span.End {
				s.diags = append(s.diags, j)
			}
		}
		segs = append(segs, s)
	}
	return segs, points
}

// parts lists the parser's spans as paints, in increasing precedence.
func parts(input string, cs *connstr.ConnString) []paint {
	if cs == nil {
		return nil
	}
	var ps []paint
	layout := connstr.Cut(input)
	if sch := layout.Scheme; cs.Scheme != "" && sch.Valid() && sch.End+3 <= len(input) {
		ps = append(ps, paint{connstr.Span{Start: sch.Start, End: sch.End + 3}, partScheme}) // with "://"
	}
	if cs.User != nil && cs.User.Span.Valid() {
		ps = append(ps, paint{cs.User.Span, partUser})
		if cs.User.PasswordSpan.Valid() {
			ps = append(ps, paint{cs.User.PasswordSpan, partPassword})
		}
	}
	for _, h := range cs.Hosts {
		if h.Span.Valid() {
			ps = append(ps, paint{h.Span, partHost})
		}
	}
	// The parser gives the decoded name; Cut says where it was written.
	if db := layout.Database; db.Valid() && db.End > db.Start {
		ps = append(ps, paint{db, partDatabase})
	}
	for _, o := range cs.Options {
		if o.Span.Valid() {
			ps = append(ps, paint{o.Span, partOption})
		}
	}
	for _, o := range cs.Unknown {
		if o.Span.Valid() {
			ps = append(ps, paint{o.Span, partUnknown})
		}
	}
	return ps
}

// utf16Offset converts a byte offset into s to the UTF-16 code unit offset a
// JavaScript string (a textarea's selection) uses for the same position.
func utf16Offset(s string, byteOff int) int {
	byteOff = max(0, min(byteOff, len(s)))
	n := 0
	for _, r := range s[:byteOff] {
		if r >= 0x10000 {
			n += 2
		} else {
			n++
		}
	}
	return n
}
