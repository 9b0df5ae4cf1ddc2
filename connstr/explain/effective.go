package explain

import (
	"strings"

	"github.com/mongouri/mongouri/connstr"
)

// The effective configuration: what a driver uses for the settings people
// ask about most, with the defaults filled in and where each value comes
// from.

// effectiveNames are the settings listed, in order, after tls and
// authentication.
var effectiveNames = []string{
	"readPreference", "retryWrites", "retryReads", "w", "journal", "readConcernLevel",
	"connectTimeoutMS", "serverSelectionTimeoutMS", "socketTimeoutMS", "timeoutMS",
	"heartbeatFrequencyMS", "localThresholdMS",
	"maxPoolSize", "minPoolSize", "maxConnecting", "maxIdleTimeMS", "waitQueueTimeoutMS",
	"directConnection", "loadBalanced", "replicaSet", "compressors", "appName",
}

func (x *explainer) effective() {
	cs := x.cs
	var out []Setting
	tls, from := x.tlsOn()
	s := Setting{Name: "tls", Value: boolText(tls), Source: from}
	switch from {
	case "scheme":
		s.Note = "mongodb+srv:// turns TLS on."
	case "default":
		s.Note = "mongodb:// strings use no TLS unless they say tls=true."
	}
	out = append(out, s)

	if f := x.auth(); f.active {
		out = append(out,
			Setting{Name: "authMechanism", Value: f.mechName, Source: f.mechFrom},
			Setting{Name: "authSource", Value: f.source, Source: f.sourceFrom, Note: f.why})
	} else {
		out = append(out, Setting{Name: "authentication", Value: "none", Source: "default",
			Note: "No credentials and no mechanism: the connection is not authenticated."})
	}
	if x.res != nil {
		if len(x.res.Seeds) > 0 {
			out = append(out, Setting{Name: "seeds", Value: strings.Join(x.res.Seeds, ","), Source: "txt",
				Note: "The hosts the SRV records gave."})
		}
	}
	for _, name := range effectiveNames {
		spec := connstr.LookupOption(name)
		if spec == nil {
			continue
		}
		if txt := x.txtOption(name); txt != "" && !cs.Value(name).IsSet() {
			out = append(out, Setting{Name: name, Value: txt, Source: "txt", Note: "From the TXT record of the SRV name."})
			continue
		}
		if o, ok := cs.Lookup(name); ok && !x.tainted(o.Span) {
			out = append(out, Setting{Name: name, Value: x.valueText(spec, o.Value), Source: "string"})
			continue
		}
		st := Setting{Name: name, Value: spec.Default, Source: "default"}
		if v, ok := defaultValue(spec); ok {
			st.Value, st.Note = v.Text(), spec.Default
			if st.Note == st.Value {
				st.Note = ""
			}
		}
		if st.Value == "" {
			st.Value = "not set"
		}
		if cs.Scheme == connstr.SchemeSRV && x.res == nil && (name == "replicaSet" || name == "loadBalanced") {
			st.Note = strings.TrimSpace(st.Note + " The SRV name's TXT record may set it.")
		}
		out = append(out, st)
	}
	x.out.Effective = out
}
