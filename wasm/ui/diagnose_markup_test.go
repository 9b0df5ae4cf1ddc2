package ui

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/mongouri/mongouri/connstr/explain"
)

func TestDiagnosisHTML(t *testing.T) {
	uid := func(s string) string { return "t-" + s }
	d := explain.Diagnose("mongodb://app:Qx7-Wz9<b>@docdb.cluster-x.us-east-1.docdb.amazonaws.com:27017/?retryWrites=true",
		"MongoServerError: Retryable writes are not supported <script>alert(1)</script> password=Jk3Vw8Yq")
	out := string(diagnosisHTML(d, uid))
	assert.Contains(t, out, `data-cause="retry-writes-unsupported"`)
	assert.Contains(t, out, `data-likelihood="certain"`)
	assert.Contains(t, out, "retryWrites=false")
	assert.Contains(t, out, "An error from the Node.js driver: the server refused.")
	assert.NotContains(t, out, "<script>", "the error's text is escaped")
	for _, s := range []string{"Qx7-Wz9", "Jk3Vw8Yq"} {
		assert.NotContains(t, out, s)
	}
	assert.Equal(t, 1, strings.Count(out, `data-mu="diagnosis"`))
	assert.Empty(t, diagnosisHTML(nil, uid))
}
