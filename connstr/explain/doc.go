// Package explain is the advice layer over package connstr: it says what
// each part of a connection string does, what a driver will do with it,
// what is likely wrong with it and how to fix it, and how to test and use
// it (commands, code snippets, tips for drivers' error messages). It also
// repairs strings as people paste them (quotes, assignments, command lines,
// credentials that were not percent-encoded).
//
// It works only through connstr's exported API: connstr is the
// specifications' rules, this package is advice drawn from MongoDB's
// guides. Its codes (CodePasted*, CodeSRVLocalHost, ...) are never reported
// by connstr.Parse.
package explain
