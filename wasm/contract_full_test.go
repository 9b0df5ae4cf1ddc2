//go:build js && wasm && (full || ui)

package main

import (
	"context"
	"syscall/js"
	"testing"

	"github.com/mongouri/mongouri/connstr"
	"github.com/mongouri/mongouri/connstr/dnstest"
)

// explain and resolve live in the full build only (bridge_full.go); their
// contract tests live with them.
func TestContractExplanation(t *testing.T) {
	for _, uri := range contractCorpus {
		for _, opts := range []js.Value{js.Undefined(), evalJS("", "return {revealSecrets: true}").Invoke()} {
			conforms(t, "Explanation", explainJS(js.Undefined(), []js.Value{js.ValueOf(uri), opts}).(string), "explain("+uri+")")
		}
	}
	conforms(t, "Explanation", explainJS(js.Undefined(), nil).(string), "explain()")
}

func TestContractResolveResult(t *testing.T) {
	r := dnstest.New().
		AddSRV("_mongodb._tcp.cluster0.example.net", "cluster0-00.example.net", 27017).
		AddSRV("_mongodb._tcp.cluster0.example.net", "cluster0-01.example.net", 27017).
		AddTXT("cluster0.example.net", "replicaSet=rs0&authSource=admin")
	for _, uri := range append(contractCorpus, "mongodb+srv://u:p@cluster0.example.net/app", "mongodb+srv://u:p@missing.example.net/app") {
		cs, _ := connstr.Parse(uri)
		res, _ := connstr.Resolve(context.Background(), cs, r)
		var w writer
		writeResolveResult(&w, cs, res)
		conforms(t, "ResolveResult", string(w.b), "resolve("+uri+")")
	}
}
