//go:build js && wasm && (full || ui)

package main

import (
	"syscall/js"
	"testing"
)

// diagnoseErrors are error texts of several drivers and classes, so that
// every field of the Diagnosis (servers, timeouts, evidence from the
// string, commands, a fixed string) is written at least once.
var diagnoseErrors = []string{
	"MongoServerSelectionError: connect ECONNREFUSED 127.0.0.1:27017",
	"Error: querySrv ECONNREFUSED _mongodb._tcp.cluster0.abcde.mongodb.net\n\nNode.js v22.22.0",
	"pymongo.errors.ServerSelectionTimeoutError: mongo1:27017: [Errno -2] Name or service not known (configured timeouts: socketTimeoutMS: 20000.0ms, connectTimeoutMS: 20000.0ms), Timeout: 30s, Topology Description: <TopologyDescription id: 1, topology_type: ReplicaSetNoPrimary, servers: [<ServerDescription ('mongo1', 27017) server_type: Unknown, rtt: None, error=AutoReconnect('mongo1:27017: [Errno -2] Name or service not known')>]>",
	"com.mongodb.MongoSecurityException: Exception authenticating MongoCredential{mechanism=SCRAM-SHA-1, userName='app', source='shop', password=<hidden>, mechanismProperties=<hidden>}",
	"MongoServerError: Retryable writes are not supported",
	"it did not work",
	"",
}

func TestContractDiagnosis(t *testing.T) {
	for _, uri := range contractCorpus {
		for _, text := range diagnoseErrors {
			conforms(t, "Diagnosis", diagnoseJS(js.Undefined(), []js.Value{js.ValueOf(uri), js.ValueOf(text)}).(string), "diagnose("+uri+", "+text+")")
		}
	}
	conforms(t, "Diagnosis", diagnoseJS(js.Undefined(), []js.Value{js.Null(), js.ValueOf(diagnoseErrors[0])}).(string), "diagnose(null, ...)")
	conforms(t, "Diagnosis", diagnoseJS(js.Undefined(), nil).(string), "diagnose()")
}
