package explain

import (
	"slices"
	"strconv"
	"strings"

	"github.com/mongouri/mongouri/connstr"
)

// The explainer's own checks: what MongoDB's connection troubleshooting
// guides (drivers and Atlas) list as the usual causes of a failed
// connection, found from the string alone. Each says what it saw, why it
// matters and what to do; where the repair is certain it carries edits.

func (x *explainer) troubleshoot() {
	x.placeholderChecks()
	if x.cs.Scheme == "" {
		return
	}
	x.credentialChecks()
	x.authChecks()
	x.srvChecks()
	x.hostChecks()
	x.optionChecks()
	x.poolChecks()
	x.timeoutChecks()
}

// hostsShown are the hosts outside any part that may hold a password.
func (x *explainer) hostsShown() []connstr.Host {
	if x.taint < 0 && (x.cfg.reveal || len(x.secrets) == 0) {
		return x.cs.Hosts
	}
	var hs []connstr.Host
	for _, h := range x.cs.Hosts {
		if !x.tainted(h.Span) {
			hs = append(hs, h)
		}
	}
	return hs
}

func (x *explainer) optSpans(name string) []connstr.Span {
	if o, ok := x.cs.Lookup(name); ok && o.Span.Valid() {
		return []connstr.Span{o.Span}
	}
	return nil
}

// optOrSchemeSpans points at the option, or at the scheme when the string
// lacks the option (the scheme decides its default).
func (x *explainer) optOrSchemeSpans(name string) []connstr.Span {
	if s := x.optSpans(name); s != nil {
		return s
	}
	if n := schemeLen(x.basis); n > 0 {
		return []connstr.Span{{Start: 0, End: n}}
	}
	return nil
}

func (x *explainer) userSpans() []connstr.Span {
	if u := x.cs.User; u != nil && u.Span.Valid() {
		return []connstr.Span{u.Span}
	}
	return nil
}

func (x *explainer) dbSpans() []connstr.Span {
	if x.doc.hasPath && x.doc.db != "" {
		return []connstr.Span{{Start: x.doc.dbAt, End: x.doc.dbAt + len(x.doc.db)}}
	}
	return nil
}

// placeholderChecks finds <...> left from a template: Atlas's
// <db_password>, <username>, <cluster-url>, <dbname>.
func (x *explainer) placeholderChecks() {
	cs := x.cs
	if u := cs.User; u != nil {
		// The decoded parts, or, when the user information did not parse,
		// the raw ones (a placeholder's brackets are invalid there).
		name, pass, _ := strings.Cut(x.doc.user, ":")
		if u.Username != "" || u.HasPassword && u.Password.Reveal() != "" {
			name, pass = u.Username, u.Password.Reveal()
		}
		if isPlaceholder(name) || isPlaceholder(pass) {
			x.check(CodePlaceholder, connstr.SeverityError, "", "A placeholder instead of the credentials",
				"The username or password is still a placeholder in angle brackets, as copied from a template such as the Atlas connect dialog.",
				"Put the database user's name and password in place of the placeholders, without the angle brackets, percent-encoding special characters.",
				x.userSpans())
		}
	}
	s := x.basis
	userEnd := -1
	if u := cs.User; u != nil && u.Span.Valid() {
		userEnd = u.Span.End
	}
	found := 0
	secrets := x.secretFrom() // a secret value may hold '<' and '>' too
	for i := 0; i < len(s) && i < secrets && found < 4; i++ {
		if s[i] != '<' || i <= userEnd || x.tainted(connstr.Span{Start: i, End: i + 1}) {
			continue
		}
		j := strings.IndexByte(s[i:], '>')
		if j < 2 || j > 40 || strings.ContainsAny(s[i+1:i+j], "<@/?&=") {
			continue
		}
		found++
		part, sev := "host", connstr.SeverityError
		switch {
		case x.doc.hasPath && i >= x.doc.dbAt && i < x.doc.dbAt+len(x.doc.db):
			part, sev = "database name", connstr.SeverityWarning
		case strings.IndexByte(s[:i], '?') >= 0:
			part, sev = "option value", connstr.SeverityWarning
		}
		x.check(CodePlaceholder, sev, "", "A placeholder in the "+part,
			"The "+part+" "+s[i:i+j+1]+" is a placeholder from a template.",
			"Replace it, angle brackets included, with the real "+part+".",
			[]connstr.Span{{Start: i, End: i + j + 1}})
	}
}

// credentialChecks: characters that work in the string but break elsewhere.
func (x *explainer) credentialChecks() {
	u := x.cs.User
	if u == nil || x.tainted(u.Span) || !x.doc.hasUser {
		return
	}
	raw := x.doc.user
	if strings.ContainsAny(raw, "$`!") {
		var b strings.Builder
		for i := 0; i < len(raw); i++ {
			switch c := raw[i]; c {
			case '$', '`', '!':
				writeEscaped(&b, c)
			default:
				b.WriteByte(c)
			}
		}
		enc := b.String()
		x.check(CodeUserinfoShellChars, connstr.SeverityInfo, "", "Characters a shell expands in the credentials",
			"The username or password holds '$', '!' or '`'. Inside double quotes on a command line (mongosh \"...\", an env file read by a shell) "+
				"bash replaces $name and `...` and may expand !, so the program receives a different password.",
			"Percent-encode them ($ as %24, ! as %21, ` as %60), or quote the string with single quotes on command lines.",
			x.userSpans(), opUser(enc))
	}
}

func (x *explainer) authChecks() {
	cs := x.cs
	f := x.auth()
	if !f.active || cs.User != nil && x.tainted(cs.User.Span) {
		return
	}
	hasPass := cs.User != nil && cs.User.HasPassword
	scram := f.mech == nil || strings.HasPrefix(f.mech.Name, "SCRAM")
	src := cs.Value("authSource")
	atlas := anyHost(cs, isAtlasHost)

	if f.sourceFrom == "path" && scram && hasPass && f.source != "admin" {
		sev, why := connstr.SeverityInfo, "That is right only if the user was created in that database; users created in admin (the usual place) then fail with \"Authentication failed\"."
		if atlas {
			sev, why = connstr.SeverityWarning, "Atlas creates every database user in admin, so authentication fails (\"bad auth : authentication failed\")."
		}
		seen := "Credentials are given with the database " + quoteDB(f.source) + " in the path and no authSource, so the driver looks the user up in " + quoteDB(f.source) + ". "
		if f.source == connstr.Mask {
			// Options written without a '?' put a secret value in the name.
			seen = "Credentials are given with a database in the path (its name holds a secret option's value, not repeated here) and no authSource, so the driver looks the user up in that database. "
		}
		x.check(CodeAuthSourcePathDB, sev, "authSource", "The path database is also the authentication database",
			seen+why,
			"Add authSource=admin (or the database the user was created in); the path database stays the default database for operations.",
			x.dbSpans(), opSet("authSource", "admin"))
	}
	if src.IsSet() {
		s := src.Text()
		for _, want := range [...]string{"admin", "$external"} {
			if s != want && strings.EqualFold(s, want) {
				x.check(CodeAuthSourceCase, connstr.SeverityWarning, "authSource", "authSource in the wrong letter case",
					"authSource="+s+" names a database other than "+want+": database names are case-sensitive.",
					"Write authSource="+want+".", x.optSpans("authSource"), opSet("authSource", want))
			}
		}
		if s == "$external" && scram && hasPass {
			x.check(CodeAuthSourceExternalPwd, connstr.SeverityWarning, "authSource", "Password users do not live in $external",
				"authSource=$external with a password and SCRAM authentication: $external holds only users of X.509, LDAP, Kerberos, AWS and OIDC, so SCRAM finds no such user.",
				"Use authSource=admin (or the database the user was created in), or set the authMechanism that $external is meant for.",
				x.optSpans("authSource"), opSet("authSource", "admin"))
		}
	}
	if f.mech != nil && f.mech.Name == "PLAIN" && f.sourceFrom == "path" {
		x.check(CodeAuthSourceLDAP, connstr.SeverityWarning, "authSource", "LDAP users authenticate against $external",
			"PLAIN (LDAP) with a database in the path and no authSource authenticates against "+quoteDB(f.source)+"; LDAP users are defined in $external.",
			"Add authSource=$external.", x.dbSpans(), opSet("authSource", "$external"))
	}
	if f.mech != nil && f.mech.Name == "MONGODB-X509" {
		if on, _ := x.tlsOn(); !on {
			x.check(CodeX509WithoutTLS, connstr.SeverityError, "authMechanism", "X.509 needs TLS",
				"MONGODB-X509 authenticates with the client certificate of the TLS connection, and this string does not turn TLS on.",
				"Add tls=true (and tlsCertificateKeyFile=<path to the client certificate and key>).",
				append(x.optSpans("authMechanism"), x.optSpans("tls")...), opSet("tls", "true"))
		}
		if !cs.Value("tlsCertificateKeyFile").IsSet() {
			x.check(CodeX509Certificate, connstr.SeverityInfo, "tlsCertificateKeyFile", "The client certificate is not in the string",
				"MONGODB-X509 needs a client certificate, and the string does not name one.",
				"Give it with tlsCertificateKeyFile=<path to a PEM file with the certificate and its key>, or in the driver's TLS options in code. The user is the certificate's subject, in $external; no password.",
				x.optSpans("authMechanism"))
		}
	}
	if f.mech != nil && f.mech.Name == "GSSAPI" && hasPass {
		x.check(CodeKerberosPassword, connstr.SeverityInfo, "authMechanism", "A password with Kerberos",
			"GSSAPI takes its credentials from the Kerberos ticket (kinit or a keytab). Compass ignores a password here, and most drivers use it only where they log in to Kerberos themselves (PyMongo on Windows, for example).",
			"Obtain a ticket with kinit and leave the password out, unless your driver's documentation says it uses it.",
			x.userSpans())
	}
}

func quoteDB(db string) string { return "\"" + db + "\"" }

func (x *explainer) srvChecks() {
	cs := x.cs
	hosts := x.hostsShown()
	tls, tlsFrom := x.tlsOn()
	atlas := anyHost(cs, isAtlasHost)
	if cs.Scheme == connstr.SchemeSRV && len(hosts) == 1 && len(cs.Hosts) == 1 {
		h := hosts[0]
		switch {
		case h.Type == connstr.HostName && srvCannotWork(h):
			x.check(CodeSRVLocalHost, connstr.SeverityError, "", "No SRV record can exist for this host",
				"mongodb+srv:// looks up the SRV records of _mongodb._tcp."+h.Host+", and a local or one-label name such as "+h.Host+" has none: the driver fails with a DNS error (querySrv ENOTFOUND or similar).",
				"Use mongodb:// for a server you address directly, e.g. mongodb://"+h.Host+":"+strconv.Itoa(portOf(h))+".",
				[]connstr.Span{h.Span}, opScheme(connstr.SchemeMongoDB))
		case isAtlasNodeName(h.Host):
			ops := x.srvToStandard()
			fix := "Use mongodb:// with every node's name and port, tls=true, authSource=admin and replicaSet, or the cluster's SRV name from the Atlas connect dialog."
			if name := atlasSRVNameOf(h.Host); name != "" {
				ops = []fixOp{opHosts(name)}
				fix = "Use the cluster's SRV name, " + name + ", with mongodb+srv://."
			}
			x.check(CodeSRVNodeName, connstr.SeverityError, "", "An Atlas node name with mongodb+srv://",
				h.Host+" names one node of an Atlas cluster. SRV records are published for the cluster's name, not for its nodes.",
				fix, []connstr.Span{h.Span}, ops...)
		case h.Type == connstr.HostName && strings.Count(strings.TrimSuffix(h.Host, "."), ".") == 1:
			x.check(CodeSRVShortName, connstr.SeverityInfo, "", "An SRV name of two labels",
				h.Host+" has two labels. The Initial DNS Seedlist Discovery spec used to require three or more, and drivers released before it changed reject such names; SRV targets must then end with the whole name.",
				"Use a current driver, or a name of three or more labels.", []connstr.Span{h.Span})
		}
	}
	if cs.Scheme == connstr.SchemeMongoDB && len(cs.Hosts) == 1 && len(hosts) == 1 && isAtlasSRVName(hosts[0].Host) {
		h := hosts[0]
		x.check(CodeAtlasSRVName, connstr.SeverityError, "", "An Atlas cluster name with mongodb://",
			h.Host+" is the name of an Atlas cluster, which has SRV and TXT records but no address: mongodb:// fails with \"getaddrinfo ENOTFOUND\" or a server selection timeout.",
			"Use mongodb+srv://"+h.Host+" without a port, or list the nodes' names with mongodb://.",
			[]connstr.Span{h.Span}, opScheme(connstr.SchemeSRV), opHosts(h.Host), opRemove("directConnection"))
	}
	switch {
	case atlas && !tls:
		ops, fix := []fixOp{opSet("tls", "true")}, "add tls=true."
		if cs.Scheme == connstr.SchemeSRV {
			ops, fix = []fixOp{opRemove("tls")}, "remove tls=false (mongodb+srv:// turns TLS on)."
		}
		x.check(CodeAtlasTLSDisabled, connstr.SeverityError, "tls", "TLS is off for an Atlas cluster",
			"Atlas accepts TLS connections only, and "+tlsWhy(tlsFrom)+".",
			"Turn TLS on: "+fix, x.optOrSchemeSpans("tls"), ops...)
	case cs.Scheme == connstr.SchemeSRV && !tls:
		x.check(CodeSRVTLSDisabled, connstr.SeverityWarning, "tls", "tls=false with mongodb+srv://",
			"mongodb+srv:// turns TLS on by default, and tls=false turns it off again: connections are not encrypted.",
			"Remove tls=false unless the servers really accept plain connections.",
			x.optSpans("tls"), opRemove("tls"))
	case !tls:
		x.notEncrypted(hosts)
	}
	if anyHost(cs, isCosmosRU) {
		if rw := cs.Value("retryWrites"); !rw.IsSet() || rw.Bool() {
			x.check(CodeCosmosRetryWrites, connstr.SeverityWarning, "retryWrites", "Cosmos DB does not support retryable writes",
				"Azure Cosmos DB for MongoDB (RU) rejects retryable writes, which drivers turn on by default: writes fail with \"Retryable writes are not supported\".",
				"Add retryWrites=false, as Azure's own connection strings do.",
				append(x.optSpans("retryWrites"), hostSpans(hosts)...), opSet("retryWrites", "false"))
		}
	}
}

// notEncrypted warns, as Compass does, about plain connections to hosts
// other than this machine: a warning for public names and addresses, an
// info for private addresses and one-label names (a Docker network, a LAN).
func (x *explainer) notEncrypted(hosts []connstr.Host) {
	var remote []connstr.Span
	public := false
	for _, h := range hosts {
		k := hostKind(h)
		if k == "local" || k == "socket" {
			continue
		}
		remote = append(remote, h.Span)
		if k != "private" && k != "docker-host" && (h.Type != connstr.HostName || strings.Contains(h.Host, ".")) {
			public = true
		}
	}
	if len(remote) == 0 {
		return
	}
	sev, where := connstr.SeverityInfo, "on a private network"
	if public {
		sev, where = connstr.SeverityWarning, "across networks"
	}
	x.check(CodeNotEncrypted, sev, "tls", "Connections are not encrypted",
		"TLS is off, so credentials and data travel in clear text to a server that is not on this machine ("+where+").",
		"Add tls=true if the servers accept TLS (and tlsCAFile=<path> for a private certificate authority).",
		append(x.optOrSchemeSpans("tls"), remote...))
}

func tlsWhy(from string) string {
	if from == "string" {
		return "the string sets tls=false"
	}
	return "a mongodb:// string uses no TLS unless it says tls=true"
}

func (x *explainer) hostChecks() {
	cs := x.cs
	hosts := x.hostsShown()
	direct := cs.Value("directConnection")
	// Cosmos DB names one host and replicaSet=globaldb: there are no members to list.
	if rs := cs.Value("replicaSet"); rs.IsSet() && cs.Scheme == connstr.SchemeMongoDB && len(cs.Hosts) == 1 && !anyHost(cs, isCosmos) {
		if direct.IsSet() && direct.Bool() {
			x.check(CodeDirectReplicaSet, connstr.SeverityInfo, "directConnection", "One member of the replica set only",
				"directConnection=true with replicaSet: the driver talks to this one member and does not follow the primary. Writes fail (\"not primary\") when it is a secondary.",
				"Remove directConnection=true to connect to the set, unless you mean to reach this member alone.",
				x.optSpans("directConnection"))
		} else {
			x.check(CodeReplicaSetOneSeed, connstr.SeverityInfo, "replicaSet", "A replica set with a single seed",
				"The driver discovers the other members from this one host; when it is down at start-up, the connection fails although the set is up.",
				"List every member (or at least two): mongodb://host1:27017,host2:27017,host3:27017/?replicaSet="+rs.Text()+".",
				hostSpans(cs.Hosts))
		}
	}
	seen := map[string]int{}
	var dupSpans []connstr.Span
	var unique []string
	for i, h := range cs.Hosts {
		addr := strings.ToLower(h.Address())
		if _, ok := seen[addr]; ok {
			dupSpans = append(dupSpans, h.Span)
			continue
		}
		seen[addr] = i
		if i < len(x.doc.hosts) {
			unique = append(unique, x.doc.hosts[i])
		}
	}
	if len(dupSpans) > 0 && len(x.doc.hosts) == len(cs.Hosts) && x.taint < 0 {
		x.check(CodeDuplicateHost, connstr.SeverityInfo, "", "A host is listed twice",
			"The same host and port appear more than once in the host list.",
			"Keep one of each.", dupSpans, opHosts(unique...))
	}

	var localSpans []connstr.Span
	for _, h := range hosts {
		if h.Type == connstr.HostName && strings.EqualFold(strings.TrimSuffix(h.Host, "."), "localhost") {
			localSpans = append(localSpans, h.Span)
		}
		if name := otherServicePort(h.Port); name != "" {
			x.check(CodeOtherServicePort, connstr.SeverityWarning, "", "The port of another service",
				"Port "+strconv.Itoa(h.Port)+" is usually "+name+", not MongoDB, whose servers listen on 27017 (mongos and shards often on 27016-27019).",
				"Check the port: a MongoDB string copied from the wrong place, or a web address, will not connect.",
				[]connstr.Span{h.Span})
		}
		if h.Type == connstr.HostName {
			if why := dnsNameProblem(h.Host); why != "" {
				x.check(CodeHostNotResolvable, connstr.SeverityWarning, "", "A host name DNS cannot resolve",
					"The host "+h.Host+" cannot be looked up: "+why+".",
					"Correct the host name.", []connstr.Span{h.Span})
			}
		}
	}
	if len(localSpans) > 0 && cs.Scheme == connstr.SchemeMongoDB && x.taint < 0 {
		x.check(CodeLocalhostIPv6, connstr.SeverityInfo, "", "localhost may mean ::1",
			"Node.js 17 and later can resolve localhost to the IPv6 address ::1 first, while mongod listens on 127.0.0.1 only by default: the driver fails with \"connect ECONNREFUSED ::1:27017\".",
			"Write 127.0.0.1 instead of localhost, or start mongod with --ipv6 --bind_ip localhost,::1.",
			localSpans, func(u *rawURI) {
				for i, h := range u.hosts {
					name, port, hasPort := strings.Cut(h, ":")
					if strings.EqualFold(name, "localhost") {
						u.hosts[i] = "127.0.0.1"
						if hasPort {
							u.hosts[i] += ":" + port
						}
					}
				}
			})
	}
}

func hostSpans(hs []connstr.Host) []connstr.Span {
	var spans []connstr.Span
	for _, h := range hs {
		if h.Span.Valid() {
			spans = append(spans, h.Span)
		}
	}
	return spans
}

func (x *explainer) optionChecks() {
	cs := x.cs
	doc := x.doc
	// The parser warns when the path holds options it knows (with the fix
	// in parseFix); this check covers key=value pairs of unknown keys.
	if x.taint < 0 && cs.Database != "" && strings.ContainsAny(cs.Database, "=&;") && strings.IndexByte(x.basis, '?') < 0 &&
		!cs.Diagnostics.Has(connstr.CodeOptionsInDatabase) {
		db := doc.db
		cut := strings.IndexAny(db, "&;")
		name, rest := db, ""
		if cut >= 0 {
			name, rest = db[:cut], db[cut+1:]
		}
		if strings.Contains(name, "=") {
			name, rest = "", db
		}
		x.check(CodeOptionsInDatabase, connstr.SeverityWarning, "", "Options without a '?'",
			"The database name holds '=': the options were written after the database without the '?' that starts them, so no driver reads them.",
			"Put a '?' between the database and the options, and separate options with '&'.",
			x.dbSpans(), func(u *rawURI) {
				u.db = name
				items := strings.FieldsFunc(rest, func(r rune) bool { return r == '&' || r == ';' })
				for _, it := range items {
					k, v, eq := strings.Cut(it, "=")
					u.opts = append(u.opts, rawOpt{key: k, value: v, hasEq: eq})
				}
			})
	} else if hs := x.hostsShown(); cs.Database == "" && x.taint < 0 && len(hs) > 0 {
		x.check(CodeMissingDatabase, connstr.SeverityInfo, "", "No database in the path",
			"The string names no database. Drivers then authenticate against admin and leave the database to the code, but some tools need it in the string: Prisma refuses the string, Mongoose and mongosh use \"test\", mongoimport asks for --db.",
			"Add /<database> after the hosts if a tool should use it, e.g. "+hs[len(hs)-1].Address()+"/myapp.",
			nil)
	}

	// An '@' in an option value: valid, but parsers that look for the last
	// '@' of the whole string (not of the host part) misread the string.
	var atSpans []connstr.Span
	var atOps []fixOp
	for i, o := range doc.opts {
		if !o.gone && strings.IndexByte(o.value, '@') >= 0 && !x.tainted(connstr.Span{Start: o.at, End: o.end}) {
			spec := lookupRawKey(o.key)
			if secretKey(spec, o.key) {
				continue
			}
			atSpans = append(atSpans, connstr.Span{Start: o.at, End: o.end})
			atOps = append(atOps, opSetAt(i, strings.ReplaceAll(o.value, "@", "%40")))
		}
	}
	if len(atSpans) > 0 {
		x.check(CodeAtInOptionValue, connstr.SeverityInfo, "", "An '@' in an option value",
			"An option value holds '@' (Azure Cosmos DB writes appName=@account@). The string is valid, but tools that look for the last '@' of the whole string take everything before it for the user information and report a username or password error.",
			"Write '@' in option values as %40; drivers read both the same.", atSpans, atOps...)
	}
	if v := cs.Value("appName"); v.IsSet() && len(v.Text()) > 128 {
		x.check(CodeAppNameTooLong, connstr.SeverityWarning, "appName", "appName is longer than 128 bytes",
			"Servers reject a handshake whose application name is longer than 128 bytes.",
			"Shorten appName.", x.optSpans("appName"))
	}
	for _, o := range cs.Options {
		spec := connstr.LookupOption(o.Name)
		if spec == nil || len(spec.Unportable) == 0 || !unportable(spec, o.Value) {
			continue
		}
		var ops []fixOp
		if spec.Name == "maxStalenessSeconds" {
			ops = []fixOp{opRemove(spec.Name)} // -1 is what leaving it out means
		}
		x.check(CodeOptionNotPortable, connstr.SeverityInfo, spec.Name, spec.Name+" is read differently by some drivers",
			"Drivers disagree about "+spec.Name+"="+o.Value.Text()+".", notesText(spec.Notes), []connstr.Span{o.Span}, ops...)
	}
	if ph := cs.Value("proxyHost"); ph.IsSet() && !isLocalName(ph.Text()) && ph.Text() != "127.0.0.1" && ph.Text() != "::1" {
		if cs.Value("proxyPassword").IsSet() {
			x.check(CodeProxyPlaintext, connstr.SeverityWarning, "proxyPassword", "The proxy password travels in clear text",
				"SOCKS5 sends the proxy's username and password unencrypted to the proxy host, which is not this machine.",
				"Use a proxy on a trusted network, or one that needs no password (an SSH tunnel with ssh -D, for example).",
				x.optSpans("proxyPassword"))
		}
		var local []connstr.Span
		for _, h := range x.hostsShown() {
			if hostKind(h) == "local" {
				local = append(local, h.Span)
			}
		}
		if len(local) > 0 {
			x.check(CodeProxyLocalHost, connstr.SeverityWarning, "proxyHost", "A remote proxy and a local server",
				"The proxy connects to the hosts on the client's behalf, so localhost means the proxy's machine, not this one.",
				"Remove the proxy options to reach a server on this machine, or name the server as the proxy sees it.",
				append(x.optSpans("proxyHost"), local...))
		}
	}
	var insecure []string
	var spans []connstr.Span
	for _, name := range [...]string{"tlsInsecure", "tlsAllowInvalidCertificates", "tlsAllowInvalidHostnames"} {
		if v := cs.Value(name); v.IsSet() && v.Bool() {
			insecure = append(insecure, name)
			spans = append(spans, x.optSpans(name)...)
		}
	}
	if len(insecure) > 0 {
		x.check(CodeTLSValidationOff, connstr.SeverityWarning, insecure[0], "TLS certificate checks are off",
			joinWords(insecure)+" turn off checks that protect against a man in the middle; the connection is encrypted but the server is not verified.",
			"Use them only for testing. To trust a private CA, give tlsCAFile=<path> instead.", spans)
	}
}

// unportable reports whether the value is one of the registry's Unportable
// values for the option.
func unportable(spec *connstr.OptionSpec, v connstr.Value) bool {
	for _, u := range spec.Unportable {
		if u == "*" || u == v.Text() || slices.Contains(v.List(), u) {
			return true
		}
	}
	return false
}

func (x *explainer) poolChecks() {
	cs := x.cs
	atlas := anyHost(cs, isAtlasHost)
	if v, set := x.intValue("maxPoolSize", 100); set {
		switch {
		case v == 0:
			x.check(CodePoolUnlimited, connstr.SeverityWarning, "maxPoolSize", "No limit on the connection pool",
				"maxPoolSize=0 lets each client open any number of connections to each server; a burst of work can exhaust the server's connection limit (\"too many open connections\").",
				"Set a limit; the default is 100 per server.", x.optSpans("maxPoolSize"))
		case atlas && v > 500:
			x.check(CodePoolAboveTierLimit, connstr.SeverityWarning, "maxPoolSize", "maxPoolSize above small Atlas tiers' limit",
				"maxPoolSize="+strconv.FormatInt(v, 10)+" per server is more than the 500 connections per node that free and shared Atlas tiers accept (M10 accepts 1,500), and every client process opens its own pool.",
				"Keep maxPoolSize times the number of client processes below the tier's limit.", x.optSpans("maxPoolSize"))
		}
	}
	if v, set := x.intValue("maxIdleTimeMS", 0); set && v > 0 && v < 1000 {
		x.check(CodeIdleTimeShort, connstr.SeverityWarning, "maxIdleTimeMS", "Connections are closed almost as soon as they are idle",
			"maxIdleTimeMS="+strconv.FormatInt(v, 10)+" closes pooled connections after less than a second of rest, so the driver keeps opening new ones (a TCP and TLS handshake and authentication each time).",
			"Use seconds or minutes (e.g. 60000), or leave it out.", x.optSpans("maxIdleTimeMS"))
	}
	if v, set := x.intValue("waitQueueTimeoutMS", 0); set && v > 0 && v < 1000 {
		x.check(CodeWaitQueueShort, connstr.SeverityWarning, "waitQueueTimeoutMS", "A very short wait for a pooled connection",
			"waitQueueTimeoutMS="+strconv.FormatInt(v, 10)+": under load, operations fail with a wait queue timeout instead of waiting for a free connection.",
			"Use a longer wait, raise maxPoolSize, or use timeoutMS to bound whole operations.", x.optSpans("waitQueueTimeoutMS"))
	}
}

func (x *explainer) timeoutChecks() {
	sel, selSet := x.intValue("serverSelectionTimeoutMS", 30000)
	conn, connSet := x.intValue("connectTimeoutMS", 10000)
	if selSet && sel < 2000 {
		x.check(CodeSelectionShort, connstr.SeverityWarning, "serverSelectionTimeoutMS", "A very short server selection timeout",
			"serverSelectionTimeoutMS="+strconv.FormatInt(sel, 10)+": operations fail when no suitable server is found within that time, which a DNS lookup, a TLS handshake or a replica set election (often 10 s or more) easily exceeds.",
			"Use several seconds; the default is 30000.", x.optSpans("serverSelectionTimeoutMS"))
	}
	switch {
	case connSet && conn == 0:
		x.check(CodeConnectDisabled, connstr.SeverityInfo, "connectTimeoutMS", "No connect timeout",
			"connectTimeoutMS=0 waits for a TCP connection as long as the operating system does, often minutes.",
			"Leave it out (10000) or give a number of milliseconds.", x.optSpans("connectTimeoutMS"))
	case connSet && conn < 1000:
		x.check(CodeConnectShort, connstr.SeverityWarning, "connectTimeoutMS", "A very short connect timeout",
			"connectTimeoutMS="+strconv.FormatInt(conn, 10)+" leaves too little time for a TCP and TLS handshake across the internet.",
			"Use a few seconds; the default is 10000.", x.optSpans("connectTimeoutMS"))
	}
	if (selSet || connSet) && conn > sel && conn > 0 {
		x.check(CodeConnectAboveSelect, connstr.SeverityInfo, "connectTimeoutMS", "connectTimeoutMS is longer than serverSelectionTimeoutMS",
			"Server selection gives up after "+strconv.FormatInt(sel, 10)+" ms, before a slow connection attempt ("+strconv.FormatInt(conn, 10)+" ms allowed) can finish.",
			"Make connectTimeoutMS shorter than serverSelectionTimeoutMS.", append(x.optSpans("connectTimeoutMS"), x.optSpans("serverSelectionTimeoutMS")...))
	}
	if v, set := x.intValue("socketTimeoutMS", 0); set && v > 0 && v < 5000 {
		x.check(CodeSocketShort, connstr.SeverityWarning, "socketTimeoutMS", "A very short socket timeout",
			"socketTimeoutMS="+strconv.FormatInt(v, 10)+": any operation that runs longer (a large query, an aggregation, an index build) fails with a network error and its connection is closed.",
			"Leave it out (no timeout) and bound operations with timeoutMS or maxTimeMS.", x.optSpans("socketTimeoutMS"))
	}
}
