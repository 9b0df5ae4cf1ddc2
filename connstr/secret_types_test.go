package connstr

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"log/slog"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestTypesMaskThemselves: every type that holds a secret prints, marshals
// and logs without it, as a value and as a pointer, under every fmt verb,
// encoding/json, encoding/xml and both log/slog handlers.
func TestTypesMaskThemselves(t *testing.T) {
	const secret = "hunter2secret"
	uri := "mongodb://alice:" + secret + "@db.example.net/app?proxyHost=p&proxyUsername=u&proxyPassword=" + secret +
		"&tlsCertificateKeyFilePassword=" + secret +
		"&authMechanism=MONGODB-AWS&authMechanismProperties=AWS_SESSION_TOKEN:" + secret + "&apiToken=" + secret
	// Invalid on purpose: MONGODB-AWS takes no credentials in the string,
	// which is how the string holds a secret in every place at once.
	cs, _ := Parse(uri)
	require.Equal(t, secret, cs.User.Password.Reveal(), "the test must hold a real secret")
	res := &Resolution{Seeds: []string{"db.example.net:27017"}, Options: cs.Options, Equivalent: cs}
	proxyPw, _ := cs.Lookup("proxyPassword")
	props := cs.Value("authMechanismProperties").Properties()
	require.NotEmpty(t, cs.Unknown)

	values := map[string]any{
		"ConnString":  *cs,
		"*ConnString": cs,
		"Userinfo":    *cs.User,
		"*Userinfo":   cs.User,
		"Resolution":  *res,
		"*Resolution": res,
		"Option":      proxyPw,
		"Value":       proxyPw.Value,
		"Secret":      cs.User.Password,
		"Options":     cs.Options,
		"RawOption":   cs.Unknown[0],
		"Property":    props[0],
		"Properties":  props,
	}
	for name, v := range values {
		var outs []string
		for _, verb := range []string{"%v", "%+v", "%#v", "%s", "%q", "%x", "%X"} {
			outs = append(outs, fmt.Sprintf(verb, v))
		}
		j, err := json.Marshal(v)
		require.NoError(t, err, name)
		outs = append(outs, string(j))
		x, err := xml.Marshal(struct {
			XMLName xml.Name `xml:"v"`
			V       any
		}{V: v})
		require.NoError(t, err, name)
		outs = append(outs, string(x))
		for _, h := range []func(*bytes.Buffer) slog.Handler{
			func(b *bytes.Buffer) slog.Handler { return slog.NewTextHandler(b, nil) },
			func(b *bytes.Buffer) slog.Handler { return slog.NewJSONHandler(b, nil) },
		} {
			var b bytes.Buffer
			slog.New(h(&b)).Info("msg", "v", v, slog.Any("any", v))
			outs = append(outs, b.String())
		}
		for _, out := range outs {
			require.NotContains(t, out, secret[:6], "%s leaks: %s", name, out)
			require.NotContains(t, strings.ToLower(out), fmt.Sprintf("%x", secret[:6]), "%s leaks in hex: %s", name, out)
		}
		// The masked forms still say something: a log line that shows
		// nothing is no help either.
		require.Contains(t, fmt.Sprint(v), Mask, name)
	}
	// What is not secret stays readable.
	require.Contains(t, fmt.Sprint(*cs), "alice")
	require.Contains(t, fmt.Sprint(cs.Options), "proxyHost proxyHost p")
	j, _ := json.Marshal(cs.User)
	require.Contains(t, string(j), `"Username":"alice"`)
}

// TestRawOptionMasksRunOn: an unknown option that stands where a raw secret
// value may have run on (after proxyPassword, before the next known option)
// masks itself too.
func TestRawOptionMasksRunOn(t *testing.T) {
	cs, _ := Parse("mongodb://h/?proxyHost=p&proxyUsername=u&proxyPassword=abc&defgh=1&appName=x&harmless=2")
	var got []string
	for _, r := range cs.Unknown {
		got = append(got, fmt.Sprint(r))
	}
	require.Equal(t, []string{Mask + "=" + Mask, "harmless=2"}, got, "the key may be the secret's too")
}
