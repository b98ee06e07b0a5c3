#!/usr/bin/env python3
"""Turns bench/run.sh's hyperfine exports and peak-memory files into the markdown
tables of docs/benchmarks.md (between the `bench:begin` and `bench:end` markers)."""

import argparse
import json
import os
import platform
import re
import statistics
from datetime import datetime, timezone
from pathlib import Path

BEGIN = "<!-- bench:begin (written by bench/run.sh; do not edit by hand) -->"
END = "<!-- bench:end -->"


def machine() -> list[str]:
    cpu = "unknown CPU"
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            cpu = line.split(":", 1)[1].strip()
            break
    mem_kb = next(
        int(line.split()[1]) for line in Path("/proc/meminfo").read_text().splitlines() if line.startswith("MemTotal")
    )
    return [
        f"- CPU: {cpu}, `nproc` = {os.cpu_count()}",
        f"- RAM: {mem_kb / 1024 / 1024:.1f} GiB; kernel {platform.release()}",
    ]


def load_results(results: Path, name: str) -> list[dict]:
    runs = json.loads((results / f"{name}.json").read_text())["results"]
    peaks = dict(line.split("\t") for line in (results / f"{name}.mem").read_text().splitlines())
    return [
        {
            "name": run["command"],
            "median": statistics.median(run["times"]),
            "min": min(run["times"]),
            "max": max(run["times"]),
            "peak_mb": peaks.get(run["command"], "?"),
        }
        for run in runs
    ]


def comparison_table(rows: list[dict]) -> list[str]:
    base = rows[0]["median"]
    lines = [
        "| command | median | min … max | ratio to trustlint | peak memory |",
        "|---|---:|---:|---:|---:|",
    ]
    for row in rows:
        lines.append(
            f"| {row['name']} | {row['median']:.2f} s | {row['min']:.2f} … {row['max']:.2f} s "
            f"| {row['median'] / base:.2f}× | {row['peak_mb']} MB |"
        )
    return lines


def scaling_table(rows: list[dict], tree: dict) -> list[str]:
    base = rows[0]["median"]
    lines = [
        "| corpus size | MB | median | per MB | growth vs 1× | peak memory |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for row in rows:
        factor = int(row["name"].rstrip("x"))
        megabytes = tree["bytes"] * factor / 1e6
        lines.append(
            f"| {row['name']} | {megabytes:.0f} | {row['median']:.2f} s | {row['median'] / megabytes * 1000:.1f} ms "
            f"| {row['median'] / base:.2f}× | {row['peak_mb']} MB |"
        )
    return lines


def corpus_line(corpus: str, entry: dict) -> str:
    tree = entry["tree"]
    kind = "rs" if corpus == "rust" else "swift"
    what = f"{entry['crates']} crates" if corpus == "rust" else f"{len(entry['integrity'])} npm packages"
    return (
        f"- {corpus} corpus: {what}, {tree['files']} files, {tree['bytes'] / 1e6:.1f} MB, "
        f"{tree['source_files'][kind]} `.{kind}` files with {tree['source_lines'][kind]:,} lines"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--results", type=Path, required=True)
    parser.add_argument("--label", choices=["smoke", "final"], required=True)
    parser.add_argument("--runs", required=True)
    parser.add_argument("--corpora", required=True, help="the corpora timed, space-separated")
    parser.add_argument("--load", required=True)
    parser.add_argument("--expected", type=Path, required=True)
    for tool in ["trustlint", "kingfisher", "ripsecrets", "hyperfine"]:
        parser.add_argument(f"--{tool}-version", required=True)
    parser.add_argument("document", type=Path)
    args = parser.parse_args()

    expected = json.loads(args.expected.read_text())
    when = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    block = [BEGIN, ""]
    if args.label == "smoke":
        block += [
            f"> **Smoke run** ({when}, load average {args.load} at start, {args.runs} runs per command):",
            "> it shows that the benchmark works, not how fast trustlint is. The machine was shared",
            "> with other jobs; do not quote these numbers.",
            "",
        ]
    else:
        block += [f"Measured {when}, load average {args.load} at start, {args.runs} runs per command.", ""]
    block += machine()
    block += [
        f"- tools: {args.trustlint_version}; {args.kingfisher_version} (`--no-validate`); "
        f"{args.ripsecrets_version}; {args.hyperfine_version}",
    ]
    block += [corpus_line(corpus, expected[corpus]) for corpus in ["rust", "swift"]]
    timed = args.corpora.split()
    for corpus, title in [(c, t) for c, t in [("rust", "Rust corpus"), ("swift", "Swift corpus")] if c in timed]:
        block += ["", f"### {title}", ""]
        block += comparison_table(load_results(args.results, corpus))
        block += ["", f"Scaling of `trustlint scan` with the {title} copied 2× and 4×:", ""]
        block += scaling_table(load_results(args.results, f"{corpus}-scaling"), expected[corpus]["tree"])
    block += ["", END]

    document = args.document.read_text() if args.document.exists() else f"{BEGIN}\n{END}\n"
    pattern = re.compile(re.escape(BEGIN) + ".*?" + re.escape(END), re.DOTALL)
    if not pattern.search(document):
        raise SystemExit(f"{args.document}: no bench:begin/bench:end markers")
    args.document.write_text(pattern.sub(lambda _: "\n".join(block), document))


if __name__ == "__main__":
    main()
