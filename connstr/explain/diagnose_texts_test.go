package explain

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestCauseTextsComplete: every key the rules name has words, every entry
// is used, and no key is listed twice. The rules name keys as string
// literals after d.cause( or in a key variable, which this reads from the
// source.
func TestCauseTextsComplete(t *testing.T) {
	files, _ := filepath.Glob("diagnose_*.go")
	used := map[string]bool{}
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") || f == "diagnose_texts.go" {
			continue
		}
		b, err := os.ReadFile(f)
		assert.NoError(t, err)
		src := string(b)
		for _, open := range []string{`d.cause("`, `key, score := "`, `key, score = "`, `key := "`, `key += "`} {
			for rest := src; ; {
				i := strings.Index(rest, open)
				if i < 0 {
					break
				}
				rest = rest[i+len(open):]
				key := rest[:strings.IndexByte(rest, '"')]
				if open == `key += "` {
					key = "retry-writes-unsupported" + key // the one variant built this way
				}
				used[key] = true
			}
		}
	}
	assert.Greater(t, len(used), 40)
	listed := map[string]bool{}
	for _, c := range causeTexts {
		assert.False(t, listed[c.key], "listed twice: %s", c.key)
		listed[c.key] = true
		assert.NotEmpty(t, c.title, c.key)
		assert.NotEmpty(t, c.fix, c.key)
		assert.True(t, used[c.key], "words for a cause no rule names: %s", c.key)
	}
	for k := range used {
		assert.True(t, listed[k], "a rule names %s, which has no words", k)
	}
}

func TestFill(t *testing.T) {
	assert.Equal(t, "a x b y {3}", fill("a {1} b {2} {3}", []string{"x", "y"}))
	assert.Equal(t, "rs.initiate({_id: 0})", fill("rs.initiate({_id: 0})", []string{"x"}))
}
