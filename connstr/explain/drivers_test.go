package explain

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestExplainDriverVerdicts(t *testing.T) {
	x := Explain("mongodb://db.example.com/?useNewUrlParser=true")
	require.Len(t, x.Drivers, 8)
	byFamily := map[string]DriverVerdict{}
	for _, v := range x.Drivers {
		byFamily[v.Family] = v
		assert.NotNil(t, v.Reasons)
	}
	assert.Equal(t, "rejects", byFamily["node"].Outcome)
	assert.True(t, byFamily["node"].Checked)
	assert.Equal(t, "accepts", byFamily["node6"].Outcome)
	assert.Equal(t, "accepts", byFamily["go"].Outcome)
	assert.Equal(t, "warns", byFamily["python"].Outcome)
	assert.False(t, byFamily["python"].Checked)

	// The verdicts are about the string as given, not the cleaned one.
	x = Explain(`MONGO_URI="mongodb://db.example.com/"`)
	for _, v := range x.Drivers {
		assert.Equal(t, "rejects", v.Outcome, v.Family)
	}
}

// The tip on SRV targets outside the domain names the domain the drivers
// check: the host's, or srvAllowedHostsSuffix's when the string sets it.
func TestSRVParentDomainTip(t *testing.T) {
	for _, c := range []struct{ uri, domain string }{
		{"mongodb+srv://c0.apps.example.com/", ".apps.example.com"},
		{"mongodb+srv://c0.apps.example.com/?srvAllowedHostsSuffix=Example.com.", ".example.com"},
	} {
		var meaning string
		for _, tp := range Explain(c.uri).Tips {
			if tp.Code == TipSRVParentDomain {
				meaning = tp.Meaning
			}
		}
		assert.Contains(t, meaning, "must end with "+c.domain, c.uri)
	}
}
