#!/usr/bin/env bash
# Runs every fuzz target for SECONDS each, one after the other.
#
#   fuzz/run-all.sh 60        # a smoke run
#   fuzz/run-all.sh 600       # the 10-minute runs
#
# New inputs go to fuzz/corpus/<target> (not committed); the committed seeds in
# fuzz/seeds/<target> and the annotated fixtures are read as extra corpora.
# Crashes are written to fuzz/artifacts/<target>/. Prints each target's exec count.
# Environment: FUZZ_SANITIZER (default `address`),
# CARGO_TARGET_DIR (default fuzz/target).
set -euo pipefail

seconds="${1:?usage: fuzz/run-all.sh SECONDS}"
fuzz_dir="$(cd "$(dirname "$0")" && pwd)"
repo="$(dirname "$fuzz_dir")"

if ! cargo +nightly --version >/dev/null 2>&1; then
    echo "SKIPPED: the nightly toolchain is not installed (rustup toolchain install nightly)"
    exit 0
fi
if ! cargo fuzz --version >/dev/null 2>&1; then
    echo "SKIPPED: cargo-fuzz is not installed (cargo install cargo-fuzz)"
    exit 0
fi

sanitizer="${FUZZ_SANITIZER:-address}"
# Without `--cfg fuzzing`: under it proc-macro2 gives every span the byte range 0..0,
# so the Rust analyzer would be fuzzed on positions it never sees in production
# (every macro body, keyed by the offset of its `!`, then collides with every other,
# which once made a 924-byte file run for over ten minutes).
fuzz_flags=(--sanitizer "$sanitizer" --release --no-cfg-fuzzing)

# Extra read-only corpora per target: realistic code the fixtures already hold.
extra_corpora() {
    case "$1" in
        rust_analyzer) echo "$repo/test-fixtures/rust" ;;
        swift_analyzer) echo "$repo/test-fixtures/swift" ;;
        plist) echo "$repo/test-fixtures/demo/ios-app" ;;
        suppressions) echo "$repo/test-fixtures/config" ;;
    esac
}

cd "$fuzz_dir"
cargo +nightly fuzz build "${fuzz_flags[@]}"
failed=0
for target in $(cargo +nightly fuzz list); do
    mkdir -p "corpus/$target" "artifacts/$target"
    # shellcheck disable=SC2046 # the extra corpora are whitespace-free paths
    log="$(cargo +nightly fuzz run "${fuzz_flags[@]}" "$target" \
        "corpus/$target" "seeds/$target" $(extra_corpora "$target") -- \
        -max_total_time="$seconds" -max_len=16384 -timeout=20 -rss_limit_mb=4096 \
        -print_final_stats=1 2>&1)" || failed=1
    execs="$(grep -o 'stat::number_of_executed_units: *[0-9]*' <<<"$log" | grep -o '[0-9]*$' | tail -n1 || true)"
    if grep -q 'SUMMARY\|panicked\|deadly signal\|Timeout\|out-of-memory' <<<"$log"; then
        echo "$target: FAILED after ${execs:-?} execs; see fuzz/artifacts/$target"
        grep -m5 'panicked\|SUMMARY\|Test unit written' <<<"$log" || true
        failed=1
    else
        echo "$target: ${execs:-?} execs in ${seconds}s, no crash"
    fi
done
exit "$failed"
