package connstr_test

import (
	"strings"
	"testing"

	"github.com/mongouri/mongouri/connstr/dnstest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestTXTValuesShownSafely: a DNS server chooses the TXT record's bytes;
// messages repeat a value quoted and cut when it holds control characters,
// bad UTF-8 or is long, never as raw text.
func TestTXTValuesShownSafely(t *testing.T) {
	for _, rs := range []string{"rs\x00evil", "rs\nInjected line", "rs\xff\xfe", strings.Repeat("r", 60_000)} {
		mem := dnstest.New().
			AddSRV("_mongodb._tcp.c0.example.net", "a.example.net", 27017).
			AddTXT("c0.example.net", "replicaSet="+rs)
		res, _ := resolve(t, "mongodb+srv://c0.example.net/", mem)
		require.NotNil(t, res)
		for _, d := range res.Diagnostics {
			assert.NotContains(t, d.Message, "\x00")
			assert.NotContains(t, d.Message, "\n")
			assert.NotContains(t, d.Message, "\xff")
			assert.Less(t, len(d.Message), 300, "a long value is cut")
		}
	}
}
