package ui

import (
	"strings"
	"testing"

	"github.com/mongouri/mongouri/connstr"
)

// text returns the input covered by the segments of the given part.
func textOf(input string, segs []segment, p part) string {
	var b strings.Builder
	for _, s := range segs {
		if s.part == p {
			b.WriteString(input[s.start:s.end])
		}
	}
	return b.String()
}

func TestLayoutParts(t *testing.T) {
	in := "mongodb://alice:s3cr%40t@db1.example.net:27018,db2.example.net/shop?replicaSet=rs0&foo=bar"
	cs, _ := connstr.Parse(in)
	segs, _ := layout(in, cs, false)
	for p, want := range map[part]string{
		partScheme:   "mongodb://",
		partPassword: "s3cr%40t",
		partHost:     "db1.example.net:27018db2.example.net",
		partDatabase: "shop",
		partOption:   "replicaSet=rs0",
		partUnknown:  "foo=bar",
	} {
		if got := textOf(in, segs, p); got != want {
			t.Errorf("%s: got %q, want %q", partName[p], got, want)
		}
	}
	// The segments tile the input without gaps or overlaps.
	pos := 0
	for _, s := range segs {
		if s.start != pos || s.end <= s.start {
			t.Fatalf("segment %+v does not continue at %d", s, pos)
		}
		pos = s.end
	}
	if pos != len(in) {
		t.Fatalf("segments end at %d, input at %d", pos, len(in))
	}
}

func TestLayoutDiagnosticsCoverTheirBytes(t *testing.T) {
	in := "mongodb://héllo@host:99999/?w=1"
	cs, _ := connstr.Parse(in)
	segs, _ := layout(in, cs, false)
	for i, d := range cs.Diagnostics {
		if !d.Span.Valid() || d.Span.Start == d.Span.End {
			continue
		}
		var b strings.Builder
		for _, s := range segs {
			for _, x := range s.diags {
				if x == i {
					b.WriteString(in[s.start:s.end])
				}
			}
		}
		if got, want := b.String(), in[d.Span.Start:d.Span.End]; got != want {
			t.Errorf("%s: underlined %q, span holds %q", d.Code, got, want)
		}
	}
}

func TestAtomicPasswordIsOneSegment(t *testing.T) {
	in := "mongodb://u:p@ss:word@h/"
	cs, _ := connstr.Parse(in)
	segs, _ := layout(in, cs, true)
	n := 0
	for _, s := range segs {
		if s.part == partPassword {
			n++
		}
	}
	if cs.User != nil && cs.User.PasswordSpan.Valid() && n != 1 {
		t.Fatalf("password drawn as %d segments, want 1", n)
	}
}

func TestUTF16Offset(t *testing.T) {
	s := "aé😀b"
	for _, c := range []struct{ b, u int }{{0, 0}, {1, 1}, {3, 2}, {7, 4}, {8, 5}, {99, 5}} {
		if got := utf16Offset(s, c.b); got != c.u {
			t.Errorf("utf16Offset(%d) = %d, want %d", c.b, got, c.u)
		}
	}
}
