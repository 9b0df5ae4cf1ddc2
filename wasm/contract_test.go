//go:build js && wasm

package main

// The JavaScript contract is described once, in js/index.d.ts. These tests
// hold every Go writer to it: each result the module writes for a corpus
// of strings is checked against the declared interface, in both
// directions: a key the typings require and the writer leaves out, a key
// the writer adds and the typings do not declare, or a value of another
// type fails the test.

import (
	"encoding/json"
	"fmt"
	"os"
	"sort"
	"strings"
	"syscall/js"
	"testing"
)

// contractCorpus covers every shape: valid and invalid strings, each kind
// of option value, credentials or none, pasted and repaired strings, and
// strings with secrets.
var contractCorpus = []string{
	"mongodb://app:s3cret@db1.example.net,db2.example.net:27018/shop?replicaSet=rs0&w=majority",
	"mongodb+srv://alice:p%40ss@cluster0.abcde.mongodb.net/?retryWrites=true&appName=Cluster0",
	"mongodb://[::1]:27017,%2Ftmp%2Fmongodb-27017.sock/?compressors=zstd,zlib&zlibCompressionLevel=4",
	"mongodb://u@h/?authMechanism=MONGODB-AWS&authMechanismProperties=AWS_SESSION_TOKEN:tok,FOO:bar",
	"mongodb://h/?readPreference=secondary&readPreferenceTags=dc:ny,rack:1&readPreferenceTags=&maxStalenessSeconds=120",
	"mongodb://h/?tls=yes&connectTimeoutMS=abc&unknownThing=1&tlsCertificateKeyFilePassword=sekret",
	`MONGO_URI="mongodb://root:example@mongo:27017/"`,
	"mongodb://user:p@ss/w?rd@db.example.com/app",
	"mongodb://<username>:<password>@db.example.com/",
	"mongodb+srv://localhost/",
	"postgres://h/",
	"",
	"mongodb://h:99999/db?gssapiServiceName=mongo&authMechanism=GSSAPI",
}

// tsDecls are the declarations of index.d.ts, read once.
var tsDecls map[string]tsType

func typings(t *testing.T) map[string]tsType {
	t.Helper()
	if tsDecls == nil {
		src, err := os.ReadFile("js/index.d.ts")
		if err != nil {
			t.Fatal(err)
		}
		if tsDecls, err = parseTypings(string(src)); err != nil {
			t.Fatalf("index.d.ts: %v", err)
		}
	}
	return tsDecls
}

// conforms checks JSON text against the declared type name.
func conforms(t *testing.T, name, text, what string) {
	t.Helper()
	var v any
	if err := json.Unmarshal([]byte(text), &v); err != nil {
		t.Fatalf("%s: not JSON: %v", what, err)
	}
	decls := typings(t)
	typ, ok := decls[name]
	if !ok {
		t.Fatalf("index.d.ts declares no %s", name)
	}
	if err := typ.check(decls, v, name); err != nil {
		t.Errorf("%s does not match index.d.ts: %v", what, err)
	}
}

func TestContractParseResult(t *testing.T) {
	for _, uri := range contractCorpus {
		var w writer
		conforms(t, "ParseResult", string(parseJSON(&w, uri)), "parse("+uri+")")
	}
	var w writer
	conforms(t, "ParseResult", string(failedJSON(&w, internalError())), "a failed parse")
}

func TestContractFormatResult(t *testing.T) {
	for _, uri := range contractCorpus {
		var w writer
		parsed := jsonValue(t, string(parseJSON(&w, uri)))
		conforms(t, "FormatResult", formatJS(js.Undefined(), []js.Value{parsed}).(string), "format(parse("+uri+"))")
	}
	conforms(t, "FormatResult", formatJS(js.Undefined(), []js.Value{js.ValueOf(5)}).(string), "format(5)")
}

// TestContractCatchesDrift: the checker itself finds a missing key, an
// undeclared key and a wrong type.
func TestContractCatchesDrift(t *testing.T) {
	decls := typings(t)
	var w writer
	good := string(parseJSON(&w, "mongodb://h/?tls=true"))
	for what, edit := range map[string]func(map[string]any){
		"a missing key":     func(m map[string]any) { delete(m, "hosts") },
		"an undeclared key": func(m map[string]any) { m["extra"] = 1 },
		"a wrong type":      func(m map[string]any) { m["valid"] = "yes" },
		"a wrong element":   func(m map[string]any) { m["hosts"] = []any{map[string]any{"type": "dns", "host": "h", "port": nil}} },
	} {
		var m map[string]any
		if err := json.Unmarshal([]byte(good), &m); err != nil {
			t.Fatal(err)
		}
		edit(m)
		if err := decls["ParseResult"].check(decls, m, "ParseResult"); err == nil {
			t.Errorf("%s passes the check", what)
		}
	}
}

// A small reader of the TypeScript that index.d.ts uses: interfaces (with
// extends and index signatures), type aliases, unions, string literals,
// Array<T>, T[], object literals and the primitive types.

type tsKind int

const (
	tsPrim    tsKind = iota // name: string, number, boolean, null, unknown
	tsLiteral               // a string literal
	tsRef                   // a declared name
	tsUnion
	tsArray
	tsObject
)

type tsType struct {
	kind    tsKind
	name    string   // tsPrim, tsRef; tsLiteral: the value
	alts    []tsType // tsUnion
	elem    *tsType  // tsArray; tsObject: the index signature's type, if any
	members []tsMember
	extends []string
}

type tsMember struct {
	name     string
	optional bool
	typ      tsType
}

func (t tsType) check(decls map[string]tsType, v any, path string) error {
	switch t.kind {
	case tsPrim:
		ok := false
		switch t.name {
		case "string":
			_, ok = v.(string)
		case "number":
			_, ok = v.(float64)
		case "boolean":
			_, ok = v.(bool)
		case "null":
			ok = v == nil
		case "unknown":
			ok = true
		default:
			return fmt.Errorf("%s: the checker does not know type %s", path, t.name)
		}
		if !ok {
			return fmt.Errorf("%s: %s, not %s", path, jsonType(v), t.name)
		}
	case tsLiteral:
		if s, ok := v.(string); !ok || s != t.name {
			return fmt.Errorf("%s: %v, not %q", path, v, t.name)
		}
	case tsRef:
		d, ok := decls[t.name]
		if !ok {
			return fmt.Errorf("%s: index.d.ts declares no %s", path, t.name)
		}
		return d.check(decls, v, path)
	case tsUnion:
		var errs []string
		for _, a := range t.alts {
			err := a.check(decls, v, path)
			if err == nil {
				return nil
			}
			errs = append(errs, err.Error())
		}
		return fmt.Errorf("none of the union's types: %s", strings.Join(errs, "; "))
	case tsArray:
		l, ok := v.([]any)
		if !ok {
			return fmt.Errorf("%s: %s, not an array", path, jsonType(v))
		}
		for i, e := range l {
			if err := t.elem.check(decls, e, fmt.Sprintf("%s[%d]", path, i)); err != nil {
				return err
			}
		}
	case tsObject:
		m, ok := v.(map[string]any)
		if !ok {
			return fmt.Errorf("%s: %s, not an object", path, jsonType(v))
		}
		members, index, err := t.allMembers(decls)
		if err != nil {
			return err
		}
		declared := map[string]bool{}
		for _, mb := range members {
			declared[mb.name] = true
			x, present := m[mb.name]
			if !present {
				if !mb.optional {
					return fmt.Errorf("%s: no %q, which the typings require", path, mb.name)
				}
				continue
			}
			if err := mb.typ.check(decls, x, path+"."+mb.name); err != nil {
				return err
			}
		}
		keys := make([]string, 0, len(m))
		for k := range m {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			if declared[k] {
				continue
			}
			if index == nil {
				return fmt.Errorf("%s: %q, which the typings do not declare", path, k)
			}
			if err := index.check(decls, m[k], path+"."+k); err != nil {
				return err
			}
		}
	}
	return nil
}

// allMembers are an object type's members with those of the interfaces it
// extends, and its index signature's type.
func (t tsType) allMembers(decls map[string]tsType) ([]tsMember, *tsType, error) {
	members, index := t.members, t.elem
	for _, base := range t.extends {
		b, ok := decls[base]
		if !ok {
			return nil, nil, fmt.Errorf("index.d.ts declares no %s", base)
		}
		bm, bi, err := b.allMembers(decls)
		if err != nil {
			return nil, nil, err
		}
		members = append(append([]tsMember(nil), bm...), members...)
		if index == nil {
			index = bi
		}
	}
	return members, index, nil
}

func jsonType(v any) string {
	switch v.(type) {
	case nil:
		return "null"
	case string:
		return "a string"
	case float64:
		return "a number"
	case bool:
		return "a boolean"
	case []any:
		return "an array"
	}
	return "an object"
}

// parseTypings reads the interfaces and type aliases of a .d.ts file.
// Declarations it cannot read (functions, types with function members) are
// left out; a checked type that refers to one fails as undeclared.
func parseTypings(src string) (map[string]tsType, error) {
	toks := tsTokens(src)
	decls := map[string]tsType{}
	for i := 0; i < len(toks); i++ {
		if toks[i] != "export" || i+2 >= len(toks) {
			continue
		}
		switch toks[i+1] {
		case "interface":
			p := &tsParser{toks: toks, i: i + 3}
			name := toks[i+2]
			var ext []string
			if p.peek() == "extends" {
				p.i++
				ext = append(ext, p.next())
				for p.peek() == "," {
					p.i++
					ext = append(ext, p.next())
				}
			}
			if typ, err := p.object(); err == nil {
				typ.extends = ext
				decls[name] = typ
			}
		case "type":
			p := &tsParser{toks: toks, i: i + 3}
			if p.next() != "=" {
				continue
			}
			if typ, err := p.union(); err == nil && p.peek() == ";" {
				decls[toks[i+2]] = typ
			}
		}
	}
	return decls, nil
}

// tsTokens splits TypeScript into identifiers, string literals and
// punctuation, dropping comments.
func tsTokens(src string) []string {
	var toks []string
	for i := 0; i < len(src); {
		c := src[i]
		switch {
		case strings.HasPrefix(src[i:], "//"):
			for i < len(src) && src[i] != '\n' {
				i++
			}
		case strings.HasPrefix(src[i:], "/*"):
			end := strings.Index(src[i+2:], "*/")
			if end < 0 {
				return toks
			}
			i += end + 4
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
			i++
		case c == '"':
			j := i + 1
			for j < len(src) && src[j] != '"' {
				j++
			}
			toks = append(toks, src[i:j+1])
			i = j + 1
		case c == '_' || c == '$' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9':
			j := i
			for j < len(src) && (src[j] == '_' || src[j] == '$' || src[j] == '.' || 'a' <= src[j] && src[j] <= 'z' || 'A' <= src[j] && src[j] <= 'Z' || '0' <= src[j] && src[j] <= '9') {
				j++
			}
			toks = append(toks, src[i:j])
			i = j
		case strings.HasPrefix(src[i:], "=>"):
			toks = append(toks, "=>")
			i += 2
		default:
			toks = append(toks, string(c))
			i++
		}
	}
	return toks
}

type tsParser struct {
	toks []string
	i    int
}

func (p *tsParser) peek() string {
	if p.i < len(p.toks) {
		return p.toks[p.i]
	}
	return ""
}

func (p *tsParser) next() string {
	s := p.peek()
	p.i++
	return s
}

func (p *tsParser) expect(s string) error {
	if got := p.next(); got != s {
		return fmt.Errorf("%q where %q was expected", got, s)
	}
	return nil
}

// object reads { member; ... } with optional members and one index
// signature [k: string]: T.
func (p *tsParser) object() (tsType, error) {
	t := tsType{kind: tsObject}
	if err := p.expect("{"); err != nil {
		return t, err
	}
	for p.peek() != "}" {
		if p.peek() == "" {
			return t, fmt.Errorf("unterminated object type")
		}
		if p.peek() == "[" {
			p.i++
			p.next() // the key's name
			if err := p.expect(":"); err != nil {
				return t, err
			}
			if k := p.next(); k != "string" {
				return t, fmt.Errorf("index signature over %s", k)
			}
			if err := p.expect("]"); err != nil {
				return t, err
			}
			if err := p.expect(":"); err != nil {
				return t, err
			}
			typ, err := p.union()
			if err != nil {
				return t, err
			}
			t.elem = &typ
		} else {
			m := tsMember{name: p.next()}
			if p.peek() == "(" {
				return t, fmt.Errorf("method %s", m.name)
			}
			if p.peek() == "?" {
				p.i++
				m.optional = true
			}
			if err := p.expect(":"); err != nil {
				return t, err
			}
			typ, err := p.union()
			if err != nil {
				return t, err
			}
			m.typ = typ
			t.members = append(t.members, m)
		}
		if p.peek() == ";" || p.peek() == "," {
			p.i++
		}
	}
	p.i++
	return t, nil
}

// union reads A | B | ... of primaries, each perhaps followed by [].
func (p *tsParser) union() (tsType, error) {
	var alts []tsType
	if p.peek() == "|" {
		p.i++
	}
	for {
		a, err := p.primary()
		if err != nil {
			return a, err
		}
		for p.peek() == "[" && p.i+1 < len(p.toks) && p.toks[p.i+1] == "]" {
			p.i += 2
			elem := a
			a = tsType{kind: tsArray, elem: &elem}
		}
		alts = append(alts, a)
		if p.peek() != "|" {
			break
		}
		p.i++
	}
	if len(alts) == 1 {
		return alts[0], nil
	}
	return tsType{kind: tsUnion, alts: alts}, nil
}

func (p *tsParser) primary() (tsType, error) {
	switch tok := p.peek(); {
	case tok == "{":
		return p.object()
	case tok == "(":
		return tsType{}, fmt.Errorf("function or parenthesised type")
	case strings.HasPrefix(tok, `"`):
		p.i++
		return tsType{kind: tsLiteral, name: strings.Trim(tok, `"`)}, nil
	case tok == "Array":
		p.i++
		if err := p.expect("<"); err != nil {
			return tsType{}, err
		}
		elem, err := p.union()
		if err != nil {
			return elem, err
		}
		if err := p.expect(">"); err != nil {
			return tsType{}, err
		}
		return tsType{kind: tsArray, elem: &elem}, nil
	case tok == "string" || tok == "number" || tok == "boolean" || tok == "null" || tok == "unknown":
		p.i++
		return tsType{kind: tsPrim, name: tok}, nil
	case tok != "" && (tok[0] == '_' || 'A' <= tok[0] && tok[0] <= 'Z' || 'a' <= tok[0] && tok[0] <= 'z'):
		p.i++
		if p.peek() == "<" {
			return tsType{}, fmt.Errorf("generic type %s", tok)
		}
		return tsType{kind: tsRef, name: tok}, nil
	}
	return tsType{}, fmt.Errorf("unexpected %q", p.peek())
}
