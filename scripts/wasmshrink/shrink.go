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
// memory image as module: the new segments plus what the start function
// writes.
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
	lo, linkers := imageOf(segs)
	var rs []rebuild
	if opts.RebuildTables {
		if t, ok := locateFindfunctab(lo, linkers); ok {
			rs = append(rs, t)
			st.FindfunctabBuckets = t.buckets
		}
		if f, ok := locateFuncRecords(lo, linkers); ok {
			rs = append(rs, f)
			st.FuncRecords = len(f.records)
		}
	}
	// The data keeps what no loop writes.
	image := slices.Clone(linkers)
	var written []segment
	for _, r := range rs {
		for _, w := range r.writes() {
			clear(image[w.offset-lo:][:len(w.data)])
			written = append(written, w)
		}
	}
	data := segmentsOf(lo, image, opts.Gap)
	if !sameImage(segs, append(slices.Clip(data), written...)) {
		return nil, Stats{}, errors.New("the new data and the start function would not write the linker's memory (a bug in wasmshrink)")
	}
	if len(rs) > 0 {
		if err := m.addStart(startBody(rs)); err != nil {
			return nil, Stats{}, fmt.Errorf("rebuilding tables: %w", err)
		}
	}
	st.After = len(data)
	m.setData(data)
	return m.bytes(), st, nil
}
