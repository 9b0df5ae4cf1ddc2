package connstr

import (
	"math/rand/v2"
	"net/netip"
	"testing"
)

// netipIsIPv6 is the answer isIPv6 must give: net/netip's.
func netipIsIPv6(s string) bool {
	a, err := netip.ParseAddr(s)
	return err == nil && a.Is6()
}

var ipv6Cases = []string{
	"", ":", "::", ":::", "::1", "1::", "1:", ":1", "::1:", "1::2::3", "1:::2",
	"1:2:3:4:5:6:7:8", "1:2:3:4:5:6:7:8:9", "1:2:3:4:5:6:7::", "1:2:3:4:5:6:7:8::", "::1:2:3:4:5:6:7",
	"::1:2:3:4:5:6:7:8", "1:2:3:4:5:6:7", "12345::", "ffff::", "FFFF::", "fFfF::1", "g::", "0000:0::00",
	"::1.2.3.4", "::ffff:1.2.3.4", "1:2:3:4:5:6:1.2.3.4", "1:2:3:4:5:1.2.3.4", "1:2:3:4:5:6:7:1.2.3.4",
	"1::5:6:7:1.2.3.4", "1::4:5:6:7:1.2.3.4", "::1.2.3", "::1.2.3.4.5", "::01.2.3.4", "::0.0.0.0", "::256.1.1.1",
	"::a.2.3.4", "::1.2.3.4:5", "::1.2.3.4%z", "1.2.3.4", "1.2::3", "abcd", "::%", "::%eth0", "fe80::1%eth0",
	"fe80::1%", "%eth0", "%", "fe80::1%25", "fe80::1%a%b", "fe80::1%:", "::1%1.2", "1:2:3:4:5:6:7:8%z",
	" ::1", "::1 ", "[::1]", "::-1", "::1/64",
}

func TestIsIPv6MatchesNetip(t *testing.T) {
	for _, s := range ipv6Cases {
		if got, want := isIPv6(s), netipIsIPv6(s); got != want {
			t.Errorf("isIPv6(%q) = %v, netip says %v", s, got, want)
		}
	}
	// Random strings over the alphabet the grammar turns on, most of them
	// close to addresses.
	r := rand.New(rand.NewPCG(1, 2))
	const alphabet = "0123456789abcdefABCDEFg:::::....%z"
	valid := 0
	for range 300000 {
		b := make([]byte, r.IntN(40))
		for i := range b {
			b[i] = alphabet[r.IntN(len(alphabet))]
		}
		s := string(b)
		if r.IntN(2) == 0 { // splice in a run of real groups
			s = "1:23:456:789a" + s
		}
		want := netipIsIPv6(s)
		if want {
			valid++
		}
		if got := isIPv6(s); got != want {
			t.Fatalf("isIPv6(%q) = %v, netip says %v", s, got, want)
		}
	}
	if valid < 100 {
		t.Errorf("only %d of the random strings were addresses: the test says little", valid)
	}
}

func FuzzIsIPv6(f *testing.F) {
	for _, s := range ipv6Cases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := isIPv6(s), netipIsIPv6(s); got != want {
			t.Errorf("isIPv6(%q) = %v, netip says %v", s, got, want)
		}
	})
}
