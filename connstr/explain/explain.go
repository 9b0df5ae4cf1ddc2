package explain

import "github.com/mongouri/mongouri/connstr"

// Explanation is everything Explain can say about one connection string, as
// plain data: every field is exported, there are no functions or maps, and
// it converts to JSON or a JavaScript object as it is.
//
// Secrets: no field holds the password or a secret option value
// (tlsCertificateKeyFilePassword, proxyPassword, the AWS_SESSION_TOKEN
// property, unknown options whose names say they hold a secret) unless
// Explain was called with RevealSecrets. Where a secret stands, strings hold
// "*****" and prose says "set".
//
// Spans are byte offsets into the string given to Explain, even when the
// sections describe a cleaned or repaired form of it (see Basis).
type Explanation struct {
	// Valid reports whether the string as given parses without an error.
	Valid bool `json:"valid" js:"valid"`
	// Verdict sums up Checks in one word; Findings gives the counts.
	Verdict Verdict `json:"verdict" js:"verdict"`
	// Basis says which string the sections describe: "input" (the string as
	// given), "cleaned" (quotes, prefixes, white space or the scheme were
	// fixed, see the pasted-* checks) or "repaired" (the credentials were
	// percent-encoded as the person most likely meant, see
	// credentials-not-encoded).
	Basis string `json:"basis" js:"basis"`
	// Explained is that string with its secrets masked.
	Explained string `json:"explained" js:"explained"`
	// Repaired is the string with the fixes of every error and warning of
	// Checks applied (infos are suggestions, left out); it parses without
	// error. Empty when there is nothing to repair or some error has no fix.
	Repaired string `json:"repaired" js:"repaired"`
	// Masked reports whether secrets were replaced by "*****" in Explained,
	// Repaired, the checks' Fixed strings and the snippets.
	Masked bool `json:"masked" js:"masked"`

	Scheme      SchemePart       `json:"scheme" js:"scheme"`
	Hosts       HostsPart        `json:"hosts" js:"hosts"`
	Credentials *CredentialsPart `json:"credentials" js:"credentials"` // nil when nothing authenticates
	Database    DatabasePart     `json:"database" js:"database"`
	Options     []OptionPart     `json:"options" js:"options"`
	Unknown     []UnknownPart    `json:"unknown" js:"unknown"`
	// Effective is the configuration a driver uses, defaults applied.
	Effective []Setting `json:"effective" js:"effective"`

	// Drivers says, per driver family, whether it accepts the string as
	// given, with a warning, or rejects it, and why.
	Drivers []DriverVerdict `json:"drivers" js:"drivers"`

	// Checks are the findings: every diagnostic of parsing the explained
	// string (Source "parse"), of the SRV resolution when one was given
	// (Source "resolve"), and the explainer's own (Source "explain").
	Checks []Check `json:"checks" js:"checks"`
	// Tips explain error messages a driver may show for this string.
	Tips     []Tip     `json:"tips" js:"tips"`
	Commands []Command `json:"commands" js:"commands"`
	Snippets []Snippet `json:"snippets" js:"snippets"`
}

// SchemePart explains mongodb:// or mongodb+srv://.
type SchemePart struct {
	Scheme  string       `json:"scheme" js:"scheme"` // "mongodb", "mongodb+srv" or "" when unreadable
	Span    connstr.Span `json:"span" js:"span"`
	Summary string       `json:"summary" js:"summary"`
	Implies []string     `json:"implies" js:"implies"` // what the scheme brings with it
	// SRVName and TXTName are the DNS questions a mongodb+srv:// string asks.
	SRVName string `json:"srvName" js:"srvName"`
	TXTName string `json:"txtName" js:"txtName"`
}

// HostsPart explains the host list.
type HostsPart struct {
	// Topology is one of "single", "replica-set", "seed-list", "direct",
	// "load-balanced", "srv" or "none".
	Topology string     `json:"topology" js:"topology"`
	Summary  string     `json:"summary" js:"summary"`
	List     []HostPart `json:"list" js:"list"`
}

// HostPart explains one host.
type HostPart struct {
	Host        string `json:"host" js:"host"`
	Type        string `json:"type" js:"type"` // HostType
	Port        int    `json:"port" js:"port"` // with the default filled in; 0 for a socket
	DefaultPort bool   `json:"defaultPort" js:"defaultPort"`
	Address     string `json:"address" js:"address"`
	// Kind classifies the host: "local", "private", "atlas-srv",
	// "atlas-node", "cosmos", "socket" or "" for anything else.
	Kind string       `json:"kind" js:"kind"`
	Note string       `json:"note" js:"note"`
	Span connstr.Span `json:"span" js:"span"`
}

// CredentialsPart explains who authenticates, how, and against which database.
type CredentialsPart struct {
	Username string `json:"username" js:"username"`
	// Password is "set", "empty" or "not given", or the password itself
	// when secrets are revealed.
	Password    string       `json:"password" js:"password"`
	HasPassword bool         `json:"hasPassword" js:"hasPassword"`
	Span        connstr.Span `json:"span" js:"span"`
	Mechanism   string       `json:"mechanism" js:"mechanism"`
	// MechanismFrom is "string" or "default" (negotiated by the driver).
	MechanismFrom string `json:"mechanismFrom" js:"mechanismFrom"`
	MechanismNote string `json:"mechanismNote" js:"mechanismNote"`
	AuthSource    string `json:"authSource" js:"authSource"`
	// AuthSourceFrom is "authSource", "path", "txt" or "default".
	AuthSourceFrom string `json:"authSourceFrom" js:"authSourceFrom"`
	AuthSourceWhy  string `json:"authSourceWhy" js:"authSourceWhy"`
}

// DatabasePart explains the path.
type DatabasePart struct {
	Name  string       `json:"name" js:"name"`
	Given bool         `json:"given" js:"given"`
	Span  connstr.Span `json:"span" js:"span"`
	Note  string       `json:"note" js:"note"`
}

// OptionPart explains one option of the string, from the registry.
type OptionPart struct {
	Name string `json:"name" js:"name"` // canonical
	Key  string `json:"key" js:"key"`   // as written
	// Value is the value as drivers read it; "set" for a secret.
	Value       string       `json:"value" js:"value"`
	Span        connstr.Span `json:"span" js:"span"`
	Group       string       `json:"group" js:"group"`
	Status      string       `json:"status" js:"status"` // "standard", "driver-specific" or "removed"
	Description string       `json:"description" js:"description"`
	Unit        string       `json:"unit" js:"unit"`
	Default     string       `json:"default" js:"default"`
	// Changes reports whether the value differs from the default; Effect
	// says so in words.
	Changes    bool                 `json:"changes" js:"changes"`
	Effect     string               `json:"effect" js:"effect"`
	Deprecated string               `json:"deprecated" js:"deprecated"`
	Notes      []connstr.DriverNote `json:"notes" js:"notes"`
	Docs       string               `json:"docs" js:"docs"`
}

// UnknownPart is an option no registry row knows.
type UnknownPart struct {
	Key        string       `json:"key" js:"key"`
	Value      string       `json:"value" js:"value"` // "set" when it may hold a secret
	Span       connstr.Span `json:"span" js:"span"`
	Suggestion string       `json:"suggestion" js:"suggestion"` // the option it most likely means
}

// Setting is one entry of the effective configuration.
type Setting struct {
	Name  string `json:"name" js:"name"`
	Value string `json:"value" js:"value"`
	// Source is "string", "default", "scheme" (mongodb+srv), "path",
	// "mechanism" or "txt" (the SRV name's TXT record).
	Source string `json:"source" js:"source"`
	Note   string `json:"note" js:"note"`
}

// Check is one finding, with what to do about it.
type Check struct {
	Code     connstr.Code `json:"code" js:"code"`
	Severity string       `json:"severity" js:"severity"` // "error", "warning" or "info"
	Source   string       `json:"source" js:"source"`     // "parse", "resolve" or "explain"
	Title    string       `json:"title" js:"title"`
	// Seen says what was seen, in words; Spans point at it in the input.
	Seen   string         `json:"seen" js:"seen"`
	Spans  []connstr.Span `json:"spans" js:"spans"`
	Option string         `json:"option" js:"option"`
	Fix    string         `json:"fix" js:"fix"`
	// Fixed is the corrected connection string when the fix is one; it
	// parses without error. Secrets are masked unless revealed.
	Fixed string `json:"fixed" js:"fixed"`
	Docs  string `json:"docs" js:"docs"`
}

// Tip explains an error a driver may report for this string, and what to try.
type Tip struct {
	Code     connstr.Code `json:"code" js:"code"`
	Title    string       `json:"title" js:"title"`
	Symptoms []string     `json:"symptoms" js:"symptoms"` // error messages as drivers print them
	Meaning  string       `json:"meaning" js:"meaning"`
	Steps    []string     `json:"steps" js:"steps"`
	// Fixed is a string to try instead, when the tip has one (the
	// equivalent mongodb:// string after an SRV resolution).
	Fixed string `json:"fixed" js:"fixed"`
	Docs  string `json:"docs" js:"docs"`
}

// Command is a diagnostic command line with the string's real host names.
// It never holds credentials.
type Command struct {
	Tool     string `json:"tool" js:"tool"`         // "dig", "nslookup", "ping", "nc", "Test-NetConnection", ...
	Platform string `json:"platform" js:"platform"` // "unix", "windows" or "any"
	Host     string `json:"host" js:"host"`
	Purpose  string `json:"purpose" js:"purpose"`
	Command  string `json:"command" js:"command"`
}

// Snippet is code that connects with this string in one language. It builds
// the URI with the language's own percent-encoding function.
type Snippet struct {
	Language string `json:"language" js:"language"` // "go", "nodejs", "python", "java", "csharp", "rust", "mongosh"
	Title    string `json:"title" js:"title"`
	Install  string `json:"install" js:"install"`
	Code     string `json:"code" js:"code"`
	// Env lists the environment variables the code reads secrets from;
	// empty when secrets are revealed (they are then in Code).
	Env []string `json:"env" js:"env"`
}

// ExplainOption changes what Explain does.
type ExplainOption func(*explainConfig)

type explainConfig struct {
	reveal     bool
	resolution *connstr.Resolution
	resolveErr error
}

// RevealSecrets makes Explain include the password and secret option values
// in Explained, Repaired, Fixed strings, the credentials section and the
// snippets. Call it only after the person asked to see them.
func RevealSecrets() ExplainOption {
	return func(c *explainConfig) { c.reveal = true }
}

// WithResolution hands Explain what Resolve found for a mongodb+srv://
// string (res may be nil when err says why). Explain then adds per-node
// commands, the resolution's findings, the TXT record's options and the
// equivalent mongodb:// string. Without it Explain works from the string
// alone.
func WithResolution(res *connstr.Resolution, err error) ExplainOption {
	return func(c *explainConfig) { c.resolution, c.resolveErr = res, err }
}

// maxExplainInput bounds the work spent on repairs: a longer string is still
// parsed and explained, but Explain does not try alternative readings of it.
const maxExplainInput = 16 << 10

// Explain says what each part of a connection string does, what a driver will
// do with it, what is likely wrong with it and how to fix it, and how to test
// and use it. It never panics, performs no I/O, and its work is linear in the
// length of uri.
func Explain(uri string, opts ...ExplainOption) *Explanation {
	return newExplainer(uri, configOf(opts)).run()
}

func configOf(opts []ExplainOption) explainConfig {
	var cfg explainConfig
	for _, o := range opts {
		if o != nil {
			o(&cfg)
		}
	}
	return cfg
}
