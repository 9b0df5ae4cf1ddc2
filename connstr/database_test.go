package connstr_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/mongouri/mongouri/connstr"
)

// Options written after the database with no '?' are read as part of the
// database name; the parser warns when a pair's key is an option it knows,
// spans the options, names the keys and never a value.
func TestOptionsInDatabase(t *testing.T) {
	cases := []struct {
		uri     string
		span    string // the text the warning spans; "" for no warning
		names   string // what the message lists
		invalid bool
	}{
		{uri: "mongodb://h/test&proxyPassword=hunter2", span: "proxyPassword=hunter2", names: "(proxyPassword)"},
		{uri: "mongodb://h/replicaSet=rs&w=1", span: "replicaSet=rs&w=1", names: "(replicaSet, w)"},
		{uri: "mongodb://h/app;w=1;ssl=true", span: "w=1;ssl=true", names: "(w, tls)"},
		{uri: "mongodb://h/test&foo=1&w=1", span: "foo=1&w=1", names: "(w)"},
		{uri: "mongodb://h/test&w=1&j=true&appName=a&retryWrites=false", span: "w=1&j=true&appName=a&retryWrites=false", names: "(w, journal, appName and 1 more)"},
		{uri: "mongodb://h/test&w=1?appName=x", span: "w=1", names: "(w)"},
		{uri: "mongodb://h/test&%61ppName=x", span: "%61ppName=x", names: "(appName)"},
		// A '/' in a value makes the name invalid too; the hint says why.
		{uri: "mongodb://h/test&tlsCAFile=/etc/ca.pem", span: "tlsCAFile=/etc/ca.pem", names: "(tlsCAFile)", invalid: true},
		// Not options: no known key, or no '=' after one.
		{uri: "mongodb://h/db&foo=bar"},
		{uri: "mongodb://h/a=b"},
		{uri: "mongodb://h/test&w"},
		{uri: "mongodb://h/test?w=1"},
		{uri: "mongodb://h/xw=1"},
	}
	for _, tc := range cases {
		t.Run(tc.uri, func(t *testing.T) {
			cs, err := connstr.Parse(tc.uri)
			assert.Equal(t, tc.invalid, err != nil, "%v", err)
			var found []connstr.Diagnostic
			for _, d := range cs.Diagnostics {
				if d.Code == connstr.CodeOptionsInDatabase {
					found = append(found, d)
				}
				assert.NotContains(t, d.Message+d.Hint, "hunter2")
			}
			if tc.span == "" {
				assert.Empty(t, found)
				return
			}
			require.Len(t, found, 1)
			d := found[0]
			assert.Equal(t, connstr.SeverityWarning, d.Severity)
			assert.Equal(t, tc.span, tc.uri[d.Span.Start:d.Span.End])
			assert.Contains(t, d.Message, tc.names)
			assert.Contains(t, d.Message, "'?' that starts options is missing")
			assert.Contains(t, d.Hint, "'?'")
			if tc.invalid {
				require.True(t, cs.Diagnostics.Has(connstr.CodeInvalidDatabase))
				for _, e := range cs.Diagnostics {
					if e.Code == connstr.CodeInvalidDatabase {
						assert.Contains(t, e.Hint, "'?' that starts them is missing")
					}
				}
			}
		})
	}
}

// "user:8,pass word" with the '@host' forgotten reads as the host user with
// port 8, then a host that cannot parse: what follows the ':' may be a
// password, so it is masked and never quoted. A host list that parses is
// shown as it is.
func TestForgottenHostAfterPortLikePassword(t *testing.T) {
	cs, err := connstr.Parse("mongodb://user:8,9AYPk;y=ZqSpoimX")
	require.Error(t, err)
	for _, d := range cs.Diagnostics {
		assert.NotContains(t, d.Message+d.Hint, "ZqSpoimX")
	}
	assert.NotContains(t, cs.Redacted(), "ZqSpoimX")
	assert.NotContains(t, cs.Redacted(), "9AYPk")

	cs, err = connstr.Parse("mongodb://db1:27017,db2:27018/app")
	require.NoError(t, err)
	assert.Equal(t, "mongodb://db1:27017,db2:27018/app", cs.Redacted())
	assert.Empty(t, cs.SecretSpans())
}
