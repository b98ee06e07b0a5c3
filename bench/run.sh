#!/usr/bin/env bash
# trustlint against the scanners users would pick instead, on the corpora of
# test-fixtures/corpora: whole-process wall clock (hyperfine, median) and peak memory
# (/usr/bin/time), plus parse-only passes and trustlint's 1x/2x/4x scaling. Writes the
# tables into docs/benchmarks.md between the `bench:begin`/`bench:end` markers.
#
#   bench/run.sh [--runs N] [--warmup N] [--corpora "rust swift"] [--smoke]
#
# --runs N   timed runs per command (default 10)
# --warmup N untimed runs before them (default 1)
# --corpora  which corpora to time (default both)
# --smoke    label the tables as a smoke run (a check that the script works, measured
#            on a busy machine); final numbers come from a run on a quiet machine
#
# Needs: cargo, python3, npm (for the Swift corpus), hyperfine and pip. Installs
# hyperfine (apt), Kingfisher (pip `kingfisher-bin`) and ripsecrets (cargo) when missing.
# Kingfisher always runs with --no-validate: it would otherwise call provider APIs.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)

runs=10
warmup=1
corpora="rust swift"
label="final"
while [[ $# -gt 0 ]]; do
  case "$1" in
    --runs) runs="$2"; shift 2 ;;
    --warmup) warmup="$2"; shift 2 ;;
    --corpora) corpora="$2"; shift 2 ;;
    --smoke) label="smoke"; shift ;;
    *) echo "usage: bench/run.sh [--runs N] [--warmup N] [--corpora \"rust swift\"] [--smoke]" >&2; exit 2 ;;
  esac
done

log() { printf '\n== %s\n' "$*" >&2; }
load_at_start=$(cut -d' ' -f1-3 /proc/loadavg)

log "tools"
if ! command -v hyperfine >/dev/null; then
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq hyperfine >/dev/null
fi
if ! command -v kingfisher >/dev/null; then
  python3 -m pip install --quiet --disable-pip-version-check kingfisher-bin
fi
if ! command -v ripsecrets >/dev/null; then
  cargo install --locked ripsecrets
fi
target_dir=${CARGO_TARGET_DIR:-$repo/target}
cargo build --release --locked -p trustlint-cli -p trustlint-bench >&2
trustlint="$target_dir/release/trustlint"
parse_only="$target_dir/release/trustlint-parse-only"

log "corpora"
python3 test-fixtures/corpora/fetch.py >&2

# The corpora live under a git-ignored folder, and every scanner here honours
# .gitignore: scan copies outside the repository. Hard links when possible.
work=${TRUSTLINT_BENCH_DIR:-/tmp/trustlint-bench}
rm -rf "$work"
mkdir -p "$work/results"
for corpus in $corpora; do
  for scale in 1 2 4; do
    dir="$work/$corpus-${scale}x"
    mkdir -p "$dir"
    for copy in $(seq 1 "$scale"); do
      cp -al "test-fixtures/corpora/downloads/$corpus" "$dir/copy$copy" 2>/dev/null ||
        cp -a "test-fixtures/corpora/downloads/$corpus" "$dir/copy$copy"
    done
  done
done

trustlint_cmd() { echo "$trustlint scan --format json --fail-on never $1"; }
kingfisher_cmd() { echo "kingfisher scan $1 --no-validate --no-update-check --format json -o /dev/null"; }
ripsecrets_cmd() { echo "ripsecrets $1"; }
parse_cmd() { echo "$parse_only $2 $1"; }

# Peak resident memory in MB of one run of a command (its output discarded).
peak_mb() {
  /usr/bin/time -f %M -o "$work/time.out" bash -c "$1 >/dev/null 2>&1" || true
  # The last line: a command that exits non-zero gets a status line first.
  tail -n 1 "$work/time.out" | awk '{ printf "%.0f", $1 / 1024 }'
}

# time_commands NAME CMD...: hyperfine over the commands (name=command pairs), then
# peak memory for each; results in $work/results/NAME.{json,mem}.
time_commands() {
  local name=$1; shift
  local args=() pair
  : >"$work/results/$name.mem"
  for pair in "$@"; do
    args+=(-n "${pair%%=*}" "${pair#*=} >/dev/null 2>&1")
  done
  log "timing $name"
  hyperfine --runs "$runs" --warmup "$warmup" --ignore-failure --style basic \
    --export-json "$work/results/$name.json" "${args[@]}" >&2
  for pair in "$@"; do
    printf '%s\t%s\n' "${pair%%=*}" "$(peak_mb "${pair#*=}")" >>"$work/results/$name.mem"
  done
}

for corpus in $corpora; do
  dir="$work/$corpus-1x"
  if [[ $corpus == rust ]]; then parser="syn parse only"; else parser="tree-sitter parse only"; fi
  time_commands "$corpus" \
    "trustlint=$(trustlint_cmd "$dir")" \
    "Kingfisher=$(kingfisher_cmd "$dir")" \
    "ripsecrets=$(ripsecrets_cmd "$dir")" \
    "$parser=$(parse_cmd "$dir" "$corpus")"
  time_commands "$corpus-scaling" \
    "1x=$(trustlint_cmd "$work/$corpus-1x")" \
    "2x=$(trustlint_cmd "$work/$corpus-2x")" \
    "4x=$(trustlint_cmd "$work/$corpus-4x")"
done

log "writing docs/benchmarks.md"
python3 bench/report.py \
  --results "$work/results" \
  --label "$label" \
  --corpora "$corpora" \
  --runs "$runs" \
  --load "$load_at_start" \
  --expected test-fixtures/corpora/expected.json \
  --trustlint-version "$("$trustlint" --version)" \
  --kingfisher-version "$(kingfisher --version 2>&1 | head -1)" \
  --ripsecrets-version "$(ripsecrets --version 2>&1 | head -1)" \
  --hyperfine-version "$(hyperfine --version)" \
  docs/benchmarks.md
log "done: docs/benchmarks.md"
