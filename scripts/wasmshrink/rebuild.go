package main

// A rebuild is a table of Go's runtime that the module's start function
// writes instead of the data holding it: the table is a function of the
// function index and of what stays in the data, so a loop of a few dozen
// bytes replaces it. The start function runs once the data segments are in
// memory and before any export can be called, so the memory Go's runtime
// first sees is the linker's, which Shrink checks against the model in
// writes.
type rebuild interface {
	// writes returns the bytes the loop writes, as segments. Shrink
	// leaves them out of the data.
	writes() []segment
	// loop returns the loop's code; it may use the start function's
	// locals (startLocals of them, i32), and sets each before reading it.
	loop() []byte
}

// Instructions of the loops.
const (
	valI32      = 0x7f
	opBlock     = 0x02
	opLoop      = 0x03
	blockEmpty  = 0x40
	opBr        = 0x0c
	opBrIf      = 0x0d
	opLocalGet  = 0x20
	opLocalSet  = 0x21
	opLocalTee  = 0x22
	opI32Load   = 0x28
	opI32Load8U = 0x2d
	opI32Store  = 0x36
	opI32Eqz    = 0x45
	opI32LtU    = 0x49
	opI32Add    = 0x6a
	opI32Mul    = 0x6c
	opI32And    = 0x71
	opI32ShrU   = 0x76
)

// startLocals is how many i32 locals the start function has for the loops.
const startLocals = 5

// startBody returns the start function's body: its locals, then each
// rebuild's loop in turn.
func startBody(rs []rebuild) []byte {
	f := []byte{1, startLocals, valI32} // one run of locals
	for _, r := range rs {
		f = append(f, r.loop()...)
	}
	return append(f, opEnd)
}
