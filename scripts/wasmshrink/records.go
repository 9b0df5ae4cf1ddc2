package main

import (
	"bytes"
	"encoding/binary"
)

// Go's function table (runtime/symtab.go, written by
// cmd/link/internal/ld/pcln.go) holds, for each function, its entry and
// the offset of its _func record; the record starts with the entry again
// and the offset of the function's name in funcnametab. With the linker's
// layout on wasm, all four follow from the function's index and from what
// stays in the data:
//
//   - the entry is the index plus a constant (a function's pc is its index
//     shifted left by 16, cmd/link/internal/wasm/asm.go);
//   - the records follow one another, each 44 bytes plus 4 per pcdata and
//     funcdata offset, rounded up to 8;
//   - the names follow one another, each ending in a NUL.
//
// As they all differ, these 16 bytes a function compress badly. The loop
// writes them, reading the counts and the names that stay.
type funcRecords struct {
	ftab   uint32 // address of the function table
	names  uint32 // address of funcnametab
	entry0 uint32 // function 0's entry
	// Each function's record offset (from ftab) and name offset (from
	// names): what the loop computes, kept for clear and writes.
	records, nameOffs []uint32
}

// pcHeader's first bytes on wasm (runtime/symtab.go): the magic of the
// format since Go 1.20, two zero pad bytes, the minimum instruction size
// (1) and the pointer size (8). Another format is left alone.
var pcHeaderStart = []byte{0xf1, 0xff, 0xff, 0xff, 0, 0, 1, 8}

// Offsets of the fields read or written, in bytes.
const (
	pcHeaderNFunc          = 8  // int
	pcHeaderFuncnameOffset = 32 // uintptr, from the header
	pcHeaderCuOffset       = 40 // uintptr: where funcnametab ends
	pcHeaderPclnOffset     = 64 // uintptr: the function table, from the header

	ftabEntrySize = 8 // entryoff, funcoff

	funcNameOff   = 4  // in _func
	funcNPCData   = 28 // uint32
	funcNFuncData = 43 // uint8
	funcSize      = 44 // before the pcdata and funcdata offsets
	funcAlign     = 8
)

// recordSize is the size of the record at m[r:], as the linker lays it out.
func recordSize(m []byte, r uint64) uint32 {
	n := uint32(funcSize) + 4*binary.LittleEndian.Uint32(m[r+funcNPCData:]) + 4*uint32(m[r+funcNFuncData])
	return (n + funcAlign - 1) &^ (funcAlign - 1)
}

// locateFuncRecords finds the function table through the one pcHeader in
// the memory m at lo, and checks that every function's four fields are
// what the loop would write.
func locateFuncRecords(lo uint32, m []byte) (funcRecords, bool) {
	h := bytes.Index(m, pcHeaderStart)
	if h < 0 || bytes.Index(m[h+1:], pcHeaderStart) >= 0 || h+pcHeaderPclnOffset+8 > len(m) {
		return funcRecords{}, false
	}
	u64 := func(at int) uint64 { return binary.LittleEndian.Uint64(m[at:]) }
	n := u64(h + pcHeaderNFunc)
	names, namesEnd := uint64(h)+u64(h+pcHeaderFuncnameOffset), uint64(h)+u64(h+pcHeaderCuOffset)
	ftab := uint64(h) + u64(h+pcHeaderPclnOffset)
	if n < minTableFuncs || n > uint64(len(m))/ftabEntrySize || namesEnd > uint64(len(m)) || names > namesEnd || ftab+n*ftabEntrySize+ftabEntrySize > uint64(len(m)) {
		return funcRecords{}, false
	}
	u32 := func(at uint64) uint32 { return binary.LittleEndian.Uint32(m[at:]) }
	f := funcRecords{ftab: lo + uint32(ftab), names: lo + uint32(names), entry0: u32(ftab)}
	record := u32(ftab + 4)
	if ftab+uint64(record)+funcSize > uint64(len(m)) {
		return funcRecords{}, false
	}
	nameOff := u32(ftab + uint64(record) + funcNameOff) // function 0's, taken as it is
	for k := range n {
		at := ftab + k*ftabEntrySize
		r := ftab + uint64(record)
		if r+funcSize > uint64(len(m)) || names+uint64(nameOff) >= namesEnd {
			return funcRecords{}, false
		}
		entry := f.entry0 + uint32(k)
		if u32(at) != entry || u32(at+4) != record || u32(r) != entry || u32(r+funcNameOff) != nameOff {
			return funcRecords{}, false
		}
		f.records = append(f.records, record)
		f.nameOffs = append(f.nameOffs, nameOff)
		end := bytes.IndexByte(m[names+uint64(nameOff):namesEnd], 0)
		if end < 0 {
			return funcRecords{}, false
		}
		nameOff += uint32(end) + 1
		record += recordSize(m, r)
	}
	return f, true
}

// writes returns the fields as the loop writes them.
func (f funcRecords) writes() []segment {
	u32 := func(v uint32) []byte { return binary.LittleEndian.AppendUint32(nil, v) }
	var out []segment
	for k, record := range f.records {
		entry, at, r := f.entry0+uint32(k), f.ftab+uint32(k*ftabEntrySize), f.ftab+record
		out = append(out,
			segment{at, u32(entry)}, segment{at + 4, u32(record)},
			segment{r, u32(entry)}, segment{r + funcNameOff, u32(f.nameOffs[k])})
	}
	return out
}

// loop writes the fields. Locals: 0 k, 1 the table's entry k, 2 the record
// offset, 3 the record, 4 the name offset.
func (f funcRecords) loop() []byte {
	c := func(b []byte, v uint32) []byte { return appendS32(append(b, opI32Const), int32(v)) }
	entry := func(b []byte) []byte { return c(append(b, opLocalGet, 0), f.entry0) }
	b := c(nil, 0)
	b = append(b, opLocalSet, 0)
	b = append(c(b, f.records[0]), opLocalSet, 2)
	b = append(c(b, f.nameOffs[0]), opLocalSet, 4)
	b = append(b, opLoop, blockEmpty)
	// the table's entry k: entry and record offset
	b = c(append(b, opLocalGet, 0, opI32Const, ftabEntrySize, opI32Mul), f.ftab)
	b = append(b, opI32Add, opLocalSet, 1)
	b = append(entry(append(b, opLocalGet, 1)), opI32Add, opI32Store, 2, 0)
	b = append(b, opLocalGet, 1, opLocalGet, 2, opI32Store, 2, 4)
	// the record: entry and name offset
	b = c(append(b, opLocalGet, 2), f.ftab)
	b = append(b, opI32Add, opLocalSet, 3)
	b = append(entry(append(b, opLocalGet, 3)), opI32Add, opI32Store, 2, 0)
	b = append(b, opLocalGet, 3, opLocalGet, 4, opI32Store, 2, funcNameOff)
	// the next name: past this one's NUL
	b = append(b, opBlock, blockEmpty, opLoop, blockEmpty)
	b = c(append(b, opLocalGet, 4), f.names)
	b = append(b, opI32Add, opI32Load8U, 0, 0, opI32Eqz, opBrIf, 1)
	b = append(b, opLocalGet, 4, opI32Const, 1, opI32Add, opLocalSet, 4, opBr, 0, opEnd, opEnd)
	b = append(b, opLocalGet, 4, opI32Const, 1, opI32Add, opLocalSet, 4)
	// the next record: 44 + 4*(npcdata + nfuncdata), rounded up to 8
	b = append(b, opLocalGet, 2,
		opLocalGet, 3, opI32Load, 2, funcNPCData, opLocalGet, 3, opI32Load8U, 0, funcNFuncData, opI32Add,
		opI32Const, 4, opI32Mul)
	b = c(b, funcSize+funcAlign-1)
	b = c(append(b, opI32Add), ^uint32(funcAlign-1))
	b = append(b, opI32And, opI32Add, opLocalSet, 2)
	// the next function
	b = append(b, opLocalGet, 0, opI32Const, 1, opI32Add, opLocalTee, 0)
	b = c(b, uint32(len(f.records)))
	return append(b, opI32LtU, opBrIf, 0, opEnd)
}
