package connstr

import (
	"os"
	"regexp"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestCleanPasted(t *testing.T) {
	cases := []struct {
		in, out string
		codes   []Code
	}{
		{"mongodb://h/db", "mongodb://h/db", nil},
		{"  mongodb://h/db\r\n", "mongodb://h/db", []Code{CodePastedWhitespace}},
		{"\u00a0\u200bmongodb://h/db", "mongodb://h/db", []Code{CodePastedWhitespace}},
		{`"mongodb://h/db"`, "mongodb://h/db", []Code{CodePastedQuotes}},
		{`'mongodb://h/db'`, "mongodb://h/db", []Code{CodePastedQuotes}},
		{"`mongodb://h/db`", "mongodb://h/db", []Code{CodePastedQuotes}},
		{"“mongodb://h/db”", "mongodb://h/db", []Code{CodePastedQuotes}},
		{`"mongodb://h/db";`, "mongodb://h/db", []Code{CodePastedQuotes}},
		{`" mongodb://h/db "`, "mongodb://h/db", []Code{CodePastedQuotes, CodePastedWhitespace}},
		{"mongodb://h/db?appName=it's", "mongodb://h/db?appName=it's", nil},
		{"MONGO_URI=mongodb://h/db", "mongodb://h/db", []Code{CodePastedAssignment}},
		{`export MONGODB_URI='mongodb://h/db'`, "mongodb://h/db", []Code{CodePastedAssignment, CodePastedQuotes}},
		{`$env:MONGODB_URI = "mongodb://h/db"`, "mongodb://h/db", []Code{CodePastedAssignment, CodePastedQuotes}},
		{`const uri = "mongodb://h/db";`, "mongodb://h/db", []Code{CodePastedAssignment, CodePastedQuotes}},
		{`"uri": "mongodb://h/db",`, "mongodb://h/db", []Code{CodePastedAssignment, CodePastedQuotes}},
		{"DATABASE_URL: mongodb://h/db", "mongodb://h/db", []Code{CodePastedAssignment}},
		{`mongosh "mongodb://h/db" --apiVersion 1`, "mongodb://h/db", []Code{CodePastedCommand}},
		{`mongodump --uri=mongodb://h/db --out x`, "mongodb://h/db", []Code{CodePastedCommand}},
		{`mongorestore.exe --uri 'mongodb+srv://c.example.net/' dump`, "mongodb+srv://c.example.net/", []Code{CodePastedCommand}},
		{"mongodb://h/db?a=1&\n  b=2", "mongodb://h/db?a=1&b=2", []Code{CodePastedLineBreak}},
		{"mongodb://h/db?a=1&\\\n  b=2", "mongodb://h/db?a=1&b=2", []Code{CodePastedLineBreak}},
		{"localhost", "mongodb://localhost", []Code{CodeMissingScheme}},
		{"user:pw@db.example.com/app", "mongodb://user:pw@db.example.com/app", []Code{CodeMissingScheme}},
		{"//db.example.com/app", "mongodb://db.example.com/app", []Code{CodeMissingScheme}},
		{"cluster0.abcde.mongodb.net/app", "mongodb+srv://cluster0.abcde.mongodb.net/app", []Code{CodeMissingScheme}},
		{"cluster0-shard-00-00.abcde.mongodb.net:27017", "mongodb://cluster0-shard-00-00.abcde.mongodb.net:27017", []Code{CodeMissingScheme}},
		{"mongodb:27017/app", "mongodb://mongodb:27017/app", []Code{CodeMissingScheme}},
		{"mongo/app", "mongo/app", nil}, // a host name alone, no dot: not taken for a string
		{"hello world", "hello world", nil},
		{"MONGODB://h", "mongodb://h", []Code{CodeSchemeTypo}},
		{"mongodb+SRV://c.example.net", "mongodb+srv://c.example.net", []Code{CodeSchemeTypo}},
		{"mongodb-srv://c.example.net", "mongodb+srv://c.example.net", []Code{CodeSchemeTypo}},
		{"mongo+srv://c.example.net", "mongodb+srv://c.example.net", []Code{CodeSchemeTypo}},
		{"mongo://h", "mongodb://h", []Code{CodeSchemeTypo}},
		{"mongodb:///h", "mongodb:///h", nil}, // a socket path gone wrong: the parser's finding
		{"mongodb:h", "mongodb://h", []Code{CodeSchemeTypo}},
		{"mongodb//h", "mongodb://h", []Code{CodeSchemeTypo}},
		{"jdbc:mongodb+srv://c.example.net/app", "mongodb+srv://c.example.net/app", []Code{CodeSchemeTypo}},
		{"https://cloud.mongodb.com/v2", "https://cloud.mongodb.com/v2", nil},
	}
	for _, tc := range cases {
		c := cleanPasted(tc.in)
		assert.Equal(t, tc.out, c.text, "%q", tc.in)
		var codes []Code
		for _, p := range c.checks {
			codes = append(codes, p.Code)
			for _, s := range p.Spans {
				assert.True(t, s.Start >= 0 && s.Start <= s.End && s.End <= len(tc.in), "%q: span %v", tc.in, s)
			}
		}
		assert.ElementsMatch(t, tc.codes, codes, "%q", tc.in)
	}
}

func TestTextMap(t *testing.T) {
	in := `X="mongodb://host:1/db"`
	c := cleanPasted(in)
	require.Equal(t, "mongodb://host:1/db", c.text)
	// Every byte of the cleaned text maps to the same byte of the input.
	for i := 0; i < len(c.text); i++ {
		s := c.m.span(Span{i, i + 1})
		assert.Equal(t, c.text[i:i+1], in[s.Start:s.End])
	}
	// Replacing a range maps the new text to the range it replaced.
	m := c.m.replace(10, 14, "HOSTNAME")
	assert.Equal(t, Span{13, 17}, m.span(Span{10, 18}))
	assert.Equal(t, Span{13, 17}, m.span(Span{12, 13}))
	assert.Equal(t, Span{17, 18}, m.span(Span{18, 19}), "after the replaced range, offsets shift back")
	assert.Equal(t, Span{3, 3}, m.span(Span{0, 0}))
	assert.Equal(t, NoSpan, m.span(NoSpan))

	// An insertion at the start (a missing scheme) maps to an empty span.
	c = cleanPasted("h:1")
	assert.Equal(t, "mongodb://h:1", c.text)
	assert.Equal(t, Span{0, 0}, c.m.span(Span{0, 10}))
	assert.Equal(t, Span{0, 3}, c.m.span(Span{10, 13}))
}

// TestEveryCodeHasATitle reads the code lists of the parser and the
// resolver, so that a code added there without a title here shows.
func TestEveryCodeHasATitle(t *testing.T) {
	re := regexp.MustCompile(`(Code\w+)\s+Code = "([^"]+)"`)
	for _, file := range []string{"codes.go", "codes_seedlist.go"} {
		src, err := os.ReadFile(file)
		require.NoError(t, err)
		for _, m := range re.FindAllStringSubmatch(string(src), -1) {
			_, ok := parseTitle(Code(m[2]))
			assert.True(t, ok, "%s (%s in %s) has no title", m[2], m[1], file)
		}
	}
	// The explainer's own codes are all distinct from the parser's.
	src, err := os.ReadFile("codes_explain.go")
	require.NoError(t, err)
	for _, m := range re.FindAllStringSubmatch(string(src), -1) {
		_, clash := parseTitle(Code(m[2]))
		assert.False(t, clash, m[2])
		assert.Regexp(t, `^[a-z0-9]+(-[a-z0-9]+)*$`, m[2])
	}
}
