//go:build js && wasm

package main

import "unsafe"

// The direct entry points (see api.go). Strings cross through two buffers
// in linear memory: index.js encodes the argument into the input buffer
// with TextEncoder.encodeInto and decodes the result from the output
// buffer. Calls never block, so they may run while a resolve waits on a
// promise, or from JavaScript that Go itself called.
var (
	input  []byte
	output []byte
	outW   writer // reused: parse allocates no output buffer per call
)

// mongouri_input returns the address of an input buffer of at least n
// bytes. The address is valid until the next call into the module, which
// may grow memory: index.js makes its views after this call.
//
//go:wasmexport mongouri_input
func exportInput(n int32) unsafe.Pointer {
	if n < 1 {
		n = 1
	}
	if cap(input) < int(n) {
		input = make([]byte, n)
	}
	input = input[:n]
	return unsafe.Pointer(&input[0])
}

// mongouri_output returns the address of the last result.
//
//go:wasmexport mongouri_output
func exportOutput() unsafe.Pointer {
	if len(output) == 0 {
		return nil
	}
	return unsafe.Pointer(&output[0])
}

// argument returns the n bytes index.js wrote, as a string of its own
// (the buffer is reused by the next call).
func argument(n int32) string {
	if n < 0 || int(n) > len(input) {
		return ""
	}
	return string(input[:n])
}

// mongouri_parse parses the n-byte argument and returns the length of the
// JSON ParseResult at mongouri_output.
//
//go:wasmexport mongouri_parse
func exportParse(n int32) int32 {
	output = parseJSON(&outW, argument(n))
	return int32(len(output))
}

// mongouri_redact redacts the n-byte argument and returns the length of
// the redacted string at mongouri_output.
//
//go:wasmexport mongouri_redact
func exportRedact(n int32) int32 {
	output = append(outW.b[:0], redactString(argument(n))...)
	outW.b = output
	return int32(len(output))
}
