//go:build js && wasm && (full || ui)

package main

import (
	"syscall/js"
	"testing"
)

// explain lives in the full build only (bridge_full.go); its contract test
// lives with it.
func TestContractExplanation(t *testing.T) {
	for _, uri := range contractCorpus {
		for _, opts := range []js.Value{js.Undefined(), evalJS("", "return {revealSecrets: true}").Invoke()} {
			conforms(t, "Explanation", explainJS(js.Undefined(), []js.Value{js.ValueOf(uri), opts}).(string), "explain("+uri+")")
		}
	}
	conforms(t, "Explanation", explainJS(js.Undefined(), nil).(string), "explain()")
}
