package explain

import (
	"strings"

	"github.com/mongouri/mongouri/connstr"
)

// textMap maps offsets in a string derived from the input (cleaned of paste
// artefacts, or with its credentials re-encoded) back to the input, so that
// every span Explain reports points into what the person typed.
//
// The derived string is a sequence of segments, each either a copy of an
// input range or text put in place of one (possibly empty) input range.
type textMap struct {
	segs []textSeg
}

type textSeg struct {
	out, outEnd int // range in the derived string
	in, inEnd   int // range in the input
	copied      bool
}

// identityMap maps a string of n bytes onto itself.
func identityMap(n int) textMap {
	return textMap{segs: []textSeg{{0, n, 0, n, true}}}
}

// pos maps offset p of the derived string. An end offset maps to the end of
// the input text it follows; a start offset to the start of what it begins.
func (m textMap) pos(p int, end bool) int {
	if len(m.segs) == 0 {
		return p
	}
	q := p
	if end && p > 0 {
		q = p - 1 // the byte the range ends with
	}
	for _, s := range m.segs {
		if q < s.out || q >= s.outEnd {
			continue
		}
		switch {
		case !s.copied && end:
			return s.inEnd
		case !s.copied:
			return s.in
		case end && p > 0:
			return s.in + (q - s.out) + 1
		default:
			return s.in + (q - s.out)
		}
	}
	last := m.segs[len(m.segs)-1]
	if p <= 0 {
		return m.segs[0].in
	}
	return last.inEnd
}

// span maps a span of the derived string; NoSpan stays NoSpan.
func (m textMap) span(s connstr.Span) connstr.Span {
	if !s.Valid() {
		return connstr.NoSpan
	}
	if s.Start == s.End {
		p := m.pos(s.Start, false)
		return connstr.Span{Start: p, End: p}
	}
	return connstr.Span{Start: m.pos(s.Start, false), End: m.pos(s.End, true)}
}

// replace returns the map of the string made by replacing derived[a:b] with
// text: the new segment stands for the input range that derived[a:b] came from.
func (m textMap) replace(a, b int, text string) textMap {
	delta := len(text) - (b - a)
	inA, inB := m.pos(a, false), m.pos(b, true)
	if b == a {
		inB = inA
	}
	out := make([]textSeg, 0, len(m.segs)+2)
	placed := false
	place := func() {
		if !placed && len(text) > 0 {
			out = append(out, textSeg{a, a + len(text), inA, inB, false})
		}
		placed = true
	}
	for _, s := range m.segs {
		// The part before a.
		if s.out < a {
			e := min(s.outEnd, a)
			t := s
			t.outEnd = e
			if s.copied {
				t.inEnd = s.in + (e - s.out)
			}
			if t.outEnd > t.out {
				out = append(out, t)
			}
		}
		// The part from b on, shifted.
		if s.outEnd > b {
			place()
			st := max(s.out, b)
			t := s
			t.out, t.outEnd = st+delta, s.outEnd+delta
			if s.copied {
				t.in = s.in + (st - s.out)
			}
			out = append(out, t)
		}
	}
	place()
	return textMap{segs: out}
}

// mapBuilder builds a derived string and its map from pieces of the input.
type mapBuilder struct {
	b    strings.Builder
	segs []textSeg
}

func (mb *mapBuilder) copyRange(in string, s, e int) {
	if s >= e {
		return
	}
	o := mb.b.Len()
	mb.b.WriteString(in[s:e])
	mb.segs = append(mb.segs, textSeg{o, o + e - s, s, e, true})
}

func (mb *mapBuilder) done() (string, textMap) {
	return mb.b.String(), textMap{segs: mb.segs}
}
