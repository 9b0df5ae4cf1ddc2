package explain

import (
	"context"
	"encoding/json"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/mongouri/mongouri/connstr"
	"github.com/mongouri/mongouri/connstr/explain/drivererr"
)

const (
	atlasSRV  = "mongodb+srv://app:S3cretPw@cluster0.abcde.mongodb.net/shop?retryWrites=true&w=majority"
	atlasNode = "ac-k3x9q2m-shard-00-00.abcde.mongodb.net:27017"
)

type diagCase struct {
	name, uri, err string
	top            string   // the first cause's code
	also           []string // other causes that must be listed
	fixed          string   // a part of the top cause's fixed string ("" for none)
	fromString     bool     // the top cause rests on the string too
	command        string   // a part of one of the top cause's commands
}

var diagCases = []diagCase{
	// --- cross-checks between the error and the string
	{name: "localhost default with an Atlas string", uri: atlasSRV, top: "string-not-loaded", fromString: true,
		err: "MongoServerSelectionError: connect ECONNREFUSED 127.0.0.1:27017\n  reason: TopologyDescription {\n    type: 'Unknown',\n    servers: Map(1) {\n      'localhost:27017' => ServerDescription {\n        address: 'localhost:27017',\n        type: 'Unknown',\n        error: MongoNetworkError: connect ECONNREFUSED 127.0.0.1:27017\n      }\n    }\n  }"},
	{name: "python localhost default", uri: "mongodb://app:pw@db.prod.example.com:27017/shop", top: "string-not-loaded",
		err: "pymongo.errors.ServerSelectionTimeoutError: localhost:27017: [Errno 111] Connection refused, Timeout: 30s, Topology Description: <TopologyDescription id: 1, topology_type: Unknown, servers: [<ServerDescription ('localhost', 27017) server_type: Unknown, rtt: None, error=AutoReconnect('localhost:27017: [Errno 111] Connection refused')>]>"},
	{name: "querySrv of another name", uri: atlasSRV, top: "srv-name-differs", fromString: true,
		err: "Error: querySrv ENOTFOUND _mongodb._tcp.cluster9.zzzzz.mongodb.net"},
	{name: "querySrv with a mongodb:// string", uri: "mongodb://db1.example.com:27017/app", top: "srv-name-differs",
		err: "Error: querySrv ECONNREFUSED _mongodb._tcp.cluster0.abcde.mongodb.net"},
	{name: "java auth source differs", uri: "mongodb://app:pw@db.example.com/shop?authSource=admin", top: "auth-source-differs", fromString: true,
		err: "com.mongodb.MongoSecurityException: Exception authenticating MongoCredential{mechanism=SCRAM-SHA-256, userName='app', source='shop', password=<hidden>, mechanismProperties=<hidden>}"},
	{name: "single topology with replicaSet", uri: "mongodb://db1.example.com,db2.example.com/?replicaSet=rs0", top: "topology-differs", fromString: true,
		err: "server selection error: server selection timeout, current topology: { Type: Single, Servers: [{ Addr: db1.example.com:27017, Type: Unknown, Last error: dial tcp 10.0.0.1:27017: i/o timeout }, ] }"},
	{name: "docker member names", uri: "mongodb://localhost:27017/?replicaSet=rs0", top: "member-names", fixed: "directConnection=true", fromString: true, command: "nslookup mongo1",
		err: "server selection error: server selection timeout, current topology: { Type: ReplicaSetNoPrimary, Servers: [{ Addr: mongo1:27017, Type: Unknown, Last error: dial tcp: lookup mongo1 on 127.0.0.11:53: no such host }, { Addr: mongo2:27017, Type: Unknown, Last error: dial tcp: lookup mongo2 on 127.0.0.11:53: no such host }, ] }"},
	{name: "kubernetes member names", uri: "mongodb://127.0.0.1:27017/?directConnection=false", top: "member-names",
		err: "pymongo.errors.ServerSelectionTimeoutError: mongo-0.mongo.db.svc.cluster.local:27017: [Errno -2] Name or service not known, Timeout: 30s, Topology Description: <TopologyDescription id: 1, topology_type: ReplicaSetNoPrimary, servers: [<ServerDescription ('mongo-0.mongo.db.svc.cluster.local', 27017) server_type: Unknown, rtt: None, error=AutoReconnect('mongo-0.mongo.db.svc.cluster.local:27017: [Errno -2] Name or service not known')>]>"},
	{name: "host the string does not name", uri: "mongodb://db1.example.com/app", top: "host-differs",
		err: "MongoServerSelectionError: getaddrinfo ENOTFOUND db-old.example.org"},
	{name: "set name differs", uri: "mongodb://db1.example.com/?replicaSet=rs0", top: "set-name-differs",
		err: "Kind: Server selection timeout: No available servers. Topology: { Type: ReplicaSetNoPrimary, Set Name: rs1, Servers: [ { Address: db1.example.com:27017, Type: RsSecondary } ] }, labels: {}"},

	// --- known platform fault
	{name: "node windows c-ares", uri: atlasSRV, top: "node-windows-srv", also: []string{"dns-refuses-srv"}, command: "SRV _mongodb._tcp.cluster0.abcde.mongodb.net",
		err: "Error: querySrv ECONNREFUSED _mongodb._tcp.cluster0.abcde.mongodb.net\n    at QueryReqWrap.onresolve [as oncomplete] (node:internal/dns/promises:294:17)\n    at C:\\Users\\dev\\app\\db.js:4:9\n\nNode.js v24.13.0"},
	{name: "srv refused elsewhere", uri: atlasSRV, top: "dns-refuses-srv", also: []string{"node-windows-srv"},
		err: "Error: querySrv ECONNREFUSED _mongodb._tcp.cluster0.abcde.mongodb.net\n\nNode.js v18.19.0"},

	// --- one per class
	{name: "unescaped password", uri: "mongodb://app:p@ss:w/rd@db.example.com/shop", top: "credentials-not-encoded", fixed: "mongodb://app:*****@db.example.com/shop", fromString: true,
		err: "MongoParseError: Password contains unescaped characters"},
	{name: "undefined variable", uri: "", top: "string-not-loaded",
		err: "MongoParseError: Invalid connection string \"undefined\""},
	{name: "quoted string", uri: "\"mongodb://db.example.com/shop\"", top: "bad-scheme", fixed: "mongodb://db.example.com/shop",
		err: "MongoParseError: Invalid scheme, expected connection string to start with \"mongodb://\" or \"mongodb+srv://\""},
	{name: "removed option in code", uri: "mongodb://db.example.com/shop", top: "unsupported-option",
		err: "MongoParseError: option usenewurlparser is not supported"},
	{name: "mongosh host and uri", uri: "mongodb://db.example.com/shop", top: "mongosh-host-and-uri",
		err: "MongoshInvalidInputError: [COMMON-10001] If a full URI is provided, you cannot also specify --host or --port"},
	{name: "dnspython", uri: atlasSRV, top: "dnspython-missing",
		err: "pymongo.errors.ConfigurationError: The \"dnspython\" module must be installed to use mongodb+srv:// URIs"},
	{name: "go unmarshal", uri: atlasSRV, top: "go-dns-unmarshal", command: "dig @8.8.8.8 SRV",
		err: "error parsing uri: lookup _mongodb._tcp.cluster0.abcde.mongodb.net on 172.20.10.1:53: cannot unmarshal DNS message"},
	{name: "srv for a node name", uri: "mongodb+srv://app:pw@" + strings.TrimSuffix(atlasNode, ":27017") + "/", top: "srv-not-found", fixed: "mongodb://",
		err: "Error: querySrv ENOTFOUND _mongodb._tcp." + strings.TrimSuffix(atlasNode, ":27017")},
	{name: "parent domain", uri: "mongodb+srv://db.example.com/", top: "srv-parent-domain",
		err: "MongoAPIError: Server record does not share hostname with parent URI"},
	{name: "host typo", uri: "mongodb://db1.exmaple.com:27017/app", top: "host-not-resolvable", command: "nslookup db1.exmaple.com",
		err: "MongoServerSelectionError: getaddrinfo ENOTFOUND db1.exmaple.com"},
	{name: "nothing listening", uri: "mongodb://localhost:27017/app", top: "nothing-listening", command: "nc -zv localhost 27017",
		err: "MongoServerSelectionError: connect ECONNREFUSED 127.0.0.1:27017\n  reason: TopologyDescription {\n    type: 'Unknown',\n    servers: Map(1) {\n      'localhost:27017' => ServerDescription {\n        address: 'localhost:27017',\n        type: 'Unknown',\n        error: MongoNetworkError: connect ECONNREFUSED 127.0.0.1:27017\n      }\n    }\n  }"},
	{name: "localhost is ::1 for Node.js", uri: "mongodb://localhost:27017/app", top: "localhost-ipv6", fixed: "mongodb://127.0.0.1:27017/app", fromString: true,
		err: "MongoServerSelectionError: connect ECONNREFUSED ::1:27017\n  reason: TopologyDescription {\n    type: 'Unknown',\n    servers: Map(1) {\n      'localhost:27017' => ServerDescription {\n        address: 'localhost:27017',\n        type: 'Unknown',\n        error: MongoNetworkError: connect ECONNREFUSED ::1:27017\n      }\n    }\n  }"},
	{name: "atlas alert 80", uri: atlasSRV, top: "atlas-ip-access-list", fromString: true, command: "openssl s_client -connect " + atlasNode,
		err: "MongoServerSelectionError: 40D8:error:0A000438:SSL routines:ssl3_read_bytes:tlsv1 alert internal error:../deps/openssl/openssl/ssl/record/rec_layer_s3.c:1590:SSL alert number 80\n  reason: TopologyDescription {\n    type: 'ReplicaSetNoPrimary',\n    servers: Map(1) {\n      '" + atlasNode + "' => ServerDescription {\n        address: '" + atlasNode + "',\n        type: 'Unknown',\n        error: MongoNetworkError: 40D8:error:0A000438:SSL routines:ssl3_read_bytes:tlsv1 alert internal error\n      }\n    }\n  }"},
	{name: "atlas socket disconnected", uri: atlasSRV, top: "atlas-ip-access-list",
		err: "MongoServerSelectionError: Client network socket disconnected before secure TLS connection was established"},
	{name: "atlas timeout", uri: atlasSRV, top: "atlas-ip-access-list", also: []string{"network-blocked"},
		err: "server selection error: server selection timeout, current topology: { Type: ReplicaSetNoPrimary, Servers: [{ Addr: " + atlasNode + ", Type: Unknown, Last error: dial tcp 52.1.2.3:27017: i/o timeout }, ] }"},
	{name: "python macos certificates", uri: atlasSRV, top: "python-ca-bundle",
		err: "pymongo.errors.ServerSelectionTimeoutError: " + atlasNode + ": [SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: unable to get local issuer certificate (_ssl.c:1002), Timeout: 30s"},
	{name: "self-signed", uri: "mongodb://db.internal:27017/?tls=true", top: "tls-self-signed", command: "openssl s_client -connect db.internal:27017",
		err: "MongoServerSelectionError: self-signed certificate in certificate chain"},
	{name: "tls to a plain server", uri: "mongodb://db.internal:27017/?tls=true", top: "tls-not-spoken", fixed: "tls=false", fromString: true,
		err: "server selection error: server selection timeout, current topology: { Type: Single, Servers: [{ Addr: db.internal:27017, Type: Unknown, Last error: connection() error occurred during connection handshake: tls: first record does not look like a TLS handshake }, ] }"},
	{name: "atlas bad auth", uri: atlasSRV, top: "wrong-credentials", fromString: true,
		err: "MongoServerError: bad auth : authentication failed"},
	{name: "placeholder password", uri: "mongodb+srv://app:<db_password>@cluster0.abcde.mongodb.net/", top: "unreplaced-placeholder", fromString: true,
		err: "MongoServerError: bad auth : authentication failed"},
	{name: "path database as auth source", uri: "mongodb://app:pw@db.example.com/shop", top: "auth-source-path", fromString: true,
		err: "pymongo.errors.OperationFailure: Authentication failed., full error: {'ok': 0.0, 'errmsg': 'Authentication failed.', 'code': 18, 'codeName': 'AuthenticationFailed'}"},
	{name: "scram mismatch", uri: "mongodb://app:pw@docdb.example.com/?authSource=admin", top: "auth-mechanism-mismatch", fixed: "authMechanism=SCRAM-SHA-1",
		err: "MongoServerError: Unable to use SCRAM-SHA-256 based authentication for user without any SCRAM-SHA-256 credentials registered"},
	{name: "documentdb retry writes", uri: "mongodb://app:pw@docdb.cluster-x.us-east-1.docdb.amazonaws.com:27017/?tls=true", top: "retry-writes-unsupported", fixed: "retryWrites=false",
		err: "MongoServerError: Retryable writes are not supported"},
	{name: "not initiated", uri: "mongodb://localhost:27017/", top: "replica-set-not-initiated", fixed: "directConnection=true",
		err: "server selection error: server selection timeout, current topology: { Type: Unknown, Servers: [{ Addr: localhost:27017, Type: RSGhost, State: Connected, Average RTT: 898693 }, ] }"},
	{name: "no cause", uri: "mongodb://db1.example.com,db2.example.com/?replicaSet=rs0", top: "selection-no-detail", command: "nc -zv db1.example.com 27017",
		err: "MongoServerSelectionError: Server selection timed out after 30000 ms"},
	{name: "client closed", uri: "mongodb://db1.example.com/app", top: "client-not-connected",
		err: "MongoTopologyClosedError: Topology is closed"},
	{name: "mongoose buffering", uri: "mongodb://db1.example.com/app", top: "mongoose-not-connected",
		err: "MongooseError: Operation `users.findOne()` buffering timed out after 10000ms"},
	{name: "unknown text", uri: "mongodb://db1.example.com/app", top: "unrecognised-error",
		err: "it did not work"},
	{name: "error without a string", uri: "", top: "nothing-listening",
		err: "No suitable servers found (`serverSelectionTryOnce` set): [connection refused calling hello on 'db1.example.com:27017']"},
}

func TestDiagnose(t *testing.T) {
	for _, tc := range diagCases {
		t.Run(tc.name, func(t *testing.T) {
			d := Diagnose(tc.uri, tc.err)
			require.NotEmpty(t, d.Causes)
			codes := []string{}
			for _, c := range d.Causes {
				codes = append(codes, c.Code)
			}
			top := d.Causes[0]
			require.Equal(t, tc.top, top.Code, "causes: %v", codes)
			for _, a := range tc.also {
				assert.Contains(t, codes, a)
			}
			assert.NotEmpty(t, top.Title)
			assert.NotEmpty(t, top.Fix)
			assert.Contains(t, []string{"certain", "likely", "possible"}, top.Likelihood)
			require.NotEmpty(t, top.Evidence)
			if tc.top != "unrecognised-error" {
				assert.Equal(t, "error", top.Evidence[0].From, "the first evidence is the error's words")
			}
			if tc.fixed != "" {
				assert.Contains(t, top.Fixed, tc.fixed)
			}
			if tc.fromString {
				found := false
				for _, e := range top.Evidence {
					found = found || e.From == "string"
				}
				assert.True(t, found, "no evidence from the string: %+v", top.Evidence)
			}
			if tc.command != "" {
				var lines []string
				for _, c := range top.Commands {
					lines = append(lines, c.Command)
				}
				assert.Contains(t, strings.Join(lines, "\n"), tc.command)
			}
			for i := 1; i < len(d.Causes); i++ {
				assert.GreaterOrEqual(t, d.Causes[i-1].score, d.Causes[i].score, "ranked")
			}
		})
	}
}

func TestDiagnoseStringFacts(t *testing.T) {
	d := Diagnose(atlasSRV, "MongoServerError: bad auth : authentication failed")
	assert.Equal(t, "mongodb+srv://app:*****@cluster0.abcde.mongodb.net/shop?retryWrites=true&w=majority", d.String)
	assert.Equal(t, drivererr.DriverNode, d.Error.Driver)
	assert.Equal(t, []drivererr.Class{drivererr.ClassAuth}, d.Error.Classes)

	d = Diagnose("", "")
	require.Len(t, d.Causes, 1)
	assert.Equal(t, "unrecognised-error", d.Causes[0].Code)
	assert.Empty(t, d.String)
}

func TestNodeAffected(t *testing.T) {
	for v, want := range map[string]bool{
		"Node.js v20.19.9": false, "Node.js v20.20.0": true, "Node.js v22.21.1": false, "Node.js v22.22.0": true,
		"Node.js v24.12.0": false, "Node.js v24.13.0": true, "Node.js v25.1.0": true, "Node.js v18.20.4": false, "": false, "Node.js vx": false,
	} {
		assert.Equal(t, want, nodeAffected(v), v)
	}
}

// FuzzDiagnose: Diagnose never panics and always concludes something.
func FuzzDiagnose(f *testing.F) {
	for _, tc := range diagCases {
		f.Add(tc.uri, tc.err)
	}
	f.Fuzz(func(t *testing.T, uri, text string) {
		d := Diagnose(uri, text)
		if d == nil || len(d.Causes) == 0 || d.Error == nil {
			t.Fatalf("no diagnosis for %q / %q", uri, text)
		}
	})
}

func TestDiagnoseWithResolution(t *testing.T) {
	// After Resolve, the SRV causes offer the equivalent mongodb:// string,
	// which needs no SRV lookup, and the nodes' commands; secrets stay
	// masked even when asked to reveal them.
	cs, _ := connstr.Parse(atlasSRV)
	res, err := connstr.Resolve(context.Background(), cs, fakeResolver{})
	require.NoError(t, err)
	text := "Error: querySrv ECONNREFUSED _mongodb._tcp.cluster0.abcde.mongodb.net\n    at C:\\Users\\dev\\db.js:1:1\n\nNode.js v22.22.0"
	d := Diagnose(atlasSRV, text, WithResolution(res, nil), RevealSecrets())
	top := d.Causes[0]
	assert.Equal(t, "node-windows-srv", top.Code)
	assert.True(t, strings.HasPrefix(top.Fixed, "mongodb://app:*****@cluster0-shard-00-00.abcde.mongodb.net:27017,"), top.Fixed)
	assert.Contains(t, top.Steps[len(top.Steps)-1], "Database Tools", "the explainer's SRV tip follows the cause's own steps")
	out, _ := json.Marshal(d)
	assert.NotContains(t, string(out), "S3cretPw")

	// Without the resolution there is no equivalent string to give.
	assert.Empty(t, Diagnose(atlasSRV, text).Causes[0].Fixed)
}
