package drivers

import (
	"net/url"
	"strconv"
	"strings"
)

// The Go driver (v2, x/mongo/driver/connstring): how ParseAndValidate reads
// a string, step by step, and the first error it returns. Checked against
// the driver by scripts/driverbench's differential test.

// goValue checks one option value the way the Go driver does; it returns
// false when the driver returns an error for it.
type goValue func(v string) bool

func goInt(v string) bool { n, err := strconv.Atoi(v); return err == nil && n >= 0 }

func goBool(v string) bool { return v == "true" || v == "false" }

func goFoldBool(v string) bool { return strings.EqualFold(v, "true") || strings.EqualFold(v, "false") }

func goRange(v string, lo, hi int) bool {
	n, err := strconv.Atoi(v)
	return err == nil && lo <= n && n <= hi
}

func goZlibLevel(v string) bool { return goRange(v, -1, 9) }

func goZstdLevel(v string) bool { return goRange(v, -1, 22) }

// goOptions lists, by lower-case key, the options whose value the Go driver
// checks while parsing. Keys it does not list are taken as they are
// (unknown ones included: it keeps them and says nothing). A list, not a
// map: static data costs the WebAssembly module no start-up code.
var goOptions = [...]struct {
	key   string
	check goValue
}{
	{"connecttimeoutms", goInt},
	{"heartbeatintervalms", goInt},
	{"heartbeatfrequencyms", goInt},
	{"localthresholdms", goInt},
	{"maxidletimems", goInt},
	{"maxpoolsize", goInt},
	{"minpoolsize", goInt},
	{"maxconnecting", goInt},
	{"maxstaleness", goInt},
	{"maxstalenessseconds", goInt},
	{"serverselectiontimeoutms", goInt},
	{"sockettimeoutms", goInt},
	{"timeoutms", goInt},
	{"maxadaptiveretries", goInt},
	{"srvmaxhosts", goInt},
	{"journal", goBool},
	{"loadbalanced", goBool},
	{"retrywrites", goBool},
	{"retryreads", goBool},
	{"enableoverloadretargeting", goBool},
	{"ssl", goBool},
	{"tls", goBool},
	{"sslinsecure", goBool},
	{"tlsinsecure", goBool},
	{"tlsdisablecertificaterevocationcheck", goBool},
	{"tlsdisableocspendpointcheck", goBool},
	{"directconnection", goFoldBool},
	{"connect", func(v string) bool {
		return strings.EqualFold(v, "automatic") || strings.EqualFold(v, "direct")
	}},
	{"servermonitoringmode", func(v string) bool { return v == "auto" || v == "stream" || v == "poll" }},
	{"zlibcompressionlevel", goZlibLevel},
	{"zstdcompressionlevel", goZstdLevel},
	{"w", func(v string) bool {
		n, err := strconv.Atoi(v)
		return err != nil || n >= 0
	}},
	{"readpreferencetags", func(v string) bool {
		if v == "" {
			return true
		}
		for _, item := range strings.Split(v, ",") {
			if len(strings.Split(item, ":")) != 2 {
				return false
			}
		}
		return true
	}},
	{"authmechanismproperties", func(v string) bool {
		for _, item := range strings.Split(v, ",") {
			k, _, ok := strings.Cut(item, ":")
			if !ok || k == "" {
				return false
			}
		}
		return true
	}},
}

// goCheck returns the Go driver's check of the lower-case key, if any.
func goCheck(key string) (goValue, bool) {
	for _, o := range goOptions {
		if o.key == key {
			return o.check, true
		}
	}
	return nil, false
}

// goTLSFileOptions turn TLS on when given.
var goTLSFileOptions = []string{"sslclientcertificatekeyfile", "tlscertificatekeyfile", "tlscertificatefile",
	"tlsprivatekeyfile", "sslcertificateauthorityfile", "tlscafile",
	"tlsdisablecertificaterevocationcheck", "tlsdisableocspendpointcheck"}

// goState is what the Go driver has read so far.
type goState struct {
	s                   *subject
	user, pass          string
	userSet, passSet    bool
	hosts               int
	opts                map[string]string // last value of each lower-case key
	props               map[string]string // the last authMechanismProperties
	ssl, sslSet         bool
	tlsssl              *bool
	certKeyFile         bool
	certFile, keyFile   bool
	authSourceSet       bool
	directSet, directOn bool
	srv                 bool
}

// goRejects returns the Go driver's first error for the string, or "".
func goRejects(s *subject) string {
	// A mongodb+srv:// string is followed up to the DNS lookups the driver
	// makes while parsing it: the rules on the hosts DNS would return are
	// left out (the differential test has no mongodb+srv:// strings).
	var st goState
	st.s = s
	st.srv = s.srv
	st.opts = map[string]string{}
	uri := s.rest
	if i := strings.IndexByte(uri, '@'); i >= 0 { // the first '@', wherever it is
		info := uri[:i]
		uri = uri[i+1:]
		user, pass, hasPass := strings.Cut(info, ":")
		st.passSet = hasPass
		if strings.Contains(user, "/") {
			return "the Go driver reads everything before the first '@' as user information, and the username part holds a '/' (unescaped slash in username)"
		}
		var err error
		if st.user, err = url.PathUnescape(user); err != nil {
			return "the Go driver cannot decode the username (a '%' that is not an escape)"
		}
		st.userSet = true
		if strings.Contains(pass, ":") {
			return "the Go driver rejects an unescaped ':' in the password"
		}
		if strings.Contains(pass, "/") {
			return "the Go driver rejects an unescaped '/' in the password"
		}
		if st.pass, err = url.PathUnescape(pass); err != nil {
			return "the Go driver cannot decode the password (a '%' that is not an escape)"
		}
	}
	hosts := uri
	if i := strings.IndexAny(uri, "/?@"); i >= 0 {
		switch uri[i] {
		case '@':
			return "the Go driver rejects a second '@' in the user information (unescaped @ sign)"
		case '?':
			return "the Go driver needs a '/' between the hosts and the '?' of the options"
		}
		hosts = uri[:i]
	}
	for _, h := range strings.Split(hosts, ",") {
		if h == "" {
			continue
		}
		if reason := goHost(h); reason != "" {
			return reason
		}
		st.hosts++
	}
	uri = uri[len(hosts):]
	if uri != "" { // "/" then the database, up to '?'
		uri = uri[1:]
		db := uri
		if i := strings.IndexByte(uri, '?'); i >= 0 {
			db = uri[:i]
		}
		if _, err := url.QueryUnescape(db); err != nil {
			return "the Go driver cannot decode the database name (a '%' that is not an escape)"
		}
		uri = uri[len(db):]
	}
	if uri != "" { // "?" then the options
		if reason := st.options(uri[1:]); reason != "" {
			return reason
		}
	}
	if st.srv && !st.sslSet {
		st.ssl = true // SRV turns TLS on unless the string says otherwise
	}
	if st.hosts == 0 {
		return "the Go driver needs at least one host"
	}
	if reason := st.authDefaults(); reason != "" {
		return reason
	}
	return st.validate()
}

// goHost mirrors the driver's sanitizeHost: decode, split host and port.
func goHost(h string) string {
	u, err := url.QueryUnescape(h)
	if err != nil {
		return "the Go driver cannot decode the host (a '%' that is not an escape)"
	}
	port, ok := splitHostPort(u)
	if !ok {
		return "the Go driver cannot split a host into a name and a port"
	}
	if port != "" {
		n, err := strconv.Atoi(port)
		if err != nil {
			return "the Go driver needs the port to be an integer"
		}
		if n <= 0 || n >= 65536 {
			return "the Go driver needs the port in the range [1, 65535]"
		}
	}
	return ""
}

// splitHostPort is net.SplitHostPort for a host that may lack its port
// (the case the driver tolerates): ok is false where it returns any other
// error.
func splitHostPort(h string) (port string, ok bool) {
	if strings.HasPrefix(h, "[") {
		end := strings.IndexByte(h, ']')
		if end < 0 {
			return "", false
		}
		switch {
		case end+1 == len(h), h[end+1] != ':':
			return "", true // "missing port", which the driver tolerates
		}
		if strings.ContainsAny(h[1:end], "[") || strings.ContainsAny(h[end+1:], "[]") {
			return "", false
		}
		port = h[end+2:]
		return port, !strings.Contains(port, ":")
	}
	switch strings.Count(h, ":") {
	case 0:
		return "", !strings.ContainsAny(h, "[]")
	case 1:
		i := strings.IndexByte(h, ':')
		return h[i+1:], !strings.ContainsAny(h, "[]")
	}
	return "", false
}

func (st *goState) options(q string) string {
	for _, p := range splitQuery(q, "&;", false) {
		if !p.hasEq || p.key == "" {
			return "the Go driver rejects an option without '=' or without a name (invalid option)"
		}
		key, err := url.QueryUnescape(p.key)
		if err != nil {
			return "the Go driver cannot decode an option name"
		}
		val, err := url.QueryUnescape(p.value)
		if err != nil {
			return "the Go driver cannot decode the value of " + st.s.optionName(key) + " (a '%' that is not an escape)"
		}
		lk := strings.ToLower(key)
		if (lk == "srvmaxhosts" || lk == "srvservicename") && !st.srv {
			return "the Go driver rejects " + st.s.tableName(lk) + " in a mongodb:// string"
		}
		if lk == "srvservicename" && (len(val) < 1 || len(val) > 62) {
			return "the Go driver needs srvServiceName to be 1 to 62 characters long"
		}
		if check, ok := goCheck(lk); ok && !check(val) {
			return "the Go driver rejects the value of " + st.s.tableName(lk) + " (invalid value)"
		}
		switch lk {
		case "authmechanismproperties":
			st.props = map[string]string{}
			for _, item := range strings.Split(val, ",") {
				k, v, _ := strings.Cut(item, ":")
				st.props[k] = v
			}
		case "authsource":
			st.authSourceSet = true
		case "ssl", "tls":
			b := val == "true"
			if st.tlsssl != nil && *st.tlsssl != b {
				return "the Go driver rejects tls and ssl with different values"
			}
			st.tlsssl = &b
			st.ssl, st.sslSet = b, true
		case "directconnection":
			// "false" after "true" leaves it true: the driver only ever sets it.
			st.directSet, st.directOn = true, st.directOn || strings.EqualFold(val, "true")
		case "sslclientcertificatekeyfile", "tlscertificatekeyfile":
			st.certKeyFile = true
		case "tlscertificatefile":
			st.certFile = true
		case "tlsprivatekeyfile":
			st.keyFile = true
		}
		for _, f := range goTLSFileOptions {
			if lk == f {
				st.ssl, st.sslSet = true, true
			}
		}
		st.opts[lk] = val
	}
	return ""
}

// authDefaults mirrors setDefaultAuthParams: the mechanism must be known
// (in any case) and external mechanisms take authSource=$external only.
func (st *goState) authDefaults() string {
	src, hasSrc := st.opts["authsource"]
	if hasSrc && src == "" {
		return "the Go driver rejects an empty authSource"
	}
	switch strings.ToLower(st.opts["authmechanism"]) {
	case "", "plain", "scram-sha-1", "scram-sha-256":
	case "gssapi", "mongodb-aws", "mongodb-x509", "mongodb-oidc":
		if hasSrc && src != "$external" {
			return "the Go driver needs authSource=$external for " + st.opts["authmechanism"]
		}
	default:
		return "the Go driver does not know the authentication mechanism (invalid auth mechanism)"
	}
	return ""
}

// validate mirrors ConnString.Validate.
func (st *goState) validate() string {
	mech := strings.ToUpper(st.opts["authmechanism"])
	hasProps := st.props != nil
	switch mech {
	case "MONGODB-X509":
		if st.pass != "" {
			return "the Go driver rejects a password with MONGODB-X509"
		}
		if hasProps {
			return "the Go driver rejects mechanism properties with MONGODB-X509"
		}
	case "MONGODB-AWS":
		if st.user != "" && st.pass == "" {
			return "the Go driver rejects a username without a password for MONGODB-AWS"
		}
		if st.user == "" && st.pass != "" {
			return "the Go driver rejects a password without a username for MONGODB-AWS"
		}
		token := false
		for k := range st.props {
			if k != "AWS_SESSION_TOKEN" {
				return "the Go driver rejects any mechanism property but AWS_SESSION_TOKEN, in that case, for MONGODB-AWS"
			}
			token = true
		}
		if token && st.user == "" && st.pass == "" {
			return "the Go driver rejects AWS_SESSION_TOKEN without a username and password"
		}
	case "GSSAPI":
		if st.user == "" {
			return "the Go driver needs a username for GSSAPI"
		}
		for k := range st.props {
			switch k {
			case "SERVICE_NAME", "CANONICALIZE_HOST_NAME", "SERVICE_REALM", "SERVICE_HOST":
			default:
				return "the Go driver knows only SERVICE_NAME, CANONICALIZE_HOST_NAME, SERVICE_REALM and SERVICE_HOST, in upper case, for GSSAPI"
			}
		}
	case "PLAIN", "SCRAM-SHA-1", "SCRAM-SHA-256":
		if st.user == "" {
			return "the Go driver needs a username for " + mech
		}
		if st.pass == "" {
			return "the Go driver needs a non-empty password for " + mech
		}
		if hasProps {
			return "the Go driver rejects mechanism properties with " + mech
		}
	case "MONGODB-OIDC":
		if st.pass != "" {
			return "the Go driver rejects a password with MONGODB-OIDC"
		}
	case "":
		if st.userSet && st.user == "" {
			return "the Go driver needs a username when the string has user information"
		}
	}
	// With tlsCertificateKeyFile the driver checks that one conflict and
	// none of the rest.
	if st.ssl && st.certKeyFile && (st.certFile || st.keyFile) {
		return "the Go driver rejects tlsCertificateKeyFile with tlsCertificateFile or tlsPrivateKeyFile"
	}
	if st.ssl && !st.certKeyFile {
		_, ocsp := st.opts["tlsdisableocspendpointcheck"]
		_, crl := st.opts["tlsdisablecertificaterevocationcheck"]
		_, insecure := st.opts["tlsinsecure"]
		if _, ok := st.opts["sslinsecure"]; ok {
			insecure = true
		}
		switch {
		case st.certFile != st.keyFile:
			return "the Go driver needs tlsCertificateFile and tlsPrivateKeyFile together"
		case ocsp && crl:
			return "the Go driver rejects tlsDisableOCSPEndpointCheck with tlsDisableCertificateRevocationCheck"
		case insecure && ocsp:
			return "the Go driver rejects tlsInsecure with tlsDisableOCSPEndpointCheck"
		case insecure && crl:
			return "the Go driver rejects tlsInsecure with tlsDisableCertificateRevocationCheck"
		}
	}
	if w, ok := st.opts["w"]; ok && w != "" {
		if n, err := strconv.Atoi(w); err == nil && n == 0 && st.opts["journal"] == "true" {
			return "the Go driver rejects w=0 with journal=true"
		}
	}
	direct := st.directSet && st.directOn || strings.EqualFold(st.opts["connect"], "direct")
	lb := st.opts["loadbalanced"] == "true"
	if direct && st.srv {
		return "the Go driver rejects directConnection=true with mongodb+srv://"
	}
	if direct && !st.srv {
		if st.hosts > 1 {
			return "the Go driver rejects directConnection=true with more than one host"
		}
		if lb {
			return "the Go driver rejects directConnection=true with loadBalanced=true"
		}
	}
	if n, err := strconv.Atoi(st.opts["srvmaxhosts"]); err == nil && n > 0 {
		if st.opts["replicaset"] != "" {
			return "the Go driver rejects srvMaxHosts with replicaSet"
		}
		if lb {
			return "the Go driver rejects srvMaxHosts with loadBalanced=true"
		}
	}
	if lb {
		if st.hosts > 1 && !st.srv {
			return "the Go driver rejects loadBalanced=true with more than one host"
		}
		if st.opts["replicaset"] != "" {
			return "the Go driver rejects loadBalanced=true with replicaSet"
		}
	}
	if mech == "MONGODB-OIDC" {
		if _, ok := st.props["ALLOWED_HOSTS"]; ok {
			return "the Go driver rejects ALLOWED_HOSTS in the string"
		}
	}
	return ""
}
