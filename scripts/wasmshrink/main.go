// Command wasmshrink makes a WebAssembly module built by Go's linker
// smaller without changing what it does: the module starts with the same
// memory, byte for byte, which the tool checks before it writes anything.
//
// Two rewrites of what Go's wasm linker writes out in full:
//
//   - Data segments are merged across short runs of zero bytes. The linker
//     starts a new segment after every run of 8 zero bytes, so a module
//     holds tens of thousands of segments, each with a header of 8 to 12
//     bytes that compresses badly. Memory starts zeroed, so writing a short
//     gap's zeros explicitly changes nothing.
//   - Two tables of the runtime that on wasm are a function of the function
//     index and what stays in the data, findfunctab (findfunctab.go; 1.6 MB
//     in the UI build) and four fields of each function's records
//     (records.go), leave the data and are written by loops in a start
//     function (rebuild.go).
//
// Usage:
//
//	wasmshrink [-gap N] [-tables=false] IN.wasm [OUT.wasm]
//
// OUT defaults to IN (rewritten in place). Segments whose gap is at most N
// zero bytes become one (default 256: measured on the three builds, the
// brotli size falls steeply up to a gap of 32 and is lowest from 256 to
// 1024, 0.4 to 1 KB below 64). Every section the rewrites do not name is
// copied unchanged.
package main

import (
	"flag"
	"fmt"
	"os"
)

func main() {
	gap := flag.Int("gap", 256, "merge segments separated by at most this many zero bytes")
	rebuild := flag.Bool("tables", true, "write the runtime's findfunctab and function records' derivable fields from a start function instead of the data")
	flag.Usage = func() {
		fmt.Fprintln(os.Stderr, "usage: wasmshrink [-gap N] [-tables=false] IN.wasm [OUT.wasm]")
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
	dst, st, err := Shrink(src, Options{Gap: uint32(*gap), RebuildTables: *rebuild})
	if err != nil {
		fail(fmt.Errorf("%s: %w", in, err))
	}
	if err := os.WriteFile(out, dst, 0o644); err != nil {
		fail(err)
	}
	fmt.Printf("wasmshrink: %s: %d data segments -> %d; written at start: %d findfunctab buckets, %d function records; %d -> %d bytes\n",
		out, st.Before, st.After, st.FindfunctabBuckets, st.FuncRecords, len(src), len(dst))
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "wasmshrink:", err)
	os.Exit(1)
}
