#!/usr/bin/env bash
# The benchmark (issue 7), one command: builds the release app and the datasets, then measures the
# app beside the Leaflet.markercluster peer in Debian's Chromium, and the core natively (criterion).
# Prints the tables; BENCHMARKS.md says what each number means.
#
#   scripts/bench.sh                       everything (about 30 minutes on a quiet 2-core machine)
#   scripts/bench.sh --quick               the default dataset, 300 and 10,000 services, full CPU only, 1 load,
#                                          50 inputs, with the startup timeline
#   scripts/bench.sh --startup             issue 13's first view: the default dataset and 300 services at
#                                          full CPU and ÷4, the mobile network, the second visit; 5 loads
#   scripts/bench.sh --million             issue 18's million services: generates them (about 1 GB), times
#                                          `atlas-data pack`, and opens the finder on the pack (the app alone)
#   scripts/bench.sh -- [bench/run.mjs options]   pass options on (see node bench/run.mjs --help)
#
# Datasets come from `atlas-data generate --seed 1` and are kept in bench/.data/ (not committed).
# The browser results are also written to bench/results/latest.json.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source scripts/setup.sh

sizes="300,10000,100000"
args=()
criterion=yes
full=yes
million=no
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) sizes="300,10000"; args+=(--throttle 1 --runs 1); criterion=no; full=no ;;
    --million) million=yes; criterion=no; full=no ;;
    --startup) sizes="300"; args+=(--throttle 1,4 --runs 5 --mobile --repeat --inputs 30); criterion=no; full=no ;;
    --) shift; args+=("$@"); break ;;
    -h|--help) sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "unknown option $1 (see scripts/bench.sh --help)" >&2; exit 2 ;;
  esac
  shift
done

# The full run also measures the mobile network and the second visit (issue 13).
if [ "$full" = yes ]; then args=(--mobile --repeat "${args[@]}"); fi

echo "==> release build"
scripts/build.sh
# The CLI for speed (Cargo.toml's `cli` profile): generating and packing large datasets.
cargo build -q --profile cli -p atlas-data

mkdir -p bench/.data
IFS=, read -ra counts <<< "$sizes"
for n in "${counts[@]}"; do
  file="bench/.data/services-$n.json"
  if [ ! -s "$file" ]; then
    echo "==> dataset: $n services"
    target/cli/atlas-data generate --services "$n" --seed 1 --out "$file"
  fi
  # The static pack beside it (issue 18), made again when the dataset is newer: bench/run.mjs
  # opens a dataset with a pack as a deployment that names it in config.json.
  if [ ! -s "${file%.json}.pack" ] || [ "$file" -nt "${file%.json}.pack" ]; then
    echo "==> pack: $n services"
    target/cli/atlas-data pack "$file"
  fi
done

if [ "$million" = yes ]; then
  file=bench/.data/services-1000000.json
  [ -s "$file" ] || target/cli/atlas-data generate --services 1000000 --seed 1 --out "$file"
  echo "==> pack: 1,000,000 services (target: at most a minute)"
  start=$(date +%s.%N)
  target/cli/atlas-data pack "$file"
  echo "pack took $(echo "$(date +%s.%N) - $start" | bc) s"
  echo "==> browser: the finder on the million services' pack (the app alone)"
  exec node bench/run.mjs --dataset "$file" --no-default-dataset --throttle 1 --runs 1 --inputs 10 --pages app "${args[@]}"
fi

echo "==> browser: the app and the Leaflet.markercluster peer"
node bench/run.mjs --sizes "$sizes" --json bench/results/latest.json "${args[@]}"

if [ "$criterion" = yes ]; then
  largest="bench/.data/services-${counts[-1]}.json"
  echo
  echo "==> native: atlas-core on $largest (criterion)"
  ATLAS_BENCH_DATASET="$largest" cargo bench -q -p atlas-core --bench core
fi
