package explain

import (
	"github.com/mongouri/mongouri/connstr"
	"github.com/mongouri/mongouri/connstr/drivers"
)

// DriverVerdict is what one family of drivers does with the string as
// given (see connstr/drivers): accepts it, accepts it with a warning, or
// rejects it, with the reasons in that driver's terms.
type DriverVerdict struct {
	Family   string `json:"family" js:"family"`     // "node", "node6", "python", "go", ...
	Driver   string `json:"driver" js:"driver"`     // "Node.js", "Python (PyMongo)", ...
	Versions string `json:"versions" js:"versions"` // the versions the verdict describes
	// Checked reports whether this family's verdicts are checked against the
	// driver itself (a differential test); the others follow the
	// specifications and what the driver's source shows.
	Checked bool     `json:"checked" js:"checked"`
	Outcome string   `json:"outcome" js:"outcome"` // "accepts", "warns" or "rejects"
	Reasons []string `json:"reasons" js:"reasons"`
}

// outcomeWords names the outcomes in the Explanation.
var outcomeWords = [...]string{drivers.Accepts: "accepts", drivers.AcceptsWarn: "warns", drivers.Rejects: "rejects"}

// driverVerdicts judges the string as given: what a driver receives is what
// was pasted, not the cleaned or repaired form the sections describe. The
// reasons never quote a secret (connstr/drivers keeps to that).
func driverVerdicts(cs *connstr.ConnString) []DriverVerdict {
	vs := drivers.Judge(cs)
	out := make([]DriverVerdict, len(vs))
	for i, v := range vs {
		reasons := v.Reasons
		if reasons == nil {
			reasons = []string{}
		}
		out[i] = DriverVerdict{Family: string(v.Driver.Family), Driver: v.Driver.Name, Versions: v.Driver.Versions,
			Checked: v.Driver.Checked, Outcome: outcomeWords[v.Outcome], Reasons: reasons}
	}
	return out
}
