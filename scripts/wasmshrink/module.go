package main

import (
	"bytes"
	"errors"
	"fmt"
	"slices"
)

// The parts of the binary format the rewrites touch
// (https://webassembly.github.io/spec/core/binary/).
const (
	sectionCustom    = 0
	sectionType      = 1
	sectionImport    = 2
	sectionFunction  = 3
	sectionStart     = 8
	sectionCode      = 10
	sectionData      = 11
	sectionDataCount = 12

	typeFunc   = 0x60
	importFunc = 0x00
)

var header = []byte{0, 'a', 's', 'm', 1, 0, 0, 0}

// sectionOrder is where each known non-custom section must appear; a
// section the table does not name stops the rewrite rather than be moved
// to a place it may not stand.
var sectionOrder = map[byte]int{
	1: 1, 2: 2, 3: 3, 4: 4, 5: 5, 13: 6 /* tag */, 6: 7, 7: 8, 8: 9, 9: 10, 12: 11, 10: 12, 11: 13,
}

type section struct {
	id      byte
	payload []byte
}

// module is a module as a list of sections, in file order.
type module struct{ sections []section }

func readModule(b []byte) (*module, error) {
	if !bytes.HasPrefix(b, header) {
		return nil, errors.New("not a WebAssembly 1.0 module")
	}
	r := reader{b: b, pos: len(header)}
	m := &module{}
	for r.pos < len(b) {
		id := r.byte()
		p := r.bytes(r.u32())
		if r.err != nil {
			return nil, fmt.Errorf("section %d: %w", id, r.err)
		}
		if _, known := sectionOrder[id]; !known && id != sectionCustom {
			return nil, fmt.Errorf("section %d is unknown to wasmshrink", id)
		}
		m.sections = append(m.sections, section{id, p})
	}
	return m, nil
}

func (m *module) bytes() []byte {
	out := append([]byte(nil), header...)
	for _, s := range m.sections {
		out = append(out, s.id)
		out = appendU32(out, uint32(len(s.payload)))
		out = append(out, s.payload...)
	}
	return out
}

// payload returns the payload of the section with the given (non-custom)
// id, or nil.
func (m *module) payload(id byte) []byte {
	for _, s := range m.sections {
		if s.id == id {
			return s.payload
		}
	}
	return nil
}

// put replaces the section's payload, or inserts the section where the
// format's order puts it.
func (m *module) put(id byte, payload []byte) {
	for i, s := range m.sections {
		if s.id == id {
			m.sections[i].payload = payload
			return
		}
	}
	at := len(m.sections)
	for i, s := range m.sections {
		if s.id != sectionCustom && sectionOrder[s.id] > sectionOrder[id] {
			at = i
			break
		}
	}
	m.sections = slices.Insert(m.sections, at, section{id, payload})
}

// vecLen reads the element count of a section that is a vector.
func vecLen(payload []byte) (n uint32, rest []byte, err error) {
	if payload == nil {
		return 0, nil, nil
	}
	r := reader{b: payload}
	n = r.u32()
	return n, payload[r.pos:], r.err
}

// appendToVec adds one encoded element to the vector section id.
func (m *module) appendToVec(id byte, elem []byte) error {
	n, rest, err := vecLen(m.payload(id))
	if err != nil {
		return fmt.Errorf("section %d: %w", id, err)
	}
	p := appendU32(nil, n+1)
	p = append(p, rest...)
	m.put(id, append(p, elem...))
	return nil
}

func (m *module) dataSegments() ([]segment, error) {
	return readData(m.payload(sectionData))
}

// setData replaces the data section's segments, keeping a data count
// section (Go's linker writes none) consistent with it.
func (m *module) setData(segs []segment) {
	if m.payload(sectionData) == nil && len(segs) == 0 {
		return
	}
	m.put(sectionData, writeData(segs))
	if m.payload(sectionDataCount) != nil {
		m.put(sectionDataCount, appendU32(nil, uint32(len(segs))))
	}
}

// addStart appends a function of type () -> () with the given body (its
// locals and code) and makes it the start function, which runs once the
// data segments are in memory and before any export can be called.
// Appending keeps every existing function's index, which Go's runtime
// derives its pcs from.
func (m *module) addStart(body []byte) error {
	if m.payload(sectionStart) != nil {
		return errors.New("the module already has a start function")
	}
	typ, err := m.voidType()
	if err != nil {
		return err
	}
	imported, err := m.importedFuncs()
	if err != nil {
		return err
	}
	defined, _, err := vecLen(m.payload(sectionFunction))
	if err != nil {
		return fmt.Errorf("function section: %w", err)
	}
	bodies, _, err := vecLen(m.payload(sectionCode))
	if err != nil || bodies != defined {
		return errors.New("the code section does not match the function section")
	}
	if err := m.appendToVec(sectionFunction, appendU32(nil, typ)); err != nil {
		return err
	}
	if err := m.appendToVec(sectionCode, append(appendU32(nil, uint32(len(body))), body...)); err != nil {
		return err
	}
	m.put(sectionStart, appendU32(nil, imported+defined))
	return nil
}

// voidType returns the index of the type () -> (), adding it if missing.
func (m *module) voidType() (uint32, error) {
	n, rest, err := vecLen(m.payload(sectionType))
	r := reader{b: rest, err: err}
	for i := uint32(0); i < n && r.err == nil; i++ {
		if form := r.byte(); form != typeFunc {
			return 0, fmt.Errorf("type %d: form %#x is not a plain function type", i, form)
		}
		params := r.bytes(r.u32()) // value types are one byte each in the types Go writes
		results := r.bytes(r.u32())
		if r.err == nil && len(params) == 0 && len(results) == 0 {
			return i, nil
		}
	}
	if r.err != nil {
		return 0, fmt.Errorf("type section: %w", r.err)
	}
	return n, m.appendToVec(sectionType, []byte{typeFunc, 0, 0})
}

// importedFuncs counts the functions among the imports: they come first
// in the function index space.
func (m *module) importedFuncs() (uint32, error) {
	n, rest, err := vecLen(m.payload(sectionImport))
	r := reader{b: rest, err: err}
	funcs := uint32(0)
	limits := func() {
		flags := r.u32()
		r.u32()
		if flags&1 != 0 {
			r.u32()
		}
	}
	for i := uint32(0); i < n && r.err == nil; i++ {
		r.bytes(r.u32()) // module
		r.bytes(r.u32()) // name
		switch kind := r.byte(); kind {
		case importFunc:
			r.u32()
			funcs++
		case 0x01: // table: reference type, limits
			r.byte()
			limits()
		case 0x02: // memory
			limits()
		case 0x03: // global: value type, mutability
			r.byte()
			r.byte()
		default:
			return 0, fmt.Errorf("import %d: kind %#x is unknown to wasmshrink", i, kind)
		}
	}
	if r.err != nil {
		return 0, fmt.Errorf("import section: %w", r.err)
	}
	return funcs, nil
}

// reader decodes the binary format's primitives; the first error sticks.
type reader struct {
	b   []byte
	pos int
	err error
}

var errShort = errors.New("unexpected end of input")

func (r *reader) byte() byte {
	if r.err != nil || r.pos >= len(r.b) {
		r.err = errShort
		return 0
	}
	c := r.b[r.pos]
	r.pos++
	return c
}

func (r *reader) bytes(n uint32) []byte {
	if r.err != nil || uint64(n) > uint64(len(r.b)-r.pos) {
		r.err = errShort
		return nil
	}
	p := r.b[r.pos : r.pos+int(n)]
	r.pos += int(n)
	return p
}

// u32 reads an unsigned LEB128 of at most 5 bytes.
func (r *reader) u32() uint32 {
	var v uint64
	for shift := 0; shift < 35; shift += 7 {
		c := r.byte()
		v |= uint64(c&0x7f) << shift
		if c&0x80 == 0 {
			if v > 0xffffffff {
				r.err = errors.New("u32 out of range")
			}
			return uint32(v)
		}
	}
	r.err = errors.New("u32 longer than 5 bytes")
	return 0
}

// s32 reads a signed LEB128 of at most 5 bytes.
func (r *reader) s32() int32 {
	var v int64
	shift := 0
	for ; shift < 35; shift += 7 {
		c := r.byte()
		v |= int64(c&0x7f) << shift
		if c&0x80 == 0 {
			shift += 7
			if shift < 64 && c&0x40 != 0 {
				v |= -1 << shift
			}
			return int32(v)
		}
	}
	r.err = errors.New("s32 longer than 5 bytes")
	return 0
}

func appendU32(b []byte, v uint32) []byte {
	for {
		c := byte(v & 0x7f)
		v >>= 7
		if v == 0 {
			return append(b, c)
		}
		b = append(b, c|0x80)
	}
}

func appendS32(b []byte, v int32) []byte {
	for {
		c := byte(v & 0x7f)
		v >>= 7
		if (v == 0 && c&0x40 == 0) || (v == -1 && c&0x40 != 0) {
			return append(b, c)
		}
		b = append(b, c|0x80)
	}
}
