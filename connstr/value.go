package connstr

import (
	"fmt"
	"strconv"
	"strings"
)

// Kind is the type of an option's value, as the registry declares it.
type Kind uint8

const (
	KindString      Kind = iota + 1 // any string
	KindSecret                      // a string never shown: see Secret
	KindInt                         // a base-10 integer
	KindBool                        // true or false
	KindEnum                        // one of OptionSpec.Values
	KindStringList                  // comma-separated strings (compressors)
	KindProperties                  // comma-separated key:value pairs (authMechanismProperties)
	KindTagSets                     // repeated key:value lists (readPreferenceTags)
	KindIntOrString                 // w: a non-negative integer or a tag/mode name
)

var kindNames = [...]string{"", "string", "secret", "integer", "boolean", "enum", "string list", "key:value pairs", "tag sets", "integer or string"}

func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "kind(" + strconv.Itoa(int(k)) + ")"
}

// Secret is a string that must not be shown: a password or a secret option
// value. Printing it with any fmt verb gives a mask; Reveal gives the text.
type Secret string

// Mask is what a Secret prints as.
const Mask = "*****"

// Reveal returns the secret's text. Call it only to hand the value to code
// that needs it (the encoder, or a UI after the user asked to see it).
func (s Secret) Reveal() string { return string(s) }

func (s Secret) String() string { return Mask }

// Format masks the secret for every verb, including %q, %x and %#v.
func (s Secret) Format(f fmt.State, _ rune) { f.Write([]byte(Mask)) }

// MarshalText masks the secret for encoding/json, encoding/xml and the
// log/slog handlers, which all ask for a TextMarshaler first.
func (s Secret) MarshalText() ([]byte, error) { return []byte(Mask), nil }

// Property is one key:value pair of a KindProperties value.
type Property struct {
	Key, Value string
}

// Format prints key:value with the value masked when the key names a
// credential (AWS_SESSION_TOKEN, or a key that looks like one), for every
// verb.
func (p Property) Format(f fmt.State, _ rune) { f.Write(p.text()) }

// MarshalText is Format's text, for encoding/json, encoding/xml and
// log/slog.
func (p Property) MarshalText() ([]byte, error) { return p.text(), nil }

func (p Property) text() []byte {
	switch {
	case gluedToProperty(p.Key):
		return []byte(Mask)
	case secretPropertyKey(p.Key):
		return []byte(p.Key + ":" + Mask)
	}
	return []byte(p.Key + ":" + p.Value)
}

// TagSet is one readPreferenceTags entry: an ordered list of tags. An empty
// TagSet matches any server.
type TagSet []Property

// Value is a typed option value. The zero Value is not set.
// It is a plain struct, not an interface, so that parsing an option does not
// allocate a box for it.
type Value struct {
	kind  Kind
	isNum bool // KindIntOrString holding a number
	b     bool
	// tainted marks a value read from text that may be part of a mis-split
	// password (see ConnString.Redacted); Format masks it.
	tainted bool
	num     int64     // KindInt, and KindIntOrString when isNum
	str     string    // KindString, KindSecret, KindEnum, and KindIntOrString when !isNum
	ext     *valueExt // lists, pairs and tag sets: rare, so kept out of line
}

// valueExt holds the values of the list kinds. Keeping them behind a pointer
// makes a Value 40 bytes instead of 120, which every option copies.
type valueExt struct {
	list  []string
	props []Property
	tags  []TagSet
}

// The parser builds list values with their first items in the same
// allocation as their valueExt: a typical list then costs one allocation,
// not two. Longer lists grow out of it as any slice would.
type (
	listBox struct {
		ext   valueExt
		items [3]string // compressors has three possible entries
	}
	propsBox struct {
		ext   valueExt
		props [2]Property
	}
	tagSetBox struct {
		ext   valueExt
		sets  [1]TagSet
		props [2]Property
	}
)

// newListExt returns a valueExt with an empty list that has room for items.
func newListExt() *valueExt {
	b := new(listBox)
	b.ext.list = b.items[:0]
	return &b.ext
}

// newPropsExt returns a valueExt with an empty property list.
func newPropsExt() *valueExt {
	b := new(propsBox)
	b.ext.props = b.props[:0]
	return &b.ext
}

// newTagSetExt returns a valueExt holding one empty tag set, which has room
// for its tags.
func newTagSetExt() *valueExt {
	b := new(tagSetBox)
	b.sets[0] = b.props[:0]
	b.ext.tags = b.sets[:]
	return &b.ext
}

// StringValue, IntValue, ... build Values, for the encoder and tests.
func StringValue(s string) Value { return Value{kind: KindString, str: s} }
func SecretValue(s Secret) Value { return Value{kind: KindSecret, str: string(s)} }
func IntValue(n int64) Value     { return Value{kind: KindInt, num: n, isNum: true} }
func BoolValue(b bool) Value     { return Value{kind: KindBool, b: b} }
func EnumValue(s string) Value   { return Value{kind: KindEnum, str: s} }
func ListValue(l []string) Value { return Value{kind: KindStringList, ext: &valueExt{list: l}} }
func PropertiesValue(p []Property) Value {
	return Value{kind: KindProperties, ext: &valueExt{props: p}}
}
func TagSetsValue(t []TagSet) Value { return Value{kind: KindTagSets, ext: &valueExt{tags: t}} }

// WValue is the write concern w: a count or a name ("majority", a tag set name).
func WValue(s string) Value {
	if n, isInt, fits := parseDecimal(s); isInt && fits && n >= 0 {
		return Value{kind: KindIntOrString, num: n, isNum: true}
	}
	return Value{kind: KindIntOrString, str: s}
}

func (v Value) Kind() Kind  { return v.kind }
func (v Value) IsSet() bool { return v.kind != 0 }
func (v Value) Int() int64  { return v.num }
func (v Value) Bool() bool  { return v.b }
func (v Value) IsInt() bool { return v.isNum }
func (v Value) List() []string {
	if v.ext == nil {
		return nil
	}
	return v.ext.list
}

// Properties returns the key:value pairs in the order written. A secret
// property's value (see PropertySpec.Secret) is included: redact before display.
func (v Value) Properties() []Property {
	if v.ext == nil {
		return nil
	}
	return v.ext.props
}

func (v Value) TagSets() []TagSet {
	if v.ext == nil {
		return nil
	}
	return v.ext.tags
}

// Secret returns the value of a KindSecret option.
func (v Value) Secret() Secret { return Secret(v.str) }

// Text returns the value of a string-like option (string, enum, or the
// string form of w). For a secret it returns the mask: use Secret().Reveal().
func (v Value) Text() string {
	switch v.kind {
	case KindSecret:
		return Mask
	case KindIntOrString:
		if v.isNum {
			return strconv.FormatInt(v.num, 10)
		}
	case KindInt:
		return strconv.FormatInt(v.num, 10)
	case KindBool:
		return strconv.FormatBool(v.b)
	}
	return v.str
}

// Property returns the value of the property named key, in any letter case
// (the Authentication spec makes property names case-insensitive).
func (v Value) Property(key string) (string, bool) {
	for _, p := range v.Properties() {
		if strings.EqualFold(p.Key, key) {
			return p.Value, true
		}
	}
	return "", false
}

// Interface returns the value as a plain Go value: string, int64, bool,
// []string, map-free []Property, []TagSet; a Secret for secrets.
func (v Value) Interface() any {
	switch v.kind {
	case KindString, KindEnum:
		return v.str
	case KindSecret:
		return Secret(v.str)
	case KindInt:
		return v.num
	case KindBool:
		return v.b
	case KindStringList:
		return v.List()
	case KindProperties:
		return v.Properties()
	case KindTagSets:
		return v.TagSets()
	case KindIntOrString:
		if v.isNum {
			return v.num
		}
		return v.str
	}
	return nil
}

// Format prints the value as it would stand in a connection string, with
// secrets (a KindSecret value, a secret property) masked, for every verb:
// printing a ConnString with %+v never shows a secret.
func (v Value) Format(f fmt.State, _ rune) { f.Write(v.masked()) }

// MarshalText is Format's text, for encoding/json, encoding/xml and
// log/slog.
func (v Value) MarshalText() ([]byte, error) { return v.masked(), nil }

func (v Value) masked() []byte {
	if v.tainted {
		return []byte(Mask)
	}
	var b strings.Builder
	writeValue(&b, v, true)
	return []byte(b.String())
}

// Equal reports whether two values are the same.
func (v Value) Equal(w Value) bool {
	if v.kind != w.kind || v.str != w.str || v.num != w.num || v.isNum != w.isNum || v.b != w.b {
		return false
	}
	vl, wl := v.List(), w.List()
	vp, wp := v.Properties(), w.Properties()
	vt, wt := v.TagSets(), w.TagSets()
	if len(vl) != len(wl) || len(vp) != len(wp) || len(vt) != len(wt) {
		return false
	}
	for i := range vl {
		if vl[i] != wl[i] {
			return false
		}
	}
	for i := range vp {
		if vp[i] != wp[i] {
			return false
		}
	}
	for i := range vt {
		if len(vt[i]) != len(wt[i]) {
			return false
		}
		for j := range vt[i] {
			if vt[i][j] != wt[i][j] {
				return false
			}
		}
	}
	return true
}
