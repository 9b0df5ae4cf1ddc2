//go:build !js

package doh_test

import (
	"context"
	"encoding/base64"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/dns/dnsmessage"

	"github.com/mongouri/mongouri/connstr"
	"github.com/mongouri/mongouri/connstr/doh"
)

// bigAnswerServer answers the SRV question with srvs records (targets
// N.c.ab, or "." with root; SRV targets are never compressed) and the TXT
// question with txt, cut into 255-byte character-strings.
func bigAnswerServer(t *testing.T, srvs int, root bool, txt string) *httptest.Server {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		query, err := base64.RawURLEncoding.DecodeString(r.URL.Query().Get("dns"))
		require.NoError(t, err)
		var p dnsmessage.Parser
		h, err := p.Start(query)
		require.NoError(t, err)
		q, err := p.Question()
		require.NoError(t, err)
		b := dnsmessage.NewBuilder(nil, dnsmessage.Header{ID: h.ID, Response: true, RecursionAvailable: true})
		b.EnableCompression()
		require.NoError(t, b.StartQuestions())
		require.NoError(t, b.Question(q))
		require.NoError(t, b.StartAnswers())
		rh := dnsmessage.ResourceHeader{Name: q.Name, Class: dnsmessage.ClassINET, TTL: 60}
		switch q.Type {
		case dnsmessage.TypeSRV:
			for i := range srvs {
				target := dnsmessage.MustNewName(strconv.Itoa(i) + ".c.ab.")
				if root {
					target = dnsmessage.MustNewName(".")
				}
				require.NoError(t, b.SRVResource(rh, dnsmessage.SRVResource{Port: 27017, Target: target}))
			}
		case dnsmessage.TypeTXT:
			if txt != "" {
				var parts []string
				for s := txt; s != ""; {
					n := min(255, len(s))
					parts, s = append(parts, s[:n]), s[n:]
				}
				require.NoError(t, b.TXTResource(rh, dnsmessage.TXTResource{TXT: parts}))
			}
		}
		msg, err := b.Finish()
		require.NoError(t, err)
		w.Header().Set("Content-Type", doh.MediaType)
		_, _ = w.Write(msg)
	}))
	t.Cleanup(srv.Close)
	return srv
}

// The seedlist limits hold for answers that come through DoH: a DNS
// message within the client's 64 KiB cap can carry 2,400 SRV records (of
// target "."), 1,500 of short names, and a TXT record that makes the
// equivalent string longer than connstr.MaxLength.
func TestResolveLimitsThroughDoH(t *testing.T) {
	cases := []struct {
		name string
		srvs int
		root bool
		txt  string
		code connstr.Code // "" for success
	}{
		{"2,400 SRV records of target '.'", 2400, true, "", connstr.CodeSRVTooManyRecords},
		{"1,500 SRV records", 1500, false, "", connstr.CodeSRVTooManyRecords},
		{"1,000 SRV records", connstr.MaxSRVRecords, false, "", ""},
		{"a 64,000-byte replicaSet and 300 hosts", 300, false, "replicaSet=" + strings.Repeat("r", 64000), connstr.CodeSRVEquivalentTooLong},
		{"a 64,000-byte replicaSet and 1 host, as the string could hold", 1, false, "replicaSet=" + strings.Repeat("r", 64000), ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			srv := bigAnswerServer(t, tc.srvs, tc.root, tc.txt)
			client, err := doh.New(doh.WithEndpoints(srv.URL + "/dns-query"))
			require.NoError(t, err)
			cs, err := connstr.Parse("mongodb+srv://admin:hunter2@c.ab/")
			require.NoError(t, err)
			res, err := connstr.Resolve(context.Background(), cs, client)
			if tc.code == "" {
				require.NoError(t, err)
				assert.Len(t, res.Seeds, tc.srvs)
				assert.LessOrEqual(t, len(res.Equivalent.String()), connstr.MaxLength)
				return
			}
			require.Error(t, err)
			assert.True(t, res.Diagnostics.Has(tc.code), "want %s, got %v", tc.code, res.Diagnostics)
			assert.Nil(t, res.Equivalent)
			assert.NotContains(t, err.Error(), "hunter2")
			assert.NotContains(t, err.Error(), strings.Repeat("r", 100))
		})
	}
}
