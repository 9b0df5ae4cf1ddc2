package explain

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/mongouri/mongouri/connstr"
)

// Connection snippets. Each builds the URI the way MongoDB's guides advise:
// the username and every secret go through the language's own
// percent-encoding function, so that special characters cannot break the
// string. Secrets come from environment variables (or, in mongosh, a
// prompt) unless the caller revealed them.
//
// A snippet's URI is the canonical form of the explained string (see
// ConnString.String) without the options no driver knows, which have no
// effect or make a driver reject the string: it parses to the same scheme,
// hosts, credentials, database and options.

// piece is a literal part of the URI or a variable put into it.
type piece struct {
	lit string
	v   *snippetVar
}

type snippetVar struct {
	name  string // in code: user, password, proxyPassword, ...
	env   string // the environment variable of a secret
	value string // the username, or a secret when revealed
	// secret: read from env (or a prompt) unless revealed.
	secret bool
}

func varName(v *snippetVar) string { return v.name }

// source is the expression a snippet reads v from: its value as a literal,
// or, for a secret that is not revealed, hidden(v.env), the language's way
// of reading that environment variable.
func (v *snippetVar) source(reveal bool, literal, hidden func(string) string) string {
	if v.secret && !reveal {
		return hidden(v.env)
	}
	return literal(v.value)
}

// snippetMarker starts the stand-ins that mark where variables go. It is
// made of letters only, so that escaping leaves it intact.
const snippetMarker = "QzxMONGOURIVARzxQ"

func (x *explainer) snippets() {
	x.out.Snippets = []Snippet{}
	if !x.cs.Valid() || x.taint >= 0 || strings.Contains(x.basis, snippetMarker) || len(x.basis) > maxExplainInput ||
		!x.cfg.reveal && x.unplacedSecret() {
		return
	}
	pieces, vars := x.uriPieces()
	if pieces == nil {
		return
	}
	for i := range snippetLanguages {
		x.out.Snippets = append(x.out.Snippets, snippetLanguages[i].snippet(pieces, vars, x.cfg.reveal))
	}
}

// uriPieces cuts the canonical URI at the variables.
func (x *explainer) uriPieces() ([]piece, []*snippetVar) {
	c := *x.cs
	c.Unknown = nil
	c.Options = append([]connstr.Option(nil), x.cs.Options...)
	var vars []*snippetVar
	mark := func(v *snippetVar) string {
		vars = append(vars, v)
		return snippetMarker + strconv.Itoa(len(vars)-1) + "z"
	}
	aws := c.Value("authMechanism").Text() == "MONGODB-AWS"
	if u := x.cs.User; u != nil {
		uc := *u
		uc.Username = mark(&snippetVar{name: "user", value: u.Username})
		if u.HasPassword {
			env := "MONGODB_PASSWORD"
			if aws {
				env = "AWS_SECRET_ACCESS_KEY"
			}
			uc.Password = connstr.Secret(mark(&snippetVar{name: "password", env: env, value: u.Password.Reveal(), secret: true}))
		}
		c.User = &uc
	}
	for i, o := range c.Options {
		spec := connstr.LookupOption(o.Name)
		switch {
		case spec != nil && spec.Secret:
			name, env := "proxyPassword", "MONGODB_PROXY_PASSWORD"
			if o.Name == "tlsCertificateKeyFilePassword" {
				name, env = "keyPassword", "MONGODB_TLS_KEY_PASSWORD"
			}
			c.Options[i].Value = connstr.SecretValue(connstr.Secret(mark(&snippetVar{name: name, env: env, value: o.Value.Secret().Reveal(), secret: true})))
		case o.Value.Kind() == connstr.KindProperties:
			// Pairs no mechanism knows that follow a secret property are
			// the rest of its value, cut at a ',' (TOKEN:abc,def:x): they go
			// into the secret's variable, not into the code.
			var props []connstr.Property
			var secret *snippetVar
			for _, p := range o.Value.Properties() {
				switch {
				case secretPropertySpec(p.Key):
					secret = &snippetVar{name: "sessionToken", env: p.Key, value: p.Value, secret: true}
					p.Value = mark(secret)
				case secret != nil && propertySpec(p.Key) == nil:
					secret.value += "," + p.Key + ":" + p.Value
					continue
				default:
					secret = nil
				}
				props = append(props, p)
			}
			c.Options[i].Value = connstr.PropertiesValue(props)
		}
	}
	uri := c.String()
	if !utf8.ValidString(uri) {
		return nil, nil // a host decoded to bytes no source file can hold as text
	}
	var pieces []piece
	for {
		i := strings.Index(uri, snippetMarker)
		if i < 0 {
			break
		}
		j := strings.IndexByte(uri[i+len(snippetMarker):], 'z')
		n, err := strconv.Atoi(uri[i+len(snippetMarker) : i+len(snippetMarker)+j])
		if j < 0 || err != nil || n >= len(vars) {
			return nil, nil
		}
		if i > 0 {
			pieces = append(pieces, piece{lit: uri[:i]})
		}
		pieces = append(pieces, piece{v: vars[n]})
		uri = uri[i+len(snippetMarker)+j+1:]
	}
	if uri != "" {
		pieces = append(pieces, piece{lit: uri})
	}
	return pieces, vars
}

// snippetLanguage writes one language's snippet.
type snippetLanguage struct {
	id, title, install string
	build              func(pieces []piece, vars []*snippetVar, reveal bool) Snippet
}

// snippetLanguages are the languages, in display order. (An array, not a
// slice built at init: the table is then data in the module, not code
// that runs at start-up.)
var snippetLanguages = [...]snippetLanguage{
	{"go", "Go (official driver v2)", "go get go.mongodb.org/mongo-driver/v2/mongo", goSnippet},
	{"nodejs", "Node.js", "npm install mongodb", nodeSnippet},
	{"python", "Python (PyMongo)", "pip install pymongo", pythonSnippet},
	{"java", "Java (sync driver)", `implementation("org.mongodb:mongodb-driver-sync:5.+") // build.gradle.kts`, javaSnippet},
	{"csharp", "C# (.NET driver)", "dotnet add package MongoDB.Driver", csharpSnippet},
	{"rust", "Rust", "cargo add mongodb urlencoding tokio --features tokio/full", rustSnippet},
	{"mongosh", "mongosh", "npm install -g mongosh", mongoshSnippet},
}

// snippet writes l's snippet and fills in what every language shares: its
// names, and the environment variables it reads the hidden secrets from
// (mongosh prompts for the password instead).
func (l *snippetLanguage) snippet(pieces []piece, vars []*snippetVar, reveal bool) Snippet {
	s := l.build(pieces, vars, reveal)
	s.Language, s.Title, s.Install = l.id, l.title, l.install
	s.Env = []string{}
	if !reveal {
		for _, v := range vars {
			if v.secret && !(l.id == "mongosh" && v.name == "password") {
				s.Env = append(s.Env, v.env)
			}
		}
	}
	return s
}

// Flavours of string literal escapes.
const (
	litC    = iota // Go, C#, JavaScript, Python: \uXXXX
	litRust        // \u{XXXX}
	litJava        // octal: Java reads \uXXXX before it lexes the source
)

// quoteC, quoteRust and quoteJava write a double-quoted string literal of
// their languages (see quoteLit); quoteC serves Go, C#, JavaScript and
// Python.
func quoteC(s string) string    { return quoteLit(s, litC) }
func quoteRust(s string) string { return quoteLit(s, litRust) }
func quoteJava(s string) string { return quoteLit(s, litJava) }

// quoteLit writes a double-quoted string literal: \\ and \" escaped,
// control characters escaped in the flavour's way, everything else as UTF-8.
func quoteLit(s string, flavour int) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '"' || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r < 0x20 || r == 0x7f || r == 0x2028 || r == 0x2029:
			switch h := strconv.FormatInt(int64(r), 16); {
			case flavour == litRust:
				b.WriteString(`\u{` + h + `}`)
			case flavour == litJava && r <= 0x7f:
				o := strconv.FormatInt(int64(r), 8)
				b.WriteString(`\` + strings.Repeat("0", 3-len(o)) + o)
			case flavour == litJava:
				b.WriteRune(r) // a line or paragraph separator is a plain character in Java
			default:
				b.WriteString(`\u` + strings.Repeat("0", 4-len(h)) + h)
			}
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}

// concat joins pieces as "lit" + name + "lit".
func concat(pieces []piece, name func(*snippetVar) string, quote func(string) string) string {
	parts := make([]string, 0, len(pieces))
	for _, p := range pieces {
		if p.v != nil {
			parts = append(parts, name(p.v))
		} else {
			parts = append(parts, quote(p.lit))
		}
	}
	return strings.Join(parts, " + ")
}

// template writes a JavaScript template literal: ` \ and ${ escaped.
func template(pieces []piece) string {
	var b strings.Builder
	b.WriteByte('`')
	for _, p := range pieces {
		if p.v != nil {
			b.WriteString("${" + p.v.name + "}")
			continue
		}
		for i := 0; i < len(p.lit); i++ {
			c := p.lit[i]
			switch {
			case c == '`' || c == '\\':
				b.WriteByte('\\')
				b.WriteByte(c)
			case c == '$' && i+1 < len(p.lit) && p.lit[i+1] == '{':
				b.WriteString(`\$`)
			default:
				b.WriteByte(c)
			}
		}
	}
	b.WriteByte('`')
	return b.String()
}

func hasSecrets(vars []*snippetVar) bool {
	for _, v := range vars {
		if v.secret {
			return true
		}
	}
	return false
}

func goSnippet(pieces []piece, vars []*snippetVar, reveal bool) Snippet {
	var b strings.Builder
	imports := []string{`"context"`, `"log"`}
	if len(vars) > 0 {
		imports = append(imports, `"net/url"`)
		if hasSecrets(vars) && !reveal {
			imports = append(imports, `"os"`)
		}
		imports = append(imports, `"strings"`)
	}
	b.WriteString("package main\n\nimport (\n")
	for _, im := range imports {
		b.WriteString("\t" + im + "\n")
	}
	b.WriteString("\n\t\"go.mongodb.org/mongo-driver/v2/mongo\"\n\t\"go.mongodb.org/mongo-driver/v2/mongo/options\"\n)\n\n")
	if len(vars) > 0 {
		b.WriteString("// escape percent-encodes a value for the connection string. QueryEscape\n" +
			"// writes a space as \"+\", which drivers read as a plus sign: use %20.\n" +
			"func escape(s string) string { return strings.ReplaceAll(url.QueryEscape(s), \"+\", \"%20\") }\n\n")
	}
	b.WriteString("func main() {\n")
	for _, v := range vars {
		src := v.source(reveal, quoteC, func(env string) string { return "os.Getenv(" + quoteC(env) + ")" })
		b.WriteString("\t" + v.name + " := escape(" + src + ")\n")
	}
	b.WriteString("\turi := " + concat(pieces, varName, quoteC) + "\n\n")
	b.WriteString("\tclient, err := mongo.Connect(options.Client().ApplyURI(uri))\n\tif err != nil {\n\t\tlog.Fatal(err)\n\t}\n" +
		"\tdefer client.Disconnect(context.Background())\n}\n")
	return Snippet{Code: b.String()}
}

func nodeSnippet(pieces []piece, vars []*snippetVar, reveal bool) Snippet {
	var b strings.Builder
	b.WriteString("import { MongoClient } from \"mongodb\";\n\n")
	for _, v := range vars {
		src := v.source(reveal, quoteC, func(env string) string { return "process.env." + env })
		b.WriteString("const " + v.name + " = encodeURIComponent(" + src + ");\n")
	}
	b.WriteString("const uri = " + template(pieces) + ";\n\n")
	b.WriteString("const client = new MongoClient(uri);\ntry {\n  await client.connect();\n} finally {\n  await client.close();\n}\n")
	return Snippet{Code: b.String()}
}

func pyName(v *snippetVar) string {
	switch v.name {
	case "proxyPassword":
		return "proxy_password"
	case "keyPassword":
		return "key_password"
	case "sessionToken":
		return "session_token"
	}
	return v.name
}

func pythonSnippet(pieces []piece, vars []*snippetVar, reveal bool) Snippet {
	var b strings.Builder
	if hasSecrets(vars) && !reveal {
		b.WriteString("import os\n")
	}
	if len(vars) > 0 {
		b.WriteString("from urllib.parse import quote\n")
	}
	b.WriteString("from pymongo import MongoClient\n\n")
	if len(vars) > 0 {
		b.WriteString("# quote(..., safe=\"\") encodes every reserved character, '/' and '+' included,\n" +
			"# and a space as %20, which every driver reads back the same way.\n")
	}
	for _, v := range vars {
		src := v.source(reveal, quoteC, func(env string) string { return "os.environ[" + quoteC(env) + "]" })
		b.WriteString(pyName(v) + " = quote(" + src + ", safe=\"\")\n")
	}
	b.WriteString("uri = " + concat(pieces, pyName, quoteC) + "\n\n")
	b.WriteString("client = MongoClient(uri)\n")
	return Snippet{Code: b.String()}
}

func javaSnippet(pieces []piece, vars []*snippetVar, reveal bool) Snippet {
	var b strings.Builder
	b.WriteString("import com.mongodb.client.MongoClient;\nimport com.mongodb.client.MongoClients;\n")
	if len(vars) > 0 {
		b.WriteString("import java.net.URLEncoder;\nimport java.nio.charset.StandardCharsets;\n")
	}
	b.WriteString("\npublic class Connect {\n")
	if len(vars) > 0 {
		b.WriteString("    // URLEncoder writes a space as \"+\", which drivers read as a plus sign: use %20.\n" +
			"    static String escape(String s) {\n        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace(\"+\", \"%20\");\n    }\n\n")
	}
	b.WriteString("    public static void main(String[] args) {\n")
	for _, v := range vars {
		src := v.source(reveal, quoteJava, func(env string) string { return "System.getenv(" + quoteJava(env) + ")" })
		b.WriteString("        String " + v.name + " = escape(" + src + ");\n")
	}
	b.WriteString("        String uri = " + concat(pieces, varName, quoteJava) + ";\n\n")
	b.WriteString("        try (MongoClient client = MongoClients.create(uri)) {\n            // use client\n        }\n    }\n}\n")
	return Snippet{Code: b.String()}
}

func csharpSnippet(pieces []piece, vars []*snippetVar, reveal bool) Snippet {
	var b strings.Builder
	b.WriteString("using MongoDB.Driver;\n\n")
	for _, v := range vars {
		src := v.source(reveal, quoteC, func(env string) string { return "Environment.GetEnvironmentVariable(" + quoteC(env) + ")!" })
		b.WriteString("var " + v.name + " = Uri.EscapeDataString(" + src + ");\n")
	}
	b.WriteString("var uri = " + concat(pieces, varName, quoteC) + ";\n\n")
	b.WriteString("var client = new MongoClient(uri);\n")
	return Snippet{Code: b.String()}
}

func rustSnippet(pieces []piece, vars []*snippetVar, reveal bool) Snippet {
	var b strings.Builder
	b.WriteString("use mongodb::Client;\n")
	if len(vars) > 0 {
		b.WriteString("use urlencoding::encode;\n")
	}
	b.WriteString("\n#[tokio::main]\nasync fn main() -> Result<(), Box<dyn std::error::Error>> {\n")
	for _, v := range vars {
		src := v.source(reveal, quoteRust, func(env string) string { return "&std::env::var(" + quoteRust(env) + ")?" })
		b.WriteString("    let " + snakeRust(v) + " = encode(" + src + ").into_owned();\n")
	}
	b.WriteString("    let uri = [" + strings.ReplaceAll(concat(pieces, func(v *snippetVar) string { return snakeRust(v) + ".as_str()" },
		quoteRust), " + ", ", ") + "].concat();\n\n")
	b.WriteString("    let client = Client::with_uri_str(&uri).await?;\n    let _ = client;\n    Ok(())\n}\n")
	return Snippet{Code: b.String()}
}

func snakeRust(v *snippetVar) string { return pyName(v) }

func mongoshSnippet(pieces []piece, vars []*snippetVar, reveal bool) Snippet {
	var b strings.Builder
	b.WriteString("// Paste into mongosh started without a connection (mongosh --nodb),\n// or save as connect.js and run: mongosh --nodb connect.js\n")
	for _, v := range vars {
		src := v.source(reveal, quoteC, func(env string) string {
			if v.name == "password" {
				return "passwordPrompt()" // mongosh asks for it
			}
			return "process.env." + env
		})
		b.WriteString("const " + v.name + " = encodeURIComponent(" + src + ");\n")
	}
	b.WriteString("db = connect(" + template(pieces) + ");\n")
	return Snippet{Code: b.String()}
}
