// Package spectest finds the MongoDB specification test cases for the
// conformance runners. The cases are data under their own licence: they are
// never copied into this repository but read at test time from
// $SPEC_TESTS_DIR (CI sets it to ../shared/spec-tests). Without them a runner
// skips, loudly, so that a fresh clone's `make test` still passes and nobody
// mistakes the skip for a pass.
package spectest

import (
	"os"
	"path/filepath"
	"testing"
)

// Dir returns $SPEC_TESTS_DIR/sub, or skips t with a loud message when the
// variable is unset or the folder does not exist.
func Dir(t testing.TB, sub string) string {
	t.Helper()
	root := os.Getenv("SPEC_TESTS_DIR")
	why := "SPEC_TESTS_DIR is not set"
	if root != "" {
		why = "SPEC_TESTS_DIR=" + root + " has no " + sub
	}
	dir := root + string(os.PathSeparator) + sub
	if root != "" {
		if info, err := os.Stat(dir); err == nil && info.IsDir() {
			return dir
		}
	}
	t.Skip("\n\n*** " + why + ": the MongoDB specification cases (" + sub + ") were NOT run. ***\n" +
		"*** Set SPEC_TESTS_DIR to a checkout's ../shared/spec-tests (CI does), or run scripts/fetch-spec-tests.sh. ***\n\n")
	return ""
}

// AdditionsDir returns the folder sub of the cases added to the
// specifications after the pinned commit, from $SPEC_TESTS_ADDITIONS_DIR or
// else the folder spec-tests-additions beside $SPEC_TESTS_DIR. Without it,
// it logs loudly that they were not run and returns "": the pinned cases
// still run.
func AdditionsDir(t testing.TB, sub string) string {
	t.Helper()
	root := os.Getenv("SPEC_TESTS_ADDITIONS_DIR")
	if root == "" {
		root = filepath.Join(filepath.Dir(filepath.Clean(os.Getenv("SPEC_TESTS_DIR"))), "spec-tests-additions")
	}
	dir := filepath.Join(root, sub)
	if info, err := os.Stat(dir); err == nil && info.IsDir() {
		return dir
	}
	t.Log("\n\n*** " + dir + " does not exist: the specification cases added after the pinned commit (" + sub +
		") were NOT run. ***\n*** Set SPEC_TESTS_ADDITIONS_DIR to a checkout's ../shared/spec-tests-additions (CI has it). ***\n\n")
	return ""
}
