package connstr

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/mongouri/mongouri/connstr/internal/spectest"
)

// The conformance cases are MongoDB's specification tests, read at test time
// from $SPEC_TESTS_DIR (CI sets it to ../shared/spec-tests). Their licence
// does not allow copying them into this repository.

// conformanceSkips lists cases deliberately not followed, by file and
// description, each with its reason. It is empty: every case passes.
var conformanceSkips = map[string]string{}

type specCase struct {
	Description string                 `json:"description"`
	URI         string                 `json:"uri"`
	Valid       bool                   `json:"valid"`
	Warning     *bool                  `json:"warning"`
	Hosts       []specHost             `json:"hosts"`
	Auth        *specAuth              `json:"auth"`
	Options     map[string]interface{} `json:"options"`
}

type specHost struct {
	Type string `json:"type"`
	Host string `json:"host"`
	Port *int   `json:"port"`
}

type specAuth struct {
	Username *string `json:"username"`
	Password *string `json:"password"`
	DB       *string `json:"db"`
}

func TestConformance(t *testing.T) {
	var files []string
	for _, sub := range []string{"connection-string", "uri-options"} {
		matches, err := filepath.Glob(filepath.Join(spectest.Dir(t, sub), "*.json"))
		require.NoError(t, err)
		files = append(files, matches...)
	}
	require.NotEmpty(t, files, "no conformance cases under $SPEC_TESTS_DIR")
	sort.Strings(files)

	total, passed := 0, 0
	var summary strings.Builder
	for _, file := range files {
		data, err := os.ReadFile(file)
		require.NoError(t, err)
		var doc struct{ Tests []specCase }
		require.NoError(t, json.Unmarshal(data, &doc), file)
		rel := filepath.Join(filepath.Base(filepath.Dir(file)), filepath.Base(file))
		filePassed := 0
		for _, tc := range doc.Tests {
			key := rel + ": " + tc.Description
			if reason, skip := conformanceSkips[key]; skip {
				t.Logf("skipped %s: %s", key, reason)
				continue
			}
			ok := t.Run(rel+"/"+tc.Description, func(t *testing.T) { checkSpecCase(t, tc) })
			if ok {
				filePassed++
			}
		}
		total += len(doc.Tests)
		passed += filePassed
		fmt.Fprintf(&summary, "  %-52s %3d/%-3d\n", rel, filePassed, len(doc.Tests))
	}
	fmt.Printf("conformance (connection-string, uri-options):\n%s  %-52s %3d/%-3d\n", summary.String(), "total", passed, total)
}

func checkSpecCase(t *testing.T, tc specCase) {
	cs, err := Parse(tc.URI)
	require.NotNil(t, cs)
	if !tc.Valid {
		assert.Error(t, err, "%s should be invalid", tc.URI)
		return
	}
	require.NoError(t, err, "diagnostics: %v", cs.Diagnostics)
	warned := false
	for _, d := range cs.Diagnostics {
		if d.Severity == SeverityWarning {
			warned = true
		}
	}
	if tc.Warning != nil {
		assert.Equal(t, *tc.Warning, warned, "warnings: %v", cs.Diagnostics)
	}
	if tc.Hosts != nil {
		require.Len(t, cs.Hosts, len(tc.Hosts))
		for i, want := range tc.Hosts {
			got := cs.Hosts[i]
			assert.Equal(t, want.Type, string(got.Type), "host %d type", i)
			assert.Equal(t, want.Host, got.Host, "host %d", i)
			wantPort := 0
			if want.Port != nil {
				wantPort = *want.Port
			}
			assert.Equal(t, wantPort, got.Port, "host %d port", i)
		}
	}
	if tc.Auth != nil {
		if tc.Auth.Username != nil {
			require.NotNil(t, cs.User)
			assert.Equal(t, *tc.Auth.Username, cs.User.Username)
		} else {
			assert.True(t, cs.User == nil || cs.User.Username == "")
		}
		if tc.Auth.Password != nil {
			require.NotNil(t, cs.User)
			assert.True(t, cs.User.HasPassword)
			assert.Equal(t, *tc.Auth.Password, cs.User.Password.Reveal())
		} else {
			assert.True(t, cs.User == nil || !cs.User.HasPassword)
		}
		if tc.Auth.DB != nil {
			assert.Equal(t, *tc.Auth.DB, cs.Database)
		} else {
			assert.Empty(t, cs.Database)
		}
	}
	for name, want := range tc.Options {
		opt, ok := cs.Lookup(name)
		if !assert.True(t, ok, "option %s missing; diagnostics: %v", name, cs.Diagnostics) {
			continue
		}
		assert.Equal(t, want, jsonValue(opt.Value), "option %s", name)
	}
}

// jsonValue turns a Value into what encoding/json would decode the
// expected value into, for comparison.
func jsonValue(v Value) interface{} {
	switch v.Kind() {
	case KindInt:
		return float64(v.Int())
	case KindIntOrString:
		if v.IsInt() {
			return float64(v.Int())
		}
		return v.Text()
	case KindBool:
		return v.Bool()
	case KindSecret:
		return v.Secret().Reveal()
	case KindStringList:
		out := make([]interface{}, len(v.List()))
		for i, s := range v.List() {
			out[i] = s
		}
		return out
	case KindProperties:
		return propsMap(v.Properties())
	case KindTagSets:
		out := make([]interface{}, len(v.TagSets()))
		for i, t := range v.TagSets() {
			out[i] = propsMap(t)
		}
		return out
	}
	return v.Text()
}

func propsMap(props []Property) map[string]interface{} {
	m := make(map[string]interface{}, len(props))
	for _, p := range props {
		m[p.Key] = p.Value
	}
	return m
}
