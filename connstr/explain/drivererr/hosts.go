package drivererr

import "strings"

// hostWords precede a host or address in the errors drivers and operating
// systems print.
var hostWords = []string{
	"failed to connect to server [",                                                             // Node.js 3.x: "failed to connect to server [h:27017] on first connect"
	"connect econnrefused ", "econnrefused ", "connect etimedout ", "etimedout ", "econnreset ", // Node.js
	"getaddrinfo enotfound ", "getaddrinfo eai_again ", // Node.js
	"connection <monitor> to ", "connection 0 to ", "connection 1 to ", "connection 2 to ", "connection 3 to ", // Node.js
	"dial tcp ", "dial tcp: lookup ", // Go
	"unknownhostexception: ", "connection refused: /", "on server ", // Java
	"failed to resolve '", // libmongoc
	"host: ", "no such host is known. (",
}

func (rd *reader) findHosts() {
	seen := map[string]bool{}
	add := func(h string) {
		h = strings.Trim(h, "'\"/")
		if h == "" || seen[h] || !plausibleHost(h) || len(rd.r.Hosts) >= maxServers {
			return
		}
		seen[h] = true
		rd.r.Hosts = append(rd.r.Hosts, h)
	}
	for _, s := range rd.r.Servers {
		add(s.Address)
		seen[hostPart(s.Address)] = true // "lookup mongo1" repeats the server mongo1:27017
	}
	low := rd.low
	for _, w := range hostWords {
		for from, n := 0, 0; n < maxServers; n++ {
			i := strings.Index(low[from:], w)
			if i < 0 {
				break
			}
			at := from + i + len(w)
			add(token(rd.text, at))
			from = at
		}
	}
}

// hostPart drops the port of host:port.
func hostPart(hp string) string {
	if strings.HasPrefix(hp, "[") {
		if i := strings.IndexByte(hp, ']'); i > 0 {
			return hp[1:i]
		}
	}
	if strings.Count(hp, ":") == 1 {
		return hp[:strings.IndexByte(hp, ':')]
	}
	return hp
}

// plausibleHost rejects words that follow a host word but are not hosts.
func plausibleHost(h string) bool {
	if len(h) < 2 || strings.HasPrefix(h, "_") {
		return false
	}
	letters := false
	for i := 0; i < len(h); i++ {
		c := h[i]
		if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || isDigit(c) {
			letters = true
		}
	}
	if !letters {
		return false
	}
	switch strings.ToLower(h) {
	case "lookup", "tcp", "the", "null", "undefined", "none":
		return false
	}
	return true
}
