// Command prerender writes the inspector's initial state into a page at
// build time, from the UI's own Go code (ui.StaticHTML) run natively, so
// that the page paints its real interface before the WebAssembly arrives;
// Mount then adopts that markup.
//
// Usage:
//
//	prerender IN.html OUT.html
//
// IN must hold the two marker comments
//
//	<!-- prerender:inspector -->...<!-- /prerender:inspector -->
//
// everything between them is replaced. scripts/build-site.sh runs it.
package main

import (
	"bytes"
	"fmt"
	"os"

	"github.com/mongouri/mongouri/wasm/ui"
)

const (
	begin  = "<!-- prerender:inspector -->"
	end    = "<!-- /prerender:inspector -->"
	prefix = "mu-" // the ids site/app.js and the page's styles expect
)

func main() {
	if len(os.Args) != 3 {
		fmt.Fprintln(os.Stderr, "usage: prerender IN.html OUT.html")
		os.Exit(2)
	}
	page, err := os.ReadFile(os.Args[1])
	if err == nil {
		page, err = fill(page, ui.StaticHTML(prefix))
	}
	if err == nil {
		err = os.WriteFile(os.Args[2], page, 0o644)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "prerender:", err)
		os.Exit(1)
	}
}

// fill puts markup between the markers of page.
func fill(page []byte, markup string) ([]byte, error) {
	i := bytes.Index(page, []byte(begin))
	j := bytes.Index(page, []byte(end))
	if i < 0 || j < i || bytes.Count(page, []byte(begin)) != 1 {
		return nil, fmt.Errorf("the page needs exactly one %s ... %s pair", begin, end)
	}
	var out bytes.Buffer
	out.Write(page[:i+len(begin)])
	out.WriteString("\n" + markup + "\n")
	out.Write(page[j:])
	return out.Bytes(), nil
}
