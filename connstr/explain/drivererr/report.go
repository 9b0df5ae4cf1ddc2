package drivererr

// Class is the kind of failure an error text reports.
type Class string

const (
	ClassParse      Class = "parse"       // the driver rejected the string itself
	ClassDNSSRV     Class = "dns-srv"     // the SRV (or TXT) lookup of mongodb+srv:// failed
	ClassDNSHost    Class = "dns-host"    // a host name did not resolve
	ClassTCPRefused Class = "tcp-refused" // nothing listens on the address, or a firewall said no
	ClassTCPTimeout Class = "tcp-timeout" // no answer at all within the timeout
	ClassTCPClosed  Class = "tcp-closed"  // the server side closed or reset the connection
	ClassTLSTrust   Class = "tls-trust"   // the client did not trust the server's certificate
	ClassTLSAlert   Class = "tls-alert"   // the server ended the TLS handshake
	ClassAuth       Class = "authentication"
	ClassRefusal    Class = "server-refusal" // connected, but the server refused the operation or the driver refused the server
	// ClassSelection: server selection timed out and the text also names
	// why (another class is present).
	ClassSelection Class = "selection-timeout"
	// ClassSelectionNoCause: server selection timed out and the text says
	// nothing about why.
	ClassSelectionNoCause Class = "selection-timeout-without-cause"
)

// Driver names the driver or shell that printed a text.
type Driver string

const (
	DriverNode     Driver = "node"     // the Node.js driver
	DriverMongosh  Driver = "mongosh"  // the MongoDB Shell (Node.js driver inside)
	DriverMongoose Driver = "mongoose" // Mongoose (Node.js driver inside)
	DriverPython   Driver = "python"   // PyMongo (and Motor)
	DriverGo       Driver = "go"
	DriverJava     Driver = "java"
	DriverCSharp   Driver = "csharp"
	DriverRust     Driver = "rust"
	DriverC        Driver = "c"   // libmongoc
	DriverPHP      Driver = "php" // the PHP driver, on libmongoc
)

// Report is what an error text says, read without the connection string.
// Every string in it comes from the text after masking, so it holds no
// credential the text held.
type Report struct {
	// Driver is the driver or shell that printed the text, "" when no
	// wording identifies one.
	Driver Driver `json:"driver" js:"driver"`
	// DriverHint says what the wording tells about the driver's version
	// (or the runtime's), "" when nothing does.
	DriverHint string `json:"driverHint" js:"driverHint"`
	// Runtime is a runtime version the text names, e.g. "Node.js v22.22.0".
	Runtime string `json:"runtime" js:"runtime"`
	// Windows reports that the text shows signs of a Windows machine
	// (WinError, connectex, C:\ paths, Winsock error numbers).
	Windows bool `json:"windows" js:"windows"`

	// Classes are the kinds of failure found, the most telling first.
	Classes []Class `json:"classes" js:"classes"`
	// Findings are the error families recognised, in the order of Classes.
	Findings []Finding `json:"findings" js:"findings"`

	// Servers are the servers the text says the driver tried, each with its
	// own last error, in the order printed.
	Servers []Server `json:"servers" js:"servers"`
	// Hosts are all the host names and addresses the text names (servers,
	// addresses in socket errors, names that did not resolve), each once,
	// in the order first seen; SRV names are in SRVName.
	Hosts []string `json:"hosts" js:"hosts"`
	// Topology is the topology type the driver printed, in the terms of the
	// SDAM specification: Unknown, Single, ReplicaSetNoPrimary,
	// ReplicaSetWithPrimary, ReplicaSet (Java and C#, which do not say
	// whether a primary is known), Sharded or LoadBalanced.
	Topology string `json:"topology" js:"topology"`
	SetName  string `json:"setName" js:"setName"`
	// SRVName is the SRV question the text names, e.g.
	// "_mongodb._tcp.cluster0.example.net"; TXTName the TXT question.
	SRVName string `json:"srvName" js:"srvName"`
	TXTName string `json:"txtName" js:"txtName"`
	// Timeouts are the timeouts in force that the text states.
	Timeouts []Timeout `json:"timeouts" js:"timeouts"`
	// AuthSource is the authentication database the driver used, when the
	// text names it (Java's source='...').
	AuthSource string `json:"authSource" js:"authSource"`
	// AuthMechanism is the mechanism the text says was used.
	AuthMechanism string `json:"authMechanism" js:"authMechanism"`
	// Option is the option a parse error names (an unsupported option).
	Option string `json:"option" js:"option"`

	// Unread says what the reader could not make out of the text.
	Unread []string `json:"unread" js:"unread"`
	// Truncated reports that only the first MaxText bytes were read.
	Truncated bool `json:"truncated" js:"truncated"`
}

// Finding is one error family recognised in the text.
type Finding struct {
	Family string `json:"family" js:"family"` // e.g. "srv-refused"
	Class  Class  `json:"class" js:"class"`
	Title  string `json:"title" js:"title"`
	// Evidence is the line of the text the family was read from, shortened
	// around the words that identify it.
	Evidence string `json:"evidence" js:"evidence"`
}

// Server is one server the driver tried.
type Server struct {
	Address string `json:"address" js:"address"` // host:port as printed
	Type    string `json:"type" js:"type"`       // the server type printed ("Unknown", "RSGhost", ...), "" when none
	Error   string `json:"error" js:"error"`     // its last error, "" when none was printed
	// Classes are the kinds of failure its error shows.
	Classes []Class `json:"classes" js:"classes"`
}

// Timeout is one timeout the text states.
type Timeout struct {
	Name string `json:"name" js:"name"` // the URI option, e.g. "serverSelectionTimeoutMS"
	MS   int64  `json:"ms" js:"ms"`
}

// Has reports whether the report found the class.
func (r *Report) Has(c Class) bool {
	for _, x := range r.Classes {
		if x == c {
			return true
		}
	}
	return false
}

// Family returns the finding of the named family, or nil.
func (r *Report) Family(name string) *Finding {
	for i := range r.Findings {
		if r.Findings[i].Family == name {
			return &r.Findings[i]
		}
	}
	return nil
}

// Timeout returns the stated value of the named timeout.
func (r *Report) Timeout(name string) (int64, bool) {
	for _, t := range r.Timeouts {
		if t.Name == name {
			return t.MS, true
		}
	}
	return 0, false
}
