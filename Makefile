# mongouri: `make serve` builds and serves the site; `make test` runs every test.
# Each target is a thin call into scripts/, which hold the logic.

SHELL          := bash
.SHELLFLAGS    := -eu -o pipefail -c
GO             ?= go
PORT           ?= 8080
SPEC_TESTS_DIR ?= $(abspath ../shared/spec-tests)
SPEC_TESTS_ADDITIONS_DIR ?= $(abspath $(dir $(SPEC_TESTS_DIR))spec-tests-additions)
FUZZTIME       ?= 60s
FUZZTIME_SHORT ?= 100000x
# Every request a test process or test browser refused because it was not for
# loopback (tests/loopback-only.mjs); `make test` starts it empty.
MONGOURI_REFUSED_LOG ?= $(abspath test-results/refused-requests.log)
export SPEC_TESTS_DIR SPEC_TESTS_ADDITIONS_DIR PORT MONGOURI_REFUSED_LOG

.DEFAULT_GOAL := help

.PHONY: help
help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed -E 's/:.*## /\t/' | expand -t 18

## --- set-up --------------------------------------------------------------

.PHONY: deps deps-node deps-dns deps-browser
deps: deps-node deps-dns deps-browser ## install everything the tests need

deps-node: node_modules/.package-lock.json ## npm dev tools (from package-lock.json)
node_modules/.package-lock.json: package.json package-lock.json
	npm ci --no-audit --no-fund
	@touch $@

deps-dns: ## dnsmasq and dnsdist (Debian), for the DNS test stack
	scripts/ensure-debian-packages.sh dnsmasq:dnsmasq-base dnsdist:dnsdist

deps-browser: ## Debian's chromium, for the browser tests
	scripts/ensure-debian-packages.sh chromium:chromium

## --- build ---------------------------------------------------------------

.PHONY: wasm package site serve
wasm: ## build the WebAssembly module into build/
	scripts/build-wasm.sh

package: wasm deps-node ## build the npm package into dist/npm/
	scripts/build-package.sh

site: package ## assemble the static site into dist/site/
	scripts/build-site.sh

serve: site ## build and serve the site on http://127.0.0.1:$(PORT)
	scripts/serve.sh

## --- tests ---------------------------------------------------------------

.PHONY: test lint test-go test-conformance test-fuzz-short test-dns test-drivers test-wasm test-node test-browser
test: test-guard lint test-go test-conformance test-fuzz-short test-dns test-drivers test-wasm test-node test-browser ## every test the project has
	@echo "test: requests refused for leaving loopback: $$(wc -l < $(MONGOURI_REFUSED_LOG)) (expected 0)"

.PHONY: test-guard
test-guard:
	@mkdir -p $(dir $(MONGOURI_REFUSED_LOG)) && : > $(MONGOURI_REFUSED_LOG)

lint: ## gofmt and go vet, native and js/wasm
	@out=$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go')); \
	  if [ -n "$$out" ]; then echo "gofmt wants to change:"; echo "$$out"; exit 1; fi
	$(GO) vet ./...
	GOOS=js GOARCH=wasm $(GO) vet ./...

test-go: ## Go unit tests (native); test-conformance runs the spec conformance runner
	$(GO) test -count=1 -skip '^TestConformance$$' ./...

test-conformance: ## the spec conformance runner, with its pass count per file
	$(GO) test -count=1 -run '^TestConformance$$' -v ./connstr/ | sed -n '/^conformance/,/total/p; /\*\*\*\|--- SKIP\|--- FAIL/p'

test-fuzz-short: ## each fuzz target for 100000 executions, so regressions show in CI
	scripts/fuzz.sh $(FUZZTIME_SHORT)

test-dns: deps-dns ## seedlist conformance and DoH faults against dnsmasq + dnsdist
	scripts/test-dns.sh

test-drivers: deps-node ## verdicts against the official Go and Node.js drivers (3,000 generated strings, >= 99% agreement)
	cd scripts/driverbench && $(GO) test -count=1 -v -run '^TestDifferential$$' . | sed -n '/differential/p; /disagreements/,/^    [a-z]/p; /^\(ok\|FAIL\|--- FAIL\)/p'

test-wasm: ## Go tests under GOOS=js GOARCH=wasm (Node runs them)
	scripts/test-wasm.sh

test-node: package deps-dns ## node --test against the built npm package
	scripts/test-node.sh

test-browser: site deps-browser deps-dns ## Playwright + Debian chromium against the site
	scripts/test-browser.sh

## --- measurements ---------------------------------------------------------

.PHONY: bench size fuzz
bench: site deps-dns deps-browser ## Go benchmarks (vs the official driver), DoH timing, Node and Chromium benchmarks
	$(GO) build -o build/serve ./scripts/serve
	scripts/bench.sh

size: wasm ## raw, gzip and brotli sizes with per-package attribution
	scripts/size.sh

fuzz: ## each fuzz target for FUZZTIME (default 60s)
	scripts/fuzz.sh $(FUZZTIME)

.PHONY: clean
clean: ## remove build output
	rm -rf build dist test-results screenshots
