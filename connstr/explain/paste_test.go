package explain

import (
	"testing"

	"github.com/mongouri/mongouri/connstr"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestCleanPasted(t *testing.T) {
	cases := []struct {
		in, out string
		codes   []connstr.Code
	}{
		{"mongodb://h/db", "mongodb://h/db", nil},
		{"  mongodb://h/db\r\n", "mongodb://h/db", []connstr.Code{CodePastedWhitespace}},
		{"\u00a0\u200bmongodb://h/db", "mongodb://h/db", []connstr.Code{CodePastedWhitespace}},
		{`"mongodb://h/db"`, "mongodb://h/db", []connstr.Code{CodePastedQuotes}},
		{`'mongodb://h/db'`, "mongodb://h/db", []connstr.Code{CodePastedQuotes}},
		{"`mongodb://h/db`", "mongodb://h/db", []connstr.Code{CodePastedQuotes}},
		{"“mongodb://h/db”", "mongodb://h/db", []connstr.Code{CodePastedQuotes}},
		{`"mongodb://h/db";`, "mongodb://h/db", []connstr.Code{CodePastedQuotes}},
		{`" mongodb://h/db "`, "mongodb://h/db", []connstr.Code{CodePastedQuotes, CodePastedWhitespace}},
		{"mongodb://h/db?appName=it's", "mongodb://h/db?appName=it's", nil},
		{"MONGO_URI=mongodb://h/db", "mongodb://h/db", []connstr.Code{CodePastedAssignment}},
		{`export MONGODB_URI='mongodb://h/db'`, "mongodb://h/db", []connstr.Code{CodePastedAssignment, CodePastedQuotes}},
		{`$env:MONGODB_URI = "mongodb://h/db"`, "mongodb://h/db", []connstr.Code{CodePastedAssignment, CodePastedQuotes}},
		{`const uri = "mongodb://h/db";`, "mongodb://h/db", []connstr.Code{CodePastedAssignment, CodePastedQuotes}},
		{`"uri": "mongodb://h/db",`, "mongodb://h/db", []connstr.Code{CodePastedAssignment, CodePastedQuotes}},
		{"DATABASE_URL: mongodb://h/db", "mongodb://h/db", []connstr.Code{CodePastedAssignment}},
		{`mongosh "mongodb://h/db" --apiVersion 1`, "mongodb://h/db", []connstr.Code{CodePastedCommand}},
		{`mongodump --uri=mongodb://h/db --out x`, "mongodb://h/db", []connstr.Code{CodePastedCommand}},
		{`mongorestore.exe --uri 'mongodb+srv://c.example.net/' dump`, "mongodb+srv://c.example.net/", []connstr.Code{CodePastedCommand}},
		{"mongodb://h/db?a=1&\n  b=2", "mongodb://h/db?a=1&b=2", []connstr.Code{CodePastedLineBreak}},
		{"mongodb://h/db?a=1&\\\n  b=2", "mongodb://h/db?a=1&b=2", []connstr.Code{CodePastedLineBreak}},
		{"localhost", "mongodb://localhost", []connstr.Code{CodeMissingScheme}},
		{"user:pw@db.example.com/app", "mongodb://user:pw@db.example.com/app", []connstr.Code{CodeMissingScheme}},
		{"//db.example.com/app", "mongodb://db.example.com/app", []connstr.Code{CodeMissingScheme}},
		{"cluster0.abcde.mongodb.net/app", "mongodb+srv://cluster0.abcde.mongodb.net/app", []connstr.Code{CodeMissingScheme}},
		{"cluster0-shard-00-00.abcde.mongodb.net:27017", "mongodb://cluster0-shard-00-00.abcde.mongodb.net:27017", []connstr.Code{CodeMissingScheme}},
		{"mongodb:27017/app", "mongodb://mongodb:27017/app", []connstr.Code{CodeMissingScheme}},
		{"mongo/app", "mongo/app", nil}, // a host name alone, no dot: not taken for a string
		{"hello world", "hello world", nil},
		{"MONGODB://h", "mongodb://h", []connstr.Code{CodeSchemeTypo}},
		{"mongodb+SRV://c.example.net", "mongodb+srv://c.example.net", []connstr.Code{CodeSchemeTypo}},
		{"mongodb-srv://c.example.net", "mongodb+srv://c.example.net", []connstr.Code{CodeSchemeTypo}},
		{"mongo+srv://c.example.net", "mongodb+srv://c.example.net", []connstr.Code{CodeSchemeTypo}},
		{"mongo://h", "mongodb://h", []connstr.Code{CodeSchemeTypo}},
		{"mongodb:///h", "mongodb:///h", nil}, // a socket path gone wrong: the parser's finding
		{"mongodb:h", "mongodb://h", []connstr.Code{CodeSchemeTypo}},
		{"mongodb//h", "mongodb://h", []connstr.Code{CodeSchemeTypo}},
		{"jdbc:mongodb+srv://c.example.net/app", "mongodb+srv://c.example.net/app", []connstr.Code{CodeSchemeTypo}},
		{"https://cloud.mongodb.com/v2", "https://cloud.mongodb.com/v2", nil},
	}
	for _, tc := range cases {
		c := cleanPasted(tc.in)
		assert.Equal(t, tc.out, c.text, "%q", tc.in)
		var codes []connstr.Code
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
		s := c.m.span(connstr.Span{Start: i, End: i + 1})
		assert.Equal(t, c.text[i:i+1], in[s.Start:s.End])
	}
	// Replacing a range maps the new text to the range it replaced.
	m := c.m.replace(10, 14, "HOSTNAME")
	assert.Equal(t, connstr.Span{Start: 13, End: 17}, m.span(connstr.Span{Start: 10, End: 18}))
	assert.Equal(t, connstr.Span{Start: 13, End: 17}, m.span(connstr.Span{Start: 12, End: 13}))
	assert.Equal(t, connstr.Span{Start: 17, End: 18}, m.span(connstr.Span{Start: 18, End: 19}), "after the replaced range, offsets shift back")
	assert.Equal(t, connstr.Span{Start: 3, End: 3}, m.span(connstr.Span{Start: 0, End: 0}))
	assert.Equal(t, connstr.NoSpan, m.span(connstr.NoSpan))

	// An insertion at the start (a missing scheme) maps to an empty span.
	c = cleanPasted("h:1")
	assert.Equal(t, "mongodb://h:1", c.text)
	assert.Equal(t, connstr.Span{Start: 0, End: 0}, c.m.span(connstr.Span{Start: 0, End: 10}))
	assert.Equal(t, connstr.Span{Start: 0, End: 3}, c.m.span(connstr.Span{Start: 10, End: 13}))
}
