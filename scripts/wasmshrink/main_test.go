package main

import (
	"encoding/binary"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// moduleWith builds a minimal module: a memory section and a data section
// with the given segments, in the given order.
func moduleWith(segs ...segment) []byte {
	m := append([]byte(nil), header...)
	m = append(m, 5, 3, 1, 0, 1) // memory section: one memory, min 1 page
	m = append(m, sectionData)
	p := writeData(segs)
	m = appendU32(m, uint32(len(p)))
	return append(m, p...)
}

func dataOf(t *testing.T, b []byte) []segment {
	t.Helper()
	m, err := readModule(b)
	require.NoError(t, err)
	segs, err := m.dataSegments()
	require.NoError(t, err)
	return segs
}

var mergeOnly = func(gap uint32) Options { return Options{Gap: gap} }

func TestMerge(t *testing.T) {
	tests := []struct {
		name string
		in   []segment
		gap  uint32
		want []segment
	}{
		{"gap within limit", []segment{{0, []byte{1}}, {4, []byte{2}}},
			3, []segment{{0, []byte{1, 0, 0, 0, 2}}}},
		{"gap over limit", []segment{{0, []byte{1}}, {5, []byte{2}}},
			3, []segment{{0, []byte{1}}, {5, []byte{2}}}},
		{"adjacent", []segment{{8, []byte{1, 2}}, {10, []byte{3}}},
			0, []segment{{8, []byte{1, 2, 3}}}},
		{"out of address order, as Go writes its sections", []segment{{100, []byte{9}}, {0, []byte{1}}, {2, []byte{2}}},
			8, []segment{{0, []byte{1, 0, 2}}, {100, []byte{9}}}},
		{"large offsets (multi-byte LEB128)", []segment{{1 << 30, []byte{7}}, {1<<30 + 64, []byte{8}}},
			64, []segment{{1 << 30, append(append([]byte{7}, make([]byte, 63)...), 8)}}},
		{"no segments", nil, 64, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := moduleWith(tt.in...)
			out, st, err := Shrink(in, mergeOnly(tt.gap))
			require.NoError(t, err)
			assert.Equal(t, len(tt.in), st.Before)
			assert.Equal(t, len(tt.want), st.After)
			got := dataOf(t, out)
			if len(tt.want) == 0 {
				assert.Empty(t, got)
			} else {
				assert.Equal(t, tt.want, got)
			}
			// Everything before the data section is copied unchanged.
			assert.Equal(t, in[:len(header)+5], out[:len(header)+5])
		})
	}
}

func TestShrinkRefuses(t *testing.T) {
	passive := append([]byte(nil), header...)
	passive = append(passive, sectionData, 4, 1, 1, 1, 0xaa) // one passive segment
	overlap := moduleWith(segment{0, []byte{1, 2, 3}}, segment{2, []byte{4}})
	unknown := append(append([]byte(nil), header...), 99, 0)
	tests := map[string][]byte{
		"not wasm":            []byte("\x7fELF"),
		"truncated section":   append(append([]byte(nil), header...), sectionData, 10, 1),
		"passive segment":     passive,
		"overlapping segment": overlap,
		"unknown section":     unknown,
	}
	for name, m := range tests {
		t.Run(name, func(t *testing.T) {
			_, _, err := Shrink(m, Options{Gap: 64, RebuildTables: true})
			assert.Error(t, err)
		})
	}
}

func TestLEB128(t *testing.T) {
	for _, v := range []int32{0, 1, 63, 64, -1, -64, -65, 1 << 20, 1<<31 - 1, -1 << 31} {
		r := reader{b: appendS32(nil, v)}
		assert.Equal(t, v, r.s32(), "s32 %d", v)
		assert.NoError(t, r.err)
	}
	for _, v := range []uint32{0, 127, 128, 1 << 28, 1<<32 - 1} {
		r := reader{b: appendU32(nil, v)}
		assert.Equal(t, v, r.u32(), "u32 %d", v)
		assert.NoError(t, r.err)
	}
}

// linkerFindfunctab returns the table as Go's linker writes it for funcs wasm
// functions, the last of which spans lastBuckets buckets.
func linkerFindfunctab(funcs, lastBuckets int) []byte {
	var p []byte
	for f := 0; f < funcs; f++ {
		n := bucketsPerFunc
		if f == funcs-1 {
			n = lastBuckets
		}
		for range n {
			p = binary.LittleEndian.AppendUint32(p, uint32(f))
			p = append(p, make([]byte, 16)...)
		}
	}
	return p
}

// goLike builds a module shaped as Go's linker writes one: a custom
// section first, two imported functions and an imported memory, three
// defined functions of a type that is not () -> (), an export, the code,
// data holding a findfunctab between other data, and a trailing custom
// section.
func goLike(table []byte, tableAt uint32, start bool) []byte {
	return goLikeWith([]segment{{1024, []byte("before the table")}, {tableAt, table}, {tableAt + uint32(len(table)) + 8, []byte("after")}}, start)
}

// goLikeWith is goLike with the given data segments.
func goLikeWith(segs []segment, start bool) []byte {
	m := &module{}
	m.sections = append(m.sections, section{sectionCustom, []byte{4, 'g', 'o', ':', 'x', 0}})
	m.sections = append(m.sections, section{sectionType, []byte{1, typeFunc, 1, valI32, 0}})
	imp := []byte{3}
	for _, name := range []string{"a", "b"} {
		imp = append(imp, 2, 'g', 'o', 1, name[0], importFunc, 0)
	}
	imp = append(imp, 2, 'g', 'o', 3, 'm', 'e', 'm', 0x02, 0, 1)
	m.sections = append(m.sections, section{sectionImport, imp})
	m.sections = append(m.sections, section{sectionFunction, []byte{3, 0, 0, 0}})
	m.sections = append(m.sections, section{7, []byte{1, 3, 'r', 'u', 'n', 0, 2}}) // export "run" = function 2
	if start {
		m.sections = append(m.sections, section{sectionStart, []byte{2}})
	}
	body := []byte{2, 0, opEnd}
	m.sections = append(m.sections, section{sectionCode, append([]byte{3}, append(append(body, body...), body...)...)})
	m.sections = append(m.sections, section{sectionData, writeData(segs)})
	m.sections = append(m.sections, section{sectionCustom, []byte{4, 'n', 'a', 'm', 'e'}})
	return m.bytes()
}

func TestFindfunctabRebuilt(t *testing.T) {
	const at = 4096
	tab := linkerFindfunctab(100, 3)
	in := goLike(tab, at, false)
	out, st, err := Shrink(in, Options{Gap: 64, RebuildTables: true})
	require.NoError(t, err)
	assert.Equal(t, 99*bucketsPerFunc+3, st.FindfunctabBuckets)

	m, err := readModule(out)
	require.NoError(t, err)
	// The table is gone from the data; what was around it is kept.
	segs, err := m.dataSegments()
	require.NoError(t, err)
	lo, image := imageOf(segs)
	assert.Equal(t, uint32(1024), lo)
	assert.Contains(t, string(image), "before the table")
	assert.Contains(t, string(image), "after")
	assert.Equal(t, make([]byte, len(tab)), image[at-lo:at-lo+uint32(len(tab))])
	// Put back by the loop the start function runs, the memory is the original's.
	assert.True(t, sameImage(dataOf(t, in), append(segs, findfunctab{at, st.FindfunctabBuckets}.writes()...)))

	// A () -> () type was added, the new function is the last (after 2
	// imports and 3 defined), and it is the start function.
	assert.Equal(t, []byte{2, typeFunc, 1, valI32, 0, typeFunc, 0, 0}, m.payload(sectionType))
	assert.Equal(t, []byte{4, 0, 0, 0, 1}, m.payload(sectionFunction))
	assert.Equal(t, []byte{5}, m.payload(sectionStart))
	n, _, err := vecLen(m.payload(sectionCode))
	require.NoError(t, err)
	assert.Equal(t, uint32(4), n)
	// Sections stay in the format's order, customs where they were.
	var ids []byte
	for _, s := range m.sections {
		ids = append(ids, s.id)
	}
	assert.Equal(t, []byte{sectionCustom, sectionType, sectionImport, sectionFunction, 7, sectionStart, sectionCode, sectionData, sectionCustom}, ids)
}

func TestFindfunctabLeftAlone(t *testing.T) {
	tests := map[string][]byte{
		"too few functions to be the table": linkerFindfunctab(minTableFuncs-1, bucketsPerFunc),
		"not the table (a delta is set)": func() []byte {
			p := linkerFindfunctab(100, bucketsPerFunc)
			for i := 0; i < len(p); i += bucketSize {
				p[i+4+7] = 1
			}
			return p
		}(),
	}
	for name, tab := range tests {
		t.Run(name, func(t *testing.T) {
			in := goLike(tab, 4096, false)
			out, st, err := Shrink(in, Options{Gap: 64, RebuildTables: true})
			require.NoError(t, err)
			assert.Zero(t, st.FindfunctabBuckets)
			m, err := readModule(out)
			require.NoError(t, err)
			assert.Nil(t, m.payload(sectionStart))
			assert.True(t, sameImage(dataOf(t, in), dataOf(t, out)))
		})
	}
	t.Run("switched off", func(t *testing.T) {
		_, st, err := Shrink(goLike(linkerFindfunctab(100, 16), 4096, false), mergeOnly(64))
		require.NoError(t, err)
		assert.Zero(t, st.FindfunctabBuckets)
	})
	t.Run("a start function already there", func(t *testing.T) {
		_, _, err := Shrink(goLike(linkerFindfunctab(100, 16), 4096, true), Options{Gap: 64, RebuildTables: true})
		assert.ErrorContains(t, err, "already has a start function")
	})
}

// linkerPclntab returns a pcHeader, funcnametab and the function table of
// n functions with their _func records, as Go's linker lays them out on
// wasm: function k's entry is 4096 + k, its record holds k%3 pcdata and
// k%4 funcdata offsets, its name is "pkg.fK".
func linkerPclntab(n int) []byte {
	const namesOffset, pclnOffset = 72, 4096
	p := append([]byte(nil), pcHeaderStart...)
	p = binary.LittleEndian.AppendUint64(p, uint64(n)) // nfunc
	p = binary.LittleEndian.AppendUint64(p, 0)         // nfiles
	p = binary.LittleEndian.AppendUint64(p, 0)         // textStart
	p = binary.LittleEndian.AppendUint64(p, namesOffset)
	var names []byte
	var nameOffs []uint32
	for k := range n {
		nameOffs = append(nameOffs, uint32(len(names)))
		names = append(names, fmt.Sprintf("pkg.f%d\x00", k)...)
	}
	p = binary.LittleEndian.AppendUint64(p, namesOffset+uint64(len(names))) // cuOffset: funcnametab's end
	p = binary.LittleEndian.AppendUint64(p, 0)                              // filetabOffset
	p = binary.LittleEndian.AppendUint64(p, 0)                              // pctabOffset
	p = binary.LittleEndian.AppendUint64(p, pclnOffset)
	p = append(p, names...)
	p = append(p, make([]byte, pclnOffset-len(p))...)
	var records []byte
	recordsAt := uint32((n + 1) * ftabEntrySize)
	for k := 0; k <= n; k++ {
		p = binary.LittleEndian.AppendUint32(p, uint32(4096+k))
		p = binary.LittleEndian.AppendUint32(p, recordsAt+uint32(len(records)))
		if k == n {
			break
		}
		r := make([]byte, funcSize)
		binary.LittleEndian.PutUint32(r, uint32(4096+k))
		binary.LittleEndian.PutUint32(r[funcNameOff:], nameOffs[k])
		binary.LittleEndian.PutUint32(r[8:], 0xfeed) // args: must survive
		binary.LittleEndian.PutUint32(r[funcNPCData:], uint32(k%3))
		r[funcNFuncData] = byte(k % 4)
		for i := 0; i < k%3+k%4; i++ {
			r = binary.LittleEndian.AppendUint32(r, uint32(0x1000+i))
		}
		for len(r)%funcAlign != 0 {
			r = append(r, 0)
		}
		records = append(records, r...)
	}
	return append(p, records...)
}

func TestFuncRecordsRebuilt(t *testing.T) {
	const at = 8192
	pcln := linkerPclntab(100)
	in := goLikeWith([]segment{{1024, []byte("other data")}, {at, pcln}}, false)
	out, st, err := Shrink(in, Options{Gap: 64, RebuildTables: true})
	require.NoError(t, err)
	assert.Equal(t, 100, st.FuncRecords)
	assert.Zero(t, st.FindfunctabBuckets)

	m, err := readModule(out)
	require.NoError(t, err)
	segs, err := m.dataSegments()
	require.NoError(t, err)
	f, ok := locateFuncRecords(imageOf(dataOf(t, in)))
	require.True(t, ok)
	lo, image := imageOf(segs)
	for k, record := range f.records {
		at := f.ftab - lo + uint32(k*ftabEntrySize)
		r := f.ftab - lo + record
		assert.Zero(t, binary.LittleEndian.Uint64(image[at:]), "function %d in the table", k)
		assert.Zero(t, binary.LittleEndian.Uint64(image[r:]), "function %d's entry and name in its record", k)
		assert.Equal(t, uint32(0xfeed), binary.LittleEndian.Uint32(image[r+8:]), "the rest of record %d", k)
	}
	assert.Contains(t, string(image), "pkg.f99\x00")
	assert.True(t, sameImage(dataOf(t, in), append(segs, f.writes()...)))
	assert.Equal(t, []byte{5}, m.payload(sectionStart))

	for name, spoil := range map[string]func(p []byte){
		"an entry that is not 4096 + k": func(p []byte) { binary.LittleEndian.PutUint32(p[4096+8*40:], 7) },
		"a record out of order":         func(p []byte) { binary.LittleEndian.PutUint32(p[4096+8*40+4:], 8) },
		"a name not after the one before": func(p []byte) {
			r := 4096 + binary.LittleEndian.Uint32(p[4096+8*40+4:])
			binary.LittleEndian.PutUint32(p[r+funcNameOff:], 0)
		},
		"a count of functions that overflows": func(p []byte) {
			binary.LittleEndian.PutUint64(p[pcHeaderNFunc:], 1<<61+100) // times 8, it wraps to 800
		},
		"no NUL after the last name": func(p []byte) {
			end := 72 + int(binary.LittleEndian.Uint64(p[pcHeaderCuOffset:])) - 72
			p[end-1] = 'x'
		},
	} {
		t.Run(name+": left alone", func(t *testing.T) {
			odd := linkerPclntab(100)
			spoil(odd)
			out, st, err := Shrink(goLikeWith([]segment{{at, odd}}, false), Options{Gap: 64, RebuildTables: true})
			require.NoError(t, err)
			assert.Zero(t, st.FuncRecords)
			assert.True(t, sameImage([]segment{{at, odd}}, dataOf(t, out)))
		})
	}
	t.Run("both tables: one start function writes both", func(t *testing.T) {
		tab := linkerFindfunctab(100, 5)
		in := goLikeWith([]segment{{at, pcln}, {1 << 20, tab}}, false)
		out, st, err := Shrink(in, Options{Gap: 64, RebuildTables: true})
		require.NoError(t, err)
		assert.Equal(t, 100, st.FuncRecords)
		assert.Equal(t, 99*bucketsPerFunc+5, st.FindfunctabBuckets)
		m, err := readModule(out)
		require.NoError(t, err)
		assert.Equal(t, []byte{4, 0, 0, 0, 1}, m.payload(sectionFunction), "one function added")
		assert.Equal(t, []byte{5}, m.payload(sectionStart))
		f, _ := locateFindfunctab(imageOf(dataOf(t, in)))
		r, _ := locateFuncRecords(imageOf(dataOf(t, in)))
		assert.True(t, sameImage(dataOf(t, in), slices.Concat(dataOf(t, out), f.writes(), r.writes())))
	})
}

// goBuild builds a small program for js/wasm with the given flags.
func goBuild(t *testing.T, flags ...string) []byte {
	t.Helper()
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "main.go"), []byte("package main\n\nfunc main() { println(\"hi\") }\n"), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "go.mod"), []byte("module bare\n\ngo 1.21\n"), 0o644))
	wasm := filepath.Join(dir, "bare.wasm")
	cmd := exec.Command(filepath.Join(runtime.GOROOT(), "bin", "go"), append(append([]string{"build"}, flags...), "-o", wasm, ".")...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm", "GOFLAGS=-mod=mod")
	out, err := cmd.CombinedOutput()
	require.NoError(t, err, "%s", out)
	b, err := os.ReadFile(wasm)
	require.NoError(t, err)
	return b
}

// TestGoModule shrinks programs Go's linker has just built for js/wasm:
// the tables are where this tool expects them. (build-wasm.sh then has
// Node instantiate each shipped module beside the linker's and compare
// their memory: scripts/wasmshrink/same-memory.mjs.)
func TestGoModule(t *testing.T) {
	if testing.Short() {
		t.Skip("builds Go programs")
	}
	// As scripts/build-wasm.sh builds: inlining off.
	in := goBuild(t, "-gcflags=all=-l")
	out, st, err := Shrink(in, Options{Gap: 64, RebuildTables: true})
	require.NoError(t, err)
	m, err := readModule(in)
	require.NoError(t, err)
	defined, _, err := vecLen(m.payload(sectionFunction))
	require.NoError(t, err)
	// Each function spans 16 buckets, the last ones fewer or none (their
	// size is their code's, not 64 KB), and a few of the module's
	// functions are not Go's: the run covers about 16 per function.
	assert.Greater(t, st.FindfunctabBuckets, int(defined)*bucketsPerFunc*9/10)
	assert.LessOrEqual(t, st.FindfunctabBuckets, int(defined)*bucketsPerFunc)
	// Every function's record is laid out as this tool expects.
	assert.Greater(t, st.FuncRecords, int(defined)*9/10)
	assert.LessOrEqual(t, st.FuncRecords, int(defined))
	// Against merging alone, the module is smaller by about findfunctab.
	merged, _, err := Shrink(in, mergeOnly(64))
	require.NoError(t, err)
	assert.Less(t, len(out), len(merged)-st.FindfunctabBuckets*bucketSize*9/10)

	// With inlining on, funcnametab also holds the names of inlined
	// functions between the others', so the names do not follow one
	// another: the records are left alone, findfunctab is not.
	_, st, err = Shrink(goBuild(t), Options{Gap: 64, RebuildTables: true})
	require.NoError(t, err)
	assert.Zero(t, st.FuncRecords)
	assert.Positive(t, st.FindfunctabBuckets)
}

// FuzzShrink: whatever the data holds, Shrink succeeds on a well-formed
// module (its own check of the memory image included), never panics, and
// writes a module it can read back. The seeds hold both tables, so the
// fuzzer starts from data the locators accept.
func FuzzShrink(f *testing.F) {
	f.Add(linkerPclntab(70))
	f.Add(linkerFindfunctab(70, 3))
	f.Add(append(linkerPclntab(64), linkerFindfunctab(64, 16)...))
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, data []byte) {
		in := goLikeWith([]segment{{4096, data}}, false)
		out, _, err := Shrink(in, Options{Gap: 64, RebuildTables: true})
		require.NoError(t, err)
		_, err = readModule(out)
		require.NoError(t, err)
	})
}
