package connstr

import "strconv"

// joinHostPort writes a host and port as a connection string would, with
// brackets around an IP literal.
func joinHostPort(t HostType, host string, port int) string {
	if t == HostIPLiteral {
		return "[" + host + "]:" + strconv.Itoa(port)
	}
	return host + ":" + strconv.Itoa(port)
}
