//go:build linux

// Command dnsstack runs the DNS test stack: dnsmasq serving the records of a
// records file, behind dnsdist serving DNS-over-HTTPS (RFC 8484, plain HTTP)
// on 127.0.0.1, with "access-control-allow-origin: *" so that browser tests
// can use it too. Everything listens on free loopback ports only.
//
// Usage (through scripts/dnsstack.sh, which builds this program):
//
//	dnsstack start STATE_DIR [RECORDS]
//	    Writes the configs into STATE_DIR, starts both daemons, waits until a
//	    DoH query through the whole chain is answered, prints the DoH URL
//	    (http://127.0.0.1:PORT/dns-query) on stdout and writes it to
//	    STATE_DIR/url. RECORDS defaults to
//	    $SPEC_TESTS_DIR/initial-dns-seedlist-discovery/records.txt. If the
//	    stack in STATE_DIR is already running, prints its URL. The same
//	    records are also served as plain DNS (UDP and TCP) at the address in
//	    STATE_DIR/dns, for tests of resolvers that are not DoH.
//	dnsstack stop STATE_DIR
//	    Stops the two daemons by the PIDs recorded in STATE_DIR (after checking
//	    that each PID still runs this stack's config) and removes the PID files.
//	dnsstack url STATE_DIR
//	    Prints the URL of the running stack.
//
// The records file has one record a line, "NAME TYPE DATA" (SRV, TXT, A,
// AAAA; see connstr/dnstest.ParseRecords). Every other name is NXDOMAIN:
// nothing is forwarded off the machine. Besides the records, the stack serves
// these names for fault tests (any type):
//
//	servfail.fault.test   answers SERVFAIL
//	refused.fault.test    answers REFUSED
//	truncated.fault.test  answers with the TC (truncated) bit set
//	slow.fault.test       is sent to a backend that never answers: no answer
//	                      for about a second, then HTTP 502
//
// and any path other than /dns-query answers HTTP 404.
// Logs are in STATE_DIR/dnsmasq.log and STATE_DIR/dnsdist.log.
package main

import (
	"context"
	"errors"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/mongouri/mongouri/connstr/dnstest"
	"github.com/mongouri/mongouri/connstr/doh"
)

const usage = `usage: dnsstack start STATE_DIR [RECORDS]   start the stack, print the DoH URL
       dnsstack stop STATE_DIR                stop it
       dnsstack url STATE_DIR                 print the URL of the running stack`

var daemons = []string{"dnsmasq", "dnsdist"}

func main() {
	if len(os.Args) < 3 {
		fmt.Fprintln(os.Stderr, usage)
		os.Exit(2)
	}
	dir, err := filepath.Abs(os.Args[2])
	if err == nil {
		switch cmd := os.Args[1]; {
		case cmd == "start" && len(os.Args) <= 4:
			records := ""
			if len(os.Args) == 4 {
				records = os.Args[3]
			}
			err = start(dir, records)
		case cmd == "stop" && len(os.Args) == 3:
			err = stop(dir)
		case cmd == "url" && len(os.Args) == 3:
			var url string
			if url, err = runningURL(dir); err == nil {
				fmt.Println(url)
			}
		default:
			fmt.Fprintln(os.Stderr, usage)
			os.Exit(2)
		}
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "dnsstack:", err)
		os.Exit(1)
	}
}

func start(dir, records string) error {
	if url, err := runningURL(dir); err == nil {
		fmt.Println(url)
		return nil
	}
	if records == "" {
		spec := os.Getenv("SPEC_TESTS_DIR")
		if spec == "" {
			return errors.New("no RECORDS file given and SPEC_TESTS_DIR is not set")
		}
		records = filepath.Join(spec, "initial-dns-seedlist-discovery", "records.txt")
	}
	f, err := os.Open(records)
	if err != nil {
		return err
	}
	recs, err := dnstest.ParseRecords(f)
	f.Close()
	if err != nil {
		return fmt.Errorf("%s: %w", records, err)
	}
	masqConf, err := dnsmasqConfig(recs)
	if err != nil {
		return fmt.Errorf("%s: %w", records, err)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	bins := map[string]string{}
	for _, d := range daemons {
		if bins[d], err = findBinary(d); err != nil {
			return err
		}
	}
	// A free port can be taken by someone else between our check and the
	// daemon's bind: try again with new ports when a daemon dies at start.
	var lastErr error
	for try := 0; try < 3; try++ {
		url, err := launch(dir, bins, masqConf, readinessName(recs))
		if err == nil {
			fmt.Println(url)
			return nil
		}
		lastErr = err
		_ = stop(dir)
	}
	return lastErr
}

func findBinary(name string) (string, error) {
	if p, err := exec.LookPath(name); err == nil {
		return p, nil
	}
	for _, d := range []string{"/usr/sbin", "/sbin", "/usr/bin"} {
		p := filepath.Join(d, name)
		if st, err := os.Stat(p); err == nil && st.Mode()&0o111 != 0 {
			return p, nil
		}
	}
	return "", fmt.Errorf("%s not found: install the Debian packages dnsmasq-base and dnsdist (make deps-dns)", name)
}

// readinessName is a name the stack must answer before it counts as up.
func readinessName(recs []dnstest.Record) string {
	for _, r := range recs {
		if r.Type == "SRV" {
			return r.Name
		}
	}
	return "ready.fault.test"
}

// launch picks ports, writes the configs, starts both daemons and waits for a
// DoH answer.
func launch(dir string, bins map[string]string, masqConf, probe string) (string, error) {
	masqPort, err := freePort(true, true)
	if err != nil {
		return "", err
	}
	distPort, err := freePort(true, true)
	if err != nil {
		return "", err
	}
	dohPort, err := freePort(false, true)
	if err != nil {
		return "", err
	}
	holePort, err := freePort(true, false)
	if err != nil {
		return "", err
	}
	masqPath := filepath.Join(dir, "dnsmasq.conf")
	distPath := filepath.Join(dir, "dnsdist.conf")
	if err := os.WriteFile(masqPath, []byte(masqConf), 0o644); err != nil {
		return "", err
	}
	if err := os.WriteFile(distPath, []byte(dnsdistConfig(masqPort, distPort, dohPort, holePort)), 0o644); err != nil {
		return "", err
	}
	url := "http://127.0.0.1:" + strconv.Itoa(dohPort) + "/dns-query"

	exited := make(chan string, 2)
	args := map[string][]string{
		"dnsmasq": {
			"--keep-in-foreground", "--conf-file=" + masqPath,
			"--port=" + strconv.Itoa(masqPort), "--listen-address=127.0.0.1", "--bind-interfaces",
			"--pid-file=", "--log-facility=-", "--log-queries",
		},
		"dnsdist": {"--supervised", "--disable-syslog", "-C", distPath},
	}
	for _, d := range daemons {
		log, err := os.Create(filepath.Join(dir, d+".log"))
		if err != nil {
			return "", err
		}
		cmd := exec.Command(bins[d], args[d]...)
		cmd.Stdout, cmd.Stderr = log, log
		cmd.Dir = dir
		// A session of their own: the daemons outlive this program and
		// get no signal meant for the terminal that ran it.
		cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true}
		err = cmd.Start()
		log.Close()
		if err != nil {
			return "", fmt.Errorf("starting %s: %w", d, err)
		}
		if err := os.WriteFile(filepath.Join(dir, d+".pid"), []byte(strconv.Itoa(cmd.Process.Pid)+"\n"), 0o644); err != nil {
			return "", err
		}
		go func(name string) {
			_ = cmd.Wait()
			exited <- name
		}(d)
	}

	client, err := doh.New(doh.WithEndpoints(url), doh.WithTimeout(time.Second))
	if err != nil {
		return "", err
	}
	deadline := time.Now().Add(15 * time.Second)
	for {
		select {
		case name := <-exited:
			return "", fmt.Errorf("%s exited at start; its log:\n%s", name, tail(filepath.Join(dir, name+".log")))
		default:
		}
		ctx, cancel := context.WithTimeout(context.Background(), time.Second)
		_, err := client.LookupSRV(ctx, probe)
		cancel()
		if err == nil {
			break
		}
		if time.Now().After(deadline) {
			return "", fmt.Errorf("the stack did not answer within 15s: %v", err)
		}
		time.Sleep(100 * time.Millisecond)
	}
	if err := os.WriteFile(filepath.Join(dir, "url"), []byte(url+"\n"), 0o644); err != nil {
		return "", err
	}
	dns := "127.0.0.1:" + strconv.Itoa(distPort)
	if err := os.WriteFile(filepath.Join(dir, "dns"), []byte(dns+"\n"), 0o644); err != nil {
		return "", err
	}
	return url, nil
}

// freePort returns a loopback port that is free for the given protocols.
func freePort(udp, tcp bool) (int, error) {
	for try := 0; try < 20; try++ {
		var port int
		var closers []func() error
		if tcp {
			l, err := net.Listen("tcp4", "127.0.0.1:0")
			if err != nil {
				return 0, err
			}
			port = l.Addr().(*net.TCPAddr).Port
			closers = append(closers, l.Close)
		}
		ok := true
		if udp {
			pc, err := net.ListenPacket("udp4", "127.0.0.1:"+strconv.Itoa(port))
			if err != nil {
				ok = false
			} else {
				port = pc.LocalAddr().(*net.UDPAddr).Port
				closers = append(closers, pc.Close)
			}
		}
		for _, c := range closers {
			_ = c()
		}
		if ok {
			return port, nil
		}
	}
	return 0, errors.New("no free loopback port found")
}

func tail(path string) string {
	b, _ := os.ReadFile(path)
	if len(b) > 2000 {
		b = b[len(b)-2000:]
	}
	return string(b)
}

// runningURL returns the URL of the stack in dir if both daemons run.
func runningURL(dir string) (string, error) {
	for _, d := range daemons {
		if _, err := ownPID(dir, d); err != nil {
			return "", err
		}
	}
	b, err := os.ReadFile(filepath.Join(dir, "url"))
	if err != nil {
		return "", errors.New("no stack is running in " + dir)
	}
	return strings.TrimSpace(string(b)), nil
}

// ownPID reads the PID file of daemon d and checks that the process is alive
// and runs with this state directory's config, so that a PID reused by an
// unrelated process is never signalled.
func ownPID(dir, d string) (int, error) {
	b, err := os.ReadFile(filepath.Join(dir, d+".pid"))
	if err != nil {
		return 0, fmt.Errorf("%s is not running from %s", d, dir)
	}
	pid, err := strconv.Atoi(strings.TrimSpace(string(b)))
	if err != nil || pid <= 1 {
		return 0, fmt.Errorf("bad PID file for %s", d)
	}
	if !alive(pid) {
		return 0, fmt.Errorf("%s (PID %d) is not running", d, pid)
	}
	cmdline, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/cmdline")
	if err != nil || !strings.Contains(string(cmdline), filepath.Join(dir, d+".conf")) {
		return 0, fmt.Errorf("PID %d is not this stack's %s", pid, d)
	}
	return pid, nil
}

// alive reports whether pid is a running process (a zombie is not).
func alive(pid int) bool {
	if syscall.Kill(pid, 0) != nil {
		return false
	}
	stat, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/stat")
	if err != nil {
		return false
	}
	// The state follows the parenthesised command name: "pid (comm) S ...".
	s := string(stat)
	if i := strings.LastIndexByte(s, ')'); i >= 0 && i+2 < len(s) {
		return s[i+2] != 'Z'
	}
	return true
}

func stop(dir string) error {
	var errs []error
	for _, d := range daemons {
		pidFile := filepath.Join(dir, d+".pid")
		pid, err := ownPID(dir, d)
		if err != nil {
			_ = os.Remove(pidFile)
			continue // not running: nothing to stop
		}
		_ = syscall.Kill(pid, syscall.SIGTERM)
		deadline := time.Now().Add(5 * time.Second)
		for alive(pid) && time.Now().Before(deadline) {
			time.Sleep(50 * time.Millisecond)
		}
		if alive(pid) {
			_ = syscall.Kill(pid, syscall.SIGKILL)
		}
		if err := os.Remove(pidFile); err != nil && !os.IsNotExist(err) {
			errs = append(errs, err)
		}
	}
	_ = os.Remove(filepath.Join(dir, "url"))
	_ = os.Remove(filepath.Join(dir, "dns"))
	return errors.Join(errs...)
}
