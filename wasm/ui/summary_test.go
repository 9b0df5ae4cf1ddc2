package ui

import (
	"context"
	"strings"
	"testing"

	"github.com/mongouri/mongouri/connstr"
	"github.com/mongouri/mongouri/connstr/dnstest"
	"github.com/mongouri/mongouri/connstr/explain"
)

func uid(s string) string { return "t-" + s }

func TestMarkupEscapesTextAndAttributes(t *testing.T) {
	got := mk("p", a("title", `a"b<`), "x<y>&", mk("b", "ok"), when(false, "no"))
	want := HTML(`<p title="a&#34;b&lt;">x&lt;y&gt;&amp;<b>ok</b></p>`)
	if got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}

// The verdict counts every finding, the explainer's as well as the parser's.
func TestVerdictCountsEveryFinding(t *testing.T) {
	for _, c := range []struct{ uri, text, state string }{
		{"mongodb://db1.example.net:27017,db2.example.net/app?replicaSet=rs0", "Valid: 1 warning. A mongodb:// string with 2 hosts and 1 option.", "warning"},
		{"mongodb+srv://admin:p@ssw0rd'9'!@cluster0.abcde.mongodb.net/?retryWrites=true&w=majority", "Invalid: 1 error", "error"},
		{`MONGO_URI="mongodb://root:example@mongo:27017/"`, "Invalid: 2 errors", "error"},
		{"", "Paste or type", "empty"},
	} {
		text, state := read(c.uri, false).verdict()
		if !strings.HasPrefix(text, c.text) || state != c.state {
			t.Errorf("%s: verdict %q (%s), want %q… (%s)", c.uri, text, state, c.text, c.state)
		}
	}
}

// The summary offers the fixed string with the password masked, and says
// which characters the fix encodes without showing the password.
func TestSummaryFixedStringHidesThePassword(t *testing.T) {
	const pw = "p@ssw0rd'9'!"
	r := read("mongodb+srv://admin:"+pw+"@cluster0.abcde.mongodb.net/?retryWrites=true&w=majority", false)
	html := string(r.summaryHTML(&folds{open: map[string]bool{}}, uid))
	for _, want := range []string{`data-mu="fixed"`, "mongodb+srv://admin:*****@cluster0.abcde.mongodb.net/", `data-act="use-fixed"`,
		"Copy fixed string (with password)", "<code>@</code> as <code>%40</code>", `data-code="credentials-not-encoded"`} {
		if !strings.Contains(html, want) {
			t.Errorf("summary lacks %q", want)
		}
	}
	for _, secret := range []string{pw, "ssw0rd", "p%40ssw0rd"} {
		if strings.Contains(html, secret) {
			t.Errorf("summary holds the password (%q)", secret)
		}
	}
}

func TestSummaryOffersExamplesForAnEmptyBox(t *testing.T) {
	html := string(read("", false).summaryHTML(&folds{open: map[string]bool{}}, uid))
	if strings.Count(html, `data-act="example"`) != len(examples) {
		t.Errorf("examples: %s", html)
	}
	for _, e := range examples {
		if r := read(e.uri, false); e.label != "A password that breaks the string" && r.invalid() {
			t.Errorf("example %q is invalid", e.label)
		}
	}
}

// After Resolve, the summary and Explain use what DNS said.
func TestResolutionFeedsTheSummaryAndExplain(t *testing.T) {
	dns := dnstest.New().
		AddSRV("_mongodb._tcp.cluster0.mongouri.test", "node-a.cluster0.mongouri.test", 27017).
		AddSRV("_mongodb._tcp.cluster0.mongouri.test", "node-b.cluster0.mongouri.test", 27018).
		AddTXT("cluster0.mongouri.test", "replicaSet=atlas-rs0&authSource=admin")
	uri := "mongodb+srv://u:pw@cluster0.mongouri.test/shop"
	cs, _ := connstr.Parse(uri)
	res, err := connstr.Resolve(context.Background(), cs, dns)
	if err != nil {
		t.Fatal(err)
	}
	before := read(uri, false)
	after := read(uri, false, explain.WithResolution(res, err))
	if facts := string(before.factsHTML()); strings.Contains(facts, "atlas-rs0") {
		t.Errorf("before Resolve the replica set is unknown: %s", facts)
	}
	facts := string(after.factsHTML())
	if !strings.Contains(facts, "<code>atlas-rs0</code>") || !strings.Contains(facts, "TXT record") {
		t.Errorf("after Resolve the summary names the TXT record's replica set: %s", facts)
	}
	f := &folds{open: map[string]bool{"commands": true}}
	var cmds string
	for _, s := range after.explainSections(f, uid, true) {
		if s.id == "commands" {
			cmds = string(s.body)
		}
	}
	if !strings.Contains(cmds, "node-b.cluster0.mongouri.test 27018") {
		t.Errorf("after Resolve, commands test each server: %s", cmds)
	}
}

func TestExplainFoldsAndSkipsWhatDoesNotApply(t *testing.T) {
	f := &folds{open: map[string]bool{}}
	sections := func(uri string) map[string]string {
		out := map[string]string{}
		for _, s := range read(uri, false).explainSections(f, uid, true) {
			out[s.id] = string(s.body)
		}
		return out
	}
	s := sections("hello world")
	if s["effective"] != "" || s["options"] != "" || s["snippets"] != "" {
		t.Errorf("a string without a scheme gets no configuration, options or code: %v", s)
	}
	s = sections("mongodb://db1.example.net/?maxPoolSize=20")
	if !strings.Contains(s["effective"], " defaults — show</summary>") || strings.Contains(s["effective"], `data-setting="serverSelectionTimeoutMS"`) {
		t.Errorf("defaults are folded and not drawn: %s", s["effective"])
	}
	if !strings.Contains(s["effective"], `data-setting="maxPoolSize"`) {
		t.Errorf("what the string sets is shown: %s", s["effective"])
	}
	if strings.Contains(s["commands"], "<pre") || strings.Contains(s["snippets"], "<pre") {
		t.Error("commands and code are built only once opened")
	}
	f.open["defaults"], f.open["snippets"] = true, true
	s = sections("mongodb://db1.example.net/?maxPoolSize=20")
	if !strings.Contains(s["effective"], `data-setting="serverSelectionTimeoutMS"`) || !strings.Contains(s["snippets"], "<pre") {
		t.Error("open folds are drawn")
	}
}

// The pre-rendered page holds the summary as Mount builds it: the slots,
// then three regions, the first with the examples.
func TestStaticHTMLHoldsTheSummary(t *testing.T) {
	html := StaticHTML("p-")
	for _, want := range []string{`data-mu="summary"`, `data-mu="slot-diagnosis"`, `data-mu="slot-drivers"`, `data-mu="summary-body"`, `data-act="example"`} {
		if !strings.Contains(html, want) {
			t.Errorf("StaticHTML lacks %s", want)
		}
	}
	if s, p := strings.Index(html, `data-mu="summary"`), strings.Index(html, `data-mu="panel-decode"`); s < 0 || s > p {
		t.Error("the summary comes before the views")
	}
}
