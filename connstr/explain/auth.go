package explain

import (
	"slices"
	"strings"

	"github.com/mongouri/mongouri/connstr"
)

// authFacts is who authenticates, how, and against which database, as the
// Authentication spec's defaults decide it.
type authFacts struct {
	active     bool                   // something authenticates
	mech       *connstr.MechanismSpec // nil: negotiated (SCRAM-SHA-256 or SCRAM-SHA-1)
	mechName   string
	mechFrom   string // "string" or "default"
	source     string
	sourceFrom string // "authSource", "txt", "mechanism", "path" or "default"
	why        string
}

func (x *explainer) auth() authFacts {
	cs := x.cs
	var f authFacts
	if mv := cs.Value("authMechanism"); mv.IsSet() {
		f.mech = connstr.LookupMechanism(mv.Text())
	}
	hasUser := cs.User != nil && cs.User.Username != ""
	f.active = hasUser || f.mech != nil && f.mech.Username != connstr.Required
	if !f.active {
		return f
	}
	if f.mech != nil {
		f.mechName, f.mechFrom = f.mech.Name, "string"
	} else {
		f.mechName, f.mechFrom = "SCRAM-SHA-256 or SCRAM-SHA-1", "default"
	}
	db := cs.Database
	if i := strings.IndexByte(db, '.'); i >= 0 {
		db = db[:i]
	}
	switch src := cs.Value("authSource"); {
	case src.IsSet():
		f.source, f.sourceFrom = src.Text(), "authSource"
		f.why = "The authSource option names it."
	case x.txtOption("authSource") != "":
		f.source, f.sourceFrom = x.txtOption("authSource"), "txt"
		f.why = "The TXT record of the SRV name sets authSource, as if the string did."
	case f.mech != nil && !f.mech.UsesPathDB:
		f.source, f.sourceFrom = f.mech.DefaultDB, "mechanism"
		f.why = f.mech.Name + " users are defined outside any database, in " + f.mech.DefaultDB + ", whatever the path says."
	case db != "":
		f.source, f.sourceFrom = db, "path"
		f.why = "Without authSource, the database in the path is also where the user is looked up."
		if spans := x.dbSpans(); len(spans) > 0 && x.secretAt(spans[0]) {
			// A secret option's value in the path (a '?' is missing):
			// masked here as in the database section.
			f.source = connstr.Mask
		}
	case f.mech != nil:
		f.source, f.sourceFrom = f.mech.DefaultDB, "default"
		f.why = "Without authSource or a database in the path, " + f.mech.Name + " uses " + f.mech.DefaultDB + "."
	default:
		f.source, f.sourceFrom = "admin", "default"
		f.why = "Without authSource or a database in the path, drivers use admin."
	}
	if cs.Scheme == connstr.SchemeSRV && x.res == nil && f.sourceFrom != "authSource" && f.sourceFrom != "mechanism" {
		if anyHost(cs, isAtlasHost) {
			f.source, f.sourceFrom = "admin", "txt"
			f.why = "Atlas publishes authSource=admin in the TXT record of the SRV name, and that applies as if the string said it."
		} else {
			f.why += " The TXT record of the SRV name may set authSource instead; resolve the name to know."
		}
	}
	return f
}

// option returns the value of the named option the driver uses: the
// string's, or, after a resolution, the merged one (the TXT record's
// options added).
func (x *explainer) option(name string) connstr.Value {
	if x.res != nil {
		return x.res.Option(name)
	}
	return x.cs.Value(name)
}

// txtOption returns the text of an option the resolution's TXT record set.
func (x *explainer) txtOption(name string) string {
	if x.res == nil || !slices.Contains(x.res.FromTXT, name) {
		return ""
	}
	return x.res.Option(name).Text()
}

// tlsOn reports whether connections use TLS, and why.
func (x *explainer) tlsOn() (bool, string) {
	cs := x.cs
	if v := cs.Value("tls"); v.IsSet() {
		return v.Bool(), "string"
	}
	if cs.Scheme == connstr.SchemeSRV {
		return true, "scheme"
	}
	return false, "default"
}

// intValue returns an integer option's value, or the default when unset.
func (x *explainer) intValue(name string, def int64) (int64, bool) {
	if v := x.cs.Value(name); v.IsSet() {
		return v.Int(), true
	}
	return def, false
}
