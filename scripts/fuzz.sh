#!/usr/bin/env bash
# Fuzz the readers of untrusted input (fuzz/fuzz_targets/) with cargo fuzz (libFuzzer), each for
# SECONDS (default 30). This is the slow tier (`SLOW=1 scripts/test.sh`, before a release); every
# run of the test command replays the regression corpus through the same target bodies
# (fuzz/shared/bodies.rs) as an ordinary cargo test instead. For a longer hunt:
#
#   bash scripts/fuzz.sh 1800            # half an hour per target
#   bash scripts/fuzz.sh 600 dataset     # one target for ten minutes
#
# Installs cargo-fuzz first if it is missing (scripts/setup.sh fuzz).
# The regression corpus in fuzz/corpus/<target>/ is read, never written: new inputs go to a
# temporary directory. A crash stops the run with a non-zero status; libFuzzer saves the input
# under fuzz/artifacts/<target>/; add it to fuzz/corpus/<target>/ once it is fixed, so it stays
# tested (on every run of the test command). FUZZ_SEED (default 1) fixes the seed, so a run
# repeats the same inputs on every machine; FUZZ_SEED=0 lets libFuzzer pick one (printed), so a
# run goes where earlier runs did not: the slow tier of scripts/test.sh does that. cargo fuzz
# needs nightly flags: RUSTC_BOOTSTRAP=1 lets the stable toolchain accept them.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source scripts/setup.sh fuzz
seconds="${1:-30}"
seed="${FUZZ_SEED:-1}"
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(dataset url_state opening_hours config import_csv import_ptv)

export RUSTC_BOOTSTRAP=1
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT

for t in "${targets[@]}"; do
  mkdir -p "$scratch/$t"
  echo "fuzz: $t for ${seconds} s (seed $seed)"
  # -rss_limit_mb: a dataset reader that needs more than 2 GB for a small input is a bug too.
  # libFuzzer's line per new input goes to a log; on a crash its end is shown, and kept.
  if cargo fuzz run --fuzz-dir fuzz "$t" "$scratch/$t" "fuzz/corpus/$t" -- \
    -max_total_time="$seconds" -seed="$seed" -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1 \
    >"$scratch/$t.log" 2>&1; then
    grep -E '^(INFO: Seed:|Done|stat::number_of_executed_units|stat::new_units_added)' "$scratch/$t.log" | sed 's/^/  /'
  else
    mkdir -p "fuzz/artifacts/$t"
    cp "$scratch/$t.log" "fuzz/artifacts/$t/run.log"
    tail -n 60 "$scratch/$t.log" >&2
    echo "fuzz: $t FAILED (log: fuzz/artifacts/$t/run.log; the crashing input is beside it)" >&2
    exit 1
  fi
done
echo "fuzz: ${#targets[@]} targets ran clean for ${seconds} s each"
