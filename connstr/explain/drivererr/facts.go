package drivererr

import (
	"strconv"
	"strings"
)

func (rd *reader) findFacts() {
	r, low := rd.r, rd.low
	r.Topology = rd.topology()
	r.SetName = firstValue(rd.text, low, []string{"set name: ", "setname: '", "setname: \"", "replicasetname: '"}, ",'\"\n }")
	r.SRVName = rd.srvName()
	if i := strings.Index(low, "querytxt e"); i >= 0 {
		j := i + len("querytxt e")
		for j < len(low) && low[j] != ' ' && low[j] != '\n' {
			j++
		}
		r.TXTName = strings.TrimRight(token(rd.text, j+1), ".")
	}
	rd.timeouts()
	if s := firstValue(rd.text, low, []string{"source='"}, "'"); s != "" {
		r.AuthSource = s
	}
	r.AuthMechanism = rd.mechanism()
	r.Option = rd.option()
}

// topologies maps the names drivers print (lower case) to the SDAM
// specification's. (A table, not a map: a map literal is built at
// start-up, and this one is read once per error text.)
var topologies = [...]struct{ printed, name string }{
	{"unknown", "Unknown"}, {"single", "Single"}, {"standalone", "Single"},
	{"replicasetnoprimary", "ReplicaSetNoPrimary"}, {"replicasetwithprimary", "ReplicaSetWithPrimary"},
	{"replica_set", "ReplicaSet"}, {"replicaset", "ReplicaSet"},
	{"sharded", "Sharded"}, {"load_balanced", "LoadBalanced"}, {"loadbalanced", "LoadBalanced"},
}

func (rd *reader) topology() string {
	t := firstValue(rd.text, rd.low, []string{
		"topology_type: ",                                                   // PyMongo
		"current topology: { type: ",                                        // Go
		"topology: { type: ",                                                // Rust
		"cluster state is {type=",                                           // Java
		"type : \"",                                                         // C# (the cluster's, printed before the servers')
		"topologydescription {\n  type: '", "topologydescription { type: '", // Node.js
	}, ",'\"\n }")
	if t == "" {
		// Node.js over several lines: the first "type: '" after TopologyDescription.
		if i := strings.Index(rd.low, "topologydescription {"); i >= 0 {
			t = firstValue(rd.text[i:], rd.low[i:], []string{"type: '"}, "'")
		}
	}
	t = strings.ToLower(t)
	for _, x := range topologies {
		if x.printed == t {
			return x.name
		}
	}
	return ""
}

// srvName finds the first _service._tcp.name in the text.
func (rd *reader) srvName() string {
	low := rd.low
	i := strings.Index(low, "._tcp.")
	if i < 0 {
		return ""
	}
	start := i
	for start > 0 && isNameByte(low[start-1]) {
		start--
	}
	if low[start] != '_' {
		return ""
	}
	end := i + len("._tcp.")
	for end < len(low) && isNameByte(low[end]) {
		end++
	}
	return strings.TrimRight(low[start:end], ".")
}

func isNameByte(c byte) bool {
	return c == '.' || c == '-' || c == '_' || isDigit(c) || 'a' <= c && c <= 'z'
}

// timeoutWords: the words before a number of milliseconds (or seconds,
// when scale is 1000) and the option the number is.
var timeoutWords = []struct {
	word, option string
	scale        float64
}{
	{"server selection timed out after ", "serverSelectionTimeoutMS", 1}, // Node.js
	{"timed out after ", "serverSelectionTimeoutMS", 1},                  // Java: "Timed out after 30000 ms while waiting"
	{"a timeout occurred after ", "serverSelectionTimeoutMS", 1},         // C#
	{"a timeout occured after ", "serverSelectionTimeoutMS", 1},
	{", timeout: ", "serverSelectionTimeoutMS", 1000}, // PyMongo: "Timeout: 30s"
	{"sockettimeoutms: ", "socketTimeoutMS", 1},       // PyMongo: "(configured timeouts: socketTimeoutMS: 20000.0ms, ..."
	{"connecttimeoutms: ", "connectTimeoutMS", 1},
	{"buffering timed out after ", "bufferTimeoutMS", 1}, // Mongoose
	{"waitqueuetimeoutms: ", "waitQueueTimeoutMS", 1},
}

func (rd *reader) timeouts() {
	low := rd.low
	for _, w := range timeoutWords {
		i := strings.Index(low, w.word)
		if i < 0 {
			continue
		}
		j := i + len(w.word)
		k := j
		for k < len(low) && (isDigit(low[k]) || low[k] == '.') && k-j < 15 {
			k++
		}
		f, err := strconv.ParseFloat(low[j:k], 64)
		if err != nil || k == j {
			continue
		}
		// Java's "timed out after" also opens Node's message, already read.
		if _, dup := rd.r.Timeout(w.option); dup {
			continue
		}
		if w.word == "timed out after " && !strings.Contains(low[k:min(len(low), k+60)], "while waiting") {
			continue
		}
		unit := strings.TrimLeft(low[k:min(len(low), k+3)], " ")
		ms := f * w.scale
		if w.scale == 1 && strings.HasPrefix(unit, "s") && !strings.HasPrefix(unit, "se") {
			ms = f * 1000
		}
		rd.r.Timeouts = append(rd.r.Timeouts, Timeout{Name: w.option, MS: int64(ms)})
	}
}

func (rd *reader) mechanism() string {
	m := firstValue(rd.text, rd.low, []string{
		"mechanism=",                     // Java: MongoCredential{mechanism=SCRAM-SHA-1, ...
		"using mechanism \"",             // Go
		"using sasl protocol mechanism ", // C#
		"authentication for mechanism ",  // server
		"mechanism: ",
	}, ",\"' .\n}")
	if strings.EqualFold(m, "null") {
		return ""
	}
	return m
}

// option reads the option an "is not supported" or "unknown option" error names.
func (rd *reader) option() string {
	low := rd.low
	for _, end := range []string{" is not supported", " are not supported"} {
		if i := strings.Index(low, end); i >= 0 {
			if o := strings.LastIndex(low[:i], "option"); o >= 0 && i-o < 200 {
				names := strings.TrimPrefix(rd.text[o+len("option"):i], "s")
				first, _, _ := strings.Cut(names, ",")
				return strings.Trim(first, "'\"` ")
			}
		}
	}
	for _, w := range []string{"unknown option ", "unknown option: ", "unsupported uri option \"", "unsupported option ", "unrecognized option: ", "unknown uri option \""} {
		if i := strings.Index(low, w); i >= 0 {
			return strings.Trim(token(rd.text, i+len(w)), "'\"`:,.")
		}
	}
	return ""
}

// firstValue returns the text after the first key found (in key order)
// up to the first byte of stops.
func firstValue(text, low string, keys []string, stops string) string {
	for _, k := range keys {
		i := strings.Index(low, k)
		if i < 0 {
			continue
		}
		i += len(k)
		j := i
		for j < len(text) && j-i < 200 && strings.IndexByte(stops, text[j]) < 0 {
			j++
		}
		if v := strings.TrimSpace(text[i:j]); v != "" {
			return v
		}
	}
	return ""
}

// token reads a host, address or name starting at i; "" when i is past
// the end (a text cut right after the words that announce the token).
func token(text string, i int) string {
	if i >= len(text) {
		return ""
	}
	j := i
	for j < len(text) && j-i < 300 && isTokenByte(text[j]) {
		j++
	}
	t := strings.TrimRight(text[i:j], ".:,")
	// A closing bracket belongs to an IPv6 literal only if one opened it.
	if strings.HasSuffix(t, "]") && !strings.HasPrefix(t, "[") {
		t = strings.TrimRight(t, "]")
	}
	return t
}

func isTokenByte(c byte) bool {
	return isNameByte(c) || 'A' <= c && c <= 'Z' || c == ':' || c == '[' || c == ']' || c == '%'
}
