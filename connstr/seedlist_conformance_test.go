package connstr_test

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/mongouri/mongouri/connstr"
	"github.com/mongouri/mongouri/connstr/dnstest"
	"github.com/mongouri/mongouri/connstr/internal/spectest"
)

// The seedlist cases are MongoDB's specification tests, read at test time
// from $SPEC_TESTS_DIR and $SPEC_TESTS_ADDITIONS_DIR; their licence does not
// allow copying them here.
// They run against an in-memory resolver loaded from the cases' records.txt
// (here, always), and against the dnsmasq + dnsdist stack serving the same
// file, through DNS-over-HTTPS and through net.Resolver (in
// seedlist_stack_test.go, when scripts/test-dns.sh has started the stack).

// seedlistSkips lists cases deliberately not followed, by folder/file, with
// the reason. It is empty: every case passes.
//
// Notes on cases that pass for a reason worth knowing:
//   - replica-set/not-enough-parts.json (mongodb+srv://10gen.cc/) predates the
//     2024 change that allows hosts with fewer than three labels; it still
//     fails, now because 10gen.cc has no SRV records.
var seedlistSkips = map[string]string{}

// seedlistErrorCodes is this project's expectation of why each error case
// fails: the cases only say that they fail, and a case failing for another
// reason would hide a bug.
var seedlistErrorCodes = map[string]connstr.Code{
	"load-balanced/loadBalanced-no-results.json":                          connstr.CodeSRVNoRecords,
	"load-balanced/loadBalanced-replicaSet-errors.json":                   connstr.CodeLoadBalancedReplSet,
	"load-balanced/loadBalanced-true-multiple-hosts.json":                 connstr.CodeLoadBalancedHosts,
	"load-balanced/srvMaxHosts-conflicts_with_loadBalanced-true-txt.json": connstr.CodeSRVMaxHostsLB,
	"load-balanced/srvMaxHosts-conflicts_with_loadBalanced-true.json":     connstr.CodeSRVMaxHostsLB,
	"replica-set/direct-connection-true.json":                             connstr.CodeDirectSRV,
	"replica-set/misformatted-option.json":                                connstr.CodeTXTInvalid,
	"replica-set/no-results.json":                                         connstr.CodeSRVNoRecords,
	"replica-set/not-enough-parts.json":                                   connstr.CodeSRVNoRecords,
	"replica-set/parent-part-mismatch1.json":                              connstr.CodeSRVTargetDomain,
	"replica-set/parent-part-mismatch2.json":                              connstr.CodeSRVTargetDomain,
	"replica-set/parent-part-mismatch3.json":                              connstr.CodeSRVTargetDomain,
	"replica-set/parent-part-mismatch4.json":                              connstr.CodeSRVTargetDomain,
	"replica-set/parent-part-mismatch5.json":                              connstr.CodeSRVTargetDomain,
	"replica-set/returned-parent-too-short.json":                          connstr.CodeSRVTargetDomain,
	"replica-set/returned-parent-wrong.json":                              connstr.CodeSRVTargetDomain,
	"replica-set/srvMaxHosts-conflicts_with_replicaSet-txt.json":          connstr.CodeSRVMaxHostsReplSet,
	"replica-set/srvMaxHosts-conflicts_with_replicaSet.json":              connstr.CodeSRVMaxHostsReplSet,
	"replica-set/two-txt-records.json":                                    connstr.CodeTXTMultipleRecords,
	"replica-set/txt-record-not-allowed-option.json":                      connstr.CodeTXTOptionNotAllowed,
	"replica-set/txt-record-with-unallowed-option.json":                   connstr.CodeTXTOptionNotAllowed,
	"replica-set/uri-with-port.json":                                      connstr.CodeSRVPort,
	"replica-set/uri-with-two-hosts.json":                                 connstr.CodeSRVMultipleHosts,

	// The cases added after the pinned commit (srvAllowedHostsSuffix).
	"added/replica-set/srvAllowedHostsSuffix-mismatch.json":                      connstr.CodeSRVTargetDomain,
	"added/replica-set/srvAllowedHostsSuffix-period-only.json":                   connstr.CodeSRVSuffixInvalid,
	"added/replica-set/srvAllowedHostsSuffix-psl-public-suffix-capitalized.json": connstr.CodeSRVSuffixInvalid,
	"added/replica-set/srvAllowedHostsSuffix-psl-public-suffix.json":             connstr.CodeSRVSuffixInvalid,
	"added/replica-set/srvAllowedHostsSuffix-tld-only.json":                      connstr.CodeSRVSuffixInvalid,
	"added/replica-set/srvAllowedHostsSuffix-without_dot_fail.json":              connstr.CodeSRVTargetDomain,
}

type seedlistCase struct {
	URI           string         `json:"uri"`
	Seeds         []string       `json:"seeds"`
	NumSeeds      *int           `json:"numSeeds"`
	Options       map[string]any `json:"options"`
	ParsedOptions map[string]any `json:"parsed_options"`
	Error         bool           `json:"error"`
	Comment       string         `json:"comment"`
}

func seedlistDir(t *testing.T) string {
	return spectest.Dir(t, "initial-dns-seedlist-discovery")
}

func TestSeedlistConformanceInMemory(t *testing.T) {
	dir := seedlistDir(t)
	f, err := os.Open(filepath.Join(dir, "records.txt"))
	require.NoError(t, err)
	defer f.Close()
	mem, err := dnstest.FromRecords(f)
	require.NoError(t, err)
	runSeedlistConformance(t, dir, "in-memory", mem)
}

// runSeedlistConformance runs the pinned cases under dir, then the added
// ones, and logs a count per folder.
func runSeedlistConformance(t *testing.T, dir, via string, r connstr.Resolver) {
	var summary []string
	for _, folder := range []string{"replica-set", "load-balanced", "sharded"} {
		summary = append(summary, runSeedlistFolder(t, dir, folder, "", via, r, true))
	}
	if added := spectest.AdditionsDir(t, "initial-dns-seedlist-discovery"); added != "" {
		for _, folder := range []string{"replica-set", "load-balanced", "sharded"} {
			if line := runSeedlistFolder(t, added, folder, "added/", via, r, false); line != "" {
				summary = append(summary, line)
			}
		}
	}
	for _, line := range summary {
		t.Log(line)
	}
}

// runSeedlistFolder runs the cases of dir/folder, naming them prefix +
// folder/file, and returns the count line ("" for an absent optional folder).
func runSeedlistFolder(t *testing.T, dir, folder, prefix, via string, r connstr.Resolver, required bool) string {
	files, err := filepath.Glob(filepath.Join(dir, folder, "*.json"))
	require.NoError(t, err)
	if len(files) == 0 && !required {
		return ""
	}
	require.NotEmpty(t, files, "no cases in %s/%s", dir, folder)
	sort.Strings(files)
	passed, skipped := 0, 0
	for _, file := range files {
		name := prefix + folder + "/" + filepath.Base(file)
		if reason, ok := seedlistSkips[name]; ok {
			t.Logf("skipped %s: %s", name, reason)
			skipped++
			continue
		}
		data, err := os.ReadFile(file)
		require.NoError(t, err)
		var tc seedlistCase
		require.NoError(t, json.Unmarshal(data, &tc), file)
		if t.Run(name, func(t *testing.T) { checkSeedlistCase(t, tc, seedlistErrorCodes[name], r) }) {
			passed++
		}
	}
	line := fmt.Sprintf("seedlist conformance via %-12s %-20s %d/%d passed", via, prefix+folder+":", passed, len(files))
	if skipped > 0 {
		line += fmt.Sprintf(" (%d skipped)", skipped)
	}
	return line
}

func checkSeedlistCase(t *testing.T, tc seedlistCase, wantCode connstr.Code, r connstr.Resolver) {
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	cs, _ := connstr.Parse(tc.URI)
	res, err := connstr.Resolve(ctx, cs, r)
	if tc.Error {
		require.Error(t, err, "want an error: %s", tc.Comment)
		var rerr *connstr.ResolveError
		require.ErrorAs(t, err, &rerr)
		require.NotEmpty(t, rerr.Diagnostics)
		require.NotEmpty(t, wantCode, "seedlistErrorCodes has no entry for this error case")
		assert.True(t, rerr.Diagnostics.Has(wantCode), "want %s, got %v", wantCode, rerr.Diagnostics)
		for _, d := range rerr.Diagnostics {
			assert.NotEmpty(t, d.Code)
			assert.NotEmpty(t, d.Message)
			assert.NotEmpty(t, d.Hint, "diagnostic %s has no hint", d.Code)
		}
		return
	}
	require.NoError(t, err)
	require.Empty(t, wantCode, "seedlistErrorCodes lists a case that does not fail")
	require.NotNil(t, res.Equivalent)

	if tc.Seeds != nil && tc.NumSeeds == nil {
		assert.ElementsMatch(t, tc.Seeds, res.Seeds, "seeds")
	}
	if tc.NumSeeds != nil {
		assert.Len(t, res.Seeds, *tc.NumSeeds, "numSeeds")
		for _, s := range res.Seeds {
			if tc.Seeds != nil {
				assert.Contains(t, tc.Seeds, s)
			}
		}
	}
	// The equivalent mongodb:// string carries the same seeds.
	var eqSeeds []string
	for _, h := range res.Equivalent.Hosts {
		eqSeeds = append(eqSeeds, h.Address())
	}
	assert.Equal(t, res.Seeds, eqSeeds, "hosts of the equivalent string")
	assert.Equal(t, connstr.SchemeMongoDB, res.Equivalent.Scheme)
	assert.True(t, res.Equivalent.Valid(), "the equivalent string %s parses without errors: %v", res.Equivalent.Redacted(), res.Equivalent.Diagnostics)

	for key, want := range tc.Options {
		name := key
		if strings.EqualFold(key, "ssl") {
			name = "tls"
		}
		got := res.Option(name)
		require.True(t, got.IsSet(), "option %s is not set", key)
		assertValue(t, key, want, got)
		// srvServiceName and srvMaxHosts mean nothing to mongodb://; every
		// other option must reach the equivalent string.
		if spec := connstr.LookupOption(name); spec != nil && !spec.SRVOnly {
			assertValue(t, key+" in the equivalent string", want, res.Equivalent.Value(name))
		}
	}
	for key, want := range tc.ParsedOptions {
		for _, c := range []*connstr.ConnString{cs, res.Equivalent} {
			switch key {
			case "user":
				assert.Equal(t, want, c.Username(), key)
			case "password":
				require.NotNil(t, c.User)
				assert.Equal(t, want, c.User.Password.Reveal(), key)
			case "auth_database", "db", "defaultDatabase":
				assert.Equal(t, want, c.Database, key)
			default:
				t.Errorf("parsed_options field %q is not understood by this runner", key)
			}
		}
	}
}

func assertValue(t *testing.T, what string, want any, got connstr.Value) {
	t.Helper()
	switch w := want.(type) {
	case bool:
		assert.Equal(t, connstr.KindBool, got.Kind(), what)
		assert.Equal(t, w, got.Bool(), what)
	case float64:
		assert.True(t, got.IsInt(), what)
		assert.Equal(t, int64(w), got.Int(), what)
	case string:
		assert.Equal(t, w, got.Text(), what)
	default:
		t.Errorf("%s: expected value of type %T is not understood by this runner", what, want)
	}
}
