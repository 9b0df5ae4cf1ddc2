package main

import (
	"bytes"
	"cmp"
	"errors"
	"fmt"
	"slices"
)

const (
	opI32Const = 0x41
	opEnd      = 0x0b
)

// segment is an active data segment of memory 0: data at offset.
type segment struct {
	offset uint32
	data   []byte
}

func (s segment) end() uint64 { return uint64(s.offset) + uint64(len(s.data)) }

// readData reads a data section's segments in address order.
func readData(p []byte) ([]segment, error) {
	if p == nil {
		return nil, nil
	}
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

// segmentsOf returns the segments that write image at lo into a zeroed
// memory: its non-zero runs, joined across runs of at most gap zero bytes,
// which are written explicitly. (A longer run of zeros costs nothing left
// out, as memory starts zeroed.)
func segmentsOf(lo uint32, image []byte, gap uint32) []segment {
	var out []segment
	for i := 0; i < len(image); {
		if image[i] == 0 {
			i++
			continue
		}
		start, end := i, i+1 // end: past the last non-zero byte so far
		for i = end; i < len(image) && uint64(i-end) <= uint64(gap); i++ {
			if image[i] != 0 {
				end = i + 1
			}
		}
		out = append(out, segment{lo + uint32(start), slices.Clone(image[start:end])})
		i = end
	}
	return out
}

// imageOf returns the memory segs write into a zeroed memory, from the
// lowest address any of them writes (lo) to the highest.
func imageOf(segs []segment) (lo uint32, image []byte) {
	if len(segs) == 0 {
		return 0, nil
	}
	lo = segs[0].offset
	hi := segs[0].end()
	for _, s := range segs {
		lo = min(lo, s.offset)
		hi = max(hi, s.end())
	}
	image = make([]byte, hi-uint64(lo))
	for _, s := range segs {
		copy(image[s.offset-lo:], s.data)
	}
	return lo, image
}

// sameImage reports whether two segment lists write the same bytes into a
// zeroed memory.
func sameImage(a, b []segment) bool {
	trimmed := func(segs []segment) (uint32, []byte) {
		lo, m := imageOf(segs)
		t := bytes.TrimLeft(m, "\x00")
		return lo + uint32(len(m)-len(t)), bytes.TrimRight(t, "\x00")
	}
	loA, ma := trimmed(a)
	loB, mb := trimmed(b)
	return bytes.Equal(ma, mb) && (len(ma) == 0 || loA == loB)
}
