# Feltboard's commands. The two a newcomer needs:
#   make run    install what is missing, build, and open Feltboard (the first run shows the sample)
#   make test   run every test: Rust, the UI, and the real app end to end
# Everything builds into one debug target directory, shared by the app and the tests.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
CARGO ?= cargo
APP := target/debug/feltboard
TAURI_DRIVER := $(HOME)/.cargo/bin/tauri-driver
# The real app under Xvfb, with loopback as its only network where the system allows it.
# A screen (Xvfb) and a session bus of their own, with loopback as the only network.
HEADLESS := ../loopback-only dbus-run-session -- xvfb-run -a -s "-screen 0 1280x800x24"
UI_SOURCES := $(shell find ui/src ui/index.html ui/vite.config.ts assets -type f 2>/dev/null)

.PHONY: run test setup system-packages lint test-rust test-ui test-e2e bindings bench bench-files dist dist-install-check clean

run: setup $(APP)
	./$(APP) $(ARGS)

test: setup lint test-rust test-ui test-e2e
	@echo "make test: every suite passed"

setup: system-packages ui/node_modules/.installed tests/e2e/node_modules/.installed $(TAURI_DRIVER)

system-packages:
	@bash .ci/install-system-packages

ui/node_modules/.installed: ui/package.json ui/package-lock.json
	cd ui && npm ci --no-audit --no-fund
	@touch $@

tests/e2e/node_modules/.installed: tests/e2e/package.json tests/e2e/package-lock.json
	cd tests/e2e && npm ci --no-audit --no-fund
	@touch $@

$(TAURI_DRIVER):
	$(CARGO) install tauri-driver --version 2.1.0 --locked

ui/dist/index.html: ui/node_modules/.installed $(UI_SOURCES)
	cd ui && npm run build

# The app embeds ui/dist, so the UI is built first.
$(APP): ui/dist/index.html FORCE
	$(CARGO) build -p feltboard

# The floor app the benchmarks measure against builds its own Tauri (minutes on two cores):
# `make bench` builds it, `make test` leaves it out.
NOT_THE_FLOOR = --workspace --exclude feltboard-floor

lint: ui/dist/index.html
	$(CARGO) fmt --all -- --check
	$(CARGO) clippy $(NOT_THE_FLOOR) --all-targets -- -D warnings
	cd ui && npm run check

test-rust: ui/dist/index.html
	$(CARGO) test $(NOT_THE_FLOOR)

test-ui: ui/node_modules/.installed
	cd ui && npm test

# With the soft limit on open files most desktops start programs with (1,024), so the tests
# see the app raise its own.
test-e2e: $(APP) tests/e2e/node_modules/.installed
	cd tests/e2e && ulimit -Sn 1024 && $(HEADLESS) npm test

# Prints figures (medians); not part of `make test`: the real app's cold start and idle
# memory; a 2,000- and a 10,000-card board (open, type a card, drag) in the real app, the
# 2,000 one in Chromium too, beside the goals; one edit's round trip (1,000 each of adding,
# editing and moving a card, and rating); the PDF of a workshop holding a big board; 150
# phones busy in the room's server for a minute while an attacker tries to hold 1,000 slow
# connections; and thirty phones into the real app (in the debug profile: release figures
# are lower).
bench: setup $(APP)
	$(CARGO) build -p feltboard-floor
	cd tests/e2e && $(HEADLESS) node bench/startup.mjs 5
	cd tests/e2e && $(HEADLESS) node bench/board.mjs 5
	cd tests/e2e && $(HEADLESS) node bench/edits.mjs 1000
	cd tests/e2e && ../loopback-only node bench/board-chromium.mjs 9
	$(CARGO) test -q -p feltboard-export --bench pdf
	$(CARGO) fetch
	tests/loopback-only $(CARGO) test -q -p feltboard-room --bench phones
	cd tests/e2e && $(HEADLESS) node bench/room.mjs

# The store and the workshop file under abuse, outside `make test` for their length: 1,000
# children killed mid-edit (acknowledged edits lost, stores failing the integrity check), then
# the workshop-file reader fuzzed for FUZZ_SECONDS (ten minutes unless told).
FUZZ_SECONDS ?= 600
bench-files:
	FELTBOARD_CRASH_RUNS=1000 $(CARGO) test -q --release -p feltboard-core --test crash_safety
	FELTBOARD_FUZZ_SECONDS=$(FUZZ_SECONDS) $(CARGO) test -q --release -p feltboard-core --test fuzz_import -- --nocapture

# The installers Tauri makes offline here (a release build, then .deb and .rpm), with their
# sizes. Not part of `make test`: a release build takes a quarter of an hour on two cores.
dist: setup ui/dist/index.html
	cd src-tauri && ../ui/node_modules/.bin/tauri build --bundles deb,rpm
	@ls -l target/release/feltboard target/release/bundle/deb/*.deb target/release/bundle/rpm/*.rpm | awk '{ printf "%6.1f MB  %s\n", $$5 / 1048576, $$9 }'
	tests/dist/check-deb

# The .deb installed with apt on a fresh Debian 12 (a chroot), then started there. Needs root.
dist-install-check: dist
	tests/dist/install-on-a-fresh-debian

# Regenerates ui/src/lib/bindings.ts from the Rust commands' types.
bindings: ui/dist/index.html
	UPDATE_BINDINGS=1 $(CARGO) test -p feltboard --lib bindings

FORCE:

clean:
	$(CARGO) clean
	rm -rf ui/dist ui/node_modules tests/e2e/node_modules tests/e2e/artifacts
