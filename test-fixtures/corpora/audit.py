#!/usr/bin/env python3
"""Scans the downloaded corpora with trustlint and compares the findings with triage.tsv.

    python3 test-fixtures/corpora/audit.py TRUSTLINT            # report; exit 1 on untriaged or FP findings
    python3 test-fixtures/corpora/audit.py TRUSTLINT --pending  # print untriaged findings as TSV rows to fill in

triage.tsv has one row per finding: rule, path (relative to downloads/), line, verdict and a
one-line reason. Verdicts: true (a real credential, backdoor or upload, or exactly the pattern
the rule exists for), false (the rule is wrong here; fix the rule), accepted (a correct reading
of the code that is a problem only in some uses, with the reason it stays).
The reason never quotes a secret. Prints findings per 100k lines by category and verdict.
"""

import argparse
import csv
import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOWNLOADS = HERE / "downloads"
TRIAGE = HERE / "triage.tsv"
VERDICTS = ("true", "false", "accepted")
COLUMNS = ["rule", "path", "line", "verdict", "reason"]


def scan(trustlint: str) -> list[dict]:
    findings = []
    for corpus in ["rust", "swift"]:
        # Scanned from inside the corpus: the repository's .gitignore lists downloads/.
        output = subprocess.run(
            [trustlint, "scan", "--format", "json", "--fail-on", "never", "."],
            cwd=DOWNLOADS / corpus,
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        for finding in json.loads(output)["findings"]:
            finding["path"] = f"{corpus}/{finding['path']}"
            findings.append(finding)
    return findings


def read_triage() -> dict:
    if not TRIAGE.exists():
        return {}
    with TRIAGE.open(newline="") as handle:
        rows = csv.DictReader(handle, delimiter="\t")
        return {(row["rule"], row["path"], int(row["line"])): row for row in rows}


def source_lines() -> dict:
    expected = json.loads((HERE / "expected.json").read_text())
    return {
        "rust": expected["rust"]["tree"]["source_lines"]["rs"],
        "swift": expected["swift"]["tree"]["source_lines"]["swift"],
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("trustlint", help="path to a release trustlint binary")
    parser.add_argument("--pending", action="store_true", help="print untriaged findings as TSV rows")
    args = parser.parse_args()

    findings = scan(args.trustlint)
    triage = read_triage()
    keys = {(f["rule"], f["path"], f["line"]): f for f in findings}
    untriaged = [key for key in keys if key not in triage]
    if args.pending:
        for rule, path, line in sorted(untriaged, key=lambda k: (k[1], k[2], k[0])):
            print("\t".join([rule, path, str(line), "", keys[(rule, path, line)]["message"]]))
        return 0

    bad = [row for row in triage.values() if row["verdict"] not in VERDICTS]
    stale = [key for key in triage if key not in keys]
    false_positives = [key for key in keys if key in triage and triage[key]["verdict"] == "false"]
    lines = source_lines()
    counts = Counter()
    for key in keys:
        corpus = key[1].split("/", 1)[0]
        category = key[0].split("/", 1)[0]
        verdict = triage[key]["verdict"] if key in triage else "untriaged"
        counts[(corpus, category, verdict)] += 1
    print("corpus\tcategory\tverdict\tfindings\tper 100k lines")
    for (corpus, category, verdict), count in sorted(counts.items()):
        print(f"{corpus}\t{category}\t{verdict}\t{count}\t{count / lines[corpus] * 1e5:.2f}")
    for rule, path, line in sorted(untriaged, key=lambda k: (k[1], k[2])):
        print(f"untriaged: {rule} {path}:{line}")
    for rule, path, line in sorted(stale, key=lambda k: (k[1], k[2])):
        print(f"stale (no longer reported): {rule} {path}:{line}")
    for row in bad:
        print(f"bad verdict `{row['verdict']}`: {row['rule']} {row['path']}:{row['line']}")
    return 1 if untriaged or false_positives or bad else 0


if __name__ == "__main__":
    sys.exit(main())
