# keyhound - `make run` builds and scans the demo; `make test` builds and
# runs every test (also under AddressSanitizer + UBSan). Both install the
# Debian packages they need first (as root, with apt-get).

VERSION   := 0.39.0
PREFIX    ?= /usr/local
DESTDIR   ?=
MANDIR    ?= $(PREFIX)/share/man
BASHCOMPDIR ?= $(PREFIX)/share/bash-completion/completions
ZSHCOMPDIR  ?= $(PREFIX)/share/zsh/site-functions
CC        ?= cc
PKGS      := libpcre2-8 libgit2 libcjson libcurl zlib sqlite3
# Vectorscan (libhs, loaded with dlopen once a scan passes 256 KiB) speeds
# up the keyword prefilter; the built-in rules' database is compiled at
# build time (tools/hsdb.c) and embedded. Without its headers (or with
# VECTORSCAN=0) the build uses the own filter only, same findings.
VECTORSCAN ?= $(shell pkg-config --exists libhs 2>/dev/null && echo 1)
ifeq ($(VECTORSCAN),1)
HS_DEFINE := -DKH_HAVE_HS $(shell pkg-config --cflags libhs 2>/dev/null)
endif
# libdeflate inflates whole objects of mapped packs (history scans) about
# twice as fast as zlib; without it (or with LIBDEFLATE=0) zlib does all.
LIBDEFLATE ?= $(shell pkg-config --exists libdeflate 2>/dev/null && echo 1)
ifeq ($(LIBDEFLATE),1)
DEFLATE_DEFINE := -DKH_HAVE_LIBDEFLATE
DEFLATE_LIBS := $(shell pkg-config --libs libdeflate 2>/dev/null)
endif

DEB_PACKAGES := gcc make libc6-dev pkg-config git libpcre2-dev libgit2-dev \
                libcjson-dev zlib1g-dev libcurl4-openssl-dev libvectorscan-dev \
                libsqlite3-dev libdeflate-dev
TEST_PACKAGES := jq python3 curl clang-format python3-jsonschema strace pre-commit \
                 python3-yaml zsh groff-base bsdutils parallel
BENCH_PACKAGES := jq python3 time ripgrep linux-source

WARN      := -Wall -Wextra -Werror -Wstrict-prototypes -Wmissing-prototypes \
             -Wvla -Wformat-security
CFLAGS    ?= -O2 -g
PKG_CFLAGS = $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
# libcurl, SQLite and libgit2 are not linked: curl_api.c loads libcurl on
# the first --verify, sqlite_api.c SQLite when a state file is opened,
# git_api.c libgit2 (and the 14 libraries it brings) when a run first
# reads git: a tree scan no longer loads and relocates them (4 ms a run).
PKG_LIBS   = $(shell pkg-config --libs $(filter-out libcurl sqlite3 libgit2,$(PKGS)) 2>/dev/null)
GIT_LIBS   = $(shell pkg-config --libs libgit2 2>/dev/null)
# the soname git_api.c opens: the one these headers were made for
GIT_SONAME := $(shell objdump -p $$(pkg-config --variable=libdir libgit2 2>/dev/null)/libgit2.so \
              2>/dev/null | awk '/SONAME/ { print $$2 }')
# and the libcrypto it brings (through libssh2), which git_api.c opens first
CRYPTO_SONAME := $(shell ldd $$(pkg-config --variable=libdir libgit2 2>/dev/null)/libgit2.so \
                 2>/dev/null | grep -o 'libcrypto\.so[.0-9]*' | head -1)
# and its mbedTLS libraries, opened the same way (crypto before TLS)
MBED_SONAMES := $(shell ldd $$(pkg-config --variable=libdir libgit2 2>/dev/null)/libgit2.so \
                2>/dev/null | grep -oE 'libmbed(crypto|tls)\.so[.0-9]*' | sort -u | \
                sed 's/.*/"&"/' | paste -sd, -)
ALL_CFLAGS = -std=c11 -D_GNU_SOURCE -DKH_VERSION='"$(VERSION)"' $(HS_DEFINE) $(DEFLATE_DEFINE) $(WARN) \
             $(if $(GIT_SONAME),-DKH_LIBGIT2_SONAME='"$(GIT_SONAME)"') \
             $(if $(CRYPTO_SONAME),-DKH_LIBCRYPTO_SONAME='"$(CRYPTO_SONAME)"') \
             $(if $(MBED_SONAMES),-DKH_MBED_SONAMES='$(MBED_SONAMES)') \
             -Iscanner $(PKG_CFLAGS) $(CFLAGS)
# git_common.c's stand-ins for the CA certificates' parse and libssh2's
# start, which libgit2 (loaded later) must bind to: in the dynamic table
GIT_STANDINS := -Wl,--export-dynamic-symbol=mbedtls_x509_crt_parse_file \
                -Wl,--export-dynamic-symbol=libssh2_init
LIBS       = $(PKG_LIBS) $(DEFLATE_LIBS) $(GIT_STANDINS) -lpthread -lm -ldl

SRC       := $(sort $(wildcard scanner/*.c))
LIB_SRC   := $(filter-out scanner/main.c,$(SRC))
RULES     := $(sort $(wildcard patterns/*.json))
UNIT_SRC  := $(sort $(wildcard tests/unit_*.c))

REL       := build/release
ASAN      := build/asan
ASAN_FLAGS := -O1 -g -fno-omit-frame-pointer -fsanitize=address,undefined \
              -fno-sanitize-recover=undefined
# How the ASan+UBSan binaries link: every e2e case starts one, and at exit
# LeakSanitizer scans every writable segment for pointers. GCC's shared
# libubsan brings 6 MB of its own zeroed runtime state to scan (a third of
# a tiny scan's 0.14 s CPU); linked in, only its handlers come along. Not a
# PIE: the 160k relocations of ASan's global descriptors are resolved at
# link time instead of at every start. Same checks either way.
ASAN_LINK  := -no-pie $(if $(shell $(CC) --version 2>/dev/null | grep -i 'free software'),-static-libubsan)

.PHONY: all run test bench kwcost deps install uninstall clean check-rules unit e2e fuzz fuzz-replay holdouts-asan \
	format format-check quality durations

all: keyhound

# ---- dependencies -----------------------------------------------------------
deps:
	@missing=""; for p in $(DEB_PACKAGES) $(if $(filter test,$(MAKECMDGOALS)),$(TEST_PACKAGES)) \
	    $(if $(filter bench,$(MAKECMDGOALS)),$(BENCH_PACKAGES)); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q 'ok installed' || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  if [ "$$(id -u)" != 0 ]; then echo "need root to run: apt-get install$$missing" >&2; exit 2; fi; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null || exit 2; \
	fi

# ---- build ------------------------------------------------------------------
$(REL)/rules_embedded.c $(ASAN)/rules_embedded.c: $(RULES) build/embed
	@mkdir -p $(dir $@)
	@$(if $(Q),echo "  EMBED   $@")
	$(Q)build/embed $@ $(RULES)

build/embed: tools/embed.c
	@mkdir -p build
	$(CC) -std=c11 -O1 $(WARN) -o $@ $<

# V=1 shows whole command lines.
Q := $(if $(V),,@)

# KH_VERSION is compiled into several objects (the User-Agent, SARIF,
# baselines, audit state): the stamp changes when VERSION does, and every
# object is rebuilt (a release built incrementally sent the old version).
# (written as the Makefile is read, not by a rule: a rule that always
# runs would keep `make -q keyhound` from ever saying up to date)
VERSION_STAMP := build/version.stamp
$(shell mkdir -p build; [ "$$(cat $(VERSION_STAMP) 2>/dev/null)" = "$(VERSION)" ] || \
  echo "$(VERSION)" >$(VERSION_STAMP))

$(REL)/%.o: scanner/%.c scanner/*.h $(VERSION_STAMP)
	@mkdir -p $(REL)
	@$(if $(Q),echo "  CC      $<")
	$(Q)$(CC) $(ALL_CFLAGS) -c -o $@ $<

$(ASAN)/%.o: scanner/%.c scanner/*.h $(VERSION_STAMP)
	@mkdir -p $(ASAN)
	@$(if $(Q),echo "  CC asan $<")
	$(Q)$(CC) $(ALL_CFLAGS) $(ASAN_FLAGS) -c -o $@ $<

$(REL)/rules_embedded.o: $(REL)/rules_embedded.c
	$(CC) -std=c11 -O0 -c -o $@ $<

$(ASAN)/rules_embedded.o: $(ASAN)/rules_embedded.c
	$(CC) -std=c11 -O0 -c -o $@ $<

REL_OBJ  := $(LIB_SRC:scanner/%.c=$(REL)/%.o) $(REL)/rules_embedded.o $(REL)/rules_image.o
ASAN_OBJ := $(LIB_SRC:scanner/%.c=$(ASAN)/%.o) $(ASAN)/rules_embedded.o $(ASAN)/rules_image.o

# The built-in rules as C data, what a scan loads instead of parsing JSON:
# written by a tool linked with the release objects, which loads
# patterns/ as `rules --check` does (one file for both builds).
build/rules_image: tools/rules_image.c $(filter-out $(REL)/rules_image.o,$(REL_OBJ))
	@$(if $(Q),echo "  LINK    $@")
	$(Q)$(CC) $(ALL_CFLAGS) -o $@ $^ $(LIBS)

build/rules_image.c: build/rules_image
	@$(if $(Q),echo "  IMAGE   $@")
	$(Q)build/rules_image $@

$(REL)/rules_image.o $(ASAN)/rules_image.o: build/rules_image.c
	@mkdir -p $(dir $@)
	$(CC) -std=c11 -O0 -Iscanner $(PKG_CFLAGS) -c -o $@ $<

# The built-in rules' Vectorscan database, made by a tool linked with the
# release objects (one file for both builds: it depends only on the rules).
ifeq ($(VECTORSCAN),1)
HSDB_C := build/hsdb_embedded.c
build/hsdb: tools/hsdb.c $(REL_OBJ)
	@$(if $(Q),echo "  LINK    $@")
	$(Q)$(CC) $(ALL_CFLAGS) -o $@ $^ $(LIBS)

$(HSDB_C): build/hsdb
	@$(if $(Q),echo "  HSDB    $@")
	$(Q)build/hsdb $@

# What a keyword set costs Vectorscan's pass (tools/kwcost.c; not part of
# the binary): `make kwcost`, then see doc/performance.md, waves 32 and 33
# (tools/shortkw.c: the short keywords' own matcher that did not win).
build/kwcost: tools/kwcost.c tools/shortkw.c tools/shortkw.h $(REL_OBJ)
	@$(if $(Q),echo "  LINK    $@")
	$(Q)$(CC) $(ALL_CFLAGS) -o $@ $(filter-out %.h,$^) $(LIBS) $(shell pkg-config --libs libhs)
kwcost: build/kwcost

$(REL)/hsdb_embedded.o $(ASAN)/hsdb_embedded.o: $(HSDB_C)
	@mkdir -p $(dir $@)
	$(CC) -std=c11 -O0 -c -o $@ $<

REL_OBJ_ALL  := $(REL_OBJ) $(REL)/hsdb_embedded.o
ASAN_OBJ_ALL := $(ASAN_OBJ) $(ASAN)/hsdb_embedded.o
else
REL_OBJ_ALL  := $(REL_OBJ)
ASAN_OBJ_ALL := $(ASAN_OBJ)
endif

keyhound: $(REL_OBJ_ALL) $(REL)/main.o
	@$(if $(Q),echo "  LINK    $@")
	$(Q)$(CC) $(ALL_CFLAGS) -o $@ $^ $(LIBS)

$(ASAN)/keyhound: $(ASAN_OBJ_ALL) $(ASAN)/main.o
	@$(if $(Q),echo "  LINK    $@")
	$(Q)$(CC) $(ALL_CFLAGS) $(ASAN_FLAGS) $(ASAN_LINK) -o $@ $^ $(LIBS)

$(ASAN)/tests/%: tests/%.c tests/check.h $(ASAN_OBJ_ALL)
	@mkdir -p $(ASAN)/tests
	@$(if $(Q),echo "  LINK    $@")
	$(Q)$(CC) $(ALL_CFLAGS) $(ASAN_FLAGS) $(ASAN_LINK) -Itests -o $@ $< $(ASAN_OBJ_ALL) $(LIBS) $(GIT_LIBS)

UNIT_BIN := $(filter-out $(ASAN)/tests/fuzz_%,$(UNIT_SRC:tests/%.c=$(ASAN)/tests/%))

# Fuzz targets (tests/fuzz_NAME.c) and the inputs `make test` replays
# through each under ASan + UBSan, linked to a plain driver; `make fuzz
# [FUZZ_TARGET=NAME]` runs libFuzzer (clang) from the same inputs.
FUZZ_TARGETS := scan readers decode index report ignore pack config graph loose baseline archive idx documents
FUZZ_SEEDS_scan := corpus tests/fuzz-seeds/scan
FUZZ_SEEDS_readers := tests/fuzz-seeds/readers
FUZZ_SEEDS_decode := tests/fuzz-seeds/decode
FUZZ_SEEDS_index := tests/fuzz-seeds/index
FUZZ_SEEDS_report := tests/fuzz-seeds/report
FUZZ_SEEDS_ignore := tests/fuzz-seeds/ignore
FUZZ_SEEDS_pack := tests/fuzz-seeds/pack
FUZZ_SEEDS_config := tests/fuzz-seeds/config
FUZZ_SEEDS_graph := tests/fuzz-seeds/graph
FUZZ_SEEDS_loose := tests/fuzz-seeds/loose
FUZZ_SEEDS_baseline := tests/fuzz-seeds/baseline
FUZZ_SEEDS_archive := tests/fuzz-seeds/archive tests/fuzz-seeds/scan
FUZZ_SEEDS_idx := tests/fuzz-seeds/idx
FUZZ_SEEDS_documents := tests/fuzz-seeds/documents
FUZZ_REPLAY := $(FUZZ_TARGETS:%=$(ASAN)/tests/fuzz_%_replay)

$(ASAN)/tests/fuzz_%_replay: tests/fuzz_%.c tests/fuzz_replay.c tests/fuzz_scan.h $(ASAN_OBJ_ALL)
	@mkdir -p $(ASAN)/tests
	@$(if $(Q),echo "  LINK    $@")
	$(Q)$(CC) $(ALL_CFLAGS) $(ASAN_FLAGS) $(ASAN_LINK) -o $@ $< tests/fuzz_replay.c $(ASAN_OBJ_ALL) $(LIBS)

FUZZ_TARGET ?= scan
FUZZ_SECONDS ?= 60
fuzz: deps $(REL)/rules_embedded.c build/rules_image.c $(HSDB_C)
	@command -v clang >/dev/null || apt-get install -y -qq clang >/dev/null
	@mkdir -p build/fuzz/$(FUZZ_TARGET)-corpus
	clang -std=c11 -D_GNU_SOURCE -DKH_VERSION='"$(VERSION)"' $(DEFLATE_DEFINE) -g -O1 \
	  -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined -Iscanner $(PKG_CFLAGS) \
	  -o build/fuzz/fuzz_$(FUZZ_TARGET) tests/fuzz_$(FUZZ_TARGET).c $(LIB_SRC) \
	  $(REL)/rules_embedded.c build/rules_image.c $(HSDB_C) $(LIBS)
	$(foreach d,$(FUZZ_SEEDS_$(FUZZ_TARGET)),cp -r $(d)/. build/fuzz/$(FUZZ_TARGET)-corpus/ &&) true
	build/fuzz/fuzz_$(FUZZ_TARGET) -max_total_time=$(FUZZ_SECONDS) -max_len=65536 -malloc_limit_mb=512 \
	  build/fuzz/$(FUZZ_TARGET)-corpus

# ---- main jobs ----------------------------------------------------------------
run: deps
	@$(MAKE) --no-print-directory keyhound
	@echo "== keyhound scan corpus/demo"
	@./keyhound scan corpus/demo --format text; rc=$$?; [ $$rc -le 1 ] || exit $$rc

# The build at TEST_JOBS (nproc) jobs, then every check in one pool
# (check_pool below): 2 cores were idle through a serial build and the
# single-process unit, fuzz and holdout stages.
test: deps
	@$(MAKE) --no-print-directory $(if $(findstring jobserver,$(MAKEFLAGS)),,-j$(TEST_JOBS)) \
	  keyhound $(ASAN)/keyhound $(UNIT_BIN) $(FUZZ_REPLAY)
	@$(call check_pool,$(ALL_CHECKS))

# The house style (.clang-format); `make format` applies it.
FORMATTED := $(wildcard scanner/*.[ch] tests/*.[ch] tools/*.c)
format:
	clang-format -i $(FORMATTED)

format-check:
	@echo "== clang-format"
	@bad=$$(for f in $(FORMATTED); do clang-format "$$f" | cmp -s - "$$f" || echo "$$f"; done); \
	if [ -n "$$bad" ]; then echo "not formatted (run make format):" $$bad; exit 1; fi

check-rules:
	@echo "== rules --check (ASan+UBSan)"
	@$(ASAN)/keyhound rules --check

# Each check is a line of shell, run from the tree's root by check_pool.
# Every holdout corpus is scanned by the ASan + UBSan build: a sanitizer
# report or an abnormal exit fails (a crash on one would otherwise wait for
# the release-only `make quality-holdouts`); their scores are that target's.
UNIT_CHECKS = $(foreach t,$(UNIT_BIN),echo '$(t)';)
FUZZ_CHECKS = $(foreach t,$(FUZZ_TARGETS),echo 'find $(FUZZ_SEEDS_$(t)) -type f -print0 | \
	      xargs -0 $(ASAN)/tests/fuzz_$(t)_replay';)
HOLDOUT_CHECKS = $(foreach c,$(wildcard tests/quality/holdout*/corpus),echo 'bash tests/holdouts_asan.sh $(c)';)
E2E_CHECKS = $(foreach s,$(E2E_SUITES),echo 'bash $(s)';)
ALL_CHECKS = echo '$(MAKE) --no-print-directory format-check'; echo '$(ASAN)/keyhound rules --check'; \
	     $(UNIT_CHECKS) $(FUZZ_CHECKS) $(HOLDOUT_CHECKS) $(E2E_CHECKS) \
	     echo '$(MAKE) --no-print-directory quality';

# check_pool LINES: runs the checks LINES prints, TEST_JOBS at a time, the
# longest first (their last durations, tests/durations: a new check counts
# as longest), so that no long one starts last and runs alone; each one's
# output printed whole, the failed ones named at the end. Sanitizer builds
# throughout: KEYHOUND is the ASan + UBSan binary. `make durations` writes
# the last run's times to tests/durations. A check that took over twice
# its recorded time (and 20 s more) is named: a scanner slowdown on one
# suite's input shows there first (not a failure: machines differ).
# python3 may be a version manager's shim (pyenv's costs ~0.5 s of CPU a
# start) and the tests start it hundreds of times: they run the interpreter
# it resolves to. Only when it is a shim: /usr/bin stays where PATH has it.
PYTHON3_REAL := $(shell python3 -c 'import sys; print(sys.executable)' 2>/dev/null)
ifneq ($(PYTHON3_REAL),)
ifneq ($(realpath $(PYTHON3_REAL)),$(realpath $(shell command -v python3)))
export PATH := $(dir $(PYTHON3_REAL)):$(PATH)
endif
endif
TEST_JOBS ?= $(shell nproc 2>/dev/null || echo 2)
E2E_JOBS ?= $(TEST_JOBS)
check_pool = mkdir -p build && { $(1) } | awk -F'\t' 'NR == FNR { t[$$2] = $$1; next } \
	  { print ($$0 in t ? t[$$0] : 1e9), $$0 }' tests/durations - | sort -k1,1gr -s | \
	sed 's/^[^ ]* //' >build/checks.txt; \
	echo "== $$(wc -l <build/checks.txt) checks (ASan+UBSan), $(E2E_JOBS) at a time, longest first"; \
	start=$$(date +%s); KEYHOUND=$(CURDIR)/$(ASAN)/keyhound parallel --will-cite --keep-order \
	  --joblog build/checks.joblog -j $(E2E_JOBS) <build/checks.txt; rc=$$?; \
	echo "== checks: $$(($$(date +%s) - start)) s; the longest:"; \
	awk -F'\t' 'NR > 1 { printf "%8.1f s  %s\n", $$4, $$NF }' build/checks.joblog | sort -gr | head -5; \
	awk -F'\t' 'NR == FNR { t[$$2] = $$1; next } FNR > 1 && ($$NF in t) && $$4 > 2 * t[$$NF] + 20 { \
	  printf "slower than tests/durations: %8.1f s (was %d s)  %s\n", $$4, t[$$NF], $$NF }' \
	  tests/durations build/checks.joblog; \
	awk -F'\t' 'NR > 1 && $$7 != 0 { print "failed:", $$NF }' build/checks.joblog; \
	exit $$(( rc != 0 ))

# Leaks inside libgit2 1.5, not ours, are suppressed (tests/lsan.supp).
test check-rules unit fuzz-replay holdouts-asan e2e: export LSAN_OPTIONS ?= suppressions=$(CURDIR)/tests/lsan.supp:print_suppressions=0

unit:
	@$(call check_pool,$(UNIT_CHECKS))

fuzz-replay:
	@$(call check_pool,$(FUZZ_CHECKS))

holdouts-asan:
	@$(call check_pool,$(HOLDOUT_CHECKS))

# Suites run E2E_JOBS at a time (each has its own temp dir and free ports).
E2E_SUITES ?= $(wildcard tests/e2e_*.sh)
e2e:
	@$(call check_pool,$(E2E_CHECKS))

durations:
	awk -F'\t' 'NR > 1 { printf "%.0f\t%s\n", $$4, $$NF }' build/checks.joblog | sort -k2 >tests/durations

# Precision and recall over a labelled corpus generated from the rules
# (tests/quality/README.md); fails below the floors.
QUALITY_FLOOR_PRECISION ?= 0.995
QUALITY_FLOOR_RECALL ?= 0.986
quality: keyhound
	@echo "== quality corpus"
	@rm -rf build/quality && mkdir -p build/quality
	@python3 tests/quality/test_gen.py >/dev/null
	@python3 tests/quality/gen.py patterns build/quality
	@cd build/quality/corpus && ../../../keyhound scan . -q -f json -o ../report.json; \
	  [ $$? -le 1 ] || exit 2
	@python3 tests/quality/score.py build/quality/labels.jsonl build/quality/report.json \
	  --floor-precision $(QUALITY_FLOOR_PRECISION) --floor-recall $(QUALITY_FLOOR_RECALL) \
	  >build/quality/score.txt; rc=$$?; sed -n '/^== overall/,$$p' build/quality/score.txt; \
	  echo "(per shape and per rule: build/quality/score.txt)"; exit $$rc

# Corpora written blind to the rules (tests/quality/holdout*/README.md): not
# part of `make test`. Each entry is corpus:precision-floor:recall-floor; a
# corpus's blind measurement is in its RESULTS.md and its floors are what the
# fixes made after that measurement reach, rounded down, so they catch a
# regression. Corpora split in snippets/ and repos/ are scored per half too.
# `make quality-holdouts` scores them all and fails if any is below its floors.
HOLDOUTS := holdout:0.99:0.97 holdout2:0.99:0.95 holdout3:0.98:0.98 \
	holdout4:0.98:0.99 holdout5:0.98:0.97 holdout6:0.98:0.96 \
	holdout7:0.99:0.97 holdout8:0.99:0.97 holdout9:0.99:0.96 \
	holdout10:0.97:0.94 holdout11:0.98:0.94 holdout12:0.98:0.92 holdout13:0.98:0.94 \
	holdout14:0.98:0.94 holdout15:0.96:0.96 holdout16:0.98:0.96 \
	holdout17:0.99:0.89 holdout18:0.99:0.93 holdout19:0.98:0.97 \
	holdout20:0.97:0.88 holdout21:0.97:0.81 \
	holdout22:0.97:0.86 holdout23:0.97:0.96 \
	holdout24:0.97:0.88 holdout25:0.98:0.87 \
	holdout26:0.96:0.88 holdout27:0.98:0.90 \
	holdout28:0.98:0.96 holdout29:0.97:0.94 \
	holdout30:0.97:0.93 holdout31:0.97:0.92 \
	holdout32:0.97:0.87 \
	holdout33:0.96:0.88 \
	holdout34:0.94:0.81 \
	holdout35:0.97:0.95 \
	holdout36:0.96:0.94 \
	holdout37:0.97:0.97 \
	holdout38:0.95:0.98 \
	holdout39:0.95:0.98
holdout_floor = $(word $(2),$(subst :, ,$(filter $(1):%,$(HOLDOUTS))))
HOLDOUT_TARGETS := $(foreach h,$(HOLDOUTS),quality-$(firstword $(subst :, ,$(h))))

.PHONY: $(HOLDOUT_TARGETS) quality-holdouts
$(HOLDOUT_TARGETS): quality-%: keyhound
	@echo "== held-out corpus tests/quality/$*"
	@rm -rf build/$* && mkdir -p build/$*
	@python3 tests/quality/holdout/test_score.py
	@python3 tests/quality/$*/make_corpus.py build/$*/regen >/dev/null && \
	  diff -r tests/quality/$*/corpus build/$*/regen/corpus >/dev/null && \
	  cmp -s tests/quality/$*/labels.jsonl build/$*/regen/labels.jsonl || \
	  { echo "tests/quality/$*: corpus/ or labels.jsonl differ from make_corpus.py's output"; exit 2; }
	@cd tests/quality/$*/corpus && ../../../../keyhound scan . --show-secrets -f json -q \
	  >../../../../build/$*/report.json; [ $$? -le 1 ] || exit 2
	@python3 tests/quality/holdout/score.py tests/quality/$*/labels.jsonl build/$*/report.json \
	  --floor-precision $(call holdout_floor,$*,2) --floor-recall $(call holdout_floor,$*,3) -v \
	  >build/$*/score.txt; rc=$$?; sed -n '/^== overall/,/^quality-holdout/p' build/$*/score.txt \
	  | grep -v '^miss:\|^false positive:'; \
	  echo "(per provider, per shape, misses and false positives: build/$*/score.txt)"; \
	  if [ -d tests/quality/$*/corpus/snippets ]; then \
	    python3 tests/quality/holdout/halves.py tests/quality/$* build/$* || rc=1; fi; exit $$rc

quality-holdouts: keyhound
	@rc=0; for t in $(HOLDOUT_TARGETS); do $(MAKE) --no-print-directory $$t || rc=1; done; exit $$rc

# The rules' precision audit (tests/rule_audit.py): rules with no negative
# example, and rules that report a filler (one character repeated, a
# climbing sequence, English words) put in place of their example's secret.
.PHONY: rule-audit
rule-audit: keyhound
	@python3 tests/rule_audit.py --keyhound ./keyhound -v

# doc/providers.md's provider table and README's line of counts are
# generated from patterns/ (tests fail when stale).
.PHONY: readme-table
readme-table:
	python3 tools/provider_table.py doc/providers.md README.md

bench: deps
	@$(MAKE) --no-print-directory keyhound
	@bash tests/bench.sh

# The binary, its man page and bash and zsh completions (DESTDIR and
# PREFIX honoured); `deps` first, so a fresh machine gets the libraries.
INSTALLED := $(PREFIX)/bin/keyhound $(MANDIR)/man1/keyhound.1 \
             $(BASHCOMPDIR)/keyhound $(ZSHCOMPDIR)/_keyhound
install: deps
	@$(MAKE) --no-print-directory keyhound
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(MANDIR)/man1 \
	  $(DESTDIR)$(BASHCOMPDIR) $(DESTDIR)$(ZSHCOMPDIR)
	install -m 0755 keyhound $(DESTDIR)$(PREFIX)/bin/keyhound
	install -m 0644 doc/keyhound.1 $(DESTDIR)$(MANDIR)/man1/keyhound.1
	install -m 0644 completions/keyhound.bash $(DESTDIR)$(BASHCOMPDIR)/keyhound
	install -m 0644 completions/_keyhound $(DESTDIR)$(ZSHCOMPDIR)/_keyhound

uninstall:
	rm -f $(addprefix $(DESTDIR),$(INSTALLED))

clean:
	rm -rf build keyhound
