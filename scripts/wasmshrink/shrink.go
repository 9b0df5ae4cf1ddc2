package main

import (
	"errors"
	"fmt"
	"slices"
)

// Options says which rewrites Shrink makes.
type Options struct {
	Gap                uint32 // merge data segments separated by at most Gap zero bytes
	RebuildFindfunctab bool   // rebuild the runtime's findfunctab in a start function
}

// Stats reports what Shrink did.
type Stats struct {
	Before, After int // data segments
	TableBuckets  int // findfunctab buckets now written by the start function; 0 if none
}

// Shrink returns module rewritten as opts says. It fails, rather than
// guess, on a module whose data segments are not all active,
// non-overlapping segments of memory 0 at constant offsets (what Go's
// linker writes), and it checks that the result starts with the same
// memory image as module: the merged segments plus, when the table was
// left out, the bytes the start function writes.
func Shrink(module []byte, opts Options) ([]byte, Stats, error) {
	m, err := readModule(module)
	if err != nil {
		return nil, Stats{}, err
	}
	segs, err := m.dataSegments()
	if err != nil {
		return nil, Stats{}, err
	}
	st := Stats{Before: len(segs)}
	kept := segs
	if opts.RebuildFindfunctab {
		if t, ok := findTable(segs); ok {
			kept = cut(segs, t.start, t.end())
			if !sameImage(segs, append(slices.Clip(kept), t.writes()...)) {
				return nil, Stats{}, errors.New("the rebuilt findfunctab would differ from the linker's (a bug in wasmshrink)")
			}
			if err := m.addStart(t.startBody()); err != nil {
				return nil, Stats{}, fmt.Errorf("findfunctab: %w", err)
			}
			st.TableBuckets = t.buckets
		}
	}
	merged := mergeSegments(kept, opts.Gap)
	if !sameImage(kept, merged) {
		return nil, Stats{}, errors.New("merged segments would change the initial memory (a bug in wasmshrink)")
	}
	st.After = len(merged)
	m.setData(merged)
	return m.bytes(), st, nil
}
