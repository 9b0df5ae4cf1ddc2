package drivers

import (
	"net/netip"

	"github.com/mongouri/mongouri/connstr"
	"net/url"
	"strconv"
	"strings"
	"unicode/utf8"
)

// The Node.js driver (7.x): how new MongoClient(uri) reads a string
// (mongodb-connection-string-url, then parseOptions), and the first error
// it throws. Checked against the driver by scripts/driverbench's
// differential test.

// nodeKind is how the Node.js driver checks an option's value.
type nodeKind uint8

const (
	nodeString  nodeKind = iota // any text
	nodeBool                    // "true" or "false", exactly
	nodeInt                     // what parseInt reads as a number ("10s" is 10)
	nodeUint                    // the same, not negative
	nodeCustom                  // checked by nodeValue
	nodeNotText                 // an option of the client's options object that a string cannot set
)

// nodeOptions lists the options the Node.js driver takes in a string, by
// lower-case name. Any other name makes it throw ("option ... is not
// supported"). A list, not a map: static data costs the WebAssembly module
// no start-up code.
var nodeOptions = [...]nodeOption{
	{"appname", nodeString}, {"authmechanism", nodeCustom}, {"authmechanismproperties", nodeCustom}, {"authsource", nodeString},
	{"autoselectfamily", nodeBool}, {"autoselectfamilyattempttimeout", nodeUint}, {"compressors", nodeCustom}, {"connecttimeoutms", nodeUint},
	{"directconnection", nodeBool}, {"enableoverloadretargeting", nodeBool}, {"heartbeatfrequencyms", nodeUint}, {"j", nodeCustom},
	{"journal", nodeCustom}, {"loadbalanced", nodeBool}, {"localthresholdms", nodeUint}, {"maxadaptiveretries", nodeUint},
	{"maxconnecting", nodeCustom}, {"maxidletimems", nodeUint}, {"maxpoolsize", nodeUint}, {"maxstalenessseconds", nodeCustom},
	{"mininternalbuffersize", nodeUint}, {"minpoolsize", nodeUint}, {"minheartbeatfrequencyms", nodeUint}, {"monitorcommands", nodeBool},
	{"nodelay", nodeBool}, {"proxyhost", nodeString}, {"proxypassword", nodeString}, {"proxyport", nodeUint},
	{"proxyusername", nodeString}, {"readconcernlevel", nodeString}, {"readpreference", nodeCustom}, {"readpreferencetags", nodeCustom},
	{"replicaset", nodeString}, {"retryreads", nodeBool}, {"retrywrites", nodeBool}, {"servermonitoringmode", nodeCustom},
	{"serverselectiontimeoutms", nodeUint}, {"servername", nodeString}, {"sockettimeoutms", nodeUint}, {"srvallowedhostssuffix", nodeString},
	{"srvmaxhosts", nodeUint}, {"srvservicename", nodeString}, {"ssl", nodeBool}, {"timeoutms", nodeString},
	{"tls", nodeBool}, {"tlsallowinvalidcertificates", nodeBool}, {"tlsallowinvalidhostnames", nodeBool}, {"tlscafile", nodeString},
	{"tlscrlfile", nodeString}, {"tlscertificatekeyfile", nodeString}, {"tlscertificatekeyfilepassword", nodeString}, {"tlsinsecure", nodeBool},
	{"w", nodeString}, {"waitqueuetimeoutms", nodeUint}, {"wtimeout", nodeUint}, {"wtimeoutms", nodeUint},
	{"zlibcompressionlevel", nodeInt}, {"dbname", nodeString}, {"bsonregexp", nodeBool}, {"checkkeys", nodeBool},
	{"enableutf8validation", nodeBool}, {"forceserverobjectid", nodeBool}, {"ignoreundefined", nodeBool}, {"promotebuffers", nodeBool},
	{"promotelongs", nodeBool}, {"promotevalues", nodeBool}, {"usebigint64", nodeBool}, {"raw", nodeBool},
	{"serializefunctions", nodeBool}, {"fsync", nodeCustom}, {"mongodblogmaxdocumentlength", nodeUint}, {"autoencryption", nodeNotText},
	{"driverinfo", nodeNotText}, {"fieldsasraw", nodeNotText}, {"runtimeadapters", nodeNotText}, {"serverapi", nodeNotText},
	{"srvhostvalidator", nodeNotText}, {"auth", nodeNotText}, {"pkfactory", nodeNotText},
}

type nodeOption struct {
	key  string
	kind nodeKind
}

func findNodeOption(list []nodeOption, key string) (nodeKind, bool) {
	for _, o := range list {
		if o.key == key {
			return o.kind, true
		}
	}
	return 0, false
}

// nodeOptionsSince7 are the options only the current major knows, and
// nodeOptionsUntil7 those only the previous one knows (no-ops by then).
var (
	nodeOptionsSince7 = []string{"enableoverloadretargeting", "maxadaptiveretries", "runtimeadapters", "srvallowedhostssuffix", "srvhostvalidator"}
	nodeOptionsUntil7 = []nodeOption{{"usenewurlparser", nodeBool}, {"useunifiedtopology", nodeBool}}
)

// nodeKindOf returns how the given major checks option k, and whether it
// knows it at all.
func nodeKindOf(k string, major int) (nodeKind, bool) {
	if major < 7 {
		if kind, ok := findNodeOption(nodeOptionsUntil7, k); ok {
			return kind, true
		}
		if contains(nodeOptionsSince7, k) {
			return 0, false
		}
	}
	return findNodeOption(nodeOptions[:], k)
}

// nodeIgnored are options it takes without a value (deprecated and ignored).
var nodeIgnored = []string{"timeoutms"}

// nodeMechanisms are the mechanisms it knows, matched in any case; the
// previous major also knows MONGODB-CR.
var nodeMechanisms = []string{"MONGODB-AWS", "DEFAULT", "GSSAPI", "PLAIN", "SCRAM-SHA-1", "SCRAM-SHA-256", "MONGODB-X509", "MONGODB-OIDC"}

// nodeReadModes are the read preference modes, in their one accepted case.
var nodeReadModes = []string{"primary", "primaryPreferred", "secondary", "secondaryPreferred", "nearest"}

// nodeParseInt is JavaScript's Number.parseInt(s, 10): leading white space,
// a sign, then as many digits as there are.
func nodeParseInt(s string) (int64, bool) {
	s = strings.TrimLeft(s, " \t\n\r\v\f")
	neg := false
	if s != "" && (s[0] == '+' || s[0] == '-') {
		neg, s = s[0] == '-', s[1:]
	}
	n, digits := int64(0), 0
	for ; digits < len(s) && '0' <= s[digits] && s[digits] <= '9'; digits++ {
		if n < 1<<53 {
			n = n*10 + int64(s[digits]-'0')
		}
	}
	if digits == 0 {
		return 0, false
	}
	if neg {
		n = -n
	}
	return n, true
}

// nodeFormDecode decodes a query key or value as URLSearchParams does:
// '+' is a space, and a '%' that starts no escape stays as it is.
func nodeFormDecode(s string) string {
	s = strings.ReplaceAll(s, "+", " ")
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '%' && i+2 < len(s) && ishex(s[i+1]) && ishex(s[i+2]) {
			v, _ := strconv.ParseUint(s[i+1:i+3], 16, 8)
			b.WriteByte(byte(v))
			i += 2
			continue
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

func ishex(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

// nodeDecodeComponent reports whether decodeURIComponent takes s: every
// '%' starts an escape, and the bytes decode as UTF-8.
func nodeDecodeComponent(s string) bool {
	d, err := url.PathUnescape(s)
	return err == nil && validUTF8(d)
}

func validUTF8(s string) bool { return utf8.ValidString(s) }

// nodeRejects returns the Node.js driver's first error for the string, or "".
func nodeRejects(s *subject, major int) string {
	rest := s.rest
	// mongodb-connection-string-url: userinfo up to the first '@', the hosts
	// up to the first '/', '?' or '@'.
	user, pass, hasUser, hasPass := "", "", false, false
	if at := strings.IndexByte(rest, '@'); at >= 0 {
		info := rest[:at]
		if c := strings.IndexByte(info, ':'); c >= 0 {
			user, pass, hasPass = info[:c], info[c+1:], true
		} else {
			user = info
		}
		hasUser = true
		rest = rest[at+1:]
	}
	hostsEnd := strings.IndexAny(rest, "/?@")
	if hostsEnd < 0 {
		hostsEnd = len(rest)
	}
	hosts, tail := rest[:hostsEnd], rest[hostsEnd:]
	if hosts == "" || strings.HasPrefix(hosts, ":") {
		return "the Node.js driver needs a host list (Protocol and host list are required)"
	}
	if !nodeDecodeComponent(user) || !nodeDecodeComponent(pass) {
		return "the Node.js driver cannot decode the user information (URI malformed)"
	}
	const illegal = ":/?#[]@"
	if strings.ContainsAny(user, illegal) {
		return "the Node.js driver rejects unescaped characters (: / ? # [ ] @) in the username"
	}
	if hasUser && (user == "" || !hasPass || pass == "") && (strings.HasPrefix(s.rest, "@") || strings.HasPrefix(s.rest, ":")) {
		return "the Node.js driver rejects an empty user information section"
	}
	if strings.ContainsAny(pass, illegal) {
		return "the Node.js driver rejects unescaped characters (: / ? # [ ] @) in the password"
	}
	if i := strings.IndexAny(tail, "/?@"); i >= 0 && tail[i] == '@' {
		return "the Node.js driver rejects an '@' after the hosts (Invalid connection string)"
	}
	if s.srv && strings.Contains(hosts, ",") {
		return "the Node.js driver takes one host name with mongodb+srv:// (cannot have multiple service names)"
	}
	if s.srv && strings.Contains(hosts, ":") {
		return "the Node.js driver takes no port with mongodb+srv://"
	}
	if !s.srv {
		for _, h := range strings.Split(hosts, ",") {
			if reason := nodeHost(h); reason != "" {
				return reason
			}
		}
	}
	// The path and the query, through the WHATWG URL parser.
	path, query := tail, ""
	if q := strings.IndexByte(tail, '?'); q >= 0 {
		path, query = tail[:q], tail[q+1:]
	}
	if db := strings.TrimPrefix(path, "/"); db != "" && !nodeDecodeComponent(db) {
		return "the Node.js driver cannot decode the database name (URI malformed)"
	}
	return nodeOptionsCheck(s, query, hasUser, user, pass, hasPass, strings.Count(hosts, ",")+1, major)
}

// nodeHost mirrors HostAddress.fromString: the WHATWG URL parser's view of
// host:port for a URL of an unknown scheme.
func nodeHost(h string) string {
	esc := strings.ReplaceAll(h, " ", "%20")
	if strings.HasSuffix(esc, ".sock") {
		if !nodeDecodeComponent(esc) {
			return "the Node.js driver cannot decode a socket path"
		}
		return ""
	}
	name, port := esc, ""
	if strings.HasPrefix(esc, "[") {
		end := strings.IndexByte(esc, ']')
		if end < 0 {
			return "the Node.js driver cannot parse a host (Unable to parse with URL)"
		}
		if a, err := netip.ParseAddr(esc[1:end]); err != nil || !a.Is6() || a.Zone() != "" {
			return "the Node.js driver cannot parse an IPv6 address"
		}
		name = esc[:end+1]
		switch after := esc[end+1:]; {
		case after == "":
		case after[0] == ':':
			port = after[1:]
		default:
			return "the Node.js driver cannot parse a host (Unable to parse with URL)"
		}
	} else if c := strings.IndexByte(esc, ':'); c >= 0 {
		name, port = esc[:c], esc[c+1:]
	}
	if !strings.HasPrefix(name, "[") && strings.ContainsAny(name, " #/<>?@[\\]^|\t\n\r\x00") {
		return "the Node.js driver cannot parse a host (Unable to parse with URL)"
	}
	if !strings.HasPrefix(name, "[") && !nodeDecodeComponent(name) {
		return "the Node.js driver cannot decode a host (URI malformed)"
	}
	if port != "" {
		for i := 0; i < len(port); i++ {
			if port[i] < '0' || port[i] > '9' {
				return "the Node.js driver cannot parse a port (Unable to parse with URL)"
			}
		}
		n, err := strconv.Atoi(port)
		if err != nil || n > 65535 {
			return "the Node.js driver rejects a port above 65535"
		}
		if n == 0 {
			return "the Node.js driver rejects port 0"
		}
	}
	return ""
}

// nodeOptionsCheck mirrors parseOptions for the query (split on '&' only).
func nodeOptionsCheck(s *subject, query string, hasUser bool, user, pass string, hasPass bool, hosts, major int) string {
	// URLSearchParams keeps keys as written; the driver looks each one up
	// in any case, finds its first spelling, and takes that spelling's
	// values only: the checks for repeats and empty values see those.
	exact := map[string][]string{}
	var keys []string
	if query != "" {
		for _, item := range strings.Split(query, "&") {
			if item == "" {
				continue
			}
			k, v, _ := strings.Cut(item, "=")
			key := nodeFormDecode(k)
			if _, seen := exact[key]; !seen {
				keys = append(keys, key)
			}
			exact[key] = append(exact[key], nodeFormDecode(v))
		}
	}
	vals := map[string][]string{} // lower-case key -> the values of its first spelling
	var order []string
	for _, k := range keys {
		lk, v := strings.ToLower(k), exact[k]
		if _, ok := vals[lk]; ok {
			continue // another spelling: only the first one is looked at
		}
		if lk != "readpreferencetags" && len(v) > 1 {
			return "the Node.js driver rejects an option given more than once (" + s.optionName(lk) + ")"
		}
		if lk != "readpreferencetags" && !contains(nodeIgnored, lk) && contains(v, "") {
			return "the Node.js driver rejects an option without a value (" + s.optionName(lk) + ")"
		}
		vals[lk] = v
		order = append(order, lk)
	}
	get := func(k string) (string, bool) {
		if v, ok := vals[k]; ok {
			return v[0], true
		}
		return "", false
	}
	if v, ok := get("authmechanismproperties"); ok && (strings.HasPrefix(v, "ALLOWED_HOSTS:") || strings.Contains(v, ",ALLOWED_HOSTS:")) {
		return "the Node.js driver rejects ALLOWED_HOSTS in the string"
	}
	var tls []string
	tls = append(tls, vals["tls"]...)
	tls = append(tls, vals["ssl"]...)
	for _, v := range tls {
		if v != "true" && v != "false" {
			return "the Node.js driver needs tls/ssl to be true or false"
		}
		if v != tls[0] {
			return "the Node.js driver needs every tls/ssl value to be the same"
		}
	}
	_, insecure := vals["tlsinsecure"]
	if _, ok := vals["tlsallowinvalidcertificates"]; ok && insecure {
		return "the Node.js driver rejects tlsInsecure with tlsAllowInvalidCertificates"
	}
	if _, ok := vals["tlsallowinvalidhostnames"]; ok && insecure {
		return "the Node.js driver rejects tlsInsecure with tlsAllowInvalidHostnames"
	}
	var unknown []string
	for _, k := range order {
		if _, ok := nodeKindOf(k, major); !ok {
			unknown = append(unknown, s.name(k))
		}
	}
	if len(unknown) > 0 {
		names := make([]string, len(unknown))
		for i, k := range unknown {
			names[i] = s.optionName(k)
		}
		return "the Node.js driver rejects options it does not support (" + strings.Join(names, ", ") + ")"
	}
	for _, k := range order {
		v := vals[k][0]
		kind, _ := nodeKindOf(k, major)
		switch kind {
		case nodeBool:
			if v != "true" && v != "false" {
				return "the Node.js driver needs " + s.tableName(k) + " to be \"true\" or \"false\""
			}
		case nodeInt:
			if _, ok := nodeParseInt(v); !ok {
				return "the Node.js driver needs " + s.tableName(k) + " to be a whole number"
			}
		case nodeUint:
			if n, ok := nodeParseInt(v); !ok || n < 0 {
				return "the Node.js driver needs " + s.tableName(k) + " to be a whole number, not negative"
			}
		case nodeNotText:
			return "the Node.js driver takes " + s.tableName(k) + " only in the client's options, not in the string"
		case nodeCustom:
			for _, v := range vals[k] { // readPreferenceTags may have several
				if reason := nodeCustomValue(s, k, v, vals, major); reason != "" {
					return reason
				}
			}
		}
	}
	return nodeCredentials(s, vals, hasUser, user, pass, hasPass, hosts, major)
}

// first1 returns the first value of k, or "".
func first1(vals map[string][]string, k string) string {
	if v := vals[k]; len(v) > 0 {
		return v[0]
	}
	return ""
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func nodeCustomValue(s *subject, k, v string, vals map[string][]string, major int) string {
	switch k {
	case "authmechanism":
		if nodeMechanism(v) == "" && !(major < 7 && strings.EqualFold(v, "MONGODB-CR")) {
			return "the Node.js driver does not know the authentication mechanism"
		}
	case "authmechanismproperties", "readpreferencetags":
		for _, item := range strings.Split(v, ",") {
			if v == "" {
				break
			}
			if !strings.Contains(item, ":") {
				return "the Node.js driver needs " + s.tableName(k) + " as key:value pairs"
			}
		}
	case "compressors":
		for _, c := range strings.Split(v, ",") {
			if !contains([]string{"none", "snappy", "zlib", "zstd"}, c) {
				return "the Node.js driver does not know a compressor in compressors"
			}
		}
	case "j", "journal", "fsync":
		if v != "true" && v != "false" {
			return "the Node.js driver needs " + s.tableName(k) + " to be \"true\" or \"false\""
		}
	case "maxconnecting":
		if n, ok := nodeParseInt(v); !ok || n <= 0 {
			return "the Node.js driver needs maxConnecting to be a whole number above 0"
		}
	case "maxstalenessseconds":
		if n, ok := nodeParseInt(v); !ok || n <= 0 {
			return "the Node.js driver needs maxStalenessSeconds to be a positive whole number"
		}
	case "readpreference":
		if !contains(nodeReadModes, v) {
			return "the Node.js driver does not know the read preference mode (modes are case-sensitive)"
		}
		if _, stale := vals["maxstalenessseconds"]; stale && v == "primary" {
			return "the Node.js driver rejects maxStalenessSeconds with the primary read preference"
		}
	case "servermonitoringmode":
		if v != "auto" && v != "poll" && v != "stream" {
			return "the Node.js driver needs serverMonitoringMode to be auto, poll or stream"
		}
	}
	return ""
}

// nodeMechanism finds the mechanism the driver matches v to, or "".
func nodeMechanism(v string) string {
	for _, m := range nodeMechanisms {
		if strings.EqualFold(m, v) {
			return m
		}
	}
	return ""
}

// nodeCredentials mirrors the credential checks (MongoCredentials.validate)
// and the topology checks at the end of parseOptions.
func nodeCredentials(s *subject, vals map[string][]string, hasUser bool, user, pass string, hasPass bool, hosts, major int) string {
	first := func(k string) (string, bool) {
		if v, ok := vals[k]; ok {
			return v[0], true
		}
		return "", false
	}
	mechText, hasMech := first("authmechanism")
	mech := nodeMechanism(mechText)
	props := map[string]string{}
	if v, ok := first("authmechanismproperties"); ok && v != "" {
		for _, item := range strings.Split(v, ",") {
			k, val, _ := strings.Cut(item, ":")
			props[k] = val
		}
	}
	userSet := hasUser && user != ""
	// Any of these makes the driver build credentials, and check them.
	if userSet || hasMech || vals["authmechanismproperties"] != nil || vals["authsource"] != nil {
		external := mech == "GSSAPI" || mech == "MONGODB-X509" || mech == "MONGODB-AWS" || mech == "MONGODB-OIDC"
		if src, ok := first("authsource"); ok && src != "$external" && (mech == "GSSAPI" || mech == "MONGODB-X509") {
			return "the Node.js driver needs authSource=$external for " + mech
		}
		if mech == "MONGODB-AWS" && major < 7 && userSet && pass == "" {
			return "the Node.js driver (6.x) needs a password with a username for MONGODB-AWS"
		}
		if mech == "MONGODB-AWS" && major >= 7 {
			if userSet || hasPass && pass != "" {
				return "the Node.js driver takes no username or password for MONGODB-AWS: it reads credentials the way the AWS SDK does"
			}
			if props["AWS_SESSION_TOKEN"] != "" {
				return "the Node.js driver takes no AWS_SESSION_TOKEN in the string: it reads credentials the way the AWS SDK does"
			}
		}
		switch mech {
		case "GSSAPI", "PLAIN", "SCRAM-SHA-1", "SCRAM-SHA-256":
			if !userSet {
				return "the Node.js driver needs a username for " + mech
			}
		case "MONGODB-OIDC":
			env := props["ENVIRONMENT"]
			switch {
			case userSet && env != "" && env != "azure":
				return "the Node.js driver rejects a username with ENVIRONMENT:" + env
			case userSet && pass != "":
				return "the Node.js driver rejects a password with MONGODB-OIDC"
			case (env == "azure" || env == "gcp") && props["TOKEN_RESOURCE"] == "":
				return "the Node.js driver needs TOKEN_RESOURCE with ENVIRONMENT:" + env
			case env != "" && !contains([]string{"test", "azure", "gcp", "k8s"}, env):
				return "the Node.js driver does not know the OIDC ENVIRONMENT"
			case env == "":
				return "the Node.js driver needs ENVIRONMENT (or a callback in code) for MONGODB-OIDC"
			}
		}
		if src, ok := first("authsource"); ok && external && src != "$external" {
			return "the Node.js driver needs authSource=$external for " + mech
		}
		if mech == "MONGODB-X509" && hasPass && pass != "" {
			return "the Node.js driver takes no password for MONGODB-X509"
		}
		if c, ok := props["CANONICALIZE_HOST_NAME"]; ok && !contains([]string{"true", "false", "none", "forward", "forwardAndReverse"}, c) {
			return "the Node.js driver does not know the CANONICALIZE_HOST_NAME value"
		}
	}
	lb, _ := first("loadbalanced")
	direct, _ := first("directconnection")
	if lb == "true" {
		switch {
		case hosts > 1:
			return "the Node.js driver rejects loadBalanced=true with more than one host"
		case vals["replicaset"] != nil:
			return "the Node.js driver rejects loadBalanced=true with replicaSet"
		case direct == "true":
			return "the Node.js driver rejects loadBalanced=true with directConnection=true"
		}
	}
	if s.srv {
		if direct == "true" {
			return "the Node.js driver rejects directConnection with mongodb+srv://"
		}
		if n, ok := nodeParseInt(first1(vals, "srvmaxhosts")); ok && n > 0 && vals["replicaset"] != nil {
			return "the Node.js driver rejects srvMaxHosts with replicaSet"
		}
		if n, ok := nodeParseInt(first1(vals, "srvmaxhosts")); ok && n > 0 && lb == "true" {
			return "the Node.js driver rejects srvMaxHosts with loadBalanced=true"
		}
		if v, ok := first("srvallowedhostssuffix"); ok && major >= 7 {
			// It applies every rule but the Public Suffix List, which its
			// source says it deliberately leaves out.
			if _, problem := connstr.AllowedHostsSuffix(v); problem != connstr.SuffixOK && problem != connstr.SuffixPublic {
				return "the Node.js driver rejects the srvAllowedHostsSuffix value: " + lowerFirst(problem.String())
			}
		}
	}
	if !s.srv {
		for _, k := range []string{"srvservicename", "srvmaxhosts", "srvallowedhostssuffix"} {
			if vals[k] != nil {
				return "the Node.js driver rejects " + s.tableName(k) + " in a mongodb:// string"
			}
		}
		if direct == "true" && hosts != 1 {
			return "the Node.js driver needs exactly one host with directConnection=true"
		}
	}
	_, ph := first("proxyhost")
	_, pp := first("proxyport")
	_, pu := first("proxyusername")
	_, pw := first("proxypassword")
	if !ph && (pp || pu || pw) {
		return "the Node.js driver needs proxyHost with the other proxy options"
	}
	if pu != pw {
		return "the Node.js driver needs proxyUsername and proxyPassword together"
	}
	return ""
}
