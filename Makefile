# xborder — the two commands that matter: `make scan` and `make test` (both install what is missing).
SHELL := /bin/bash
SWIFT ?= swift
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
SHARED ?= ../shared
SARIF_SCHEMA ?= $(SHARED)/schemas/sarif-schema-2.1.0.json
RELEASE_BIN := .build/release/xborder
DEBUG_BIN := .build/debug/xborder

.PHONY: all deps test-deps bench-deps embed build scan test schema-check rules-test clean help eval bench sanitize fuzz

all: build

help:
	@echo "make scan   build (release) and scan examples/ with the default rules and the pipl policy -> reports/"
	@echo "make test   unit, golden and end-to-end tests, rule examples, SARIF schema check"
	@echo "make bench  generate a 1 GiB corpus (once) and compare xborder with rg -f and a read-only floor"
	@echo "make embed  regenerate the compiled-in copy of rules/ after editing rule packs or policies"
	@echo "make sanitize  the test suite under AddressSanitizer, then ThreadSanitizer (slow: separate builds)"
	@echo "make fuzz   libFuzzer targets (Fuzz/), FUZZ_SECONDS each (default 60)"

# System libraries through pkg-config: PCRE2 (the regex engine) and zlib (gzip and zip archives).
deps:
	@if ! command -v pkg-config >/dev/null 2>&1 || ! pkg-config --exists libpcre2-8 || ! pkg-config --exists zlib; then \
	  echo "xborder: installing libpcre2-dev, zlib1g-dev and pkg-config with apt-get"; \
	  $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq libpcre2-dev zlib1g-dev pkg-config; \
	fi

# The SARIF/JSON schema checks use Python's jsonschema.
test-deps: deps
	@if ! python3 -c "import jsonschema" >/dev/null 2>&1; then \
	  echo "xborder: installing the Python jsonschema package"; \
	  python3 -m pip install --quiet jsonschema || ($(SUDO) apt-get install -y -qq python3-jsonschema); \
	fi

embed:
	@python3 scripts/embed-builtin-data.py

build: deps embed
	$(SWIFT) build -c release --product xborder

scan: build
	@mkdir -p reports
	@# Exit code 1 only means the sample has findings (it is meant to); anything else is a failure.
	@$(RELEASE_BIN) scan examples --policy pipl --output reports; rc=$$?; \
	  if [ $$rc -gt 1 ]; then exit $$rc; fi; \
	  echo "(exit code $$rc: 1 = the gate failed on findings, as expected for the sample)"

test: test-deps embed
	$(SWIFT) build --build-tests
	@mkdir -p .build && set -o pipefail && $(SWIFT) test --skip-build 2>&1 | tee .build/test-output.log
	@$(MAKE) --no-print-directory schema-check
	@python3 scripts/test-summary.py .build/test-output.log

# Scans the sample with the debug binary and validates the SARIF and JSON reports against their schemas.
schema-check:
	@tmp=$$(mktemp -d); \
	  $(DEBUG_BIN) scan examples --output $$tmp --quiet --fail-on none || exit $$?; \
	  python3 scripts/validate-sarif.py $(SARIF_SCHEMA) $$tmp/xborder.sarif || exit 1; \
	  python3 scripts/validate-sarif.py --json-schema reports/schemas/xborder-report.schema.json $$tmp/xborder.json || exit 1; \
	  rm -rf $$tmp; echo "schema check: SARIF and JSON reports of examples/ are valid"

rules-test: build
	$(RELEASE_BIN) rules test

clean:
	rm -rf .build .build-asan .build-tsan .build-fuzz

# The test suite under AddressSanitizer, then ThreadSanitizer, each in its own scratch folder (slow: the
# whole dependency graph is rebuilt instrumented). SANITIZE_SKIP: tests left out (regex on test names).
SANITIZE_SKIP ?= lineFreeFileIsScannedInBoundedWindows
sanitize: deps embed
	$(SWIFT) build --build-tests --sanitize=address --scratch-path .build-asan
	LSAN_OPTIONS=suppressions=$(CURDIR)/scripts/sanitizers/lsan.supp:print_suppressions=0 \
	  $(SWIFT) test --skip-build --sanitize=address --scratch-path .build-asan --skip '$(SANITIZE_SKIP)'
	$(SWIFT) build --build-tests --sanitize=thread --scratch-path .build-tsan
	$(SWIFT) test --skip-build --sanitize=thread --scratch-path .build-tsan \
	  --skip '$(SANITIZE_SKIP)'

# libFuzzer targets (Fuzz/), each run FUZZ_SECONDS; crashes land in .build-fuzz/artifacts/.
FUZZ_SECONDS ?= 60
FUZZ_TARGETS := FuzzDecoders FuzzStructure FuzzContainers FuzzRulePacks
# lld: gold crashes ("internal error in format_file_lineno") while reporting on these links.
FUZZ_FLAGS := -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library -Xswiftc -use-ld=lld
fuzz: deps embed
	@for target in $(FUZZ_TARGETS); do \
	  XBORDER_FUZZ=1 $(SWIFT) build --scratch-path .build-fuzz --product $$target $(FUZZ_FLAGS) || exit 1; \
	done
	@mkdir -p .build-fuzz/artifacts
	@set -e; for target in $(FUZZ_TARGETS); do \
	  corpus=.build-fuzz/corpus/$$target; mkdir -p $$corpus; cp -n Fuzz/seeds/$$target/* $$corpus/ 2>/dev/null || true; \
	  echo "fuzz: $$target for $(FUZZ_SECONDS) s"; \
	  LSAN_OPTIONS=suppressions=$(CURDIR)/scripts/sanitizers/lsan.supp:print_suppressions=0 \
	  .build-fuzz/debug/$$target $$corpus -max_total_time=$(FUZZ_SECONDS) -timeout=10 -rss_limit_mb=2048 \
	    -max_len=65536 -artifact_prefix=.build-fuzz/artifacts/$$target- -print_final_stats=1 2>&1 | \
	    grep -E "^(#[0-9]+.*DONE|==[0-9]+==|SUMMARY|stat::number_of_executed_units|stat::peak_rss|artifact_prefix|Test unit written)" \
	    || true; \
	  if ls .build-fuzz/artifacts/$$target-* >/dev/null 2>&1; then echo "fuzz: $$target FOUND A PROBLEM (see .build-fuzz/artifacts)"; exit 1; fi; \
	done; echo "fuzz: no crash, hang or leak found"

# Labelled synthetic corpus -> scan -> per-entity precision/recall/F1 (a report, never a gate; see scripts/eval/README.md).
EVAL_CORPUS := .build/eval-corpus
EVAL_REPORTS := .build/eval-reports
eval: build
	python3 scripts/eval/generate_corpus.py --out $(EVAL_CORPUS) --seed 7
	@rm -rf $(EVAL_REPORTS)
	$(RELEASE_BIN) scan $(EVAL_CORPUS) --output $(EVAL_REPORTS) --format sarif --fail-on none --quiet --no-config --no-gitignore
	python3 scripts/eval/evaluate.py --labels $(EVAL_CORPUS)/labels.tsv --sarif $(EVAL_REPORTS)/xborder.sarif --by-shape

# Throughput: xborder vs `rg -f` on the exported patterns vs a read-only floor (never part of `make test`).
# The corpus is generated once into $(BENCH_CORPUS) and reused. BENCH_MIB and BENCH_ROUNDS adjust the run.
BENCH_CORPUS := .build/bench-corpus
BENCH_MIB ?= 1024
BENCH_ROUNDS ?= 1
bench-deps:
	@command -v rg >/dev/null 2>&1 || { echo "xborder: installing ripgrep with apt-get"; \
	  $(SUDO) apt-get install -y -qq ripgrep || ($(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq ripgrep) \
	  || echo "xborder: ripgrep could not be installed; the bench runs without the rg rows"; }
	@[ -x /usr/bin/time ] || { echo "xborder: installing time with apt-get"; \
	  $(SUDO) apt-get install -y -qq time || ($(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq time); }

bench: build bench-deps
	python3 scripts/bench/generate_corpus.py --out $(BENCH_CORPUS) --size-mib $(BENCH_MIB)
	python3 scripts/bench/bench.py --xborder $(RELEASE_BIN) --corpus $(BENCH_CORPUS) --rounds $(BENCH_ROUNDS)
