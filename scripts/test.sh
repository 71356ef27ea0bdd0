#!/usr/bin/env bash
# README command 2: set up, then every suite in order; stops at the first failure.
#
#   scripts/test.sh          the default tier (every change)
#   SLOW=1 scripts/test.sh   the slow tier as well (before a release): the axe matrix in every UI
#                            language, and timed fuzzing (FUZZ_SECONDS per target, default 30)
#
#   1. static checks, before any test: the format (cargo fmt --check, rustfmt.toml; the fuzz
#      targets too), the lints (cargo clippy -D warnings for the workspace; the slow tier also
#      for the app's wasm32 target), the tidy tests (crates/tidy: the app's layers, ARCHITECTURE.md names
#      every source file and nothing that is not there), shell and JavaScript syntax, no
#      waitForFunction with an async predicate (it would not wait), and the locale check
#      (every key the code uses, in every locales/*/main.ftl, none unused)
#   2. native tests of the core and the CLI, with the fuzz corpus replayed through the fuzz
#      targets' bodies (crates/atlas-data/tests/fuzz_corpus.rs)
#   3. the release build (trunk)
#   4. the end-to-end suite (node:test + playwright-core against dist/), under a strict CSP; its
#      files run E2E_JOBS at a time (default 2; each file has its own browser and server)
#   5. the slow tier only: fuzzing (scripts/fuzz.sh; a random seed unless FUZZ_SEED is set)
#
# Durations: every step's and every end-to-end test's time go to target/test-durations.tsv
# (`kind <TAB> name <TAB> seconds <TAB> status`, kind = setup, step or e2e), also appended with
# the date to target/test-durations-history.tsv; the end of the run prints each step and the ten
# slowest tests, whether the run passed or not.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

SLOW="${SLOW:-0}"
export SLOW
E2E_JOBS="${E2E_JOBS:-2}"
DURATIONS="$PWD/target/test-durations.tsv"
E2E_DURATIONS="$PWD/target/e2e-durations.tsv"
mkdir -p target
# The last run's end-to-end times, to start the longest files first (see e2e_files below).
previous_e2e="$(cat "$E2E_DURATIONS" 2>/dev/null || true)"
printf 'kind\tname\tseconds\tstatus\n' >"$DURATIONS"
: >"$E2E_DURATIONS"
export ATLAS_DURATIONS="$DURATIONS"
run_start=$SECONDS

record() { printf '%s\t%s\t%s\t%s\n' "$1" "$2" "$3" "$4" >>"$DURATIONS"; }

summary() {
  local rc=$?
  # The run's outcome is rc: nothing here may change it.
  set +e +o pipefail
  # The end-to-end tests' lines, as far as they got.
  [ ! -s "$E2E_DURATIONS" ] || cat "$E2E_DURATIONS" >>"$DURATIONS"
  record total "scripts/test.sh$([ "$SLOW" = 1 ] && echo ' (SLOW=1)')" "$((SECONDS - run_start))" "$([ "$rc" = 0 ] && echo pass || echo fail)"
  local stamp
  stamp="$(date -u +%Y-%m-%dT%H:%M:%SZ)"
  tail -n +2 "$DURATIONS" | sed "s/^/$stamp\t/" >>target/test-durations-history.tsv
  echo
  echo "==> durations (target/test-durations.tsv)"
  awk -F'\t' '$1 == "setup" || $1 == "step" || $1 == "total" { printf "  %-6s %6d s  %-4s  %s\n", $1, $3, $4, $2 }' "$DURATIONS"
  if [ -s "$E2E_DURATIONS" ]; then
    local n
    n="$(wc -l <"$E2E_DURATIONS")"
    echo "  the ten slowest of $n end-to-end tests:"
    sort -t$'\t' -k3,3 -g -r "$E2E_DURATIONS" \
      | awk -F'\t' 'NR <= 10 { printf "  %8.1f s  %-4s  %s\n", $3, $4, $2 }'
  fi
  exit "$rc"
}
trap summary EXIT

step() {
  local name="$1"
  shift
  echo
  echo "==> $name"
  local start=$SECONDS
  if "$@"; then
    record step "$name" "$((SECONDS - start))" pass
    echo "==> $name: ok ($((SECONDS - start)) s)"
  else
    local rc=$?
    record step "$name" "$((SECONDS - start))" fail
    echo
    echo "FAILED: $name (exit code $rc)" >&2
    echo "        command: $*" >&2
    exit "$rc"
  fi
}

setup_start=$SECONDS
source scripts/setup.sh
record step "set-up (scripts/setup.sh)" "$((SECONDS - setup_start))" pass

# The end-to-end test files, and the ones that need no build (run first, in the static checks).
# The files run E2E_JOBS at a time, in order: the longest of the last run first (a file not in
# the record before them), so that no long file starts last.
STATIC_TESTS=(tests/e2e/locales.test.mjs)
E2E_TESTS=()
while IFS= read -r f; do
  [[ " ${STATIC_TESTS[*]} " == *" $f "* ]] || E2E_TESTS+=("$f")
done < <(
  for f in tests/e2e/*.test.mjs; do
    seconds="$(printf '%s\n' "$previous_e2e" | awk -F'\t' -v f="$(basename "$f")" \
      'index($2, f " › ") == 1 { s += $3; n++ } END { if (n) printf "%d", s; else print 999999 }')"
    printf '%s\t%s\n' "$seconds" "$f"
  done | sort -t$'\t' -k1,1 -n -r -s | cut -f2
)

# The format and the lints: rustfmt.toml's one style, and no clippy warning (setup.sh adds both
# components). The fuzz crate is its own workspace, so its files are checked by name.
format_check() {
  cargo fmt --all --check && rustfmt --check fuzz/fuzz_targets/*.rs fuzz/shared/*.rs
}
# The app's code has no target-specific parts, so the native run lints all of it; the slow tier
# lints it for wasm32 as well (seconds when warm, 3.5 minutes from cold on 2 cores).
lint() {
  cargo clippy --workspace --all-targets -- -D warnings || return 1
  if [ "$SLOW" = 1 ]; then
    cargo clippy -p integration-atlas --target wasm32-unknown-unknown -- -D warnings
  fi
}

static_checks() {
  local f
  for f in scripts/*.sh .ci/run; do bash -n "$f" || return 1; done
  for f in tests/e2e/*.mjs bench/*.mjs; do node --check "$f" || return 1; done
  # playwright's waitForFunction does not await a promise (an object, so truthy): an async
  # predicate passes at once and the wait is a no-op. Such waits go through waitUntil
  # (tests/e2e/browser.mjs).
  if grep -lPzo 'waitForFunction\(\s*async\b' tests/e2e/*.mjs bench/*.mjs; then
    echo "waitForFunction with an async predicate does not wait: use waitUntil (tests/e2e/browser.mjs)" >&2
    return 1
  fi
  node --test --test-reporter=dot "${STATIC_TESTS[@]}"
}

e2e() {
  node --test --test-concurrency="$E2E_JOBS" \
    --test-reporter=spec --test-reporter-destination=stdout \
    --test-reporter=./tests/e2e/durations.mjs --test-reporter-destination="$E2E_DURATIONS" \
    "${E2E_TESTS[@]}"
}

step "format (cargo fmt --check)" format_check
step "lints (cargo clippy -D warnings$([ "$SLOW" = 1 ] && echo '; native and wasm32'))" lint
step "tidy tests (layers, ARCHITECTURE.md; crates/tidy)" cargo test -q -p tidy
step "static checks (shell and JavaScript syntax, locales)" static_checks
step "native tests (atlas-core, atlas-data, fuzz corpus replay)" \
  cargo test --workspace --exclude integration-atlas
if [ ! -f public/data/atlas.json ]; then
  step "dataset (public/data/atlas.json missing: atlas-data build)" \
    cargo run -q -p atlas-data -- build
fi
step "release build (scripts/build.sh: trunk build --release --offline, std with immediate-abort panics)" \
  scripts/build.sh
if [ "$SLOW" = 1 ]; then
  step "end-to-end tests (tests/e2e; full axe matrix; $E2E_JOBS files at a time)" e2e
  step "fuzzing (cargo fuzz, ${FUZZ_SECONDS:-30} s per target)" \
    env FUZZ_SEED="${FUZZ_SEED:-0}" bash scripts/fuzz.sh "${FUZZ_SECONDS:-30}"
  echo
  echo "All tests passed, slow tier included: static, native, release build, end-to-end (full axe matrix), fuzzing."
else
  step "end-to-end tests (tests/e2e; $E2E_JOBS files at a time)" e2e
  echo
  echo "All tests passed: static, native (with the fuzz corpus), release build, end-to-end."
  echo "Before a release, run the slow tier too: SLOW=1 scripts/test.sh"
fi
