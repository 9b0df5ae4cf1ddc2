// Command wasmmerge shrinks a WebAssembly module built by Go's linker by
// merging its active data segments across small runs of zero bytes.
//
// Go's wasm linker starts a new data segment after every run of 8 zero
// bytes, so a module's data section holds tens of thousands of segments,
// each with a header of 8 to 12 bytes (flags, offset expression, length)
// that compresses badly. Memory starts zeroed, so writing the zeros of a
// short gap explicitly changes nothing at run time: the memory image the
// module starts with is byte for byte the same, which the tool checks
// before it writes anything.
//
// Usage:
//
//	wasmmerge [-gap N] IN.wasm [OUT.wasm]
//
// OUT defaults to IN (rewritten in place). Segments whose gap is at most N
// zero bytes become one (default 64: measured on mongouri.wasm, the brotli
// size falls steeply up to a gap of 32 and is flat from 64 to 512). Every
// other section is copied unchanged.
package main

import (
	"bytes"
	"cmp"
	"errors"
	"flag"
	"fmt"
	"os"
	"slices"
)

func main() {
	gap := flag.Int("gap", 64, "merge segments separated by at most this many zero bytes")
	flag.Usage = func() {
		fmt.Fprintln(os.Stderr, "usage: wasmmerge [-gap N] IN.wasm [OUT.wasm]")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() < 1 || flag.NArg() > 2 || *gap < 0 {
		flag.Usage()
		os.Exit(2)
	}
	in := flag.Arg(0)
	out := in
	if flag.NArg() == 2 {
		out = flag.Arg(1)
	}
	src, err := os.ReadFile(in)
	if err != nil {
		fail(err)
	}
	dst, st, err := Merge(src, uint32(*gap))
	if err != nil {
		fail(fmt.Errorf("%s: %w", in, err))
	}
	if err := os.WriteFile(out, dst, 0o644); err != nil {
		fail(err)
	}
	fmt.Printf("wasmmerge: %s: %d data segments -> %d, %d -> %d bytes\n", out, st.Before, st.After, len(src), len(dst))
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "wasmmerge:", err)
	os.Exit(1)
}

// Stats counts the data segments before and after merging.
type Stats struct{ Before, After int }

const (
	sectionData      = 11
	sectionDataCount = 12

	opI32Const = 0x41
	opEnd      = 0x0b
)

var header = []byte{0, 'a', 's', 'm', 1, 0, 0, 0}

// Merge returns module with its data segments merged across gaps of at
// most gap zero bytes. It fails, rather than guess, on a module whose data
// segments are not all active, non-overlapping segments of memory 0 at
// constant offsets (what Go's linker writes), and it checks that the
// merged module starts with the same memory image as the original.
func Merge(module []byte, gap uint32) ([]byte, Stats, error) {
	sections, err := readSections(module)
	if err != nil {
		return nil, Stats{}, err
	}
	out := append([]byte(nil), header...)
	var st Stats
	for _, s := range sections {
		payload := s.payload
		switch s.id {
		case sectionData:
			segs, err := readData(payload)
			if err != nil {
				return nil, Stats{}, err
			}
			merged := mergeSegments(segs, gap)
			if !sameImage(segs, merged) {
				return nil, Stats{}, errors.New("merged segments would change the initial memory (a bug in wasmmerge)")
			}
			st = Stats{Before: len(segs), After: len(merged)}
			payload = writeData(merged)
		case sectionDataCount:
			// Kept consistent with the data section it counts; Go's linker
			// writes none today.
			segs, err := dataSegmentsOf(sections)
			if err != nil {
				return nil, Stats{}, err
			}
			payload = appendU32(nil, uint32(len(mergeSegments(segs, gap))))
		}
		out = append(out, s.id)
		out = appendU32(out, uint32(len(payload)))
		out = append(out, payload...)
	}
	return out, st, nil
}

type section struct {
	id      byte
	payload []byte
}

func readSections(b []byte) ([]section, error) {
	if !bytes.HasPrefix(b, header) {
		return nil, errors.New("not a WebAssembly 1.0 module")
	}
	r := reader{b: b, pos: len(header)}
	var out []section
	for r.pos < len(b) {
		id := r.byte()
		n := r.u32()
		p := r.bytes(n)
		if r.err != nil {
			return nil, fmt.Errorf("section %d: %w", id, r.err)
		}
		out = append(out, section{id, p})
	}
	return out, nil
}

func dataSegmentsOf(sections []section) ([]segment, error) {
	for _, s := range sections {
		if s.id == sectionData {
			return readData(s.payload)
		}
	}
	return nil, nil
}

// segment is an active data segment of memory 0: data at offset.
type segment struct {
	offset uint32
	data   []byte
}

func (s segment) end() uint64 { return uint64(s.offset) + uint64(len(s.data)) }

func readData(p []byte) ([]segment, error) {
	r := reader{b: p}
	n := r.u32()
	segs := make([]segment, 0, n)
	for i := uint32(0); i < n && r.err == nil; i++ {
		if flags := r.u32(); flags != 0 {
			return nil, fmt.Errorf("data segment %d: kind %d (only active segments of memory 0 are handled)", i, flags)
		}
		if op := r.byte(); op != opI32Const {
			return nil, fmt.Errorf("data segment %d: offset is not an i32.const", i)
		}
		off := uint32(r.s32())
		if op := r.byte(); op != opEnd {
			return nil, fmt.Errorf("data segment %d: offset expression longer than one i32.const", i)
		}
		data := r.bytes(r.u32())
		if r.err != nil {
			break
		}
		segs = append(segs, segment{off, data})
	}
	if r.err != nil {
		return nil, fmt.Errorf("data section: %w", r.err)
	}
	if r.pos != len(p) {
		return nil, errors.New("data section: bytes after the last segment")
	}
	// Go writes each of its data sections' segments in address order, but
	// not the sections themselves.
	slices.SortStableFunc(segs, func(a, b segment) int { return cmp.Compare(a.offset, b.offset) })
	for i := 1; i < len(segs); i++ {
		if uint64(segs[i].offset) < segs[i-1].end() {
			return nil, fmt.Errorf("data segments at %#x and %#x overlap", segs[i-1].offset, segs[i].offset)
		}
	}
	return segs, nil
}

// mergeSegments joins neighbours whose gap is at most gap bytes, writing
// the gap's zeros explicitly. segs is in increasing, non-overlapping order.
func mergeSegments(segs []segment, gap uint32) []segment {
	var out []segment
	for _, s := range segs {
		if k := len(out) - 1; k >= 0 && uint64(s.offset)-out[k].end() <= uint64(gap) {
			last := &out[k]
			last.data = append(last.data, make([]byte, uint64(s.offset)-last.end())...)
			last.data = append(last.data, s.data...)
			continue
		}
		out = append(out, segment{s.offset, append([]byte(nil), s.data...)})
	}
	return out
}

// sameImage reports whether two segment lists write the same bytes into a
// zeroed memory.
func sameImage(a, b []segment) bool {
	image := func(segs []segment) []byte {
		if len(segs) == 0 {
			return nil
		}
		lo, hi := uint64(segs[0].offset), segs[len(segs)-1].end()
		m := make([]byte, hi-lo)
		for _, s := range segs {
			copy(m[uint64(s.offset)-lo:], s.data)
		}
		return bytes.TrimRight(m, "\x00")
	}
	if len(a) == 0 || len(b) == 0 {
		return len(a) == len(b)
	}
	return a[0].offset == b[0].offset && bytes.Equal(image(a), image(b))
}

func writeData(segs []segment) []byte {
	p := appendU32(nil, uint32(len(segs)))
	for _, s := range segs {
		p = append(p, 0, opI32Const)
		p = appendS32(p, int32(s.offset))
		p = append(p, opEnd)
		p = appendU32(p, uint32(len(s.data)))
		p = append(p, s.data...)
	}
	return p
}

// reader decodes the binary format's primitives; the first error sticks.
type reader struct {
	b   []byte
	pos int
	err error
}

var errShort = errors.New("unexpected end of input")

func (r *reader) byte() byte {
	if r.err != nil || r.pos >= len(r.b) {
		r.err = errShort
		return 0
	}
	c := r.b[r.pos]
	r.pos++
	return c
}

func (r *reader) bytes(n uint32) []byte {
	if r.err != nil || uint64(n) > uint64(len(r.b)-r.pos) {
		r.err = errShort
		return nil
	}
	p := r.b[r.pos : r.pos+int(n)]
	r.pos += int(n)
	return p
}

// u32 reads an unsigned LEB128 of at most 5 bytes.
func (r *reader) u32() uint32 {
	var v uint64
	for shift := 0; shift < 35; shift += 7 {
		c := r.byte()
		v |= uint64(c&0x7f) << shift
		if c&0x80 == 0 {
			if v > 0xffffffff {
				r.err = errors.New("u32 out of range")
			}
			return uint32(v)
		}
	}
	r.err = errors.New("u32 longer than 5 bytes")
	return 0
}

// s32 reads a signed LEB128 of at most 5 bytes.
func (r *reader) s32() int32 {
	var v int64
	shift := 0
	for ; shift < 35; shift += 7 {
		c := r.byte()
		v |= int64(c&0x7f) << shift
		if c&0x80 == 0 {
			shift += 7
			if shift < 64 && c&0x40 != 0 {
				v |= -1 << shift
			}
			return int32(v)
		}
	}
	r.err = errors.New("s32 longer than 5 bytes")
	return 0
}

func appendU32(b []byte, v uint32) []byte {
	for {
		c := byte(v & 0x7f)
		v >>= 7
		if v == 0 {
			return append(b, c)
		}
		b = append(b, c|0x80)
	}
}

func appendS32(b []byte, v int32) []byte {
	for {
		c := byte(v & 0x7f)
		v >>= 7
		if (v == 0 && c&0x40 == 0) || (v == -1 && c&0x40 != 0) {
			return append(b, c)
		}
		b = append(b, c|0x80)
	}
}
