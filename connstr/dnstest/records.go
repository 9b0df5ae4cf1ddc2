// Package dnstest holds DNS fixtures for tests: a records-file reader and an
// in-memory connstr.Resolver. It does no I/O of its own beyond reading the
// records it is given, and it builds for js/wasm, so that tests of every
// package (the wasm bridge's included) can resolve mongodb+srv:// strings
// without a network.
package dnstest

import (
	"bufio"
	"fmt"
	"io"
	"net/netip"
	"strconv"
	"strings"

	"github.com/mongouri/mongouri/connstr"
)

// Record is one line of a records file.
type Record struct {
	Name string // owner name, without the final dot
	Type string // "SRV", "TXT", "A" or "AAAA"
	SRV  connstr.SRVRecord
	TXT  []string   // the record's character-strings, in order
	Addr netip.Addr // A and AAAA
	Line int        // 1-based line number in the file
}

// ParseRecords reads a records file: one record a line, "NAME TYPE DATA",
// blank lines and lines starting with '#' ignored. SRV data is
// "PRIORITY WEIGHT PORT TARGET"; TXT data is one or more double-quoted
// strings (with \" and \\ escapes), which form one record; A and AAAA data is
// an address. It is the format of the seedlist conformance cases'
// records.txt.
func ParseRecords(r io.Reader) ([]Record, error) {
	var recs []Record
	sc := bufio.NewScanner(r)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || line[0] == '#' {
			continue
		}
		fields := strings.Fields(line)
		if len(fields) < 3 {
			return nil, fmt.Errorf("records line %d: want NAME TYPE DATA", n)
		}
		rec := Record{Name: strings.TrimSuffix(fields[0], "."), Type: strings.ToUpper(fields[1]), Line: n}
		switch rec.Type {
		case "SRV":
			if len(fields) != 6 {
				return nil, fmt.Errorf("records line %d: SRV data is PRIORITY WEIGHT PORT TARGET", n)
			}
			var nums [3]uint16
			for i := range nums {
				v, err := strconv.ParseUint(fields[2+i], 10, 16)
				if err != nil {
					return nil, fmt.Errorf("records line %d: %q is not a 16-bit number", n, fields[2+i])
				}
				nums[i] = uint16(v)
			}
			rec.SRV = connstr.SRVRecord{Priority: nums[0], Weight: nums[1], Port: nums[2], Target: strings.TrimSuffix(fields[5], ".")}
		case "TXT":
			// Take the data from the raw line: the strings may hold spaces.
			strs, err := quotedStrings(afterFields(line, 2))
			if err != nil {
				return nil, fmt.Errorf("records line %d: %v", n, err)
			}
			rec.TXT = strs
		case "A", "AAAA":
			a, err := netip.ParseAddr(fields[2])
			if err != nil || len(fields) != 3 || (rec.Type == "A") != a.Is4() {
				return nil, fmt.Errorf("records line %d: %q is not an %s address", n, fields[2], rec.Type)
			}
			rec.Addr = a
		default:
			return nil, fmt.Errorf("records line %d: record type %q is not supported (SRV, TXT, A, AAAA)", n, fields[1])
		}
		recs = append(recs, rec)
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	return recs, nil
}

// afterFields returns line without its first n whitespace-separated fields.
func afterFields(line string, n int) string {
	for ; n > 0; n-- {
		line = strings.TrimLeft(line, " \t")
		i := strings.IndexAny(line, " \t")
		if i < 0 {
			return ""
		}
		line = line[i:]
	}
	return strings.TrimSpace(line)
}

// quotedStrings splits `"a" "b c"` into its strings.
func quotedStrings(s string) ([]string, error) {
	var out []string
	for s = strings.TrimSpace(s); s != ""; s = strings.TrimSpace(s) {
		if s[0] != '"' {
			return nil, fmt.Errorf("TXT data must be double-quoted strings, got %q", s)
		}
		var b strings.Builder
		i := 1
		for ; i < len(s) && s[i] != '"'; i++ {
			if s[i] == '\\' && i+1 < len(s) {
				i++
			}
			b.WriteByte(s[i])
		}
		if i == len(s) {
			return nil, fmt.Errorf("unterminated string in TXT data")
		}
		if b.Len() > 255 {
			return nil, fmt.Errorf("a TXT character-string is longer than 255 bytes")
		}
		out = append(out, b.String())
		s = s[i+1:]
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("TXT record without strings")
	}
	return out, nil
}
