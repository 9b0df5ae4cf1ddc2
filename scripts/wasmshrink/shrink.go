package main

import (
	"errors"
	"fmt"
	"slices"
)

// Options says which rewrites Shrink makes.
type Options struct {
	Gap           uint32 // merge data segments separated by at most Gap zero bytes
	RebuildTables bool   // write the runtime's tables that a loop can write from a start function
}

// Stats reports what Shrink did.
type Stats struct {
	Before, After int // data segments
	// The tables now written by the start function: findfunctab's buckets
	// and the function records (0 when the table was not found or kept).
	FindfunctabBuckets, FuncRecords int
}

// Shrink returns module rewritten as opts says. It fails, rather than
// guess, on a module whose data segments are not all active,
// non-overlapping segments of memory 0 at constant offsets (what Go's
// linker writes), and it checks that the result starts with the same
// memory image as module: the merged segments plus what the start
// function writes.
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
	if opts.RebuildTables {
		var rs []rebuild
		if t, ok := locateFindfunctab(segs); ok {
			rs = append(rs, t)
			st.FindfunctabBuckets = t.buckets
		}
		if f, ok := locateFuncRecords(segs); ok {
			rs = append(rs, f)
			st.FuncRecords = len(f.records)
		}
		restored := []segment{}
		for _, r := range rs {
			kept = r.clear(kept)
			restored = append(restored, r.writes()...)
		}
		if len(rs) > 0 {
			if !sameImage(segs, append(slices.Clip(kept), restored...)) {
				return nil, Stats{}, errors.New("the rebuilt tables would differ from the linker's (a bug in wasmshrink)")
			}
			if err := m.addStart(startBody(rs)); err != nil {
				return nil, Stats{}, fmt.Errorf("rebuilding tables: %w", err)
			}
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
