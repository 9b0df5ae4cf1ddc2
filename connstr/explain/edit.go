package explain

import (
	"strings"

	"github.com/mongouri/mongouri/connstr"
)

// rawURI is a connection string cut into its parts as written. Fixes edit
// these parts, so that a corrected string keeps everything the fix does not
// touch exactly as the person wrote it (key case, order, escapes), unlike
// ConnString.String, which writes the canonical form.
type rawURI struct {
	scheme  string // without "://"
	user    string // raw userinfo, without the '@'
	hasUser bool
	hosts   []string
	hasPath bool // a '/' after the hosts
	db      string
	dbAt    int // offset of the database in the string that was cut
	// slashless: the options follow the hosts without a '/', as written.
	slashless bool
	opts      []rawOpt
}

type rawOpt struct {
	key, value string // raw
	hasEq      bool
	gone       bool
	at, end    int // where the item is in the string that was cut
}

// fixOp is one edit of a rawURI.
type fixOp func(*rawURI)

// cutURI cuts s into its parts as written, where Parse cuts it
// (connstr.Cut): hosts split at ',', options at the layout's separator,
// each option at its first '='.
func cutURI(s string) *rawURI {
	l := connstr.Cut(s)
	text := func(sp connstr.Span) string { return s[sp.Start:sp.End] }
	u := &rawURI{}
	if l.Scheme.Valid() {
		u.scheme = text(l.Scheme)
	}
	if l.Userinfo.Valid() {
		u.user, u.hasUser = text(l.Userinfo), true
	}
	if hosts := text(l.Hosts); hosts != "" {
		u.hosts = strings.Split(hosts, ",")
	}
	if l.Database.Valid() {
		u.hasPath = true
		u.db, u.dbAt = text(l.Database), l.Database.Start
	}
	if l.Options.Valid() {
		u.slashless = !u.hasPath
		if q := text(l.Options); q != "" {
			at := l.Options.Start
			for _, item := range strings.Split(q, string(l.Separator)) {
				k, v, eq := strings.Cut(item, "=")
				u.opts = append(u.opts, rawOpt{key: k, value: v, hasEq: eq, at: at, end: at + len(item)})
				at += len(item) + 1
			}
		}
	}
	return u
}

func (u *rawURI) clone() *rawURI {
	c := *u
	c.hosts = append([]string(nil), u.hosts...)
	c.opts = append([]rawOpt(nil), u.opts...)
	return &c
}

// render writes the string; with mask, the password and every secret value
// become the mask (see maskedValue).
func (u *rawURI) render(mask bool) string {
	var b strings.Builder
	b.WriteString(u.scheme)
	b.WriteString("://")
	if u.hasUser {
		user := u.user
		if mask {
			if c := strings.IndexByte(user, ':'); c >= 0 {
				user = user[:c+1] + connstr.Mask
			}
		}
		b.WriteString(user)
		b.WriteByte('@')
	}
	b.WriteString(strings.Join(u.hosts, ","))
	live := 0
	for _, o := range u.opts {
		if !o.gone {
			live++
		}
	}
	if u.hasPath || live > 0 && !u.slashless {
		b.WriteByte('/')
		b.WriteString(u.db)
	}
	sep := byte('?')
	afterSecret := false
	for _, o := range u.opts {
		if o.gone {
			continue
		}
		b.WriteByte(sep)
		sep = '&'
		if !mask {
			b.WriteString(o.key)
			if o.hasEq {
				b.WriteByte('=')
				b.WriteString(o.value)
			}
			continue
		}
		spec := lookupRawKey(o.key)
		if afterSecret && spec == nil {
			// Possibly the tail of a secret value that held a raw '&'.
			b.WriteString(connstr.Mask + "=" + connstr.Mask)
			continue
		}
		b.WriteString(o.key)
		if o.hasEq {
			b.WriteByte('=')
			v, secret := maskedValue(spec, o.key, o.value)
			b.WriteString(v)
			afterSecret = afterSecret || secret
		}
	}
	return b.String()
}

// lookupRawKey finds the registry row of a key as written (percent-encoded
// keys included); nil for an unknown key.
func lookupRawKey(key string) *connstr.OptionSpec {
	k, ok := connstr.Unescape(key)
	if !ok {
		return nil
	}
	return connstr.LookupOption(k)
}

// maskedValue masks a raw option value that holds a secret. It reports
// whether the option holds one.
func maskedValue(spec *connstr.OptionSpec, key, value string) (string, bool) {
	switch {
	case secretKey(spec, key):
		return connstr.Mask, true
	case spec != nil && spec.Kind == connstr.KindProperties:
		return maskRawProperties(value)
	}
	return value, false
}

// maskRawProperties masks the secret properties of a raw key:value list. It
// splits the decoded text as the parser does, so that an encoded ',' cannot
// hide a secret from it; once a secret is seen, pairs whose keys no
// mechanism knows are masked too (a raw secret holding ',' and ':').
func maskRawProperties(value string) (string, bool) {
	decoded, ok := connstr.Unescape(value)
	if !ok {
		if propertiesLookSecret(value) {
			return connstr.Mask, true
		}
		return value, false
	}
	items := strings.Split(decoded, ",")
	masked, masking := false, false
	for i, item := range items {
		k, v, pair := strings.Cut(item, ":")
		switch {
		case !pair && masking:
			items[i] = connstr.Mask
		case !pair:
			items[i] = connstr.EscapeValue(item) // no value: nothing to hide
		case connstr.IsSecretProperty(k):
			items[i] = connstr.EscapeValue(k) + ":" + connstr.Mask
			masked, masking = true, true
		case masking && !mechanismProperty(k):
			items[i] = connstr.Mask
		default:
			masking = false
			items[i] = connstr.EscapeValue(k) + ":" + connstr.EscapeValue(v)
		}
	}
	if !masked {
		return value, false
	}
	return strings.Join(items, ","), true
}

func propertiesLookSecret(value string) bool {
	up := strings.ToUpper(value)
	return strings.Contains(up, "TOKEN") || connstr.IsSecretProperty(value)
}

// secretKey reports whether the option written as key (percent-encoded or
// not), whose registry row is spec (nil for an unknown key), holds a secret.
// An unknown key is asked about as written and as decoded, so that an
// encoded letter cannot hide a name that says it holds a credential.
func secretKey(spec *connstr.OptionSpec, key string) bool {
	if spec != nil {
		return connstr.IsSecretOption(spec.Name)
	}
	decoded, _ := connstr.Unescape(key)
	return connstr.IsSecretOption(decoded) || connstr.IsSecretOption(key)
}

// mechanismProperty reports whether some mechanism has a property named k.
func mechanismProperty(k string) bool { return propertySpec(k) != nil }

// gluedProperty reports whether k is a property name with more text after
// it (AWS_SESSION_TOKENabc): a ':' is missing and the rest is the value.
func gluedProperty(k string) bool {
	if mechanismProperty(k) {
		return false
	}
	for m := range connstr.MechanismSpecs() {
		for _, p := range m.Properties {
			if len(k) > len(p.Name) && strings.EqualFold(k[:len(p.Name)], p.Name) {
				return true
			}
		}
	}
	return false
}

// secretPropertySpec reports whether k is a mechanism property marked Secret.
func secretPropertySpec(k string) bool {
	p := propertySpec(k)
	return p != nil && p.Secret
}

// propertySpec finds the property named k in any mechanism, or nil.
func propertySpec(k string) *connstr.PropertySpec {
	for m := range connstr.MechanismSpecs() {
		if p := m.Property(k); p != nil {
			return p
		}
	}
	return nil
}

// find returns the indexes of live options with the canonical name (or,
// for a name no registry row knows, the same key in any case).
func (u *rawURI) find(name string) []int {
	spec := connstr.LookupOption(name)
	var idx []int
	for i, o := range u.opts {
		if o.gone {
			continue
		}
		if spec != nil {
			if s := lookupRawKey(o.key); s == spec {
				idx = append(idx, i)
			}
		} else if strings.EqualFold(o.key, name) {
			idx = append(idx, i)
		}
	}
	return idx
}

// optAt returns the index of the option item that holds offset off of the
// string that was cut, or -1.
func (u *rawURI) optAt(off int) int {
	for i, o := range u.opts {
		if o.at <= off && (off < o.end || off == o.at) {
			return i
		}
	}
	return -1
}

// The edits fixes are made of.

func opRemove(name string) fixOp {
	return func(u *rawURI) {
		for _, i := range u.find(name) {
			u.opts[i].gone = true
		}
	}
}

// opRemoveAt removes the option at index i of the cut (for a duplicate, the
// earlier occurrence; for an empty pair, the empty item).
func opRemoveAt(i int) fixOp {
	return func(u *rawURI) {
		if i >= 0 && i < len(u.opts) {
			u.opts[i].gone = true
		}
	}
}

// opSetAt gives the option item at index i the raw value.
func opSetAt(i int, raw string) fixOp {
	return func(u *rawURI) {
		if i >= 0 && i < len(u.opts) {
			u.opts[i].value, u.opts[i].hasEq = raw, true
		}
	}
}

// opRenameAt writes the key of the option item at index i as key.
func opRenameAt(i int, key string) fixOp {
	return func(u *rawURI) {
		if i >= 0 && i < len(u.opts) {
			u.opts[i].key = key
		}
	}
}

// opKeepLast removes every occurrence of the option but the last, which is
// the one drivers use.
func opKeepLast(name string) fixOp {
	return func(u *rawURI) {
		idx := u.find(name)
		for _, i := range idx[:max(len(idx)-1, 0)] {
			u.opts[i].gone = true
		}
	}
}

// opSetIfAbsent adds the option unless the string already sets it.
func opSetIfAbsent(name, raw string) fixOp {
	return func(u *rawURI) {
		if len(u.find(name)) == 0 {
			opSet(name, raw)(u)
		}
	}
}

// opSet gives the option the raw value: the last occurrence is changed and
// earlier ones removed, or the option is added at the end.
func opSet(name, raw string) fixOp {
	return func(u *rawURI) {
		idx := u.find(name)
		if len(idx) == 0 {
			u.opts = append(u.opts, rawOpt{key: name, value: raw, hasEq: true})
			return
		}
		for _, i := range idx[:len(idx)-1] {
			u.opts[i].gone = true
		}
		last := &u.opts[idx[len(idx)-1]]
		last.value, last.hasEq = raw, true
	}
}

func opScheme(s connstr.Scheme) fixOp {
	return func(u *rawURI) { u.scheme = string(s) }
}

func opHosts(hosts ...string) fixOp {
	return func(u *rawURI) { u.hosts = append([]string(nil), hosts...) }
}

func opUser(raw string) fixOp {
	return func(u *rawURI) { u.user, u.hasUser = raw, true }
}

// noOp is the fix of a legacy ';' separator: render always writes '&'.
func noOp(*rawURI) {}
