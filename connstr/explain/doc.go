// Package explain is the advice layer over package connstr: it says what
// each part of a connection string does, what a driver will do with it,
// what is likely wrong with it and how to fix it, and how to test and use
// it (commands, code snippets, tips for drivers' error messages). It also
// repairs strings as people paste them (quotes, assignments, command lines,
// credentials that were not percent-encoded).
//
// It works only through connstr's exported API: connstr is the
// specifications' rules, this package is advice drawn from MongoDB's
// guides. Its own codes (CodePasted*, CodeSRVLocalHost, ...) are never
// reported by connstr.Parse.
//
// # One set of findings
//
// Every view of a string (decode, encode, explain, a widget) shows the same
// findings and the same verdict. Find returns them alone, cheaply enough
// for every keystroke; Explain returns them with everything else, and
// Explanation.Findings gives the same Findings:
//
//	f := explain.Find(uri)
//	f.Verdict  // VerdictInvalid, VerdictFails, VerdictWarnings or VerdictOK
//	f.Errors, f.Warnings, f.Infos
//	for _, c := range f.Checks { // errors, then warnings, then infos
//		c.Source   // "parse" (connstr's diagnostics), "resolve" or "explain"
//		c.Code, c.Severity, c.Title, c.Seen, c.Spans, c.Fix
//		c.Fixed    // the corrected string, when the fix is certain
//	}
//	f.Fixed    // every certain fix of an error or warning at once
//	f.Summary() // "Invalid: 1 error, 1 warning", for a status line
//
// The list holds connstr's diagnostics of the string the explainer
// describes, the resolver's findings when a resolution was given, and the
// explainer's checks. A string that is invalid as given but reads once
// cleaned (MONGO_URI="mongodb://...", quotes, white space, a missing
// scheme) or repaired (a password that was not percent-encoded) gets the
// cleanup as an error finding whose Fixed is the clean string, so that the
// verdict says invalid and the fix is offered, in every view.
//
// # Secrets
//
// Unless RevealSecrets is given, no field holds the password or a secret
// option value: corrected strings hold "*****" and prose says "set". With
// it, corrected strings hold the real, percent-encoded values, for a
// frontend that has its own "show password".
//
// # Resolution
//
// After connstr.Resolve, WithResolution(res, err) makes Explain and Find use
// what DNS said: the seeds and the TXT record's options (replicaSet,
// authSource, loadBalanced) in the sections, the effective settings, the
// checks, the tips and the per-node commands. A resolution made for
// another host (the string was edited since) is ignored.
package explain
