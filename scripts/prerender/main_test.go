package main

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/mongouri/mongouri/wasm/ui"
)

func TestFill(t *testing.T) {
	page := "<body>\n" + begin + "\n<p>old</p>\n" + end + "\n</body>"
	got, err := fill([]byte(page), "<p>new</p>")
	require.NoError(t, err)
	assert.Equal(t, "<body>\n"+begin+"\n<p>new</p>\n"+end+"\n</body>", string(got))

	for _, bad := range []string{"<body></body>", end + begin, begin + begin + end} {
		_, err := fill([]byte(bad), "x")
		assert.Error(t, err, bad)
	}
}

// Every part Mount adopts (doc.go's list) is in the markup, once.
func TestStaticHTMLHasEveryAdoptedPart(t *testing.T) {
	markup := ui.StaticHTML(prefix)
	for _, name := range []string{"app", "input-label", "input", "status", "tabs",
		"tab-decode", "tab-encode", "tab-explain", "panel-decode", "panel-encode", "panel-explain"} {
		assert.Equal(t, 1, strings.Count(markup, `data-mu="`+name+`"`), name)
	}
	assert.Contains(t, markup, `id="mu-input"`)
	assert.Contains(t, markup, `data-state="empty"`)
}
