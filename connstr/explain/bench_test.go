package explain

import "testing"

// BenchmarkFind and BenchmarkExplain: what a view pays per keystroke for
// the findings alone, and for the whole explanation.
const benchURI = "mongodb://app:s3cret@db1.example.net:27017,db2.example.net:27017/shop?replicaSet=rs0&w=majority&retryWrites=true"

func BenchmarkFind(b *testing.B) {
	for b.Loop() {
		Find(benchURI)
	}
}

func BenchmarkExplain(b *testing.B) {
	for b.Loop() {
		Explain(benchURI)
	}
}
