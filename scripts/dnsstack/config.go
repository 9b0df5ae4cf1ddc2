//go:build linux

package main

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/mongouri/mongouri/connstr/dnstest"
)

// dnsmasqConfig turns records into dnsmasq lines. dnsmasq answers every other
// name with NXDOMAIN (local=/#/) and forwards nothing: the tests must not
// depend on, or leak to, any other DNS server.
func dnsmasqConfig(recs []dnstest.Record) (string, error) {
	var b strings.Builder
	b.WriteString("# Written by scripts/dnsstack: the records of the DNS test stack.\n")
	b.WriteString("no-resolv\nno-hosts\nno-poll\nlocal=/#/\n")
	for _, r := range recs {
		if err := checkConfigText(r.Name); err != nil {
			return "", fmt.Errorf("line %d: %w", r.Line, err)
		}
		switch r.Type {
		case "SRV":
			if err := checkConfigText(r.SRV.Target); err != nil {
				return "", fmt.Errorf("line %d: %w", r.Line, err)
			}
			fmt.Fprintf(&b, "srv-host=%s,%s,%d,%d,%d\n", r.Name, r.SRV.Target, r.SRV.Port, r.SRV.Priority, r.SRV.Weight)
		case "TXT":
			quoted := make([]string, len(r.TXT))
			for i, s := range r.TXT {
				if err := checkConfigText(s); err != nil {
					return "", fmt.Errorf("line %d: %w", r.Line, err)
				}
				quoted[i] = `"` + s + `"`
			}
			fmt.Fprintf(&b, "txt-record=%s,%s\n", r.Name, strings.Join(quoted, ","))
		case "A", "AAAA":
			fmt.Fprintf(&b, "host-record=%s,%s\n", r.Name, r.Addr)
		}
	}
	return b.String(), nil
}

// checkConfigText refuses what dnsmasq's config syntax cannot carry as
// written: quotes, backslashes, control characters, non-ASCII.
func checkConfigText(s string) error {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < ' ' || c >= 0x7f || c == '"' || c == '\\' {
			return fmt.Errorf("%q holds a character the stack cannot serve (quote, backslash, control or non-ASCII)", s)
		}
	}
	return nil
}

// dnsdistConfig is the DoH front end: plain HTTP on 127.0.0.1, the CORS
// header browsers need, and the fault names documented in main.go.
func dnsdistConfig(masqPort, distPort, dohPort, holePort int) string {
	p := strconv.Itoa
	return `-- Written by scripts/dnsstack: the DoH front end of the DNS test stack.
-- No security polling: it would send DNS queries off the machine.
setSecurityPollSuffix("")
setLocal("127.0.0.1:` + p(distPort) + `")
-- Give up on a backend after one second, so that slow.fault.test turns into
-- an HTTP 502 quickly.
setUDPTimeout(1)
newServer({address="127.0.0.1:` + p(masqPort) + `"})
-- A backend at a port nobody answers on, forced up so that queries go to it.
newServer({address="127.0.0.1:` + p(holePort) + `", pool="blackhole"}):setUp()
-- The fault names and every name below them (so that SRV questions for
-- _mongodb._tcp.<name> hit the fault too).
function faultRule(name) local s = newSuffixMatchNode(); s:add(newDNSName(name)); return SuffixMatchNodeRule(s) end
addAction(faultRule("servfail.fault.test."), RCodeAction(DNSRCode.SERVFAIL))
addAction(faultRule("refused.fault.test."), RCodeAction(DNSRCode.REFUSED))
addAction(faultRule("truncated.fault.test."), LuaAction(function(dq) dq.dh:setQR(true); dq.dh:setTC(true); return DNSAction.HeaderModify end))
addAction(faultRule("slow.fault.test."), PoolAction("blackhole"))
-- Two listeners on the one port (SO_REUSEPORT), each with a thread of its
-- own, so that the two queries of a resolution are served side by side as a
-- real resolver would serve them.
for i = 1, 2 do
  addDOHLocal("127.0.0.1:` + p(dohPort) + `", nil, nil, "/dns-query", {reusePort=true, customResponseHeaders={["access-control-allow-origin"]="*"}})
end
`
}
