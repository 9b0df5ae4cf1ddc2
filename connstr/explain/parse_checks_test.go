package explain

import (
	"os"
	"regexp"
	"testing"

	"github.com/mongouri/mongouri/connstr"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestEveryCodeHasATitle reads the code lists of the parser and the
// resolver, so that a code added there without a title here shows.
func TestEveryCodeHasATitle(t *testing.T) {
	re := regexp.MustCompile(`(Code\w+)\s+Code = "([^"]+)"`)
	for _, file := range []string{"../codes.go", "../codes_seedlist.go"} {
		src, err := os.ReadFile(file)
		require.NoError(t, err)
		for _, m := range re.FindAllStringSubmatch(string(src), -1) {
			_, ok := parseTitle(connstr.Code(m[2]))
			assert.True(t, ok, "%s (%s in %s) has no title", m[2], m[1], file)
		}
	}
	// The explainer's own codes are all distinct from the parser's.
	src, err := os.ReadFile("codes.go")
	require.NoError(t, err)
	for _, m := range re.FindAllStringSubmatch(string(src), -1) {
		_, clash := parseTitle(connstr.Code(m[2]))
		assert.False(t, clash, m[2])
		assert.Regexp(t, `^[a-z0-9]+(-[a-z0-9]+)*$`, m[2])
	}
}
