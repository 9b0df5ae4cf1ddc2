package driverbench

import (
	"testing"
	"time"

	"github.com/mongouri/mongouri/connstr"
	"go.mongodb.org/mongo-driver/v2/x/mongo/driver/connstring"
)

// BenchmarkSideBySide alternates the two parsers every few hundred strings
// and reports each one's time per string and their ratio. The machines this
// runs on are shared: their speed drifts by tens of percent over seconds,
// which two benchmarks run one after the other would read as a difference
// between the parsers. Alternating puts both under the same conditions.
func BenchmarkSideBySide(b *testing.B) {
	uris := standardMix(b)
	const round = 20 // passes over the mix per turn (240 strings, ~0.2 ms)
	var ours, theirs time.Duration
	b.ResetTimer()
	for b.Loop() {
		start := time.Now()
		for range round {
			for _, u := range uris {
				connstr.Parse(u)
			}
		}
		mid := time.Now()
		for range round {
			for _, u := range uris {
				connstring.ParseAndValidate(u)
			}
		}
		ours += mid.Sub(start)
		theirs += time.Since(mid)
	}
	n := float64(b.N * round * len(uris))
	b.ReportMetric(float64(ours.Nanoseconds())/n, "mongouri-ns/parse")
	b.ReportMetric(float64(theirs.Nanoseconds())/n, "driver-ns/parse")
	b.ReportMetric(float64(theirs)/float64(ours), "speedup")
}
