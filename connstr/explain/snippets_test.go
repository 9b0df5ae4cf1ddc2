package explain

import (
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/mongouri/mongouri/connstr"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The snippets are checked by running them in miniature: each language's
// escaping function is reproduced here, the variable lines and the URI
// expression are read from the snippet's text, and the URI they build must
// parse to what the explained string parses to.

// escapers reproduce each language's escaping function (as the snippet
// calls it).
var escapers = map[string]func(string) string{
	"go":      func(s string) string { return strings.ReplaceAll(url.QueryEscape(s), "+", "%20") },
	"nodejs":  func(s string) string { return percentExcept(s, "-_.!~*'()") },
	"mongosh": func(s string) string { return percentExcept(s, "-_.!~*'()") },
	"python":  func(s string) string { return percentExcept(s, "_.-~") }, // quote(s, safe="")
	"java": func(s string) string { // URLEncoder.encode, then "+" -> "%20"
		return strings.ReplaceAll(strings.ReplaceAll(percentExcept(strings.ReplaceAll(s, " ", "\x00SP"), ".-*_"), "%00SP", "+"), "+", "%20")
	},
	"csharp": func(s string) string { return percentExcept(s, "-_.~") }, // Uri.EscapeDataString
	"rust":   func(s string) string { return percentExcept(s, "-_.~") }, // urlencoding::encode
}

// percentExcept percent-encodes every byte but ASCII letters, digits and keep.
func percentExcept(s, keep string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || strings.IndexByte(keep, c) >= 0 {
			b.WriteByte(c)
			continue
		}
		b.WriteString("%" + strings.ToUpper(strconv.FormatUint(uint64(c)|0x100, 16)[1:]))
	}
	return b.String()
}

// Per language: a variable line (name, argument) and the URI expression.
var (
	varLine = map[string]*regexp.Regexp{
		"go":      regexp.MustCompile(`(?m)^\t(\w+) := escape\((.*)\)$`),
		"nodejs":  regexp.MustCompile(`(?m)^const (\w+) = encodeURIComponent\((.*)\);$`),
		"mongosh": regexp.MustCompile(`(?m)^const (\w+) = encodeURIComponent\((.*)\);$`),
		"python":  regexp.MustCompile(`(?m)^(\w+) = quote\((.*), safe=""\)$`),
		"java":    regexp.MustCompile(`(?m)^        String (\w+) = escape\((.*)\);$`),
		"csharp":  regexp.MustCompile(`(?m)^var (\w+) = Uri\.EscapeDataString\((.*)\);$`),
		"rust":    regexp.MustCompile(`(?m)^    let (\w+) = encode\((.*)\)\.into_owned\(\);$`),
	}
	uriLine = map[string]*regexp.Regexp{
		"go":      regexp.MustCompile(`(?m)^\turi := (.*)$`),
		"nodejs":  regexp.MustCompile("(?m)^const uri = (`.*`);$"),
		"mongosh": regexp.MustCompile("(?m)^db = connect\\((`.*`)\\);$"),
		"python":  regexp.MustCompile(`(?m)^uri = (.*)$`),
		"java":    regexp.MustCompile(`(?m)^        String uri = (.*);$`),
		"csharp":  regexp.MustCompile(`(?m)^var uri = (.*);$`),
		"rust":    regexp.MustCompile(`(?m)^    let uri = \[(.*)\]\.concat\(\);$`),
	}
	envArg = regexp.MustCompile(`^(?:os\.Getenv\("(\w+)"\)|process\.env\.(\w+)|os\.environ\["(\w+)"\]|System\.getenv\("(\w+)"\)|Environment\.GetEnvironmentVariable\("(\w+)"\)!|&std::env::var\("(\w+)"\)\?)$`)
)

// unquote reads a double-quoted literal as the snippets write them.
func unquote(t *testing.T, lit string) string {
	t.Helper()
	require.True(t, len(lit) >= 2 && lit[0] == '"' && lit[len(lit)-1] == '"', "not a literal: %s", lit)
	s := lit[1 : len(lit)-1]
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] != '\\' {
			b.WriteByte(s[i])
			continue
		}
		i++
		switch {
		case s[i] == '"' || s[i] == '\\':
			b.WriteByte(s[i])
		case s[i] == 'u' && i+1 < len(s) && s[i+1] == '{':
			end := strings.IndexByte(s[i:], '}')
			n, err := strconv.ParseUint(s[i+2:i+end], 16, 32)
			require.NoError(t, err)
			b.WriteRune(rune(n))
			i += end
		case s[i] == 'u':
			n, err := strconv.ParseUint(s[i+1:i+5], 16, 32)
			require.NoError(t, err)
			b.WriteRune(rune(n))
			i += 4
		case '0' <= s[i] && s[i] <= '7':
			n, err := strconv.ParseUint(s[i:i+3], 8, 8)
			require.NoError(t, err)
			b.WriteByte(byte(n))
			i += 2
		default:
			t.Fatalf("unexpected escape in %s", lit)
		}
	}
	return b.String()
}

// splitConcat splits `"a" + b + "c"` (or, in Rust, `"a", b.as_str()`) at
// the separators outside literals.
func splitConcat(expr, sep string) []string {
	var parts []string
	in := false
	start := 0
	for i := 0; i < len(expr); i++ {
		switch {
		case expr[i] == '\\' && in:
			i++
		case expr[i] == '"':
			in = !in
		case !in && strings.HasPrefix(expr[i:], sep):
			parts = append(parts, expr[start:i])
			start = i + len(sep)
			i += len(sep) - 1
		}
	}
	return append(parts, expr[start:])
}

// runSnippet evaluates a snippet's URI with env as the environment and
// password as what mongosh's prompt would return.
func runSnippet(t *testing.T, s Snippet, env map[string]string, password string) string {
	t.Helper()
	esc := escapers[s.Language]
	vars := map[string]string{}
	for _, m := range varLine[s.Language].FindAllStringSubmatch(s.Code, -1) {
		arg := m[2]
		var raw string
		switch em := envArg.FindStringSubmatch(arg); {
		case arg == "passwordPrompt()":
			raw = password
		case em != nil:
			name := strings.Join(em[1:], "")
			v, ok := env[name]
			require.True(t, ok, "%s reads %s, which the test does not set", s.Language, name)
			raw = v
			assert.Contains(t, s.Env, name)
		default:
			raw = unquote(t, arg)
		}
		vars[m[1]] = esc(raw)
	}
	m := uriLine[s.Language].FindStringSubmatch(s.Code)
	require.NotNil(t, m, "%s: no URI line in\n%s", s.Language, s.Code)
	expr := m[1]
	if expr[0] == '`' {
		return evalTemplate(t, expr[1:len(expr)-1], vars)
	}
	sep := " + "
	if s.Language == "rust" {
		sep = ", "
	}
	var b strings.Builder
	for _, part := range splitConcat(expr, sep) {
		part = strings.TrimSuffix(part, ".as_str()")
		if strings.HasPrefix(part, `"`) {
			b.WriteString(unquote(t, part))
			continue
		}
		v, ok := vars[part]
		require.True(t, ok, "%s: unknown variable %q", s.Language, part)
		b.WriteString(v)
	}
	return b.String()
}

func evalTemplate(t *testing.T, body string, vars map[string]string) string {
	var b strings.Builder
	for i := 0; i < len(body); i++ {
		switch {
		case body[i] == '\\':
			i++
			b.WriteByte(body[i])
		case strings.HasPrefix(body[i:], "${"):
			end := strings.IndexByte(body[i:], '}')
			v, ok := vars[body[i+2:i+end]]
			require.True(t, ok, "unknown template variable in %s", body)
			b.WriteString(v)
			i += end
		default:
			b.WriteByte(body[i])
		}
	}
	return b.String()
}

// sameConnection asserts that two parses describe the same connection:
// scheme, hosts, credentials, database and typed options.
func sameConnection(t *testing.T, want, got *connstr.ConnString, msg string) {
	t.Helper()
	assert.Equal(t, want.Scheme, got.Scheme, msg)
	require.Equal(t, len(want.Hosts), len(got.Hosts), msg)
	for i := range want.Hosts {
		assert.Equal(t, want.Hosts[i].Type, got.Hosts[i].Type, msg)
		assert.Equal(t, want.Hosts[i].Host, got.Hosts[i].Host, msg)
		assert.Equal(t, want.Hosts[i].Port, got.Hosts[i].Port, msg)
	}
	require.Equal(t, want.User == nil, got.User == nil, msg)
	if want.User != nil {
		assert.Equal(t, want.User.Username, got.User.Username, msg)
		assert.Equal(t, want.User.HasPassword, got.User.HasPassword, msg)
		assert.Equal(t, want.User.Password.Reveal(), got.User.Password.Reveal(), msg)
	}
	assert.Equal(t, want.Database, got.Database, msg)
	require.Equal(t, len(want.Options), len(got.Options), msg)
	for _, o := range want.Options {
		g, ok := got.Lookup(o.Name)
		require.True(t, ok, "%s: %s missing", msg, o.Name)
		assert.True(t, o.Value.Equal(g.Value), "%s: %s differs", msg, o.Name)
	}
}

var snippetURIs = []string{
	"mongodb://localhost:27017",
	"mongodb+srv://cluster0.abcde.mongodb.net/shop?retryWrites=true&w=majority&appName=Cluster0",
	"mongodb://alice:s3cret@db1.example.com:27017,db2.example.com:27018/app?replicaSet=rs0&authSource=admin&readPreference=secondaryPreferred&readPreferenceTags=dc:ny,rack:1&readPreferenceTags=",
	"mongodb://us%24er:p%40ss%2Fw%3Frd%25%20%2B%22%5C%60%24%7B%7D@[::1]:27017/db?tls=true&tlsCAFile=%2Fetc%2Fca.pem",
	"mongodb://%2Ftmp%2Fmongodb-27017.sock/app",
	"mongodb://h/?proxyHost=proxy&proxyPort=1080&proxyUsername=u&proxyPassword=pr%26x%3Dy&tls=true&tlsCertificateKeyFile=c.pem&tlsCertificateKeyFilePassword=k%23ey",
	"mongodb://h/?authMechanism=MONGODB-AWS&authSource=%24external",
	"mongodb://h/?authMechanism=MONGODB-OIDC&authMechanismProperties=ENVIRONMENT:azure,TOKEN_RESOURCE:api%3A%2F%2Fx&compressors=zstd,zlib",
	"mongodb://us%C3%A9r:p%C3%A4ss%0A%09@h/app?appName=caf%C3%A9%20%60x%60%24%7B1%7D",
	"mongodb://h/app?useNewUrlParser=true&unknownThing=1&w=majority",
}

func TestSnippetsRebuildTheString(t *testing.T) {
	for _, uri := range snippetURIs {
		want, err := connstr.Parse(uri)
		require.NoError(t, err, uri)
		env := map[string]string{}
		password := ""
		if want.User != nil {
			password = want.User.Password.Reveal()
			env["MONGODB_PASSWORD"] = password
			env["AWS_SECRET_ACCESS_KEY"] = password
		}
		env["MONGODB_PROXY_PASSWORD"] = want.Value("proxyPassword").Secret().Reveal()
		env["MONGODB_TLS_KEY_PASSWORD"] = want.Value("tlsCertificateKeyFilePassword").Secret().Reveal()
		env["AWS_SESSION_TOKEN"], _ = want.Value("authMechanismProperties").Property("AWS_SESSION_TOKEN")

		for _, reveal := range []bool{false, true} {
			var opts []ExplainOption
			if reveal {
				opts = append(opts, RevealSecrets())
			}
			x := Explain(uri, opts...)
			require.Len(t, x.Snippets, len(escapers), uri)
			for _, s := range x.Snippets {
				msg := s.Language + " for " + uri
				assert.True(t, utf8.ValidString(s.Code), msg)
				got := runSnippet(t, s, env, password)
				gotCS, err := connstr.Parse(got)
				require.NoError(t, err, "%s built %s", msg, got)
				assert.Empty(t, gotCS.Unknown, msg)
				sameConnection(t, want, gotCS, msg)
				if reveal {
					assert.Empty(t, s.Env, msg)
				}
			}
		}
	}
}

func TestSnippetsUseEachLanguagesEscaping(t *testing.T) {
	x := Explain("mongodb://alice:pw@db.example.com/app")
	// The functions the escapers above reproduce, exactly as called.
	calls := map[string][]string{
		"go":      {`strings.ReplaceAll(url.QueryEscape(s), "+", "%20")`},
		"nodejs":  {"encodeURIComponent("},
		"python":  {"from urllib.parse import quote\n", `, safe="")`},
		"java":    {`URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20")`},
		"csharp":  {"Uri.EscapeDataString("},
		"rust":    {"use urlencoding::encode;", "encode("},
		"mongosh": {"encodeURIComponent("},
	}
	require.Len(t, x.Snippets, len(calls))
	for _, s := range x.Snippets {
		for _, c := range calls[s.Language] {
			assert.Contains(t, s.Code, c, s.Language)
		}
		assert.NotContains(t, s.Code, "pw", s.Language) // the password is read, not written
		assert.Contains(t, s.Code, `"alice"`, s.Language)
	}
}

func TestNoSnippetsForBrokenStrings(t *testing.T) {
	assert.Empty(t, Explain("mongodb://host/?journal=true&w=0").Snippets)
	assert.Empty(t, Explain("mongodb://user:pa/ss@").Snippets)
	// A repaired string gets snippets: they build what the person meant.
	x := Explain("mongodb://user:p@ss@db.example.com/app", RevealSecrets())
	require.NotEmpty(t, x.Snippets)
	got := runSnippet(t, x.Snippets[0], nil, "")
	cs, err := connstr.Parse(got)
	require.NoError(t, err)
	assert.Equal(t, "p@ss", cs.User.Password.Reveal())
}
