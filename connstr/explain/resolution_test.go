package explain

import (
	"context"
	"strings"
	"testing"

	"github.com/mongouri/mongouri/connstr"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestResolutionFeedsExplain: after a resolution, the sections, checks,
// effective settings and commands say what DNS said, not what it may say.
func TestResolutionFeedsExplain(t *testing.T) {
	uri := "mongodb+srv://u:p@cluster0.example.com/app"
	before := Explain(uri)
	assert.Contains(t, strings.Join(before.Scheme.Implies, " "), "may set authSource, replicaSet and loadBalanced")

	cs, _ := connstr.Parse(uri)
	res, err := connstr.Resolve(context.Background(), cs, fakeResolver{})
	require.NoError(t, err)
	x := Explain(uri, WithResolution(res, err))

	implies := strings.Join(x.Scheme.Implies, " ")
	assert.Contains(t, implies, "name 2 servers: cluster0-shard-00-00.example.com:27017, cluster0-shard-00-01.example.com:27017")
	assert.Contains(t, implies, "sets authSource=admin and replicaSet=atlas-x-shard-0")
	assert.NotContains(t, implies, "may set")
	assert.Contains(t, x.Hosts.Summary, `replica set "atlas-x-shard-0"`)

	// The resolver's findings are checks of their own.
	var txt int
	for _, c := range x.Checks {
		if c.Source == "resolve" && c.Code == connstr.CodeTXTOption {
			txt++
		}
	}
	assert.Equal(t, 2, txt, "one txt-option finding per option the TXT record set: %v", checkCodes(x.Checks))

	// Per-node commands for each seed, and the TXT command says what it set.
	var nodes, txtCmd int
	for _, c := range x.Commands {
		if strings.HasPrefix(c.Host, "cluster0-shard-00-0") {
			nodes++
		}
		if strings.HasPrefix(c.Command, "dig TXT ") {
			txtCmd++
			assert.Contains(t, c.Purpose, "replicaSet=atlas-x-shard-0")
		}
	}
	assert.Positive(t, nodes, "commands for the seeds")
	assert.Equal(t, 1, txtCmd)
	assert.Equal(t, "atlas-x-shard-0", setting(x, "replicaSet").Value)

	// The findings carry the resolution too.
	assert.Equal(t, x.Findings(), Find(uri, WithResolution(res, err)))
}

// TestResolutionOfAnotherString: a resolution made for another host is not
// used (the string was edited after Resolve).
func TestResolutionOfAnotherString(t *testing.T) {
	cs, _ := connstr.Parse("mongodb+srv://cluster0.example.com/app")
	res, err := connstr.Resolve(context.Background(), cs, fakeResolver{})
	require.NoError(t, err)
	uri := "mongodb+srv://cluster1.example.com/app"
	assert.Equal(t, Explain(uri), Explain(uri, WithResolution(res, err)))
}
