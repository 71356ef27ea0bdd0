#!/usr/bin/env bash
# README command 2: set up, then every suite in order; stops at the first failure.
#   1. native tests of the core and the CLI
#   2. browser component tests (wasm-bindgen-test in headless Chromium through chromedriver)
#   3. the release build (trunk)
#   4. the end-to-end suite (node:test + playwright-core against dist/), under a strict CSP
#   5. a bounded fuzz run of the readers of untrusted input (scripts/fuzz.sh; FUZZ_SECONDS per
#      target, default 30: about 2 minutes plus the first build)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source scripts/setup.sh

step() {
  local name="$1"
  shift
  echo
  echo "==> $name"
  local start=$SECONDS
  if "$@"; then
    echo "==> $name: ok ($((SECONDS - start)) s)"
  else
    local rc=$?
    echo
    echo "FAILED: $name (exit code $rc)" >&2
    echo "        command: $*" >&2
    exit "$rc"
  fi
}

# wasm-bindgen-test-runner: chromedriver from Debian, Chromium options from webdriver.json
# (the runner itself adds headless, no-sandbox and disable-dev-shm-usage).
export CHROMEDRIVER=/usr/bin/chromedriver
export WASM_BINDGEN_TEST_WEBDRIVER_JSON="$PWD/webdriver.json"

step "native tests (atlas-core, atlas-data)" \
  cargo test --workspace --exclude integration-atlas
step "browser component tests (wasm-bindgen-test, headless Chromium)" \
  cargo test -p integration-atlas --target wasm32-unknown-unknown
if [ ! -f public/data/atlas.json ]; then
  step "dataset (public/data/atlas.json missing: atlas-data build)" \
    cargo run -q -p atlas-data -- build
fi
step "release build (trunk build --release --offline)" \
  trunk build --release --offline
step "end-to-end tests (tests/e2e)" \
  node --test --test-concurrency=1 tests/e2e/

step "fuzzing (cargo fuzz, ${FUZZ_SECONDS:-30} s per target)" \
  bash scripts/fuzz.sh "${FUZZ_SECONDS:-30}"

echo
echo "All tests passed: native, browser component, release build, end-to-end, fuzzing."
