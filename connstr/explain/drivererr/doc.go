// Package drivererr reads the error text that a MongoDB driver or shell
// printed when it failed to connect: which driver printed it, which kind of
// failure it is, which servers the driver tried and what each one answered,
// and the topology, SRV name, timeouts and auth source the text names.
//
// It reads the wording of the drivers as their sources print it today and in
// their common older versions: the Node.js driver, mongosh and Mongoose,
// PyMongo, the Go, Java, C# and Rust drivers, and libmongoc with the PHP
// driver on top of it. It needs no connection string; package explain puts
// the two together.
//
// Read is deterministic, performs no I/O, uses no regular expressions, and
// its work is linear in the length of the text, which it caps at MaxText.
// The text is treated as holding secrets: every credential it can recognise
// (the userinfo of a connection string, password= and similar values) is
// masked before anything is read from it, and callers can name more secrets
// to mask.
package drivererr
