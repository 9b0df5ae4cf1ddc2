package driverbench

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/mongouri/mongouri/connstr"
	"github.com/mongouri/mongouri/connstr/drivers"
	"go.mongodb.org/mongo-driver/v2/x/mongo/driver/connstring"
)

// The differential test: generated strings go through the official Go
// driver (connstring.ParseAndValidate) and the official Node.js driver,
// current and previous major (new MongoClient(uri), which parses without
// connecting), and the verdicts
// of connstr/drivers for those two drivers must agree with what the drivers
// do on at least 99% of them. It prints the agreement and every
// disagreement.
const (
	diffSeed     = 20261130
	diffStrings  = 3000
	minAgreement = 0.99
)

func TestDifferential(t *testing.T) {
	seed := uint64(diffSeed)
	if v := os.Getenv("DIFF_SEED"); v != "" { // another sample, to explore
		n, err := strconv.ParseUint(v, 10, 64)
		if err != nil {
			t.Fatalf("DIFF_SEED=%q: %v", v, err)
		}
		seed = n
	}
	t.Logf("differential: %d strings from seed %d (mongodb+srv:// ones for Node.js only)", diffStrings, seed)
	uris := genURIs(seed, diffStrings)
	// The Go driver only gets the mongodb:// strings: it would look the
	// others up in DNS.
	var plain, goErr []string
	var goAcc []bool
	for _, u := range uris {
		if strings.HasPrefix(u, "mongodb+srv://") {
			continue
		}
		_, err := connstring.ParseAndValidate(u)
		plain, goAcc = append(plain, u), append(goAcc, err == nil)
		if err != nil {
			goErr = append(goErr, err.Error())
		} else {
			goErr = append(goErr, "")
		}
	}
	compare(t, "Go", drivers.Go, plain, goAcc, goErr)
	for _, n := range []struct {
		name, pkg string
		family    drivers.Family
	}{{"Node.js 7", "mongodb", drivers.Node}, {"Node.js 6", "mongodb6", drivers.Node6}} {
		res := nodeAccepts(t, n.pkg, uris)
		accepts := make([]bool, len(uris))
		errs := make([]string, len(uris))
		for i, r := range res {
			accepts[i], errs[i] = r.Accepts, r.Error
		}
		compare(t, n.name, n.family, uris, accepts, errs)
	}
}

func compare(t *testing.T, name string, family drivers.Family, uris []string, accepts []bool, errs []string) {
	t.Helper()
	agree, rejected := 0, 0
	var diffs []string
	for i, u := range uris {
		cs, _ := connstr.Parse(u)
		v := drivers.JudgeFor(cs, family)
		ours := v.Outcome != drivers.Rejects
		if !accepts[i] {
			rejected++
		}
		if ours == accepts[i] {
			agree++
			continue
		}
		diffs = append(diffs, fmt.Sprintf("  %s\n      driver: %s\n      ours:   %s %s",
			u, driverSays(accepts[i], errs[i]), v.Outcome, strings.Join(v.Reasons, " | ")))
	}
	ratio := float64(agree) / float64(len(uris))
	t.Logf("differential %-10s %d/%d agree (%.2f%%); the driver rejects %d of the strings", name+":", agree, len(uris), 100*ratio, rejected)
	if len(diffs) > 0 {
		t.Logf("%s disagreements:\n%s", name, strings.Join(diffs, "\n"))
	}
	if ratio < minAgreement {
		t.Errorf("%s: agreement %.2f%% is below %.0f%%", name, 100*ratio, 100*minAgreement)
	}
}

func driverSays(ok bool, err string) string {
	if ok {
		return "accepts"
	}
	return "rejects: " + err
}

type nodeResult struct {
	Accepts bool   `json:"accepts"`
	Error   string `json:"error"`
}

// nodeAccepts runs scripts/driverbench/node-verdicts.mjs over uris, with
// tests/loopback-only.mjs loaded so that the process cannot reach past
// loopback.
func nodeAccepts(t *testing.T, pkg string, uris []string) []nodeResult {
	t.Helper()
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(root, "node_modules", pkg, "package.json")); err != nil {
		t.Fatalf("the Node.js driver is not installed (node_modules/%s): run npm ci (make deps-node): %v", pkg, err)
	}
	var in bytes.Buffer
	for _, u := range uris {
		line, _ := json.Marshal(u)
		in.Write(line)
		in.WriteByte('\n')
	}
	cmd := exec.Command("node", "--import", "./tests/loopback-only.mjs", "scripts/driverbench/node-verdicts.mjs", pkg)
	cmd.Dir = root
	cmd.Stdin = &in
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("node-verdicts.mjs: %v\n%s", err, stderr.String())
	}
	var res []nodeResult
	sc := bufio.NewScanner(bytes.NewReader(out))
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		var r nodeResult
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatalf("node-verdicts.mjs wrote %q: %v", sc.Text(), err)
		}
		res = append(res, r)
	}
	if len(res) != len(uris) {
		t.Fatalf("node-verdicts.mjs answered %d strings of %d", len(res), len(uris))
	}
	return res
}
