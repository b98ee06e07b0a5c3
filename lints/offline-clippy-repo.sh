#!/usr/bin/env bash
# Prints the path of a local stand-in for the rust-clippy git repository, for
# machines that cannot reach github.com. Use it as
#
#   export DYLINT_CLIPPY_REPO="$(lints/offline-clippy-repo.sh)"
#
# before the first `cargo dylint`, `cargo trustlint --deep` or `cd lints && cargo test`.
#
# Why: the first Dylint run for a toolchain builds a driver; the build script of
# `dylint_driver` clones rust-clippy to read `clippy_utils/src/sym.rs` at the commit
# that pins the toolchain. That file ships, unchanged, in the `clippy_utils` release
# this library depends on (0.1.101 <-> nightly-2026-10-01), so the stand-in is two
# commits with the same layout as rust-clippy: an older channel, then ours with that
# `sym.rs` (Dylint looks for the newest commit whose channel is not newer than the
# toolchain, and needs a parent commit to see where that channel starts).
set -euo pipefail
lints="$(cd "$(dirname "$0")" && pwd)"
channel=$(sed -n 's/^channel = "\(.*\)"$/\1/p' "$lints/rust-toolchain.toml")
version=$(sed -n 's/^clippy_utils = "=\(.*\)"$/\1/p' "$lints/Cargo.toml")
repo="${CARGO_HOME:-$HOME/.cargo}/trustlint-clippy-repo/$version"

if [[ ! -d "$repo/.git" ]]; then
  # The crate's sources: fetched by cargo like any dependency (no git, no github).
  (cd "$lints" && cargo fetch --quiet)
  sources=$(ls -d "${CARGO_HOME:-$HOME/.cargo}"/registry/src/*/"clippy_utils-$version" | head -n 1)
  [[ -f "$sources/src/sym.rs" ]] || { echo "no clippy_utils-$version sources in the cargo registry" >&2; exit 1; }
  staging="$repo.tmp"
  rm -rf "$staging"
  mkdir -p "$staging/clippy_utils/src"
  commit() {
    printf '[package]\nname = "clippy_utils"\nversion = "%s"\n' "$1" >"$staging/clippy_utils/Cargo.toml"
    printf '[toolchain]\nchannel = "%s"\n' "$2" >"$staging/rust-toolchain.toml"
    git -C "$staging" add -A
    git -C "$staging" -c user.name=trustlint -c user.email=trustlint@localhost commit --quiet -m "$3"
  }
  git -C "$staging" init --quiet
  : >"$staging/clippy_utils/src/sym.rs"
  commit 0.1.0 nightly-2000-01-01 "older channel"
  cp "$sources/src/sym.rs" "$staging/clippy_utils/src/sym.rs"
  commit "$version" "$channel" "clippy_utils $version ($channel)"
  mv "$staging" "$repo"
fi
echo "$repo"
