#!/usr/bin/env bash
# The release build of the app: `trunk build --release --offline` with the Rust standard library
# rebuilt for the wasm with `panic = immediate-abort` (a panic is a trap at once: no message
# formatting, no unwinding tables, no panic locations), which makes the wasm about 7 % smaller
# (BENCHMARKS.md, "Fewer bytes"). Both need unstable Cargo and rustc options; on the stable
# toolchain RUSTC_BOOTSTRAP=1 allows them for this build only, and `rust-src` must be installed
# (`rustup component add rust-src`, done by scripts/setup.sh). The first run also fetches the
# standard library's own dependencies from crates.io and takes several minutes.
#
#   scripts/build.sh            the release build into dist/ (what scripts/test.sh and bench.sh use),
#                               then our own scripts in it minified (scripts/minify.mjs) and the
#                               languages' first views drawn (scripts/first-view.mjs)
#
# Its own target directory (target/immediate-abort), so that it and a plain `trunk build` do not
# rebuild each other's artefacts. A plain `trunk build --release --offline` still works and makes
# a larger wasm: the size test (tests/e2e/size.test.mjs) then fails on the growth.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export RUSTC_BOOTSTRAP=1
export CARGO_UNSTABLE_BUILD_STD=std,panic_abort
# Replaces .cargo/config.toml's rustflags for the wasm, so its `erase_components` is repeated.
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="--cfg erase_components -Zunstable-options -Cpanic=immediate-abort"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$PWD/target/immediate-abort}"
trunk build --release --offline "$@"
# Our own scripts in the build, without their comments (scripts/minify.mjs), in the folder
# `--dist` named, else dist/.
dist=dist
prev=
for arg in "$@"; do
  case "$prev" in --dist | -d) dist="$arg" ;; esac
  case "$arg" in --dist=*) dist="${arg#--dist=}" ;; esac
  prev="$arg"
done
node scripts/minify.mjs "$dist"
# The finder's first screen in each UI language, drawn by this build, written into the languages'
# own pages for a first visit's loading screen (scripts/first-view.mjs; about 10 s).
node scripts/first-view.mjs "$dist"
