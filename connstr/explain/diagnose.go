package explain

import (
	"sort"
	"strings"

	"github.com/mongouri/mongouri/connstr"
	"github.com/mongouri/mongouri/connstr/explain/drivererr"
)

// Diagnosis is what an error text and the connection string say together:
// the reading of the error, and the likely causes, most likely first.
//
// Secrets: the error text is treated as holding them. No field holds the
// string's password or secret option values, any four bytes of them, or a
// credential the error text shows (the userinfo of a URL in it, password=
// and similar values).
type Diagnosis struct {
	// Error is what the error text says, read without the string.
	Error *drivererr.Report `json:"error" js:"error"`
	// Causes are the conclusions, most likely first.
	Causes []Cause `json:"causes" js:"causes"`
	// String is the connection string diagnosed, secrets masked; "" when
	// none was given.
	String string `json:"string" js:"string"`
}

// Cause is one conclusion: what is likely wrong, on which evidence, and
// what to do.
type Cause struct {
	Code  string `json:"code" js:"code"`
	Title string `json:"title" js:"title"`
	// Likelihood is "certain" (the evidence admits no other reading),
	// "likely" or "possible".
	Likelihood string     `json:"likelihood" js:"likelihood"`
	Evidence   []Evidence `json:"evidence" js:"evidence"`
	Fix        string     `json:"fix" js:"fix"`
	Steps      []string   `json:"steps" js:"steps"`
	// Commands check the cause with the real host names.
	Commands []Command `json:"commands" js:"commands"`
	// Fixed is the corrected connection string (secrets masked) when the
	// fix is a change to the string and is certain; "" otherwise.
	Fixed string `json:"fixed" js:"fixed"`
	Docs  string `json:"docs" js:"docs"`

	score int
}

// Evidence is one fact a cause rests on: words of the error, or a part of
// the string.
type Evidence struct {
	From string `json:"from" js:"from"` // "error" or "string"
	Text string `json:"text" js:"text"`
	// Span points at the part of the string, for From "string"; NoSpan
	// for the error's words and for facts about the string as a whole.
	Span connstr.Span `json:"span" js:"span"`
}

const (
	certain  = "certain"
	likely   = "likely"
	possible = "possible"
)

// Diagnose reads the error text a driver or shell printed together with
// the connection string the application used (uri may be empty) and says
// what most likely went wrong and how to fix it. opts are Explain's:
// WithResolution adds the servers an SRV lookup found and the equivalent
// mongodb:// string; RevealSecrets has no effect, as a diagnosis never
// shows secrets. It performs no I/O, never panics, and its work is linear
// in the length of its inputs (the error text is read up to
// drivererr.MaxText bytes).
func Diagnose(uri, errorText string, opts ...ExplainOption) *Diagnosis {
	d := newDiag(uri, errorText, configOf(opts))
	d.conclude()
	return d.result()
}

type diag struct {
	uri     string
	cs      *connstr.ConnString // nil without a string
	x       *Explanation        // nil without a string
	rep     *drivererr.Report
	secrets []string
	causes  []*Cause
}

func newDiag(uri, errorText string, cfg explainConfig) *diag {
	d := &diag{uri: uri}
	if strings.TrimSpace(uri) != "" {
		d.cs, _ = connstr.Parse(uri)
		var opts []ExplainOption
		if cfg.resolution != nil || cfg.resolveErr != nil {
			opts = append(opts, WithResolution(cfg.resolution, cfg.resolveErr))
		}
		d.x = Explain(uri, opts...)
		d.secrets = secretsOf(uri, d.cs)
	}
	d.rep = drivererr.Read(errorText, d.secrets...)
	return d
}

func (d *diag) add(c *Cause) *Cause {
	d.causes = append(d.causes, c)
	return c
}

// result ranks the causes, drops repeats, and masks what quotes the
// inputs once more with the string's secrets: a fragment of an unencoded
// password can reach a host name or a database name.
func (d *diag) result() *Diagnosis {
	sort.SliceStable(d.causes, func(i, j int) bool { return d.causes[i].score > d.causes[j].score })
	out := &Diagnosis{Error: d.rep, Causes: []Cause{}}
	if d.x != nil {
		out.String = d.clean(d.x.Explained)
	}
	seen := map[string]bool{}
	for _, c := range d.causes {
		if seen[c.Code] {
			continue
		}
		seen[c.Code] = true
		// Titles, fixes and steps are the package's words and the
		// explainer's, with facts that cause cleaned; the evidence quotes the
		// inputs and is cleaned here.
		for i := range c.Evidence {
			c.Evidence[i].Text = d.clean(c.Evidence[i].Text)
		}
		cmds := c.Commands[:0]
		for _, m := range c.Commands {
			if d.clean(m.Command) == m.Command && d.clean(m.Host) == m.Host {
				cmds = append(cmds, m)
			}
		}
		c.Commands = cmds
		if f := d.clean(c.Fixed); f != c.Fixed {
			c.Fixed = "" // a secret's bytes in the fixed string: it cannot be shown whole
		}
		if c.Steps == nil {
			c.Steps = []string{}
		}
		if c.Commands == nil {
			c.Commands = []Command{}
		}
		if c.Evidence == nil {
			c.Evidence = []Evidence{}
		}
		out.Causes = append(out.Causes, *c)
	}
	return out
}

func (d *diag) clean(s string) string {
	if len(d.secrets) == 0 || s == "" {
		return s
	}
	return drivererr.Mask(s, d.secrets...)
}

// secretsOf lists the string's secrets as written and decoded: what
// Redact masks (found by setting the redacted form against the input),
// the decoded password and the secret option values.
func secretsOf(uri string, cs *connstr.ConnString) []string {
	var out []string
	addSecret := func(s string) {
		s = strings.TrimSpace(s)
		// A template's placeholder (<db_password>) holds no secret, and its
		// words would mask "password" wherever the diagnosis says it.
		if len(s) < 40 && strings.HasPrefix(s, "<") && strings.HasSuffix(s, ">") && strings.Count(s, "<") == 1 {
			return
		}
		if s != "" && s != connstr.Mask {
			out = append(out, s)
			if dec := percentDecode(s); dec != s {
				out = append(out, dec)
			}
		}
	}
	for _, s := range maskedRuns(uri, connstr.Redact(uri)) {
		addSecret(s)
	}
	if cs != nil {
		if u := cs.User; u != nil && u.HasPassword {
			addSecret(u.Password.Reveal())
			if u.PasswordSpan.Valid() && u.PasswordSpan.End <= len(uri) {
				addSecret(uri[u.PasswordSpan.Start:u.PasswordSpan.End])
			}
		}
		for _, o := range cs.Options {
			if spec := connstr.LookupOption(o.Name); spec != nil && spec.Secret {
				addSecret(o.Value.Secret().Reveal())
				addSecret(o.Value.Text())
			}
			if v, ok := o.Value.Property("AWS_SESSION_TOKEN"); ok {
				addSecret(v)
			}
		}
	}
	return out
}

// maskedRuns returns the parts of input that Redact replaced by the mask:
// the redacted form keeps every other byte of the input in place.
func maskedRuns(input, redacted string) []string {
	pieces := strings.Split(redacted, connstr.Mask)
	if len(pieces) < 2 || !strings.HasPrefix(input, pieces[0]) {
		return nil
	}
	var out []string
	at := len(pieces[0])
	last := len(pieces) - 1
	for k := 1; k <= last; k++ {
		var next int
		if k == last {
			next = len(input) - len(pieces[k])
			if next < at || input[next:] != pieces[k] {
				return out
			}
		} else {
			i := strings.Index(input[at:], pieces[k])
			if i < 0 || pieces[k] == "" {
				return out
			}
			next = at + i
		}
		out = append(out, input[at:next])
		at = next + len(pieces[k])
	}
	return out
}

func percentDecode(s string) string {
	if !strings.Contains(s, "%") {
		return s
	}
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		// One escape at a time through the core's decoder, so that a bad
		// '%' elsewhere does not stop the good ones being read.
		if s[i] == '%' && i+2 < len(s) {
			if d, ok := connstr.Unescape(s[i : i+3]); ok {
				b = append(b, d...)
				i += 2
				continue
			}
		}
		b = append(b, s[i])
	}
	return string(b)
}
