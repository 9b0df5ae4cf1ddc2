// Command serve serves the built site (dist/site) on a loopback address with
// the security headers a static host should send: the pages' own
// Content-Security-Policy (read from the meta tag of index.html, so the
// policy is written once) plus frame-ancestors, which only a header can
// carry; Referrer-Policy: no-referrer; nosniff; and the right type for .wasm
// and the manifest.
//
// -doh URL (repeatable) allows one more DNS-over-HTTPS server: its origin is
// added to connect-src in the header and in the pages' meta tag (both
// policies apply, so both must allow it), and the pages offer it in the
// Resolve provider list. The browser tests use it for the local DoH stack.
//
// A file for which build-site.sh wrote NAME.br or NAME.gz is sent in that
// encoding to a client that accepts it, with Content-Encoding and
// Vary: Accept-Encoding, as a static host should (see the README).
//
// It prints "serving http://ADDR/" once listening, so -addr 127.0.0.1:0 works
// for tests. With -log FILE it appends each request's method, URL and
// response status there.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"log"
	"mime"
	"net"
	"net/http"
	"net/url"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"time"
)

type stringList []string

func (l *stringList) String() string     { return strings.Join(*l, " ") }
func (l *stringList) Set(s string) error { *l = append(*l, s); return nil }

var (
	metaCSP = regexp.MustCompile(`(<meta http-equiv="Content-Security-Policy" content=")([^"]*)(")`)
	metaDoH = regexp.MustCompile(`(<meta name="mongouri-doh" content=")([^"]*)(")`)
)

func main() {
	dir := flag.String("dir", "dist/site", "the built site")
	addr := flag.String("addr", "127.0.0.1:8080", "loopback address to listen on")
	logFile := flag.String("log", "", "append METHOD URL of every request to this file")
	var doh stringList
	flag.Var(&doh, "doh", "allow and offer one more DoH endpoint URL (repeatable)")
	flag.Parse()

	index, err := os.ReadFile(filepath.Join(*dir, "index.html"))
	if err != nil {
		log.Fatalf("serve: %v (build the site with make site)", err)
	}
	m := metaCSP.FindSubmatch(index)
	if m == nil {
		log.Fatal("serve: index.html has no Content-Security-Policy meta tag")
	}
	var origins []string
	for _, u := range doh {
		p, err := url.Parse(u)
		if err != nil || p.Host == "" || (p.Scheme != "https" && p.Scheme != "http") {
			log.Fatalf("serve: -doh %q is not an http(s) URL", u)
		}
		origins = append(origins, p.Scheme+"://"+p.Host)
	}
	policy := widen(string(m[2]), origins)

	_ = mime.AddExtensionType(".wasm", "application/wasm")
	_ = mime.AddExtensionType(".webmanifest", "application/manifest+json")
	_ = mime.AddExtensionType(".js", "text/javascript; charset=utf-8")
	_ = mime.AddExtensionType(".svg", "image/svg+xml")

	h := &handler{
		files:  http.FileServer(http.Dir(*dir)),
		dir:    *dir,
		header: policy + "; frame-ancestors 'none'",
		meta:   policy,
		doh:    strings.Join(doh, " "),
	}
	if *logFile != "" {
		f, err := os.OpenFile(*logFile, os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o600)
		if err != nil {
			log.Fatal(err)
		}
		h.log = f
	}

	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		log.Fatal(err)
	}
	if ip := ln.Addr().(*net.TCPAddr).IP; !ip.IsLoopback() {
		log.Fatalf("serve: %s is not a loopback address", *addr)
	}
	fmt.Printf("serving http://%s/\n", ln.Addr())
	log.Fatal(http.Serve(ln, h))
}

// widen adds origins to the policy's connect-src.
func widen(policy string, origins []string) string {
	if len(origins) == 0 {
		return policy
	}
	parts := strings.Split(policy, ";")
	for i, p := range parts {
		if f := strings.Fields(p); len(f) > 0 && f[0] == "connect-src" {
			parts[i] = " " + strings.Join(append(f, origins...), " ")
		}
	}
	return strings.TrimSpace(strings.Join(parts, ";"))
}

type handler struct {
	files        http.Handler
	dir          string
	header, meta string
	doh          string
	mu           sync.Mutex
	log          *os.File
}

func (h *handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if h.log != nil {
		sw := &statusWriter{ResponseWriter: w, status: http.StatusOK}
		w = sw
		defer func() {
			h.mu.Lock()
			fmt.Fprintf(h.log, "%s %s %d\n", r.Method, r.URL.RequestURI(), sw.status)
			h.mu.Unlock()
		}()
	}
	hd := w.Header()
	hd.Set("Content-Security-Policy", h.header)
	hd.Set("Referrer-Policy", "no-referrer")
	hd.Set("X-Content-Type-Options", "nosniff")
	hd.Set("Cross-Origin-Opener-Policy", "same-origin")
	// Revalidate every time: the service worker, not the HTTP cache, is
	// what makes the site work offline, and it versions by content hash.
	hd.Set("Cache-Control", "no-cache")
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	p := r.URL.Path
	if strings.HasSuffix(p, "/") {
		p += "index.html"
	}
	if strings.HasSuffix(p, ".html") && h.doh != "" {
		h.page(w, r, p)
		return
	}
	if h.precompressed(w, r, p) {
		return
	}
	h.files.ServeHTTP(w, r)
}

// statusWriter remembers the status of a response, for the log.
type statusWriter struct {
	http.ResponseWriter
	status int
}

func (w *statusWriter) WriteHeader(code int) {
	w.status = code
	w.ResponseWriter.WriteHeader(code)
}

// encodings are the precompressed variants build-site.sh writes, in order
// of preference.
var encodings = []struct{ name, ext string }{{"br", ".br"}, {"gzip", ".gz"}}

// precompressed serves the file at p from its .br or .gz variant when one
// exists and the client accepts it, and reports whether it did. Every
// response for a file with variants says Vary: Accept-Encoding, so that a
// cache never hands one client's encoding to another.
func (h *handler) precompressed(w http.ResponseWriter, r *http.Request, p string) bool {
	name := filepath.Join(h.dir, filepath.FromSlash(path.Clean("/"+p)))
	varied := false
	for _, e := range encodings {
		f, err := os.Open(name + e.ext)
		if err != nil {
			continue
		}
		defer f.Close()
		if !varied {
			w.Header().Add("Vary", "Accept-Encoding")
			varied = true
		}
		fi, err := f.Stat()
		if err != nil || fi.IsDir() || !accepts(r.Header.Get("Accept-Encoding"), e.name) {
			continue
		}
		ctype := mime.TypeByExtension(filepath.Ext(name))
		if ctype == "" {
			return false
		}
		w.Header().Set("Content-Type", ctype)
		w.Header().Set("Content-Encoding", e.name)
		http.ServeContent(w, r, "", fi.ModTime(), f)
		return true
	}
	return false
}

// accepts reports whether an Accept-Encoding header allows enc (a listed
// coding without q=0; "*" counts).
func accepts(header, enc string) bool {
	for _, part := range strings.Split(header, ",") {
		coding, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		coding = strings.TrimSpace(coding)
		if !strings.EqualFold(coding, enc) && coding != "*" {
			continue
		}
		q := strings.ReplaceAll(strings.TrimSpace(params), " ", "")
		if q == "q=0" || q == "q=0.0" || q == "q=0.00" || q == "q=0.000" {
			return false
		}
		return true
	}
	return false
}

// page serves an HTML page with the extra DoH servers written into its meta
// tags, so the page's own policy and provider list match the header.
func (h *handler) page(w http.ResponseWriter, r *http.Request, p string) {
	name := filepath.Join(h.dir, filepath.FromSlash(filepath.Clean("/"+p)))
	b, err := os.ReadFile(name)
	if err != nil {
		http.NotFound(w, r)
		return
	}
	b = metaCSP.ReplaceAll(b, []byte("${1}"+h.meta+"${3}"))
	b = metaDoH.ReplaceAll(b, []byte("${1}"+h.doh+"${3}"))
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	http.ServeContent(w, r, "page.html", fileTime(name), bytes.NewReader(b))
}

func fileTime(name string) time.Time {
	fi, err := os.Stat(name)
	if err != nil {
		return time.Time{}
	}
	return fi.ModTime()
}
