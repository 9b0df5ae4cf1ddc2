package connstr_test

import (
	"strconv"
	"strings"
	"testing"

	"github.com/mongouri/mongouri/connstr"
	"github.com/mongouri/mongouri/connstr/explain"
)

// worstPatterns build strings of about n bytes in the shapes that cost the
// most per byte: each repeats one finding, or one piece of work, as often
// as the length allows.
var worstPatterns = []struct {
	name string
	make func(n int) string
}{
	{"unknown-options", func(n int) string { return fill("mongodb://h/?", "a=1&", n) }},
	{"bad-percents", func(n int) string { return fill("mongodb://h/?appName=", "%zz", n) }},
	{"ports", func(n int) string { // distinct ports: the explainer groups hosts by port
		var b strings.Builder
		b.WriteString("mongodb://")
		for i := 0; b.Len() < n-16; i++ {
			if i > 0 {
				b.WriteByte(',')
			}
			b.WriteString("h" + strconv.Itoa(i) + ":" + strconv.Itoa(1+i%65535))
		}
		return b.String()
	}},
	{"at-signs", func(n int) string { return fill("mongodb://u:", "p@", n) + "h" }},
	{"secret-keys", func(n int) string { return fill("mongodb://h/?", "proxyPasswordX=a&", n) }},
	{"properties", func(n int) string {
		return fill("mongodb://h/?authMechanism=MONGODB-AWS&authMechanismProperties=", "AWS_SESSION_TOKENx,", n)
	}},
	{"semicolons", func(n int) string { return fill("mongodb://h/?", "tls=true;", n) }},
	{"no-at-colons", func(n int) string { return fill("mongodb://user:", "hunter2/", n) }},
	{"hosts-and-secrets", func(n int) string { // many hosts, many secret values: each host is checked against them
		hosts := strings.TrimSuffix(strings.Repeat("h.example.net,", n/2/14), ",")
		return fill("mongodb://"+hosts+"/?", "tlsCertificateKeyFilePassword=a&", n)
	}},
}

// fill repeats unit after head up to about n bytes.
func fill(head, unit string, n int) string {
	return head + strings.Repeat(unit, max(1, (n-len(head)-16)/len(unit)))
}

// worstSizes run from 1 KiB to the input limit.
var worstSizes = []int{1 << 10, 4 << 10, 16 << 10, connstr.MaxLength}

// BenchmarkPerKB times Parse, Redact and Explain on each worst pattern at
// each size and reports ns per KiB of input: the figure must stay flat
// from 1 KiB to MaxLength (scripts/bench.sh prints the table).
func BenchmarkPerKB(b *testing.B) {
	ops := []struct {
		name string
		run  func(string)
	}{
		{"parse", func(s string) { connstr.Parse(s) }},
		{"redact", func(s string) { connstr.Redact(s) }},
		{"explain", func(s string) { explain.Explain(s) }},
	}
	for _, p := range worstPatterns {
		for _, size := range worstSizes {
			s := p.make(size)
			for _, op := range ops {
				b.Run(p.name+"/"+op.name+"/"+strconv.Itoa(size>>10)+"KiB", func(b *testing.B) {
					b.SetBytes(int64(len(s)))
					for b.Loop() {
						op.run(s)
					}
					b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/(float64(len(s))/1024), "ns/KiB")
				})
			}
		}
	}
}
