package explain

import "github.com/mongouri/mongouri/connstr"

// The explainer's results that Diagnose reuses: the masked string, its
// checks, its effective settings and its diagnostic commands.
type (
	explanation = connstr.Explanation
	// Command is a diagnostic command line with real host names and no
	// credentials.
	Command = connstr.Command
)

func explainString(uri string) *explanation { return connstr.Explain(uri) }
