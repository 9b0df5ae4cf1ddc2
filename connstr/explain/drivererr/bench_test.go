package drivererr

import (
	"strings"
	"testing"
)

// BenchmarkRead measures a typical topology error and texts built to make
// a careless reader quadratic (repeated URL and key openers, many markers).
func BenchmarkRead(b *testing.B) {
	for _, bc := range []struct{ name, text string }{
		{"python-topology", textCases[len(textCases)/2].text},
		{"scheme-openers", strings.Repeat("://", MaxText/3)},
		{"key-runs", strings.Repeat("pass", MaxText/4)},
		{"quotes", strings.Repeat("pwd:\"", MaxText/5)},
		{"go-servers", strings.Repeat("{ Addr: x, ", MaxText/11)},
		{"c-servers", strings.Repeat("[a calling hello on 'h'] ", MaxText/25)},
	} {
		b.Run(bc.name, func(b *testing.B) {
			b.SetBytes(int64(len(bc.text)))
			for i := 0; i < b.N; i++ {
				Read(bc.text, "s3cret-value")
			}
		})
	}
}
