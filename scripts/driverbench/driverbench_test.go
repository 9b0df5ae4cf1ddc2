// Package driverbench parses the same connection strings with mongouri's
// connstr.Parse and with the official Go driver's
// connstring.ParseAndValidate, in one `go test -bench` run.
//
// Only mongodb:// strings are compared: the driver resolves mongodb+srv://
// names through DNS while parsing, which would measure the network.
package driverbench

import (
	"bufio"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/mongouri/mongouri/connstr"
	"go.mongodb.org/mongo-driver/v2/x/mongo/driver/connstring"
)

func standardMix(tb testing.TB) []string {
	f, err := os.Open("../../connstr/testdata/mix.txt")
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	var uris []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") || strings.HasPrefix(line, "srv ") {
			continue
		}
		uris = append(uris, line)
	}
	return uris
}

// TestBothAccept makes sure the comparison is fair: both parsers accept
// every string of the mix.
func TestBothAccept(t *testing.T) {
	for _, u := range standardMix(t) {
		if _, err := connstr.Parse(u); err != nil {
			t.Errorf("connstr: %s: %v", u, err)
		}
		if _, err := connstring.ParseAndValidate(u); err != nil {
			t.Errorf("driver: %s: %v", u, err)
		}
	}
}

func BenchmarkMongouri(b *testing.B) {
	uris := standardMix(b)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		connstr.Parse(uris[i%len(uris)])
	}
}

func BenchmarkDriver(b *testing.B) {
	uris := standardMix(b)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		connstring.ParseAndValidate(uris[i%len(uris)])
	}
}

// BenchmarkEachString parses each string of the mix on its own with both
// parsers, to see where the difference comes from. scripts/bench.sh does not
// run it; `go test -bench EachString` does.
func BenchmarkEachString(b *testing.B) {
	for i, u := range standardMix(b) {
		b.Run(fmt.Sprintf("%02d/mongouri", i), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				connstr.Parse(u)
			}
		})
		b.Run(fmt.Sprintf("%02d/driver", i), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				connstring.ParseAndValidate(u)
			}
		})
	}
}
