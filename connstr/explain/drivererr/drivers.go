package drivererr

import "strings"

// signs are words that only one driver prints: its error class names, the
// shape of its topology description, its source paths. The driver with
// the most signs printed the text; shells and frameworks built on a driver
// (mongosh, Mongoose on Node.js; PHP on libmongoc) win over it when their
// own signs are present.
var signs = []struct {
	driver Driver
	words  []string
}{
	{DriverMongosh, []string{"mongoshinvalidinputerror", "current mongosh log id", "mongosh", "[common-10001]"}},
	{DriverMongoose, []string{"mongoose", "buffering timed out after"}},
	{DriverNode, []string{"mongoserverselectionerror", "mongonetworkerror", "mongoparseerror", "mongoservererror", "mongoapierror",
		"mongonetworktimeouterror", "mongotopologyclosederror", "querysrv ", "querytxt ", "getaddrinfo e", "connect econnrefused",
		"connect etimedout", "topologydescription {", "node:internal", "node_modules", "node.js v", "mongoerror:", "at process.processticksandrejections",
		"client network socket disconnected", "errorlabelset", "failed to connect to server [", "mongonotconnectederror",
		"mongotopologyclosederror"}},
	{DriverPython, []string{"pymongo", "serverselectiontimeouterror", "topology description: <topologydescription", "autoreconnect(",
		"[errno ", "_ssl.c:", "traceback (most recent call last)", "operationfailure", "configurationerror", "invaliduri", "full error: {",
		"dns.resolver", "dnspython", "invalidoperation", "configured timeouts:", "networktimeout(", "[winerror", "site-packages"}},
	{DriverGo, []string{"server selection error", "current topology: {", "connection() error occur", "dial tcp", "error parsing uri",
		"last error:", "x509:", "go.mongodb.org", "sasl conversation error", "average rtt:", "connectex:", "cannot unmarshal dns message"}},
	{DriverJava, []string{"com.mongodb.", "client view of cluster state is {type=", "java.net.", "javax.net.ssl", "mongotimeoutexception",
		"mongosocketopenexception", "while waiting for a server that matches", "mongosecurityexception", "mongocredential{", "sun.security",
		"io.netty", "org.springframework"}},
	{DriverCSharp, []string{"mongodb.driver.", "system.timeoutexception", "a timeout occurred after", "a timeout occured after", "compositeserverselector",
		"system.net.sockets", "clusterid :", "heartbeatexception", "dnsclient.", "system.security.authentication", "mongoauthenticationexception",
		"mongoconnectionexception", "' is not valid."}},
	{DriverRust, []string{"kind: ", "labels: {}", "no available servers. topology:", "os error", "an invalid argument was provided",
		"i/o error:", "topology: { type:", "mongodb::error", "rustls", "invalid peer certificate"}},
	{DriverPHP, []string{"mongodb\\driver\\", "mongodb\\\\driver\\\\", "php fatal error", "uncaught mongodb", ".php"}},
	{DriverC, []string{"serverselectiontryonce", "no suitable servers found", "calling hello on", "calling ismaster on", "mongoc", "libmongoc"}},
}

// builtOn says which driver another is built on, for tie-breaks; when
// the signs of two wrappers of one driver are present, the first listed
// wins. (A table, not a map: a map literal is built at start-up.)
var builtOn = []struct{ wrapper, base Driver }{
	{DriverMongosh, DriverNode},
	{DriverMongoose, DriverNode},
	{DriverPHP, DriverC},
}

func (rd *reader) findDriver() {
	counts := map[Driver]int{}
	for _, s := range signs {
		for _, w := range s.words {
			if strings.Contains(rd.low, w) {
				counts[s.driver]++
			}
		}
	}
	best, n := Driver(""), 0
	for _, s := range signs { // in table order: a tie goes to the one listed first
		if c := counts[s.driver]; c > n {
			best, n = s.driver, c
		}
	}
	// A shell or framework wins over the driver it wraps.
	for _, b := range builtOn {
		if counts[b.wrapper] > 0 && (best == b.base || best == "") {
			best = b.wrapper
		}
	}
	rd.r.Driver = best
	rd.findHints()
}

// hints are words that date a driver or a runtime.
var hints = []struct {
	word string
	hint string
}{
	{"uri must include hostname, domain name, and tld", "Node.js driver older than 6.10, which replaced this message"},
	{"uri does not have hostname, domain name and tld", "Node.js driver 3.x"},
	{"mongoerror:", "Node.js driver 3.x or older: 4.0 split MongoError into MongoServerError, MongoNetworkError and others"},
	{"connection <monitor> to", "Node.js driver 3.x or 4.x (the monitor's connection message)"},
	{"failed to connect to server [", "Node.js driver 3.x without useUnifiedTopology (Mongoose 5)"},
	{"mongoclient must be connected to perform this operation", "Node.js driver 4.x: from 4.7 on, operations connect the client themselves"},
	{"option usenewurlparser is not supported", "Node.js driver 4.0 or later, which removed useNewUrlParser (Mongoose 6 or later)"},
	{"option useunifiedtopology is not supported", "Node.js driver 4.0 or later, which removed useUnifiedTopology (Mongoose 6 or later)"},
	{"a timeout occured after", "an older C# driver (later releases spell it \"occurred\")"},
	{"connection() error occured", "an older Go driver (later releases spell it \"occurred\")"},
	{"calling ismaster on", "a libmongoc older than 1.18, which still used the isMaster handshake (PHP driver before 1.10)"},
	{"to fix this error install pymongo again", "PyMongo 4.3 or later, which installs dnspython with it"},
	{"configured timeouts:", "a recent PyMongo 4.x, which prints the configured timeouts"},
	{"mongoserverselectionerror", "Node.js driver 4.0 or later"},
}

func (rd *reader) findHints() {
	var got []string
	for _, h := range hints {
		if strings.Contains(rd.low, h.word) {
			got = append(got, h.hint)
			if len(got) == 2 {
				break
			}
		}
	}
	rd.r.DriverHint = strings.Join(got, "; ")
	rd.r.Runtime = rd.runtime()
	rd.r.Windows = windowsSigns(rd.low)
}

// runtime reads "Node.js v22.22.0", which Node prints after an uncaught
// error, or the Python version of a site-packages path.
func (rd *reader) runtime() string {
	if i := strings.LastIndex(rd.low, "node.js v"); i >= 0 {
		j := i + len("node.js v")
		k := j
		for k < len(rd.low) && (isDigit(rd.low[k]) || rd.low[k] == '.') {
			k++
		}
		if k > j {
			return "Node.js v" + strings.TrimRight(rd.low[j:k], ".")
		}
	}
	if i := strings.Index(rd.low, "python3."); i >= 0 {
		j := i + len("python3.")
		k := j
		for k < len(rd.low) && isDigit(rd.low[k]) {
			k++
		}
		if k > j {
			return "Python 3." + rd.low[j:k]
		}
	}
	return ""
}

var windowsWords = []string{"winerror", "connectex", "c:\\", "c:/users", "os error 10061", "os error 10060", "os error 11001",
	"actively refused it", "\\appdata\\", "win32", "windows", "errno 11001", "errno 10061", "errno 10060"}

func windowsSigns(low string) bool {
	for _, w := range windowsWords {
		if strings.Contains(low, w) {
			return true
		}
	}
	return false
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }
