#!/usr/bin/env bash
# Set up the tools the build and the tests need; skip whatever is already there.
#
#   source scripts/setup.sh        (as scripts/run.sh and scripts/test.sh do: keeps the PATH)
#   bash scripts/setup.sh          (just install)
#   SLOW=1 bash scripts/setup.sh   (also what the slow tier of scripts/test.sh needs: cargo-fuzz)
#   bash scripts/setup.sh fuzz     (only cargo-fuzz; scripts/fuzz.sh does this)
#
# Non-interactive (CI has no stdin) and idempotent. Runs as root on CI; elsewhere apt-get goes
# through sudo. Every install says how long it took (and, when ATLAS_DURATIONS names a file,
# adds a line `setup <TAB> what <TAB> seconds <TAB> pass` to it: scripts/test.sh's record).
# Installs, with the time each took on a fresh 2-core machine:
#   - the Rust components rustfmt and clippy (the static checks; seconds, usually there already)
#   - the Rust target wasm32-unknown-unknown (under a minute)
#   - the crates the offline release build needs: the workspace's and the standard library's own
#     (cargo fetch; about a second; a fresh machine lacks the latter)
#   - Debian's chromium (the end-to-end tests; a minute or two)
#   - trunk 0.21.14 (cargo install --locked; about 10 minutes on 2 cores, once)
#   - wasm-bindgen-cli at the version of wasm-bindgen in Cargo.lock (trunk runs it; a few minutes)
#   - the npm packages of package-lock.json (leaflet; binaryen's wasm-opt; playwright-core; axe)
#   - only for the slow tier (SLOW=1, or `fuzz`): cargo-fuzz 0.12.0 (cargo install --locked;
#     a few minutes), which scripts/fuzz.sh runs

_atlas_say() { printf 'setup: %s\n' "$*"; }

# The workspace's crates and the standard library's (LIBRARY: its Cargo.toml in rust-src).
_atlas_fetch_crates() {
  cargo fetch -q && RUSTC_BOOTSTRAP=1 cargo fetch -q --manifest-path "$1"
}

# _atlas_install WHAT COMMAND...: run an install, say how long it took, and record it.
_atlas_install() {
  local what="$1" start=$SECONDS took
  shift
  if "$@"; then
    took=$((SECONDS - start))
    _atlas_say "$what: installed in $took s"
    [ -z "${ATLAS_DURATIONS:-}" ] || printf 'setup\t%s\t%s\tpass\n' "$what" "$took" >>"$ATLAS_DURATIONS"
  else
    took=$((SECONDS - start))
    _atlas_say "$what: FAILED after $took s" >&2
    [ -z "${ATLAS_DURATIONS:-}" ] || printf 'setup\t%s\t%s\tfail\n' "$what" "$took" >>"$ATLAS_DURATIONS"
    return 1
  fi
}

_atlas_apt_chromium() {
  local sudo=""
  [ "$(id -u)" = 0 ] || sudo="sudo"
  $sudo apt-get update -q && $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium </dev/null
}

# cargo-fuzz (scripts/fuzz.sh; runs on the stable toolchain with RUSTC_BOOTSTRAP=1)
atlas_setup_fuzz() {
  export PATH="$HOME/.cargo/bin:$PATH"
  local fuzz_version=0.12.0
  if cargo fuzz --version 2>/dev/null | grep -wF "$fuzz_version" >/dev/null; then
    _atlas_say "cargo-fuzz $fuzz_version: present"
  else
    _atlas_say "cargo-fuzz $fuzz_version: cargo install (a few minutes)"
    _atlas_install "cargo-fuzz $fuzz_version" cargo install cargo-fuzz --version "$fuzz_version" --locked || return 1
  fi
}

atlas_setup() {
  local root
  root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)" || return 1
  cd "$root" || return 1

  export PATH="$HOME/.cargo/bin:$root/node_modules/.bin:$PATH"

  if [ "${1:-}" = fuzz ]; then
    atlas_setup_fuzz
    return
  fi

  # 0. rustfmt and clippy (the first step of scripts/test.sh)
  local component
  for component in rustfmt clippy; do
    if rustup component list --installed 2>/dev/null | grep -q "^$component-"; then
      _atlas_say "rust component $component: present"
    else
      _atlas_say "rust component $component: adding"
      _atlas_install "rust component $component" rustup component add "$component" || return 1
    fi
  done

  # 1. the wasm target
  if rustup target list --installed | grep -x wasm32-unknown-unknown >/dev/null; then
    _atlas_say "rust target wasm32-unknown-unknown: present"
  else
    _atlas_say "rust target wasm32-unknown-unknown: adding"
    _atlas_install "rust target wasm32-unknown-unknown" rustup target add wasm32-unknown-unknown || return 1
  fi
  # The standard library's source: scripts/build.sh rebuilds it for the wasm (panic=immediate-abort).
  if rustup component list --installed | grep -q '^rust-src'; then
    _atlas_say "rust-src: present"
  else
    _atlas_say "rust-src: adding"
    _atlas_install "rust-src" rustup component add rust-src || return 1
  fi
  # The crates the offline release build needs (scripts/build.sh, trunk --offline): the
  # workspace's, and the standard library's own (rebuilt for the wasm; its Cargo.lock is in
  # rust-src). A fresh machine has neither; fetched once, in about a second.
  local library
  library="$(rustc --print sysroot)/lib/rustlib/src/rust/library/Cargo.toml"
  if cargo fetch --offline -q >/dev/null 2>&1 && RUSTC_BOOTSTRAP=1 cargo fetch --offline -q --manifest-path "$library" >/dev/null 2>&1; then
    _atlas_say "crates for the offline build: present"
  else
    _atlas_say "crates for the offline build: fetching"
    _atlas_install "crates for the offline build" _atlas_fetch_crates "$library" || return 1
  fi

  # 2. Chromium (the end-to-end tests drive it through playwright-core)
  if [ -x /usr/bin/chromium ]; then
    _atlas_say "chromium: present"
  else
    _atlas_say "chromium: installing (apt-get)"
    _atlas_install "chromium (apt-get)" _atlas_apt_chromium || return 1
  fi

  # 3. trunk
  local trunk_version=0.21.14
  if trunk --version 2>/dev/null | grep -wF "$trunk_version" >/dev/null; then
    _atlas_say "trunk $trunk_version: present"
  else
    _atlas_say "trunk $trunk_version: cargo install (about 10 minutes)"
    _atlas_install "trunk $trunk_version" cargo install trunk --version "$trunk_version" --locked || return 1
  fi

  # 4. wasm-bindgen-cli, the same version as the wasm-bindgen crate in Cargo.lock
  if [ ! -f Cargo.lock ]; then
    _atlas_say "Cargo.lock missing: cargo generate-lockfile"
    cargo generate-lockfile || return 1
  fi
  local wb_version
  wb_version="$(awk '/^\[\[package\]\]/{n=""} /^name = /{n=$3} n=="\"wasm-bindgen\"" && /^version = /{gsub(/"/,"",$3); print $3; exit}' Cargo.lock)"
  if [ -z "$wb_version" ]; then
    echo "setup: no wasm-bindgen package in Cargo.lock" >&2
    return 1
  fi
  if wasm-bindgen --version 2>/dev/null | grep -wF "$wb_version" >/dev/null; then
    _atlas_say "wasm-bindgen-cli $wb_version: present"
  else
    _atlas_say "wasm-bindgen-cli $wb_version: cargo install (a few minutes)"
    # Not --locked: the crate's pinned dependencies are not all in the registry.
    _atlas_install "wasm-bindgen-cli $wb_version" cargo install wasm-bindgen-cli --version "$wb_version" || return 1
  fi

  # 5. npm packages (node_modules/.package-lock.json is what npm writes after an install)
  if [ -d node_modules ] && [ -f node_modules/.package-lock.json ] \
    && ! [ package-lock.json -nt node_modules/.package-lock.json ]; then
    _atlas_say "node_modules: up to date"
  else
    _atlas_say "node_modules: npm ci"
    _atlas_install "node_modules (npm ci)" npm ci --no-audit --no-fund || return 1
  fi
  if ! wasm-opt --version >/dev/null 2>&1; then
    echo "setup: wasm-opt (npm package binaryen) does not run" >&2
    return 1
  fi

  # 6. the slow tier only: cargo-fuzz
  if [ "${SLOW:-0}" = 1 ]; then
    atlas_setup_fuzz || return 1
  fi
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  # Run, not sourced.
  set -euo pipefail
  atlas_setup "$@"
else
  # Sourced: a failure stops the caller.
  atlas_setup "$@" || { echo "setup: FAILED" >&2; return 1 2>/dev/null || exit 1; }
fi
