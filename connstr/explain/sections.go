package explain

import (
	"strconv"
	"strings"

	"github.com/mongouri/mongouri/connstr"
)

// The sections of an Explanation: each part of the string in plain words,
// from the registry and the specs' rules.

func (x *explainer) sections() {
	x.schemeSection()
	x.hostsSection()
	x.credentialsSection()
	x.databaseSection()
	x.optionsSection()
}

func (x *explainer) schemeSection() {
	cs := x.cs
	sp := SchemePart{Scheme: string(cs.Scheme), Span: connstr.NoSpan, Implies: []string{}}
	if n := schemeLen(x.basis); n > 0 {
		sp.Span = x.m.span(connstr.Span{Start: 0, End: n})
	}
	switch cs.Scheme {
	case connstr.SchemeSRV:
		host := "<host>"
		if hs := x.hostsShown(); len(hs) == 1 {
			host = hs[0].Host
		}
		service := "mongodb"
		if v := cs.Value("srvServiceName"); v.IsSet() {
			service = v.Text()
		}
		sp.SRVName, sp.TXTName = "_"+service+"._tcp."+host, host
		sp.Summary = "DNS seed list: the host is a DNS name whose SRV records list the servers to connect to."
		sp.Implies = []string{
			"The driver looks up the SRV records of " + sp.SRVName + ": each names a server and its port.",
			"It also reads the TXT record of " + host + ", which may set authSource, replicaSet and loadBalanced (the string's own options win).",
			"TLS is on unless the string says tls=false.",
			"The string names exactly one host, without a port; the servers may change without the string changing.",
		}
		if x.res != nil {
			sp.Implies[0] = "The SRV records of " + sp.SRVName + " name " + seedsText(x.res.Seeds) + "."
			sp.Implies[1] = "The TXT record of " + host + " " + x.txtText() + " (the string's own options win)."
		}
	case connstr.SchemeMongoDB:
		sp.Summary = "Standard format: the string lists the servers to connect to."
		sp.Implies = []string{
			"Each host is contacted directly; a host without a port uses 27017.",
			"TLS is off unless the string says tls=true (or ssl=true).",
		}
	default:
		sp.Summary = "The scheme is not readable: a connection string starts with mongodb:// or mongodb+srv://."
	}
	x.out.Scheme = sp
}

func (x *explainer) hostsSection() {
	cs := x.cs
	hp := HostsPart{List: []HostPart{}}
	for _, h := range x.hostsShown() {
		part := HostPart{Host: h.Host, Type: string(h.Type), Address: h.Address(), Kind: hostKind(h), Span: x.m.span(h.Span)}
		if h.Type != connstr.HostUnix {
			part.Port, part.DefaultPort = portOf(h), h.Port == 0
		}
		part.Note = hostNote(part.Kind, cs.Scheme)
		hp.List = append(hp.List, part)
	}
	direct, lb := cs.Value("directConnection"), cs.Value("loadBalanced")
	rs := cs.Value("replicaSet")
	switch {
	case len(cs.Hosts) == 0:
		hp.Topology, hp.Summary = "none", "The string names no host that could be read."
	case cs.Scheme == connstr.SchemeSRV && x.res != nil:
		hp.Topology = "srv"
		hp.Summary = "One DNS name, whose SRV records name " + seedsText(x.res.Seeds) + "."
		switch lb, rs := x.res.Option("loadBalanced"), x.res.Option("replicaSet"); {
		case lb.IsSet() && lb.Bool():
			hp.Summary += " loadBalanced=true: they are load balancers in front of mongos routers, and the driver discovers nothing behind them."
		case rs.IsSet():
			hp.Summary += " They are seeds of the replica set " + quoteDB(rs.Text()) + ": the driver learns the members from them and follows the primary."
		default:
			hp.Summary += " They may be replica set members or mongos routers, which the driver discovers."
		}
	case cs.Scheme == connstr.SchemeSRV:
		hp.Topology = "srv"
		hp.Summary = "One DNS name. The servers come from its SRV records; they may be replica set members, mongos routers or a load balancer, which the driver discovers."
	case lb.IsSet() && lb.Bool():
		hp.Topology = "load-balanced"
		hp.Summary = "A load balancer in front of mongos routers: every operation goes through it and the driver discovers nothing behind it."
	case direct.IsSet() && direct.Bool():
		hp.Topology = "direct"
		hp.Summary = "The driver talks to this one server only, whatever its role, and discovers no others."
	case rs.IsSet():
		hp.Topology = "replica-set"
		hp.Summary = "Seeds of the replica set " + quoteDB(rs.Text()) + ": the driver connects to any of them, learns the members from it and follows the primary. Listing every member lets it start while some are down."
	case len(cs.Hosts) > 1:
		hp.Topology = "seed-list"
		hp.Summary = "Several hosts: members of one replica set, or mongos routers of one sharded cluster, which the driver discovers (they cannot be a mix). Each host without a port uses 27017."
	default:
		hp.Topology = "single"
		hp.Summary = "One host: the driver finds out whether it is a standalone server, a mongos router or a replica set member, and in the last case connects to the whole set."
	}
	x.out.Hosts = hp
}

func hostNote(kind string, scheme connstr.Scheme) string {
	switch kind {
	case "local":
		return "This machine."
	case "private":
		return "A private address: reachable from the same network, a VPN or a peering only."
	case "atlas-srv":
		if scheme == connstr.SchemeSRV {
			return "An Atlas cluster's name: DNS gives its nodes."
		}
		return "An Atlas cluster's name: it has SRV and TXT records but no address."
	case "atlas-node":
		return "One node of an Atlas cluster."
	case "cosmos":
		return "Azure Cosmos DB's API for MongoDB."
	case "socket":
		return "A UNIX domain socket on this machine."
	case "docker-host":
		return "The machine that runs Docker, seen from inside a container."
	}
	return ""
}

func (x *explainer) credentialsSection() {
	cs := x.cs
	f := x.auth()
	if !f.active || cs.User != nil && x.tainted(cs.User.Span) {
		return
	}
	cp := &CredentialsPart{Span: connstr.NoSpan, Mechanism: f.mechName, MechanismFrom: f.mechFrom,
		AuthSource: f.source, AuthSourceFrom: f.sourceFrom, AuthSourceWhy: f.why, Password: "not given"}
	if u := cs.User; u != nil {
		cp.Username, cp.HasPassword, cp.Span = u.Username, u.HasPassword, x.m.span(u.Span)
		switch {
		case u.HasPassword && x.cfg.reveal:
			cp.Password = u.Password.Reveal()
		case u.HasPassword && u.Password.Reveal() == "":
			cp.Password = "empty"
		case u.HasPassword:
			cp.Password = "set"
		}
	}
	if f.mech != nil {
		cp.MechanismNote = f.mech.Description
		if f.mech.Removed != "" {
			cp.MechanismNote += " Removed: " + f.mech.Removed + "."
		}
	} else {
		cp.MechanismNote = "No authMechanism: the driver asks the server and uses SCRAM-SHA-256, or SCRAM-SHA-1 for users created before MongoDB 4.0."
	}
	x.out.Credentials = cp
}

func (x *explainer) databaseSection() {
	cs := x.cs
	dp := DatabasePart{Span: connstr.NoSpan}
	hidden := false
	if s := x.dbSpans(); len(s) > 0 {
		if hidden = x.tainted(s[0]); !hidden {
			dp.Span = x.m.span(s[0])
		}
	}
	if cs.Database != "" && hidden && x.taint < 0 {
		// A secret option value in the path: a '?' is missing.
		dp.Name, dp.Given = connstr.Mask, true
		dp.Note = "Not shown: the path holds text that may be a credential (an option written where a '?' is missing)."
	} else if cs.Database != "" && (x.taint < 0 || dp.Span.Valid()) {
		dp.Name, dp.Given = cs.Database, true
		dp.Note = "Used by operations whose code names no database."
		if f := x.auth(); f.active && f.sourceFrom == "path" {
			dp.Note += " Without authSource it is also where the user is looked up."
		}
	} else {
		dp.Note = "No database: the code chooses one for each operation (some tools use \"test\")."
		if f := x.auth(); f.active && f.sourceFrom == "default" {
			dp.Note += " Credentials authenticate against " + f.source + "."
		}
	}
	x.out.Database = dp
}

// secretFrom returns where the first option that may hold a secret starts in
// the basis: items after it whose keys no registry row knows may be pieces
// of a raw secret value that held '&', and are never shown.
func (x *explainer) secretFrom() int { return secretStart(x.doc) }

// secretStart returns where the first option of u that may hold a secret
// starts, or past the end.
func secretStart(u *rawURI) int {
	for _, o := range u.opts {
		spec := lookupRawKey(o.key)
		if secretKey(spec, o.key) {
			return o.at
		}
		if spec != nil && spec.Kind == connstr.KindProperties {
			if _, secret := maskRawProperties(o.value); secret {
				return o.at
			}
		}
	}
	return noSecret
}

// noSecret is past any offset.
const noSecret = 1 << 62

func (x *explainer) optionsSection() {
	cs := x.cs
	x.out.Options, x.out.Unknown = []OptionPart{}, []UnknownPart{}
	for _, o := range cs.Options {
		spec := connstr.LookupOption(o.Name)
		if spec == nil || x.tainted(o.Span) {
			continue
		}
		x.out.Options = append(x.out.Options, x.optionPart(spec, o.Key, o.Value, o.Span, true))
	}
	from := x.secretFrom()
	for _, r := range cs.Unknown {
		if x.taint >= 0 && (!r.Span.Valid() || r.Span.Start <= x.taint) {
			continue
		}
		if spec := connstr.LookupOption(r.Key); spec != nil && spec.Status == connstr.StatusRemoved {
			x.out.Options = append(x.out.Options, x.optionPart(spec, r.Key, connstr.StringValue(r.Value), r.Span, false))
			continue
		}
		up := UnknownPart{Key: r.Key, Value: r.Value, Span: x.m.span(r.Span)}
		switch {
		case r.Span.Valid() && (r.Span.Start > from || x.secretAt(r.Span)) && !x.cfg.reveal:
			up.Key, up.Value = connstr.Mask, "set"
		case connstr.IsSecretOption(r.Key) && !x.cfg.reveal:
			up.Value = "set"
		case len(x.out.Unknown) < 4*maxFixed: // bounded: a suggestion costs a pass over the registry
			if s := connstr.SuggestOption(r.Key); s != nil {
				up.Suggestion = s.Name
			}
		}
		x.out.Unknown = append(x.out.Unknown, up)
	}
}

func (x *explainer) optionPart(spec *connstr.OptionSpec, key string, v connstr.Value, span connstr.Span, applied bool) OptionPart {
	op := OptionPart{Name: spec.Name, Key: key, Value: x.valueText(spec, v), Span: x.m.span(span),
		Group: string(spec.Group), Description: spec.Description, Unit: spec.Unit, Default: spec.Default,
		Deprecated: spec.Deprecated, Notes: spec.Notes, Docs: spec.Anchor}
	if op.Notes == nil {
		op.Notes = []connstr.DriverNote{}
	}
	switch spec.Status {
	case connstr.StatusDriver:
		op.Status = "driver-specific"
	case connstr.StatusRemoved:
		op.Status = "removed"
	default:
		op.Status = "standard"
	}
	switch {
	case !applied:
		op.Effect = "Current drivers ignore this option or reject the string because of it."
	case spec.Secret:
		op.Changes, op.Effect = true, "Set (the value is not shown)."
	default:
		def, ok := x.defaultOf(spec)
		switch {
		case ok && def.Equal(v):
			op.Effect = "Same as the default: it changes nothing."
		case ok:
			op.Changes, op.Effect = true, "Changes the default ("+x.defaultText(spec)+")."
		default:
			op.Changes, op.Effect = true, "The default is "+x.defaultText(spec)+"."
		}
	}
	return op
}

// valueText writes a value for display, with secrets as "set".
func (x *explainer) valueText(spec *connstr.OptionSpec, v connstr.Value) string {
	if spec.Secret && !x.cfg.reveal {
		return "set"
	}
	switch v.Kind() {
	case connstr.KindSecret:
		if x.cfg.reveal {
			return v.Secret().Reveal()
		}
		return "set"
	case connstr.KindStringList:
		return strings.Join(v.List(), ",")
	case connstr.KindProperties:
		parts := make([]string, 0, len(v.Properties()))
		masking := false
		for _, p := range v.Properties() {
			switch {
			case x.cfg.reveal:
				parts = append(parts, p.Key+":"+p.Value)
			case masking && !mechanismProperty(p.Key), gluedProperty(p.Key):
				// The rest of a secret cut at ',', or a name with its value
				// glued on (a ':' missing), as connstr's Format masks them.
				masking = true
				parts = append(parts, "(part of the secret)")
			case connstr.IsSecretProperty(p.Key):
				masking = true
				parts = append(parts, p.Key+":set")
			default:
				masking = false
				parts = append(parts, p.Key+":"+p.Value)
			}
		}
		return strings.Join(parts, ",")
	case connstr.KindTagSets:
		sets := make([]string, 0, len(v.TagSets()))
		for _, t := range v.TagSets() {
			if len(t) == 0 {
				sets = append(sets, "(any member)")
				continue
			}
			var b strings.Builder
			writePairs(&b, t)
			sets = append(sets, b.String())
		}
		return strings.Join(sets, "; ")
	}
	return v.Text()
}

// defaultOf is the option's default as a value, from the registry's typed
// default; defaults given only in words ("none", "server default",
// "driver-defined") have none. The default of tls depends on the scheme.
func (x *explainer) defaultOf(spec *connstr.OptionSpec) (connstr.Value, bool) {
	if spec.Name == "tls" {
		return connstr.BoolValue(x.cs.Scheme == connstr.SchemeSRV), true
	}
	return defaultValue(spec)
}

func (x *explainer) defaultText(spec *connstr.OptionSpec) string {
	if spec.Name == "tls" {
		return strconv.FormatBool(x.cs.Scheme == connstr.SchemeSRV) + " for " + string(x.cs.Scheme) + "://"
	}
	if spec.Default == "" {
		return "not set"
	}
	return spec.Default
}

// defaultValue is the registry's typed default of the option, if it has one.
func defaultValue(spec *connstr.OptionSpec) (connstr.Value, bool) {
	return spec.DefaultValue, spec.DefaultValue.IsSet()
}

// seedsText names the seeds of a resolution, or says there are none.
func seedsText(seeds []string) string {
	switch len(seeds) {
	case 0:
		return "no server"
	case 1:
		return "one server: " + seeds[0]
	}
	const shown = 8
	if len(seeds) > shown {
		return strconv.Itoa(len(seeds)) + " servers: " + strings.Join(seeds[:shown], ", ") + ", ..."
	}
	return strconv.Itoa(len(seeds)) + " servers: " + strings.Join(seeds, ", ")
}

// txtText says what the resolution's TXT record set, as a predicate.
func (x *explainer) txtText() string {
	if len(x.res.FromTXT) == 0 {
		return "sets no option the string does not set"
	}
	parts := make([]string, len(x.res.FromTXT))
	for i, name := range x.res.FromTXT {
		parts[i] = name + "=" + x.res.Option(name).Text()
	}
	return "sets " + joinWords(parts)
}
