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

// AllowedHostsSuffix normalises a value of srvAllowedHostsSuffix as the
// Initial DNS Seedlist Discovery spec says: leading and trailing dots
// stripped, converted to its A-label (Punycode) form, lower-cased, and a
// leading dot added (".mydomain.net"). It rejects a value that is not a
// domain name, a single label other than a reserved one (test, localhost,
// invalid, example, local), and a public suffix (Public Suffix List): a
// suffix that broad would let DNS send the driver anywhere. The problem is a
// sentence for a person when ok is false.
func AllowedHostsSuffix(value string) (suffix string, problem string, ok bool) {
	s := strings.Trim(value, ".")
	if s == "" {
		return "", "srvAllowedHostsSuffix holds no domain name.", false
	}
	s, err := srvSuffixIDNA.ToASCII(s)
	if err != nil || !validHostName(strings.ToLower(s)) {
		return "", "srvAllowedHostsSuffix is not a valid domain name.", false
	}
	s = strings.ToLower(s)
	if strings.IndexByte(s, '.') < 0 {
		for _, r := range reservedSuffixLabels {
			if s == r {
				return "." + s, "", true
			}
		}
		return "", "srvAllowedHostsSuffix is a single label; it needs at least two, such as example.com, unless it is a reserved name (test, localhost, invalid, example, local).", false
	}
	if isPublicSuffix(s) {
		return "", "srvAllowedHostsSuffix is a public suffix, under which anyone can register a domain.", false
	}
	return "." + s, "", true
}

// checkSRVSuffix validates srvAllowedHostsSuffix at parse time: a value the
// spec rejects is an error, since it would otherwise weaken or break the
// check of the SRV targets.
func (p *parser) checkSRVSuffix() {
	v := p.val(optSrvAllowedHostsSuffix)
	if !v.IsSet() || p.cs.Scheme != SchemeSRV {
		return // the option without mongodb+srv:// is reported with srvServiceName's rule
	}
	if _, problem, ok := AllowedHostsSuffix(v.Text()); !ok {
		p.errorf(CodeSRVSuffixInvalid, p.span(optSrvAllowedHostsSuffix), "srvAllowedHostsSuffix", problem,
			"Give the domain your SRV targets share, with at least two labels and below a public suffix, e.g. srvAllowedHostsSuffix=.mydomain.net.")
	}
}
