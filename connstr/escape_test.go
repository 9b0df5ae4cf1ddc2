package connstr

import (
	"net/netip"
	"net/url"
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestDecode checks the parser's one-scan decoder against net/url, which
// also leaves '+' alone in paths.
func TestDecode(t *testing.T) {
	for _, s := range []string{
		"", "plain", "p%40ss", "%2Ftmp%2Fmongodb-27017.sock", "%41%42%43", "a%20b+c",
		"%e2%82%ac", "%", "%4", "ab%", "%zz", "x%4g", "%41%", "%41%4",
	} {
		got, bad := decode(s)
		want, err := url.PathUnescape(s)
		if err != nil {
			assert.GreaterOrEqual(t, bad, 0, "%q", s)
			assert.Equal(t, byte('%'), s[bad], "%q", s)
			assert.Equal(t, s, got, "%q", s)
			continue
		}
		assert.Equal(t, -1, bad, "%q", s)
		assert.Equal(t, want, got, "%q", s)
	}
}

// TestLookupOptionCase checks that keys match in any letter case and that
// no other byte folds into a letter.
func TestLookupOptionCase(t *testing.T) {
	for key, want := range map[string]string{
		"replicaSet": "replicaSet", "REPLICASET": "replicaSet", "rEpLiCaSeT": "replicaSet",
		"serverSelectionTimeoutMS": "serverSelectionTimeoutMS", "SERVERSELECTIONTIMEOUTMS": "serverSelectionTimeoutMS",
		"ssl": "tls", "j": "journal", "w": "w", "W": "w",
		"replicaSet ": "", "replica\x13et": "", "[eplicaSet": "", "@ppName": "", "appName\x00": "",
		"": "", "zz": "", "replicaSe": "",
		"connectTimeoutMs": "connectTimeoutMS", "connectTimeoutMx": "", "xonnectTimeoutMS": "", "connectTimeouTMS": "connectTimeoutMS",
		"serverSelectionTimeoutMX": "", "serverSelectionXimeoutMS": "", "appname": "appName", "appnamE": "appName", "appnamx": "",
	} {
		got := LookupOption(key)
		if want == "" {
			assert.Nil(t, got, "%q", key)
			continue
		}
		if assert.NotNil(t, got, "%q", key) {
			assert.Equal(t, want, got.Name, "%q", key)
		}
	}
}

// TestIsIPv4 checks the host classifier against net/netip.
func TestIsIPv4(t *testing.T) {
	cases := []string{
		"127.0.0.1", "0.0.0.0", "255.255.255.255", "256.0.0.1", "1.2.3", "1.2.3.4.5", "01.2.3.4", "1.2.3.04",
		"1..2.3", ".1.2.3", "1.2.3.", "1.2.3.4a", "", "1", "10.0.4.11", "100.200.250.255", "1.2.3.-4", "0.0.0.00",
	}
	for a := range 300 { // every first field, with the others varied
		cases = append(cases, strconv.Itoa(a)+".1.0.255", "0"+strconv.Itoa(a)+".1.1.1")
	}
	for _, s := range cases {
		addr, err := netip.ParseAddr(s)
		assert.Equal(t, err == nil && addr.Is4(), isIPv4(s), "%q", s)
	}
}

// TestDecodedParts checks every part of a string that the parser decodes.
func TestDecodedParts(t *testing.T) {
	cs, err := Parse("mongodb://us%65r:p%40ss@%2Ftmp%2Fm.sock/d%62?appName=%41pp&tlsCAFile=%2Fca.pem&x%79z=%31")
	assert.NoError(t, err)
	assert.Equal(t, "user", cs.User.Username)
	assert.Equal(t, "p@ss", cs.User.Password.Reveal())
	assert.Equal(t, "/tmp/m.sock", cs.Hosts[0].Host)
	assert.Equal(t, "db", cs.Database)
	assert.Equal(t, "App", cs.Value("appName").Text())
	assert.Equal(t, "/ca.pem", cs.Value("tlsCAFile").Text())
	assert.Equal(t, []RawOption{{Key: "xyz", Value: "1", Span: Span{79, 88}}}, cs.Unknown)
}
