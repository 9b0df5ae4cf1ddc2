package doh

import (
	"encoding/base64"
	"strconv"
	"strings"

	"golang.org/x/net/dns/dnsmessage"
)

// queryID is the DNS message ID of every query. RFC 8484 asks DoH clients to
// use 0 so that HTTP caches can share answers; it also makes every request
// for a name identical, so a request says nothing about who sent it.
const queryID = 0

// ednsPayload is the buffer size advertised in the EDNS(0) record. The
// endpoint forwards the question over UDP, and without EDNS a resolver would
// cut answers at 512 bytes; 1232 is the size DNS Flag Day 2020 settled on.
const ednsPayload = 1232

// maxCNAMEHops bounds how far a CNAME chain in one answer is followed.
const maxCNAMEHops = 8

// checkName validates a DNS name before it goes into a query, so that a bad
// host gives a clear message rather than a packing error.
func checkName(name string) error {
	n := strings.TrimSuffix(name, ".")
	if n == "" {
		return fail(ErrBadName, "the DNS name is empty")
	}
	if len(n) > 253 {
		return fail(ErrBadName, "the DNS name is longer than 253 bytes")
	}
	for _, label := range strings.Split(n, ".") {
		if label == "" {
			return fail(ErrBadName, "the DNS name has an empty label (two dots in a row)")
		}
		if len(label) > 63 {
			return fail(ErrBadName, "a label of the DNS name is longer than 63 bytes")
		}
		for i := 0; i < len(label); i++ {
			c := label[i]
			if c >= 0x80 {
				return fail(ErrBadName, "the DNS name holds a non-ASCII character")
			}
			if c <= ' ' || c == 0x7f || c == '\\' {
				return fail(ErrBadName, "the DNS name holds a space, control character or backslash")
			}
		}
	}
	return nil
}

// packQuery builds the wire-format query for name and type t.
func packQuery(name string, t dnsmessage.Type) ([]byte, error) {
	if err := checkName(name); err != nil {
		return nil, err
	}
	qname, err := dnsmessage.NewName(strings.TrimSuffix(name, ".") + ".")
	if err != nil {
		return nil, fail(ErrBadName, err.Error())
	}
	b := dnsmessage.NewBuilder(make([]byte, 0, 64+len(name)), dnsmessage.Header{ID: queryID, RecursionDesired: true})
	if err := b.StartQuestions(); err != nil {
		return nil, err
	}
	if err := b.Question(dnsmessage.Question{Name: qname, Type: t, Class: dnsmessage.ClassINET}); err != nil {
		return nil, fail(ErrBadName, err.Error())
	}
	if err := b.StartAdditionals(); err != nil {
		return nil, err
	}
	var opt dnsmessage.ResourceHeader
	if err := opt.SetEDNS0(ednsPayload, dnsmessage.RCodeSuccess, false); err != nil {
		return nil, err
	}
	if err := b.OPTResource(opt, dnsmessage.OPTResource{}); err != nil {
		return nil, err
	}
	return b.Finish()
}

// queryURL appends the RFC 8484 dns parameter (base64url, no padding) to the
// endpoint.
func queryURL(endpoint string, msg []byte) string {
	sep := "?"
	if strings.Contains(endpoint, "?") {
		sep = "&"
	}
	return endpoint + sep + "dns=" + base64.RawURLEncoding.EncodeToString(msg)
}

// answer is the validated content of one response.
type answer struct {
	nxdomain bool
	srv      []dnsmessage.SRVResource
	txt      [][]string
}

// checkHTTP validates the HTTP layer of a response.
func checkHTTP(r *Response, maxBytes int) error {
	if r.Status < 200 || r.Status > 299 {
		return fail(ErrHTTPStatus, "HTTP status "+strconv.Itoa(r.Status))
	}
	if len(r.Body) > maxBytes {
		return fail(ErrTooLarge, "the response is larger than "+strconv.Itoa(maxBytes)+" bytes")
	}
	mt, _, _ := strings.Cut(r.ContentType, ";")
	if !strings.EqualFold(strings.TrimSpace(mt), MediaType) {
		ct := r.ContentType
		if ct == "" {
			ct = "none"
		} else if len(ct) > 64 {
			ct = ct[:64] + "..."
		}
		return fail(ErrContentType, "content type "+strconv.Quote(ct)+", want "+MediaType)
	}
	return nil
}

// parseAnswer validates a DNS response to the question (qname, qtype) and
// extracts the records of that type, following CNAMEs.
func parseAnswer(body []byte, qname string, qtype dnsmessage.Type) (*answer, error) {
	var p dnsmessage.Parser
	h, err := p.Start(body)
	if err != nil {
		return nil, fail(ErrMalformed, "malformed DNS message: "+err.Error())
	}
	// Read the questions before judging the header, so that a body that
	// is no DNS message at all (an HTML page, say) is reported as such.
	qs, err := p.AllQuestions()
	if err != nil {
		return nil, fail(ErrMalformed, "malformed DNS message: "+err.Error())
	}
	if !h.Response {
		return nil, fail(ErrMismatch, "the DNS message is a query, not a response")
	}
	if h.ID != queryID {
		return nil, fail(ErrMismatch, "the DNS response has message ID "+strconv.Itoa(int(h.ID))+", the query had "+strconv.Itoa(queryID))
	}
	if h.OpCode != 0 {
		return nil, fail(ErrMismatch, "the DNS response has opcode "+strconv.Itoa(int(h.OpCode))+", want 0 (QUERY)")
	}
	if h.Truncated {
		return nil, fail(ErrTruncated, "the DNS answer is truncated (TC bit set)")
	}
	if len(qs) != 1 {
		return nil, fail(ErrMismatch, "the DNS response holds "+strconv.Itoa(len(qs))+" questions, want the 1 that was asked")
	}
	if q := qs[0]; !sameName(q.Name.String(), qname) || q.Type != qtype || q.Class != dnsmessage.ClassINET {
		return nil, fail(ErrMismatch, "the DNS response answers another question ("+strings.TrimPrefix(q.Type.String(), "Type")+" "+q.Name.String()+")")
	}
	switch h.RCode {
	case dnsmessage.RCodeSuccess:
	case dnsmessage.RCodeNameError:
		return &answer{nxdomain: true}, nil
	case dnsmessage.RCodeServerFailure:
		return nil, fail(ErrServerFailure, "the resolver answered SERVFAIL")
	default:
		return nil, fail(ErrRCode, "the resolver answered "+rcodeName(h.RCode))
	}

	// Collect the records of interest; the chain is resolved afterwards
	// because a server may list them in any order.
	type cname struct{ from, to string }
	var (
		cnames []cname
		owners []string
		a      answer
	)
	for {
		rh, err := p.AnswerHeader()
		if err == dnsmessage.ErrSectionDone {
			break
		}
		if err != nil {
			return nil, fail(ErrMalformed, "malformed DNS answer: "+err.Error())
		}
		if rh.Class != dnsmessage.ClassINET {
			if err := p.SkipAnswer(); err != nil {
				return nil, fail(ErrMalformed, "malformed DNS answer: "+err.Error())
			}
			continue
		}
		switch rh.Type {
		case dnsmessage.TypeCNAME:
			r, err := p.CNAMEResource()
			if err != nil {
				return nil, fail(ErrMalformed, "malformed CNAME record: "+err.Error())
			}
			cnames = append(cnames, cname{rh.Name.String(), r.CNAME.String()})
			continue
		case qtype:
		default:
			if err := p.SkipAnswer(); err != nil {
				return nil, fail(ErrMalformed, "malformed DNS answer: "+err.Error())
			}
			continue
		}
		switch qtype {
		case dnsmessage.TypeSRV:
			r, err := p.SRVResource()
			if err != nil {
				return nil, fail(ErrMalformed, "malformed SRV record: "+err.Error())
			}
			a.srv = append(a.srv, r)
		case dnsmessage.TypeTXT:
			r, err := p.TXTResource()
			if err != nil {
				return nil, fail(ErrMalformed, "malformed TXT record: "+err.Error())
			}
			a.txt = append(a.txt, r.TXT)
		}
		owners = append(owners, rh.Name.String())
	}

	// Follow the chain from the question's name: the records that count are
	// those owned by the name the chain ends at.
	name := qname
	for hops := 0; ; hops++ {
		next := ""
		for _, c := range cnames {
			if sameName(c.from, name) {
				next = c.to
				break
			}
		}
		if next == "" || hasOwner(owners, name) {
			break
		}
		if hops == maxCNAMEHops {
			return nil, fail(ErrMalformed, "the CNAME chain is longer than "+strconv.Itoa(maxCNAMEHops)+" links or loops")
		}
		name = next
	}
	var out answer
	for i, o := range owners {
		if !sameName(o, name) {
			continue
		}
		if qtype == dnsmessage.TypeSRV {
			out.srv = append(out.srv, a.srv[i])
		} else {
			out.txt = append(out.txt, a.txt[i])
		}
	}
	return &out, nil
}

func hasOwner(owners []string, name string) bool {
	for _, o := range owners {
		if sameName(o, name) {
			return true
		}
	}
	return false
}

// sameName compares DNS names as DNS does: ASCII letters without regard to
// case, the final dot optional.
func sameName(a, b string) bool {
	return strings.EqualFold(strings.TrimSuffix(a, "."), strings.TrimSuffix(b, "."))
}

func rcodeName(r dnsmessage.RCode) string {
	switch r {
	case dnsmessage.RCodeFormatError:
		return "FORMERR (it could not read the query)"
	case dnsmessage.RCodeNotImplemented:
		return "NOTIMP (it does not implement the query)"
	case dnsmessage.RCodeRefused:
		return "REFUSED (it does not answer this query)"
	}
	return "RCODE " + strconv.Itoa(int(r))
}
