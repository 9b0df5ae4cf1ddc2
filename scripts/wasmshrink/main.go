// Command wasmshrink makes a WebAssembly module built by Go's linker
// smaller without changing what it does: the module starts with the same
// memory, byte for byte, which the tool checks before it writes anything.
//
// Two rewrites, each for a table Go's wasm linker writes out in full:
//
//   - Data segments are merged across short runs of zero bytes. The linker
//     starts a new segment after every run of 8 zero bytes, so a module
//     holds tens of thousands of segments, each with a header of 8 to 12
//     bytes that compresses badly. Memory starts zeroed, so writing a short
//     gap's zeros explicitly changes nothing.
//   - The runtime's findfunctab, which on wasm is a function of the number
//     of functions alone (see findfunctab.go), is left out of the data and
//     rebuilt by a start function: a loop of a few dozen bytes instead of
//     20 bytes of table per 4 KB of pc space, 1.6 MB in the UI build.
//
// Usage:
//
//	wasmshrink [-gap N] [-findfunctab=false] IN.wasm [OUT.wasm]
//
// OUT defaults to IN (rewritten in place). Segments whose gap is at most N
// zero bytes become one (default 64: measured on mongouri.wasm, the brotli
// size falls steeply up to a gap of 32 and is flat from 64 to 512). Every
// section the rewrites do not name is copied unchanged.
package main

import (
	"flag"
	"fmt"
	"os"
)

func main() {
	gap := flag.Int("gap", 64, "merge segments separated by at most this many zero bytes")
	rebuild := flag.Bool("findfunctab", true, "rebuild the runtime's findfunctab at start instead of shipping it")
	flag.Usage = func() {
		fmt.Fprintln(os.Stderr, "usage: wasmshrink [-gap N] [-findfunctab=false] IN.wasm [OUT.wasm]")
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
	dst, st, err := Shrink(src, Options{Gap: uint32(*gap), RebuildFindfunctab: *rebuild})
	if err != nil {
		fail(fmt.Errorf("%s: %w", in, err))
	}
	if err := os.WriteFile(out, dst, 0o644); err != nil {
		fail(err)
	}
	table := "findfunctab kept"
	if st.TableBuckets > 0 {
		table = fmt.Sprintf("findfunctab (%d buckets, %d bytes) rebuilt at start", st.TableBuckets, st.TableBuckets*bucketSize)
	}
	fmt.Printf("wasmshrink: %s: %d data segments -> %d, %s, %d -> %d bytes\n", out, st.Before, st.After, table, len(src), len(dst))
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "wasmshrink:", err)
	os.Exit(1)
}
