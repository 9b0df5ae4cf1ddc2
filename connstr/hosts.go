package connstr

import (
	"strings"
	"unicode/utf8"
)

// hosts parses the comma-separated host list in[start:end]. It returns false
// when the rest of the string cannot be read (an unencoded socket path).
func (p *parser) hosts(start, end int) bool {
	in := p.in
	if start == end {
		hint := "Add a host, e.g. mongodb://localhost:27017."
		if strings.HasPrefix(in[end:], "/") && strings.Contains(in[end:], ".sock") {
			p.errorf(CodeUnescapedSlash, Span{end, len(in)}, "",
				"A UNIX domain socket path must be percent-encoded.",
				"Write each '/' of the socket path as %2F, e.g. mongodb://%2Ftmp%2Fmongodb-27017.sock.")
			return false
		}
		p.errorf(CodeMissingHost, Span{start, end}, "", "The connection string names no host.", hint)
		return true
	}
	first := strings.IndexByte(in[start:end], ',')
	if first >= 0 { // more than one host: make room for them all at once
		if n := 2 + strings.Count(in[start+first+1:end], ","); cap(p.cs.Hosts) < n {
			p.cs.Hosts = make([]Host, 0, n)
		}
	}
	// "user:pass,word" with the '@host' forgotten reads as the host user,
	// port pass (a number), then more hosts. When a later host then fails
	// to parse, the text after the first ':' may be a password with a ','
	// in it: it is hidden before any host is quoted, and shown again if
	// every host parses.
	var saved []Span
	suspect := false
	if first >= 0 && p.lastAtSign() < 0 {
		if c := strings.IndexByte(in[start:start+first], ':'); c > 0 {
			if _, ok := portNumber(in[start+c+1 : start+first]); ok {
				suspect, saved = true, append([]Span(nil), p.cs.hidden...)
				p.hide(Span{start + c + 1, len(in)})
			}
		}
	}
	errs := len(p.cs.Diagnostics)
	for s, i := start, first; ; i = strings.IndexByte(in[s:end], ',') {
		e := end
		if i >= 0 {
			e = s + i
		}
		p.host(s, e)
		if e == end {
			break
		}
		s = e + 1
	}
	if suspect && !Diagnostics(p.cs.Diagnostics[errs:]).HasErrors() {
		p.cs.hidden = saved
	}
	if p.cs.Scheme == SchemeSRV {
		p.checkSRVHosts(Span{start, end})
	}
	return true
}

// host parses one host identifier in[s:e].
func (p *parser) host(s, e int) {
	in := p.in
	if s == e {
		p.errorf(CodeEmptyHost, Span{s, e}, "", "The host list has an empty entry.",
			"Remove the extra ',' between hosts.")
		return
	}
	h := Host{Span: Span{s, e}}
	hostEnd := e   // end of the host part, before ":port"
	portOK := true // whether the ":port" after hostEnd, if any, was read into h.Port
	if in[s] == '[' {
		if hostEnd = p.ipLiteral(&h, s, e); hostEnd < 0 {
			return
		}
		if hostEnd < e {
			if h.Port, portOK = portNumber(in[hostEnd+1 : e]); !portOK {
				p.notAPort(hostEnd+1, e)
			}
		}
	} else if c := strings.IndexByte(in[s:e], ':'); c >= 0 {
		hostEnd = s + c
		if h.Port, portOK = portNumber(in[hostEnd+1 : e]); !portOK {
			p.notAPort(hostEnd+1, e)
			// A valid port holds no second ':'; only look for one otherwise.
			if strings.IndexByte(in[hostEnd+1:e], ':') >= 0 {
				p.colons(s, e)
				return
			}
		}
		if !p.hostName(&h, s, hostEnd) {
			return
		}
	} else if !p.hostName(&h, s, e) {
		return
	}
	if hostEnd < e {
		if !portOK {
			p.badPort(hostEnd+1, e)
			return
		}
		if h.Type == HostUnix {
			p.errorf(CodeInvalidHost, Span{hostEnd, e}, "", "A UNIX domain socket takes no port.",
				"Remove the ':' and the port after the socket path.")
			return
		}
	}
	p.cs.Hosts = append(p.cs.Hosts, h)
}

// notAPort records that the text in[s:e] after a host's ':' is not a port
// (or is empty: "user:" then a password that starts with '/', '?' or ',').
// Without a readable userinfo, "user:password" reads as host and port: the
// text from there to the end of the string may then be a password (with a
// '/', ',' or '?' in it, or an '@' the parser did not see, such as a
// full-width one), so it is never quoted and Redacted masks it; with an
// '@' further on, up to the last one. After the userinfo's '@' it is only a
// mistyped port.
func (p *parser) notAPort(s, _ int) {
	end := len(p.in)
	switch at := p.lastAtSign(); {
	case at > s: // the hosts come after it (see Redacted)
		end = at
	case at >= 0:
		return // the userinfo came before: this is a host's port, mistyped
	}
	p.hide(Span{s, end})
}

// ipLiteral reads the bracketed IPv6 address at in[s:e] into h and returns
// where it ends, after the ']', or -1 when it is not one.
func (p *parser) ipLiteral(h *Host, s, e int) int {
	in := p.in
	rb := strings.IndexByte(in[s:e], ']')
	if rb < 0 {
		p.errorf(CodeInvalidIPLiteral, Span{s, e}, "", "An IP literal has no closing ']'.",
			"Write IPv6 addresses in brackets, e.g. [::1]:27017.")
		return -1
	}
	end := s + rb + 1
	lit, bad := decode(in[s+1 : end-1])
	if bad >= 0 {
		p.errorf(CodeBadPercent, Span{s + 1 + bad, s + 1 + bad + 1}, "", "An IP literal holds a '%' that is not a %XX escape.",
			"Write a zone identifier's '%' as %25, e.g. [fe80::1%25eth0].")
		return -1
	}
	if !isIPv6(lit) {
		p.errorf(CodeInvalidIPLiteral, Span{s, end}, "", "The text in brackets is not an IPv6 address.",
			"Brackets are only for IPv6 addresses; write host names and IPv4 addresses without them.")
		return -1
	}
	if end < e && in[end] != ':' {
		p.errorf(CodeInvalidHost, Span{end, e}, "", "Unexpected text after the IP literal's ']'.",
			"Only ':' and a port may follow ']'.")
		return -1
	}
	h.Type, h.Host = HostIPLiteral, lit
	return end
}

// colons reports a host in[s:e] with more than one ':', most often an IPv6
// address without brackets.
func (p *parser) colons(s, e int) {
	span := Span{s, e}
	hint := "A host is name:port with a single ':'."
	if isIPv6(p.in[s:e]) {
		hint = "Write IPv6 addresses in brackets, e.g. [::1]:27017."
		if p.quotable(span) {
			hint = "Write IPv6 addresses in brackets: [" + p.in[s:e] + "]:27017."
		}
	}
	p.errorf(CodeInvalidHost, span, "", "The host contains more than one ':'.", hint)
}

// hostName classifies and decodes a host without brackets: a socket path,
// an IPv4 address or a host name.
func (p *parser) hostName(h *Host, s, e int) bool {
	in := p.in
	raw := in[s:e]
	if raw == "" {
		p.errorf(CodeEmptyHost, Span{s, e}, "", "A host has a port but no name.",
			"Put the host name before the ':'.")
		return false
	}
	// Most hosts are plain ASCII names or addresses: one pass classifies
	// them.
	const plain = hostAllowed | hostASCII
	all := uint8(plain | hostDotted) // the classes every byte is in
	for i := 0; i < len(raw); i++ {
		all &= hostClass[raw[i]]
	}
	if all&plain == plain {
		h.Host, h.Type = raw, HostName
		if all&hostDotted != 0 && isIPv4(raw) {
			h.Type = HostIPv4
		}
		return true
	}
	return p.unusualHostName(h, s, e)
}

// unusualHostName is hostName for the rest: escapes, sockets, international
// names and mistakes.
func (p *parser) unusualHostName(h *Host, s, e int) bool {
	raw := p.in[s:e]
	name, bad := decode(raw)
	if bad >= 0 {
		p.errorf(CodeBadPercent, Span{s + bad, s + bad + 1}, "", "A host contains a '%' that is not a %XX escape.",
			"Write a literal '%' as %25.")
		return false
	}
	if strings.IndexByte(name, '/') >= 0 {
		if !strings.HasSuffix(name, ".sock") {
			p.errorf(CodeSocketSuffix, Span{s, e}, "", "A UNIX domain socket path must end in .sock.",
				"Name the socket file with a .sock suffix, or check that the host is not a path by mistake.")
			return false
		}
		h.Type, h.Host = HostUnix, name
		return true
	}
	all := uint8(hostASCII | hostDotted)
	for i := 0; i < len(name); i++ {
		c := name[i]
		all &= hostClass[c]
		if hostClass[c]&hostAllowed == 0 {
			p.errorf(CodeInvalidHost, Span{s, e}, "",
				"The host name"+p.quote(Span{s, e})+" contains a character host names cannot have.",
				"Host names hold letters, digits, '-', '.' and '_'; check for a stray character or an unencoded password.")
			return false
		}
	}
	if all&hostASCII == 0 && !utf8.ValidString(name) {
		p.errorf(CodeInvalidHost, Span{s, e}, "", "A host name is not valid UTF-8 once its %XX escapes are decoded.",
			"Write international host names in UTF-8 (or their xn-- form), and escape nothing in host names.")
		return false
	}
	h.Host = name
	h.Type = HostName
	if all&hostDotted != 0 && isIPv4(name) {
		h.Type = HostIPv4
	}
	return true
}

// hostClass sorts the bytes of a decoded host name, so that one pass over
// the name checks it and classifies it.
var hostClass = func() (t [256]uint8) {
	for c := range t {
		switch {
		case c >= 0x80:
			t[c] = hostAllowed // raw UTF-8, checked as a whole
		case c == '.' || '0' <= c && c <= '9':
			t[c] = hostAllowed | hostASCII | hostDotted
		case hostChar[c]:
			t[c] = hostAllowed | hostASCII
		default:
			t[c] = hostASCII
		}
	}
	return t
}()

const (
	hostAllowed = 1 << iota // may stand in a host name
	hostASCII               // is ASCII
	hostDotted              // is a digit or '.': the name may be IPv4
)

// hostChar lists the ASCII bytes a host name may hold: RFC 3986's unreserved
// characters. Its reg-name also allows sub-delimiters, but no DNS name holds
// them, and a ',' or ';' would not survive the host list's syntax.
var hostChar = newEscapeSet("")

// isIPv4 reports whether s is a dotted-decimal IPv4 address. "256.0.0.1" is
// a host name, as the Connection String spec's tests say.
// The rules are net/netip's: four fields of 0..255, no leading zeros.
func isIPv4(s string) bool {
	fields, n, digits := 0, 0, 0
	for i := 0; i <= len(s); i++ {
		if i == len(s) || s[i] == '.' {
			if digits == 0 {
				return false
			}
			fields, n, digits = fields+1, 0, 0
			continue
		}
		c := s[i]
		if c < '0' || c > '9' || digits > 0 && n == 0 { // a digit after a leading zero
			return false
		}
		n, digits = n*10+int(c-'0'), digits+1
		if n > 255 {
			return false
		}
	}
	return fields == 4
}

// portNumber reads digits as a port number in 1..65535.
func portNumber(digits string) (int, bool) {
	n := 0
	for i := 0; i < len(digits); i++ {
		c := digits[i]
		if c < '0' || c > '9' || n > 65535 { // leading zeros are fine
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, 1 <= n && n <= 65535
}

// badPort reports why in[s:e] is not a port number.
func (p *parser) badPort(s, e int) {
	span := Span{s - 1, e}
	digits := strings.TrimPrefix(p.in[s:e], "-")
	switch {
	case s == e:
		p.errorf(CodeInvalidPort, span, "", "A ':' is not followed by a port number.",
			"Remove the ':' or add the port, e.g. :27017.")
	case digits != "" && !isDigits(digits):
		p.errorf(CodeInvalidPort, span, "", "The port"+p.quote(Span{s, e})+" is not a number.",
			"A port is a number from 1 to 65535; if this is part of a password, percent-encode the password.")
	default:
		p.errorf(CodePortOutOfRange, span, "", "The port is outside 1..65535.",
			"Use a port from 1 to 65535; MongoDB listens on 27017 by default.")
	}
}

// checkSRVHosts applies mongodb+srv's host rules: one host name, no port.
func (p *parser) checkSRVHosts(span Span) {
	hosts := p.cs.Hosts
	if len(hosts) > 1 {
		p.errorf(CodeSRVMultipleHosts, span, "", "A mongodb+srv:// string names exactly one host.",
			"Use the single DNS name of the cluster; DNS supplies the members. For a list of hosts, use mongodb://.")
		return
	}
	if len(hosts) == 0 {
		return
	}
	h := hosts[0]
	if h.Type != HostName {
		p.errorf(CodeSRVHostType, h.Span, "", "A mongodb+srv:// host must be a DNS name, not an IP address or socket.",
			"Use mongodb:// to connect to an address directly.")
		return
	}
	if h.Port != 0 {
		p.errorf(CodeSRVPort, h.Span, "", "A mongodb+srv:// host cannot have a port: the ports come from the SRV records.",
			"Remove the port, or use mongodb:// with host:port.")
	}
}
