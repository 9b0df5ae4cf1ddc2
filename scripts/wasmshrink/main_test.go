package main

import (
	"encoding/binary"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
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
			_, _, err := Shrink(m, Options{Gap: 64, RebuildFindfunctab: true})
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

// findfunctab returns the table as Go's linker writes it for funcs wasm
// functions, the last of which spans lastBuckets buckets.
func findfunctab(funcs, lastBuckets int) []byte {
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
	segs := []segment{{1024, []byte("before the table")}, {tableAt, table}, {tableAt + uint32(len(table)) + 8, []byte("after")}}
	m.sections = append(m.sections, section{sectionData, writeData(segs)})
	m.sections = append(m.sections, section{sectionCustom, []byte{4, 'n', 'a', 'm', 'e'}})
	return m.bytes()
}

func TestFindfunctabRebuilt(t *testing.T) {
	const at = 4096
	tab := findfunctab(100, 3)
	in := goLike(tab, at, false)
	out, st, err := Shrink(in, Options{Gap: 64, RebuildFindfunctab: true})
	require.NoError(t, err)
	assert.Equal(t, 99*bucketsPerFunc+3, st.TableBuckets)

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
	assert.True(t, sameImage(dataOf(t, in), append(segs, table{at, st.TableBuckets}.writes()...)))

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
		"too few functions to be the table": findfunctab(minTableFuncs-1, bucketsPerFunc),
		"not the table (a delta is set)": func() []byte {
			p := findfunctab(100, bucketsPerFunc)
			for i := 0; i < len(p); i += bucketSize {
				p[i+4+7] = 1
			}
			return p
		}(),
	}
	for name, tab := range tests {
		t.Run(name, func(t *testing.T) {
			in := goLike(tab, 4096, false)
			out, st, err := Shrink(in, Options{Gap: 64, RebuildFindfunctab: true})
			require.NoError(t, err)
			assert.Zero(t, st.TableBuckets)
			m, err := readModule(out)
			require.NoError(t, err)
			assert.Nil(t, m.payload(sectionStart))
			assert.True(t, sameImage(dataOf(t, in), dataOf(t, out)))
		})
	}
	t.Run("switched off", func(t *testing.T) {
		_, st, err := Shrink(goLike(findfunctab(100, 16), 4096, false), mergeOnly(64))
		require.NoError(t, err)
		assert.Zero(t, st.TableBuckets)
	})
	t.Run("a start function already there", func(t *testing.T) {
		_, _, err := Shrink(goLike(findfunctab(100, 16), 4096, true), Options{Gap: 64, RebuildFindfunctab: true})
		assert.ErrorContains(t, err, "already has a start function")
	})
}

// TestGoModule shrinks a program Go's linker has just built for js/wasm:
// the table is where this tool expects it, one bucket run of 16 per
// function. (tests/node/wasmshrink.test.mjs instantiates the shipped
// modules and compares their memory with the linker's.)
func TestGoModule(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a Go program")
	}
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "main.go"), []byte("package main\n\nfunc main() { println(\"hi\") }\n"), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "go.mod"), []byte("module bare\n\ngo 1.21\n"), 0o644))
	wasm := filepath.Join(dir, "bare.wasm")
	cmd := exec.Command(filepath.Join(runtime.GOROOT(), "bin", "go"), "build", "-o", wasm, ".")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm", "GOFLAGS=-mod=mod")
	outb, err := cmd.CombinedOutput()
	require.NoError(t, err, "%s", outb)
	in, err := os.ReadFile(wasm)
	require.NoError(t, err)

	out, st, err := Shrink(in, Options{Gap: 64, RebuildFindfunctab: true})
	require.NoError(t, err)
	m, err := readModule(in)
	require.NoError(t, err)
	defined, _, err := vecLen(m.payload(sectionFunction))
	require.NoError(t, err)
	// Every defined function spans 16 buckets, the last one fewer (its
	// size is its code's, not 64 KB); the run may not reach past it.
	assert.Greater(t, st.TableBuckets, (int(defined)-1)*bucketsPerFunc)
	assert.LessOrEqual(t, st.TableBuckets, int(defined)*bucketsPerFunc)
	// Against merging alone, the module is smaller by about the table.
	merged, _, err := Shrink(in, mergeOnly(64))
	require.NoError(t, err)
	assert.Less(t, len(out), len(merged)-st.TableBuckets*bucketSize*9/10)
}
