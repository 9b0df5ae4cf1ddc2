package explain

import (
	"context"
	"strconv"
	"strings"
	"testing"

	"github.com/mongouri/mongouri/connstr"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func commandLines(x *Explanation) []string {
	out := make([]string, len(x.Commands))
	for i, c := range x.Commands {
		out[i] = c.Command
	}
	return out
}

func TestCommandsForStandardStrings(t *testing.T) {
	x := Explain("mongodb://alice:s3cret@db1.example.com:27018,10.0.0.7/app?replicaSet=rs0&tls=true")
	lines := commandLines(x)
	for _, want := range []string{
		"dig db1.example.com",
		"nslookup db1.example.com",
		"ping -c 10 db1.example.com",
		"ping -n 10 db1.example.com",
		"nc -zv db1.example.com 27018",
		"Test-NetConnection -ComputerName db1.example.com -Port 27018",
		"openssl s_client -connect db1.example.com:27018 -servername db1.example.com </dev/null",
		"ping -c 10 10.0.0.7",
		"nc -zv 10.0.0.7 27017",
		"Test-NetConnection -ComputerName 10.0.0.7 -Port 27017",
		"openssl s_client -connect 10.0.0.7:27017 </dev/null",
	} {
		assert.Contains(t, lines, want)
	}
	assert.NotContains(t, lines, "dig 10.0.0.7", "no DNS lookup of an address")
	for _, c := range x.Commands {
		assert.NotContains(t, c.Command, "alice", "no credentials in commands")
		assert.NotContains(t, c.Command, "s3cret")
		assert.NotEmpty(t, c.Purpose)
		assert.Contains(t, []string{"unix", "windows", "any"}, c.Platform)
	}
}

func TestCommandsForSRVStrings(t *testing.T) {
	x := Explain("mongodb+srv://alice:s3cret@cluster0.abcde.mongodb.net/app?srvServiceName=mongo")
	lines := commandLines(x)
	for _, want := range []string{
		"dig SRV _mongo._tcp.cluster0.abcde.mongodb.net",
		"dig @8.8.8.8 SRV _mongo._tcp.cluster0.abcde.mongodb.net",
		"dig TXT cluster0.abcde.mongodb.net",
		"nslookup -debug -q=SRV _mongo._tcp.cluster0.abcde.mongodb.net",
		"nslookup -q=TXT cluster0.abcde.mongodb.net",
		"Resolve-DnsName -Type SRV _mongo._tcp.cluster0.abcde.mongodb.net",
	} {
		assert.Contains(t, lines, want)
	}
	// Without a resolution there are no nodes to test yet.
	for _, l := range lines {
		assert.NotContains(t, l, "nc -zv")
	}

	// With one, every node gets its commands.
	cs, _ := connstr.Parse("mongodb+srv://alice:s3cret@cluster0.abcde.mongodb.net/app")
	res, err := connstr.Resolve(context.Background(), cs, fakeResolver{})
	require.NoError(t, err)
	x = Explain("mongodb+srv://alice:s3cret@cluster0.abcde.mongodb.net/app", WithResolution(res, err))
	lines = commandLines(x)
	assert.Contains(t, lines, "nc -zv cluster0-shard-00-00.abcde.mongodb.net 27017")
	assert.Contains(t, lines, "Test-NetConnection -ComputerName cluster0-shard-00-01.abcde.mongodb.net -Port 27017")
	assert.Contains(t, lines, "openssl s_client -connect cluster0-shard-00-01.abcde.mongodb.net:27017 -servername cluster0-shard-00-01.abcde.mongodb.net </dev/null")
}

func TestCommandsNeverRunHostText(t *testing.T) {
	// Host names may legally hold characters a shell would run; such hosts
	// get no command line.
	for _, uri := range []string{"mongodb://$(reboot)/", "mongodb://a;rm/", "mongodb://a&b/", "mongodb://`x`/", "mongodb://a'b/"} {
		x := Explain(uri)
		for _, c := range x.Commands {
			assert.False(t, strings.ContainsAny(c.Command, "$;&`'()"), "%s: %s", uri, c.Command)
		}
	}
	x := Explain("mongodb://[::1]:27017,%2Ftmp%2Fm.sock/")
	lines := commandLines(x)
	assert.Contains(t, lines, "nc -zv ::1 27017")
	for _, l := range lines {
		assert.NotContains(t, l, "sock", "no network command for a socket")
	}
}

func TestCommandsAreBounded(t *testing.T) {
	hosts := make([]string, 100)
	for i := range hosts {
		hosts[i] = "h" + strconv.Itoa(i) + ".example.com"
	}
	x := Explain("mongodb://" + strings.Join(hosts, ",") + "/")
	seen := map[string]bool{}
	for _, c := range x.Commands {
		seen[c.Host] = true
	}
	assert.Len(t, seen, maxCommandHosts)
}
