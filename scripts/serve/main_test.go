package main

import (
	"mime"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestAccepts(t *testing.T) {
	tests := []struct {
		header, enc string
		want        bool
	}{
		{"gzip, deflate, br, zstd", "br", true},
		{"gzip, deflate, br, zstd", "gzip", true},
		{"gzip", "br", false},
		{"", "gzip", false},
		{"br;q=0, gzip", "br", false},
		{"br; q=0.5", "br", true},
		{"BR", "br", true},
		{"*", "gzip", true},
		{"brotli", "br", false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, accepts(tt.header, tt.enc), "%q accepts %s", tt.header, tt.enc)
	}
}

func TestPrecompressed(t *testing.T) {
	_ = mime.AddExtensionType(".wasm", "application/wasm")
	dir := t.TempDir()
	write := func(name, body string) {
		require.NoError(t, os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644))
	}
	write("index.html", "<!doctype html>")
	write("m.wasm", "identity")
	write("m.wasm.br", "brotli")
	write("m.wasm.gz", "gzip")
	write("plain.css", "p{}")
	h := &handler{files: http.FileServer(http.Dir(dir)), dir: dir}

	tests := []struct {
		path, accept                string
		body, encoding, ctype, vary string
	}{
		{"/m.wasm", "gzip, deflate, br", "brotli", "br", "application/wasm", "Accept-Encoding"},
		{"/m.wasm", "gzip", "gzip", "gzip", "application/wasm", "Accept-Encoding"},
		{"/m.wasm", "", "identity", "", "application/wasm", "Accept-Encoding"},
		{"/m.wasm", "br;q=0", "identity", "", "application/wasm", "Accept-Encoding"},
		{"/plain.css", "br", "p{}", "", "text/css; charset=utf-8", ""},
		{"/../m.wasm", "br", "brotli", "br", "application/wasm", "Accept-Encoding"},
	}
	for _, tt := range tests {
		t.Run(tt.path+" "+tt.accept, func(t *testing.T) {
			req := httptest.NewRequest(http.MethodGet, "http://127.0.0.1"+tt.path, nil)
			req.URL.Path = tt.path
			if tt.accept != "" {
				req.Header.Set("Accept-Encoding", tt.accept)
			}
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, req)
			assert.Equal(t, tt.body, rec.Body.String())
			assert.Equal(t, tt.encoding, rec.Header().Get("Content-Encoding"))
			assert.Equal(t, tt.ctype, rec.Header().Get("Content-Type"))
			assert.Equal(t, tt.vary, rec.Header().Get("Vary"))
		})
	}
}
