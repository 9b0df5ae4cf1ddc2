package drivererr

import (
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestReadErrorTexts(t *testing.T) {
	perFamily := map[string]int{}
	drivers := map[Driver]bool{}
	for _, tc := range textCases {
		t.Run(tc.name, func(t *testing.T) {
			r := Read(tc.text)
			require.NotNil(t, r.Family(tc.family), "family %s not found; findings: %+v", tc.family, r.Findings)
			require.NotEmpty(t, r.Classes)
			assert.Equal(t, tc.class, r.Classes[0], "classes: %v", r.Classes)
			assert.Equal(t, tc.driver, r.Driver)
			for _, h := range tc.hosts {
				assert.Contains(t, r.Hosts, h)
			}
			if tc.servers > 0 {
				assert.Len(t, r.Servers, tc.servers, "%+v", r.Servers)
				for _, s := range r.Servers {
					assert.NotEmpty(t, s.Address)
				}
			}
			if tc.topology != "" {
				assert.Equal(t, tc.topology, r.Topology)
			}
			if tc.srv != "" {
				assert.Equal(t, tc.srv, r.SRVName)
			}
			if tc.timeout != "" {
				name, v, _ := strings.Cut(tc.timeout, "=")
				want, _ := strconv.ParseInt(v, 10, 64)
				got, ok := r.Timeout(name)
				assert.True(t, ok, "timeout %s not read: %+v", name, r.Timeouts)
				assert.Equal(t, want, got)
			}
			if tc.authSource != "" {
				assert.Equal(t, tc.authSource, r.AuthSource)
			}
			if tc.option != "" {
				assert.Equal(t, tc.option, r.Option)
			}
			if tc.hint != "" {
				assert.Contains(t, r.DriverHint, tc.hint)
			}
			if tc.runtime != "" {
				assert.Equal(t, tc.runtime, r.Runtime)
			}
			if tc.windows {
				assert.True(t, r.Windows)
			}
			assert.NotEmpty(t, r.Family(tc.family).Evidence)
		})
		perFamily[tc.family]++
		if tc.driver != "" {
			drivers[tc.driver] = true
		}
	}
	// The bar: every family, at least three cases each, across at
	// least seven drivers.
	for _, f := range families {
		assert.GreaterOrEqual(t, perFamily[f.name], 3, "family %s has %d cases", f.name, perFamily[f.name])
	}
	assert.GreaterOrEqual(t, len(families), 25)
	assert.GreaterOrEqual(t, len(drivers), 7)
}

func TestReadServersOfEachDriver(t *testing.T) {
	// Every server with its own error, as each driver prints its topology.
	for _, tc := range []struct {
		name, text string
		want       []Server
	}{
		{"python", pySel("h1:27017: timed out", "ReplicaSetNoPrimary",
			"('h1', 27017)", "NetworkTimeout('h1:27017: timed out')",
			"('::1', 27018)", "AutoReconnect('[::1]:27018: [Errno 111] Connection refused')"),
			[]Server{{Address: "h1:27017", Type: "Unknown", Error: "h1:27017: timed out", Classes: []Class{ClassTCPTimeout}},
				{Address: "[::1]:27018", Type: "Unknown", Error: "[::1]:27018: [Errno 111] Connection refused", Classes: []Class{ClassTCPRefused}}}},
		{"go", goSel("ReplicaSetNoPrimary", "h1:27017", "dial tcp 10.0.0.1:27017: i/o timeout", "h2:27017", "dial tcp: lookup h2: no such host"),
			[]Server{{Address: "h1:27017", Type: "Unknown", Error: "dial tcp 10.0.0.1:27017: i/o timeout", Classes: []Class{ClassTCPTimeout}},
				{Address: "h2:27017", Type: "Unknown", Error: "dial tcp: lookup h2: no such host", Classes: []Class{ClassDNSHost}}}},
		{"rust", rustSel("Unknown", "h1:27017", "Kind: I/O error: Connection refused (os error 111), labels: {}"),
			[]Server{{Address: "h1:27017", Type: "Unknown", Error: "Kind: I/O error: Connection refused (os error 111)", Classes: []Class{ClassTCPRefused}}}},
		{"c", cSel("h1:27017", "connection refused", "h2:27017", "Failed to resolve 'h2'"),
			[]Server{{Address: "h1:27017", Error: "connection refused", Classes: []Class{ClassTCPRefused}},
				{Address: "h2:27017", Error: "Failed to resolve 'h2'", Classes: []Class{ClassDNSHost}}}},
		{"csharp", csSel("ReplicaSet", "h1:27017", "System.Net.Sockets.SocketException (111): Connection refused"),
			[]Server{{Address: "h1:27017", Type: "Unknown", Error: "System.Net.Sockets.SocketException (111): Connection refused", Classes: []Class{ClassTCPRefused}}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, Read(tc.text).Servers)
		})
	}
}

func TestReadUnknownText(t *testing.T) {
	r := Read("something went wrong on the way to the database")
	assert.Empty(t, r.Classes)
	assert.Empty(t, r.Driver)
	assert.Len(t, r.Unread, 2)
	assert.Contains(t, r.Unread[0], "driver")

	// A class without a driver: still read, and the driver is said unread.
	r = Read("connect ECONNREFUSED 10.1.2.3:27017")
	assert.Equal(t, []Class{ClassTCPRefused}, r.Classes)
	assert.Contains(t, r.Hosts, "10.1.2.3:27017")

	r = Read("   ")
	assert.Equal(t, []string{"The text is empty."}, r.Unread)
}

// A text with the signs of two wrappers of one driver (mongosh running a
// script that uses Mongoose) names the first wrapper listed, every time.
func TestReadTwoWrappersOfOneDriver(t *testing.T) {
	// More signs of Node.js than of either wrapper.
	text := "MongoServerSelectionError: connect ECONNREFUSED 127.0.0.1:27017\n" +
		"    at Topology.selectServer (node_modules/mongodb/lib/sdam/topology.js:303:38)\n" +
		"    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)\n" +
		"  reason: TopologyDescription { type: 'Unknown' }\n" +
		"(used from a Mongoose model; mongosh printed it)"
	for range 20 {
		assert.Equal(t, DriverMongosh, Read(text).Driver)
	}
}

func TestReadCapsTheText(t *testing.T) {
	long := "MongoServerSelectionError: connect ECONNREFUSED 127.0.0.1:27017 " + strings.Repeat("é", MaxText)
	r := Read(long)
	assert.True(t, r.Truncated)
	assert.Contains(t, r.Unread[len(r.Unread)-1], "64 KiB")
	assert.True(t, r.Has(ClassTCPRefused))
	for _, f := range r.Findings {
		assert.True(t, utf8Valid(f.Evidence))
	}
}

func utf8Valid(s string) bool { return strings.ToValidUTF8(s, "\uFFFD") == s }

func TestMask(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"The connection string 'mongodb://admin:S3cr3t@db.example.com/x' is not valid.", "The connection string 'mongodb://admin:*****@db.example.com/x' is not valid."},
		{"uri=mongodb+srv://u:p@ss:w0rd@cluster0.example.net/?x=1 failed", "uri=mongodb+srv://u:*****@cluster0.example.net/?x=1 failed"},
		{"password=hunter22&w=1", "password=*****&w=1"},
		{`{"password": "hunter22", "user": "bob"}`, `{"password": "*****", "user": "bob"}`},
		{"pwd: 'abc def' next", "pwd: '*****' next"},
		{"MongoCredential{mechanism=SCRAM-SHA-1, userName='u', source='admin', password=<hidden>, mechanismProperties=<hidden>}", "MongoCredential{mechanism=SCRAM-SHA-1, userName='u', source='admin', password=<hidden>, mechanismProperties=<hidden>}"},
		{"Password contains unescaped characters", "Password contains unescaped characters"},
		{"proxyPassword=abc&tlsCertificateKeyFilePassword=def", "proxyPassword=*****&tlsCertificateKeyFilePassword=*****"},
		{"authMechanismProperties=AWS_SESSION_TOKEN:FQoGZXIvYXdzE", "authMechanismProperties=AWS_SESSION_TOKEN:*****"},
		{"nothing secret here", "nothing secret here"},
	} {
		assert.Equal(t, tc.want, Mask(tc.in), tc.in)
	}
	// Named secrets: any four bytes of them.
	assert.Equal(t, "getaddrinfo ENOTFOUND *****.example.com", Mask("getaddrinfo ENOTFOUND rd99x.example.com", "passw0rd99x"))
	assert.Equal(t, "a*****", Mask("aébcd", "\xa9bcd"), "masks whole runes")
}
