package drivererr

import "strings"

// Each driver prints its view of the topology in its own shape. The
// readers below cut the text at each server's marker and read the address,
// type and last error between that marker and the next.

// serverShape is one driver's way of printing a server.
type serverShape struct {
	marker string // starts one server, lower case
	// The address is between addrOpen and addrClose (lower case), or
	// what addr reads when the shape needs more than that.
	addrOpen, addrClose string
	addr                func(seg, low string) string
	typ                 []string // the server type follows one of these (lower case)
	err                 []string // the error follows one of these (lower case)
	errEnd              []string // and ends before the first of these (lower case), else at the segment's end
}

var shapes = []serverShape{
	// PyMongo: <ServerDescription ('h', 27017) server_type: Unknown, rtt: None, error=AutoReconnect('h:27017: ...')>
	{marker: "<serverdescription (", addr: pythonAddr, typ: []string{"server_type: "}, err: []string{"error="}, errEnd: []string{")>"}},
	// Go: { Addr: h:27017, Type: Unknown, Last error: dial tcp ...: connection refused }
	{marker: "{ addr: ", addrOpen: "{ addr: ", addrClose: ",", typ: []string{"type: "}, err: []string{"last error: "}, errEnd: []string{" }, ", " }]", " } ]"}},
	// Rust: { Address: h:27017, Type: Unknown, Error: Kind: I/O error: ..., labels: {} }
	{marker: "{ address: ", addrOpen: "{ address: ", addrClose: ",", typ: []string{"type: "}, err: []string{"error: "}, errEnd: []string{", labels:", " } ]"}},
	// Java: {address=h:27017, type=UNKNOWN, state=CONNECTING, exception={...}, caused by {...}}
	{marker: "{address=", addrOpen: "{address=", addrClose: ",", typ: []string{"type="}, err: []string{"exception="}, errEnd: []string{"}]"}},
	// C#: { ServerId: "{ ClusterId : 1, EndPoint : "Unspecified/h:27017" }", EndPoint: "Unspecified/h:27017", ... Type: "Unknown", HeartbeatException: "..." }
	{marker: "{ serverid: ", addr: csharpAddr, typ: []string{", type: \""}, err: []string{"heartbeatexception: \""}, errEnd: []string{"\", lastheartbeattimestamp", "\", lastupdatetimestamp", "\" }"}},
	// Node.js: 'h:27017' => ServerDescription { address: 'h:27017', type: 'Unknown', ..., error: MongoNetworkError: ... }
	{marker: "serverdescription {", addrOpen: "address: '", addrClose: "'", typ: []string{"type: '"}, err: []string{"error: "}, errEnd: []string{"\n"}},
}

func (rd *reader) findServers() {
	for _, sh := range shapes {
		if rd.serversOf(sh) {
			break
		}
	}
	if len(rd.r.Servers) == 0 {
		rd.cServers()
	}
	for i := range rd.r.Servers {
		rd.r.Servers[i].Classes = classesOf(rd.r.Servers[i].Error)
	}
}

// serversOf reads the servers of one shape; false when it finds none.
func (rd *reader) serversOf(sh serverShape) bool {
	low := rd.low
	var starts []int
	for from := 0; len(starts) < maxServers; {
		i := strings.Index(low[from:], sh.marker)
		if i < 0 {
			break
		}
		starts = append(starts, from+i)
		from += i + len(sh.marker)
	}
	for k, start := range starts {
		end := len(low)
		if k+1 < len(starts) {
			end = starts[k+1]
		} else if e := strings.Index(low[start:], "\n\n"); e >= 0 {
			end = start + e
		}
		seg, segLow := rd.text[start:end], low[start:end]
		addr := sh.address(seg, segLow)
		if addr == "" {
			continue
		}
		s := Server{Address: addr}
		s.Type = valueAfter(seg, segLow, sh.typ, []string{",", "'", "\"", "\n", " }"})
		if e := valueAfter(seg, segLow, sh.err, sh.errEnd); e != "" {
			s.Error = cleanError(e)
		}
		rd.r.Servers = append(rd.r.Servers, s)
	}
	return len(rd.r.Servers) > 0
}

// cServers reads libmongoc's list: [connection refused calling hello on 'h:27017'] [...]
func (rd *reader) cServers() {
	low := rd.low
	for _, call := range []string{" calling hello on '", " calling ismaster on '", " calling legacy hello on '"} {
		for from := 0; len(rd.r.Servers) < maxServers; {
			i := strings.Index(low[from:], call)
			if i < 0 {
				break
			}
			i += from
			a := i + len(call)
			q := strings.IndexByte(low[a:], '\'')
			if q < 0 {
				break
			}
			open := strings.LastIndexByte(low[from:i], '[')
			msg := ""
			if open >= 0 {
				msg = strings.TrimSpace(rd.text[from+open+1 : i])
			}
			rd.r.Servers = append(rd.r.Servers, Server{Address: rd.text[a : a+q], Error: msg})
			from = a + q
		}
	}
}

// address reads the server's address in its segment.
func (sh *serverShape) address(seg, low string) string {
	if sh.addr != nil {
		return sh.addr(seg, low)
	}
	return between(seg, low, sh.addrOpen, sh.addrClose)
}

// between returns the text after open up to close, if close follows
// within 300 bytes.
func between(seg, low, open, close string) string {
	i := strings.Index(low, open)
	if i < 0 {
		return ""
	}
	i += len(open)
	j := strings.Index(low[i:], close)
	if j < 0 || j > 300 {
		return ""
	}
	return strings.TrimSpace(seg[i : i+j])
}

// pythonAddr reads ('host', 27017).
func pythonAddr(seg, low string) string {
	i := strings.Index(low, "(")
	if i < 0 {
		return ""
	}
	rest := seg[i+1:]
	if len(rest) == 0 || rest[0] != '\'' {
		return ""
	}
	q := strings.IndexByte(rest[1:], '\'')
	if q < 0 || q > 300 {
		return ""
	}
	host := rest[1 : 1+q]
	rest = rest[2+q:]
	rest = strings.TrimLeft(rest, ", ")
	n := 0
	for n < len(rest) && isDigit(rest[n]) {
		n++
	}
	if n == 0 {
		return host
	}
	if strings.Contains(host, ":") {
		return "[" + host + "]:" + rest[:n]
	}
	return host + ":" + rest[:n]
}

// csharpAddr reads EndPoint: "Unspecified/h:27017" (the server's, not the
// ServerId's "EndPoint : ").
func csharpAddr(seg, low string) string {
	a := between(seg, low, "endpoint: \"", "\"")
	if a == "" {
		a = between(seg, low, "endpoint : \"", "\"")
	}
	if k := strings.IndexByte(a, '/'); k >= 0 {
		a = a[k+1:]
	}
	return a
}

// valueAfter returns the text after the first of keys up to the first of
// ends (or the segment's end).
func valueAfter(seg, low string, keys, ends []string) string {
	for _, k := range keys {
		i := strings.Index(low, k)
		if i < 0 {
			continue
		}
		i += len(k)
		j := len(low)
		for _, e := range ends {
			if x := strings.Index(low[i:], e); x >= 0 && i+x < j {
				j = i + x
			}
		}
		return strings.TrimSpace(seg[i:j])
	}
	return ""
}

// cleanError trims the wrapping a driver puts around a server's error and
// caps its length.
func cleanError(e string) string {
	e = strings.TrimSpace(e)
	e = strings.TrimRight(e, "},] ")
	e = strings.TrimLeft(e, "{")
	e = strings.Join(strings.Fields(e), " ")
	// PyMongo wraps it in the exception's repr: AutoReconnect('...').
	if i := strings.Index(e, "('"); i > 0 && !strings.ContainsAny(e[:i], " :") {
		e = strings.TrimSuffix(e[i+2:], "'")
	}
	if e == "null" || e == "None" || e == "undefined" {
		return ""
	}
	if len(e) > 400 {
		e = e[:runeFloor(e, 400)] + "…"
	}
	return e
}
