package drivererr

import (
	"strings"
	"unicode/utf8"
)

// Masked is what stands in the text where a secret was.
const Masked = "*****"

// secretKeys are the names after which a value is a secret, when followed
// by '=' or ':' (optionally quoted), in lower case.
var secretKeys = []string{
	"password", "passwd", "pwd", "pass", "secret", "token", "apikey", "api_key", "api-key", "credential",
	"sessiontoken", "session_token", "privatekey", "private_key", "accesskey", "secretkey",
}

// keepValues are values that only stand for a secret.
var keepValues = []string{"<hidden>", Masked, "null", "none", "undefined", "true", "false", "''", "\"\""}

// Mask replaces the secrets in text with "*****": the password in the
// userinfo of every URL (mongodb://user:PASSWORD@...), the value after a
// key that names a secret (password=..., "password": "...", pwd: '...'),
// and every run of text that shares four or more bytes with one of
// secrets. Secrets shorter than four bytes are masked only inside URLs and
// after keys.
func Mask(text string, secrets ...string) string {
	if text == "" {
		return text
	}
	hide := make([]bool, len(text))
	maskUserinfo(text, hide)
	low := lowerASCII(text)
	maskKeyed(text, low, hide)
	maskGrams(text, hide, secrets)
	return render(text, hide)
}

func mark(hide []bool, i, j int) {
	for ; i < j && i < len(hide); i++ {
		hide[i] = true
	}
}

// maskUserinfo hides what follows the first ':' of the userinfo of each
// scheme://userinfo@host, the userinfo ending at the last '@' before the
// next white space. Each byte is looked at a bounded number of times: the
// run up to the white space is measured once for all the "://" in it, and
// a "://" inside a userinfo already hidden is skipped.
func maskUserinfo(text string, hide []bool) {
	runEnd, runAt := -1, -1 // the current run's end and its last '@'
	for from := 0; ; {
		i := strings.Index(text[from:], "://")
		if i < 0 {
			return
		}
		start := from + i + 3
		from = start
		if start > runEnd {
			runEnd = start
			for runEnd < len(text) && !isSpace(text[runEnd]) {
				runEnd++
			}
			runAt = start + strings.LastIndexByte(text[start:runEnd], '@')
		}
		if runAt < start {
			continue
		}
		if c := strings.IndexByte(text[start:runAt], ':'); c >= 0 {
			mark(hide, start+c+1, runAt)
		}
		from = runAt // what lies before the '@' is hidden or is a user name
	}
}

func isSpace(c byte) bool { return c == ' ' || c == '\n' || c == '\t' || c == '\r' }

// maskKeyed hides the value after each secret key.
func maskKeyed(text, low string, hide []bool) {
	for _, k := range secretKeys {
		for from := 0; ; {
			i := strings.Index(low[from:], k)
			if i < 0 {
				break
			}
			i += from
			from = i + len(k)
			j := from
			// The key may go on ("passwordSet", "tokenized"): only a name that
			// ends here and is followed by a separator counts.
			for j < len(low) && j-from <= 12 && isNameByte(low[j]) && low[j] != '.' {
				j++
			}
			if j-from > 12 {
				continue
			}
			j = skip(low, j, " \t'\"")
			if j >= len(low) || low[j] != '=' && low[j] != ':' {
				continue
			}
			j = skip(low, j+1, " \t")
			v0, v1 := valueSpan(text, j)
			if v1 <= v0 {
				continue
			}
			v := text[v0:v1]
			keep := false
			for _, kv := range keepValues {
				if strings.EqualFold(v, kv) {
					keep = true
				}
			}
			if !keep {
				mark(hide, v0, v1)
			}
		}
	}
}

func skip(s string, i int, set string) int {
	for i < len(s) && strings.IndexByte(set, s[i]) >= 0 {
		i++
	}
	return i
}

// valueSpan is the value starting at i: up to the closing quote when
// quoted, else up to white space or a separator.
func valueSpan(text string, i int) (int, int) {
	if i >= len(text) {
		return i, i
	}
	if q := text[i]; q == '\'' || q == '"' || q == '`' {
		end := strings.IndexByte(text[i+1:], q)
		if end < 0 {
			nl := strings.IndexByte(text[i+1:], '\n')
			if nl < 0 {
				return i + 1, len(text)
			}
			return i + 1, i + 1 + nl
		}
		return i + 1, i + 1 + end
	}
	if text[i] == '<' { // Java's <hidden>
		if end := strings.IndexByte(text[i:], '>'); end > 0 && end < 20 {
			return i, i + end + 1
		}
	}
	j := i
	for j < len(text) && !isSpace(text[j]) && strings.IndexByte("&;,}])>", text[j]) < 0 {
		j++
	}
	return i, j
}

// maskGrams hides every four-byte window of the text that is a four-byte
// window of a secret.
func maskGrams(text string, hide []bool, secrets []string) {
	grams := map[string]struct{}{}
	for _, s := range secrets {
		for i := 0; i+4 <= len(s); i++ {
			grams[s[i:i+4]] = struct{}{}
		}
	}
	if len(grams) == 0 {
		return
	}
	for i := 0; i+4 <= len(text); i++ {
		if _, ok := grams[text[i:i+4]]; ok {
			mark(hide, i, i+4)
		}
	}
}

// render writes the text with each hidden run, widened to whole runes, as
// one Masked.
func render(text string, hide []bool) string {
	any := false
	for i, h := range hide {
		if !h {
			continue
		}
		any = true
		for k := i; k > 0 && !utf8.RuneStart(text[k]) && !hide[k-1]; k-- {
			hide[k-1] = true
		}
		if i+1 < len(text) && !utf8.RuneStart(text[i+1]) {
			hide[i+1] = true
		}
	}
	if !any {
		return text
	}
	var b strings.Builder
	b.Grow(len(text))
	for i := 0; i < len(text); {
		if !hide[i] {
			b.WriteByte(text[i])
			i++
			continue
		}
		for i < len(text) && hide[i] {
			i++
		}
		b.WriteString(Masked)
	}
	return b.String()
}
