package connstr

import (
	"bufio"
	"os"
	"strings"
	"testing"
)

// loadMix reads testdata/mix.txt: the realistic strings benchmarks parse.
// srv reports which ones use mongodb+srv://.
func loadMix(tb testing.TB) (uris []string, srv []bool) {
	f, err := os.Open("testdata/mix.txt")
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<16), 1<<16)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		isSRV := strings.HasPrefix(line, "srv ")
		uris = append(uris, strings.TrimPrefix(line, "srv "))
		srv = append(srv, isSRV)
	}
	return uris, srv
}

// BenchmarkParse parses the whole mix once per iteration; ns/op and
// allocs/op are per string (the mix's size is divided out).
func BenchmarkParse(b *testing.B) {
	uris, _ := loadMix(b)
	benchmarkMix(b, uris)
}

// BenchmarkParseStandard is the same over the mongodb:// strings only, the
// set the official driver's parser is compared on (scripts/driverbench).
func BenchmarkParseStandard(b *testing.B) {
	uris, srv := loadMix(b)
	var std []string
	for i, u := range uris {
		if !srv[i] {
			std = append(std, u)
		}
	}
	benchmarkMix(b, std)
}

func benchmarkMix(b *testing.B, uris []string) {
	for _, u := range uris {
		if _, err := Parse(u); err != nil {
			b.Fatalf("%s: %v", u, err)
		}
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Parse(uris[i%len(uris)])
	}
}

// parsedMix parses the mix once, for benchmarks of what follows parsing.
func parsedMix(b *testing.B) []*ConnString {
	uris, _ := loadMix(b)
	parsed := make([]*ConnString, len(uris))
	for i, u := range uris {
		parsed[i], _ = Parse(u)
	}
	b.ReportAllocs()
	b.ResetTimer()
	return parsed
}

func BenchmarkString(b *testing.B) {
	parsed := parsedMix(b)
	for i := 0; i < b.N; i++ {
		_ = parsed[i%len(parsed)].String()
	}
}

func BenchmarkRedacted(b *testing.B) {
	parsed := parsedMix(b)
	for i := 0; i < b.N; i++ {
		_ = parsed[i%len(parsed)].Redacted()
	}
}

// BenchmarkParseInto reuses one ConnString, as a caller that is done with
// each result before the next can.
func BenchmarkParseInto(b *testing.B) {
	uris, _ := loadMix(b)
	var dst ConnString
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		ParseInto(&dst, uris[i%len(uris)])
	}
}
