#!/usr/bin/env bash
# README command 1: set up, then serve the app at http://127.0.0.1:8080 (Trunk.toml sets the
# address and port). Client routes such as /fi/services/x fall back to index.html (trunk's default).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source scripts/setup.sh

if [ ! -f public/data/atlas.json ]; then
  echo "run: public/data/atlas.json missing: building it from data/ (atlas-data build)"
  cargo run -q -p atlas-data -- build
fi

echo "run: trunk serve --release --offline → http://127.0.0.1:8080/"
exec trunk serve --release --offline "$@"
