package main

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// module builds a minimal module: a memory section and a data section with
// the given segments, in the given order.
func module(segs ...segment) []byte {
	m := append([]byte(nil), header...)
	m = append(m, 5, 3, 1, 0, 1) // memory section: one memory, min 1 page
	m = append(m, sectionData)
	p := writeData(segs)
	m = appendU32(m, uint32(len(p)))
	return append(m, p...)
}

func dataOf(t *testing.T, m []byte) []segment {
	t.Helper()
	secs, err := readSections(m)
	require.NoError(t, err)
	segs, err := dataSegmentsOf(secs)
	require.NoError(t, err)
	return segs
}

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
			in := module(tt.in...)
			out, st, err := Merge(in, tt.gap)
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

func TestMergeRefuses(t *testing.T) {
	passive := append([]byte(nil), header...)
	passive = append(passive, sectionData, 4, 1, 1, 1, 0xaa) // one passive segment
	overlap := module(segment{0, []byte{1, 2, 3}}, segment{2, []byte{4}})
	tests := map[string][]byte{
		"not wasm":            []byte("\x7fELF"),
		"truncated section":   append(append([]byte(nil), header...), sectionData, 10, 1),
		"passive segment":     passive,
		"overlapping segment": overlap,
	}
	for name, m := range tests {
		t.Run(name, func(t *testing.T) {
			_, _, err := Merge(m, 64)
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
