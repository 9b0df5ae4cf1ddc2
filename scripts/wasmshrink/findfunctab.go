package main

import (
	"bytes"
	"encoding/binary"
)

// Go's runtime finds the function that holds a pc through findfunctab
// (runtime/symtab.go, written by cmd/link/internal/ld/pcln.go): one bucket
// per 4 KB of pc space, each a uint32 function index and 16 one-byte
// deltas for its 256-byte sub-buckets. On wasm a function's pc is its
// index shifted left by 16 (cmd/link/internal/wasm/asm.go), so every
// function spans exactly 16 buckets: bucket b holds b/16 and zero deltas.
// The table is then a function of the number of functions alone, and
// large: 1.6 MB of the UI build's 3.5 MB of initial memory. A start
// function writes it instead; the module's memory before its first call
// is what the linker wrote, which Shrink checks.
const (
	bucketSize     = 4 + 16 // function index, sub-bucket deltas
	bucketsPerFunc = 1 << 16 / 4096
	funcShift      = 4 // b / bucketsPerFunc == b >> funcShift

	// A table of fewer functions is not worth a start function (and a
	// run that short could be something else).
	minTableFuncs = 64
)

// findfunctab is the table as found in a module's data.
type findfunctab struct {
	start   uint32 // address of bucket 0
	buckets int
}

// locateFindfunctab returns the longest run of buckets 0, 1, 2, ... in the
// memory m at lo, if it is long enough to be the table.
func locateFindfunctab(lo uint32, m []byte) (findfunctab, bool) {
	// Function 0's 16 buckets are all zeros; bucket 16 starts with 1.
	marker := append(make([]byte, bucketsPerFunc*bucketSize), 1, 0, 0, 0)
	var best findfunctab
	for i := 0; i < len(m); {
		j := bytes.Index(m[i:], marker)
		if j < 0 {
			break
		}
		start := i + j
		n := 0
		for start+(n+1)*bucketSize <= len(m) && isBucket(m[start+n*bucketSize:], n) {
			n++
		}
		if n > best.buckets {
			best = findfunctab{lo + uint32(start), n}
		}
		i = start + max(n*bucketSize, 1)
	}
	return best, best.buckets >= minTableFuncs*bucketsPerFunc
}

// isBucket reports whether p starts with bucket b of a wasm findfunctab.
func isBucket(p []byte, b int) bool {
	if binary.LittleEndian.Uint32(p) != uint32(b>>funcShift) {
		return false
	}
	for _, c := range p[4:bucketSize] {
		if c != 0 {
			return false
		}
	}
	return true
}

// writes returns the table's non-zero bytes, as the loop writes them.
func (t findfunctab) writes() []segment {
	var out []segment
	for b := bucketsPerFunc; b < t.buckets; b++ {
		out = append(out, segment{t.start + uint32(b*bucketSize), binary.LittleEndian.AppendUint32(nil, uint32(b>>funcShift))})
	}
	return out
}

// loop writes the table: for b from 0 while b < buckets, store b>>4 as a
// uint32 at start + 20*b. (The deltas are zero, as memory starts.)
func (t findfunctab) loop() []byte {
	align := byte(0) // log2 of the alignment the stores promise
	if t.start%4 == 0 {
		align = 2
	}
	f := []byte{opI32Const, 0, opLocalSet, 0, opLoop, blockEmpty}
	f = append(f, opLocalGet, 0, opI32Const)
	f = appendS32(f, bucketSize)
	f = append(f, opI32Mul, opI32Const)
	f = appendS32(f, int32(t.start))
	f = append(f, opI32Add)
	f = append(f, opLocalGet, 0, opI32Const, funcShift, opI32ShrU)
	f = append(f, opI32Store, align, 0)
	f = append(f, opLocalGet, 0, opI32Const, 1, opI32Add, opLocalTee, 0, opI32Const)
	f = appendS32(f, int32(t.buckets))
	return append(f, opI32LtU, opBrIf, 0, opEnd)
}
