#!/usr/bin/env bash
# Times trustlint's git inputs on a synthetic large repository; run on an idle machine.
#   scripts/bench-git.sh [path/to/trustlint]     (default: builds target/release/trustlint)
#
# 1. `scan --staged` on a change of 20 files in a repository of ~20,000 Rust, Swift
#    and config files (copies of this repository's sources). Target: under 200 ms.
# 2. `history` over 200 commits that each edit 20 files: throughput in MB/s of blob
#    content analysed (each blob once), from the JSON report's stats.
set -euo pipefail
checkout="$(cd "$(dirname "$0")/.." && pwd)"
trustlint="${1:-}"
if [ -z "$trustlint" ]; then
  cargo build --release --quiet -p trustlint-cli --manifest-path "$checkout/Cargo.toml"
  trustlint="${CARGO_TARGET_DIR:-$checkout/target}/release/trustlint"
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export GIT_CONFIG_GLOBAL=/dev/null GIT_CONFIG_NOSYSTEM=1
export GIT_AUTHOR_NAME=bench GIT_AUTHOR_EMAIL=bench@example.invalid
export GIT_COMMITTER_NAME=bench GIT_COMMITTER_EMAIL=bench@example.invalid

repo="$work/large"
mkdir -p "$repo"
git -C "$repo" init -q -b main
# The sources trustlint reads, copied until the repository holds ~20,000 of them.
mapfile -t sources < <(git -C "$checkout" ls-files -- '*.rs' '*.swift' '*.json' '*.toml' '*.yaml' '*.plist' | grep -v '^test-fixtures/sarif/')
copies=$(( 20000 / ${#sources[@]} + 1 ))
for copy in $(seq 1 "$copies"); do
  for source in "${sources[@]}"; do
    mkdir -p "$repo/copy$copy/$(dirname "$source")"
    cp "$checkout/$source" "$repo/copy$copy/$source"
  done
done
git -C "$repo" add -A && git -C "$repo" commit -q -m "import" --no-verify
files=$(git -C "$repo" ls-files | wc -l)
# A realistic change: 20 Rust and Swift files edited, staged.
mapfile -t changed < <(git -C "$repo" ls-files -- '*.rs' '*.swift' | awk 'NR % 97 == 0' | head -20)
for file in "${changed[@]}"; do
  printf '\n// edited for the benchmark\npub fn bench_marker() -> u32 {\n    42\n}\n' >> "$repo/$file"
done
git -C "$repo" add -A
echo "== scan --staged: ${#changed[@]} staged files in a repository of $files files"
if command -v hyperfine >/dev/null 2>&1; then
  hyperfine --warmup 3 --runs 20 --ignore-failure \
    "cd '$repo' && '$trustlint' scan --staged --fail-on never --format json"
else
  for run in 1 2 3 4 5 6; do
    start=$(date +%s%N)
    (cd "$repo" && "$trustlint" scan --staged --fail-on never --format json >/dev/null)
    echo "run $run: $(( ($(date +%s%N) - start) / 1000000 )) ms"
  done
fi

echo "== history: 200 commits editing 20 files each"
history="$work/history"
git clone -q "$repo" "$history"
mapfile -t edited < <(git -C "$history" ls-files -- '*.rs' '*.swift' | awk 'NR % 53 == 0' | head -20)
for commit in $(seq 1 200); do
  for file in "${edited[@]}"; do
    printf '// revision %s\n' "$commit" >> "$history/$file"
  done
  git -C "$history" commit -q -a -m "revision $commit" --no-verify
done
(cd "$history" && "$trustlint" history --fail-on never --format json --output "$work/history.json")
python3 - "$work/history.json" <<'PY'
import json, sys
stats = json.load(open(sys.argv[1]))["stats"]
mb = stats["bytes"] / 1e6
seconds = max(stats["duration_ms"], 1) / 1000
print(f"{stats['files']} blobs, {mb:.1f} MB in {seconds:.2f} s: {mb / seconds:.1f} MB/s")
PY
