package connstr

import (
	"strings"

	"golang.org/x/net/idna"
)

// srvSuffixIDNA converts a suffix to its A-label form the way a resolver
// looks names up (UTS #46 mapping, which also folds case), without STD3's
// ban on '_', which SRV host names may hold.
var srvSuffixIDNA = idna.New(idna.MapForLookup(), idna.StrictDomainName(false),
	idna.Transitional(false), idna.VerifyDNSLength(true))

// reservedSuffixLabels are the single labels srvAllowedHostsSuffix may be:
// names set aside for private and special use (RFC 6761's test, localhost,
// invalid and example, RFC 6762's local), which no public registry serves
// (the Public Suffix List's default rule would count them as public suffixes).
var reservedSuffixLabels = []string{"test", "localhost", "invalid", "example", "local"}

// SuffixProblem says why AllowedHostsSuffix refuses a value.
type SuffixProblem uint8

const (
	SuffixOK        SuffixProblem = iota
	SuffixEmpty                   // nothing but dots
	SuffixNotDomain               // not a domain name once converted to A-labels
	SuffixOneLabel                // a single label that is not a reserved name
	SuffixPublic                  // a public suffix (Public Suffix List)
)

var suffixProblems = [...]string{
	SuffixOK:        "",
	SuffixEmpty:     "srvAllowedHostsSuffix holds no domain name.",
	SuffixNotDomain: "srvAllowedHostsSuffix is not a valid domain name.",
	SuffixOneLabel:  "srvAllowedHostsSuffix is a single label; it needs at least two, such as example.com, unless it is a reserved name (test, localhost, invalid, example, local).",
	SuffixPublic:    "srvAllowedHostsSuffix is a public suffix, under which anyone can register a domain.",
}

// String is the problem in a sentence for a person.
func (p SuffixProblem) String() string {
	if int(p) < len(suffixProblems) {
		return suffixProblems[p]
	}
	return "srvAllowedHostsSuffix is not valid."
}

// AllowedHostsSuffix normalises a value of srvAllowedHostsSuffix as the
// Initial DNS Seedlist Discovery spec says: leading and trailing dots
// stripped, converted to its A-label (Punycode) form, lower-cased, and a
// leading dot added (".mydomain.net"). It refuses a value that is not a
// domain name, a single label other than a reserved one (test, localhost,
// invalid, example, local), and a public suffix (Public Suffix List): a
// suffix that broad would let DNS send the driver anywhere.
func AllowedHostsSuffix(value string) (suffix string, problem SuffixProblem) {
	s := strings.Trim(value, ".")
	if s == "" {
		return "", SuffixEmpty
	}
	s, err := srvSuffixIDNA.ToASCII(s)
	if err != nil || !validHostName(strings.ToLower(s)) {
		return "", SuffixNotDomain
	}
	s = strings.ToLower(s)
	if strings.IndexByte(s, '.') < 0 {
		for _, r := range reservedSuffixLabels {
			if s == r {
				return "." + s, SuffixOK
			}
		}
		return "", SuffixOneLabel
	}
	if isPublicSuffix(s) {
		return "", SuffixPublic
	}
	return "." + s, SuffixOK
}

// checkSRVSuffix validates srvAllowedHostsSuffix at parse time: a value the
// spec rejects is an error, since it would otherwise weaken or break the
// check of the SRV targets.
func (p *parser) checkSRVSuffix() {
	v := p.val(optSrvAllowedHostsSuffix)
	if !v.IsSet() || p.cs.Scheme != SchemeSRV {
		return // the option without mongodb+srv:// is reported with srvServiceName's rule
	}
	if _, problem := AllowedHostsSuffix(v.Text()); problem != SuffixOK {
		p.errorf(CodeSRVSuffixInvalid, p.span(optSrvAllowedHostsSuffix), "srvAllowedHostsSuffix", problem.String(),
			"Give the domain your SRV targets share, with at least two labels and below a public suffix, e.g. srvAllowedHostsSuffix=.mydomain.net.")
	}
}
