package connstr

import (
	"math/rand"
	"strconv"
	"strings"
)

// gen builds random connection strings from parts, for property tests. The
// option values come from the registry, so new rows are covered by themselves.
type gen struct{ r *rand.Rand }

func newGen(seed int64) gen { return gen{rand.New(rand.NewSource(seed))} }

func (g gen) pick(list ...string) string { return list[g.r.Intn(len(list))] }

// text returns a random string drawn from alphabet, n to m bytes long.
func (g gen) text(alphabet string, n, m int) string {
	l := n + g.r.Intn(m-n+1)
	var b strings.Builder
	for i := 0; i < l; i++ {
		b.WriteByte(alphabet[g.r.Intn(len(alphabet))])
	}
	return b.String()
}

const (
	alnum = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
	// Everything a password might hold, including each character that must
	// be escaped and bytes of UTF-8.
	passwordAlphabet = alnum + "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~ " + "\xc3\xa9"
)

// secret returns a password-like string that is unlikely to appear by chance.
func (g gen) secret() string {
	return "Zq" + g.text(passwordAlphabet, 8, 20) + "Xw"
}

func (g gen) host() Host {
	switch g.r.Intn(6) {
	case 0:
		return NewHost(strconv.Itoa(1+g.r.Intn(254))+".0.0."+strconv.Itoa(g.r.Intn(256)), g.port())
	case 1:
		return NewHost(g.pick("::1", "fe80::1%eth0", "2001:db8::7"), g.port())
	case 2:
		return NewHost(g.pick("/tmp/", "rel/", "/var/run/my sock/")+g.text(alnum, 1, 8)+".sock", 0)
	default:
		return NewHost(g.text("abcdefghij", 1, 8)+g.pick(".example.com", ".internal", "", ".bücher.de"), g.port())
	}
}

func (g gen) port() int {
	if g.r.Intn(2) == 0 {
		return 0
	}
	return 1 + g.r.Intn(65535)
}

// value returns a random valid value for the option, as typed.
func (g gen) value(spec *OptionSpec) Value {
	switch spec.Kind {
	case KindInt:
		lo, hi := spec.Min, spec.Max
		if hi-lo > 100000 {
			hi = lo + 100000
		}
		return IntValue(lo + g.r.Int63n(hi-lo+1))
	case KindBool:
		return BoolValue(g.r.Intn(2) == 0)
	case KindEnum:
		return EnumValue(spec.Values[g.r.Intn(len(spec.Values))])
	case KindStringList:
		return ListValue([]string{spec.Values[g.r.Intn(len(spec.Values))]})
	case KindProperties:
		return PropertiesValue([]Property{{"SERVICE_NAME", g.text(alnum+":/.", 1, 10)}})
	case KindTagSets:
		return TagSetsValue([]TagSet{{{"dc", g.text(alnum, 1, 4)}}, {}})
	case KindIntOrString:
		return WValue(g.pick("majority", "1", "0", "myTag"))
	case KindSecret:
		return SecretValue(Secret(g.secret()))
	}
	return StringValue(g.text(alnum+"-_.:/ &=?#@%+", 1, 12))
}

// connString returns a random ConnString built from parts. It may break a
// rule between options; callers keep the ones that parse valid.
func (g gen) connString() *ConnString {
	cs := &ConnString{Scheme: SchemeMongoDB}
	if g.r.Intn(4) == 0 {
		cs.Scheme = SchemeSRV
		cs.Hosts = []Host{NewHost("c"+g.text(alnum, 1, 6)+".mongodb.net", 0)}
	} else {
		for i := 0; i < 1+g.r.Intn(3); i++ {
			cs.Hosts = append(cs.Hosts, g.host())
		}
	}
	if g.r.Intn(3) > 0 {
		cs.User = &Userinfo{Username: g.text(passwordAlphabet, 1, 10)}
		if g.r.Intn(4) > 0 {
			cs.User.Password, cs.User.HasPassword = Secret(g.secret()), true
		}
	}
	if g.r.Intn(2) == 0 {
		cs.Database = g.text(alnum+"-_.%?=&@:", 1, 12)
	}
	for i := 0; i < g.r.Intn(6); i++ {
		spec := registry[g.r.Intn(len(registry))]
		if spec.Status != StatusStandard {
			continue
		}
		cs.Set(spec.Name, g.value(spec))
	}
	return cs
}

// sameParse reports whether two parses read the same connection settings:
// scheme, credentials, hosts, database, option values and unknown options.
func sameParse(a, b *ConnString) bool {
	if a.Scheme != b.Scheme || a.Database != b.Database || len(a.Hosts) != len(b.Hosts) ||
		len(a.Options) != len(b.Options) || len(a.Unknown) != len(b.Unknown) {
		return false
	}
	if (a.User == nil) != (b.User == nil) {
		return false
	}
	if a.User != nil && (a.User.Username != b.User.Username || a.User.Password != b.User.Password || a.User.HasPassword != b.User.HasPassword) {
		return false
	}
	for i := range a.Hosts {
		x, y := a.Hosts[i], b.Hosts[i]
		if x.Type != y.Type || x.Host != y.Host || x.Port != y.Port {
			return false
		}
	}
	for i := range a.Options {
		if a.Options[i].Name != b.Options[i].Name || !a.Options[i].Value.Equal(b.Options[i].Value) {
			return false
		}
	}
	for i := range a.Unknown {
		if a.Unknown[i].Key != b.Unknown[i].Key || a.Unknown[i].Value != b.Unknown[i].Value {
			return false
		}
	}
	return true
}
