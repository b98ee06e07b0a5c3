#!/usr/bin/env python3
"""Download the benchmark and audit corpora into `downloads/` (git-ignored) and verify them.

    python3 test-fixtures/corpora/fetch.py            # fetch what is missing, verify everything
    python3 test-fixtures/corpora/fetch.py --verify   # verify only; exit 1 when absent or different
    python3 test-fixtures/corpora/fetch.py --record   # fetch, then rewrite expected.json

Rust: `cargo vendor --locked` of `rust/Cargo.toml` + `rust/Cargo.lock` (cargo checks every
crate against the lockfile's checksum); only the manifest's direct dependencies are kept, in
`downloads/rust/<name>-<version>/`.

Swift: `npm pack NAME@VERSION` for each line of `swift/packages.txt`; the tarball's integrity
must equal the one in `expected.json`. Only the files an iOS analyzer reads are kept (Swift
sources, property lists, privacy manifests), in `downloads/swift/<name>/`.

Both trees are then hashed (every file's path and SHA-256) and counted, and the digest and
counts must equal `expected.json`. The script is idempotent: a tree whose digest already
matches is left alone.
"""

import argparse
import hashlib
import json
import shutil
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOWNLOADS = HERE / "downloads"
EXPECTED = HERE / "expected.json"
SWIFT_KEPT_SUFFIXES = (".swift", ".plist", ".xcprivacy")


def tree_summary(root: Path) -> dict:
    """Digest over every file's relative path and content hash, plus counts by kind."""
    digest = hashlib.sha256()
    files = 0
    source_files = {"rs": 0, "swift": 0}
    source_lines = {"rs": 0, "swift": 0}
    total_bytes = 0
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        data = path.read_bytes()
        relative = path.relative_to(root).as_posix()
        digest.update(relative.encode() + b"\0" + hashlib.sha256(data).digest())
        files += 1
        total_bytes += len(data)
        kind = path.suffix.lstrip(".")
        if kind in source_files:
            source_files[kind] += 1
            source_lines[kind] += data.count(b"\n")
    return {
        "digest": digest.hexdigest(),
        "files": files,
        "bytes": total_bytes,
        "source_files": source_files,
        "source_lines": source_lines,
    }


def direct_dependencies(manifest: Path) -> list[str]:
    """`name-version` of each direct dependency, as `cargo vendor --versioned-dirs` names them."""
    metadata = json.loads(
        subprocess.run(
            ["cargo", "metadata", "--locked", "--format-version", "1", "--manifest-path", str(manifest)],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
    )
    packages = {package["id"]: package for package in metadata["packages"]}
    root = metadata["resolve"]["root"]
    root_node = next(node for node in metadata["resolve"]["nodes"] if node["id"] == root)
    return sorted(
        f"{packages[dep['pkg']]['name']}-{packages[dep['pkg']]['version']}" for dep in root_node["deps"]
    )


def fetch_rust(target: Path) -> None:
    manifest = HERE / "rust" / "Cargo.toml"
    wanted = direct_dependencies(manifest)
    with tempfile.TemporaryDirectory(dir=DOWNLOADS) as scratch:
        vendored = Path(scratch) / "vendor"
        subprocess.run(
            [
                "cargo", "vendor", "--locked", "--versioned-dirs", "--quiet",
                "--manifest-path", str(manifest), str(vendored),
            ],
            check=True,
            stdout=subprocess.DEVNULL,
        )
        staging = Path(scratch) / "rust"
        staging.mkdir()
        for crate in wanted:
            shutil.move(str(vendored / crate), str(staging / crate))
        if target.exists():
            shutil.rmtree(target)
        shutil.move(str(staging), str(target))


def swift_packages() -> list[str]:
    lines = (HERE / "swift" / "packages.txt").read_text().splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def package_dir_name(spec: str) -> str:
    name = spec.rsplit("@", 1)[0]
    return name.lstrip("@").replace("/", "__")


def fetch_swift(target: Path, expected_integrity: dict, record: bool) -> dict:
    integrity = {}
    with tempfile.TemporaryDirectory(dir=DOWNLOADS) as scratch:
        staging = Path(scratch) / "swift"
        staging.mkdir()
        for spec in swift_packages():
            packed = json.loads(
                subprocess.run(
                    ["npm", "pack", spec, "--json", "--pack-destination", scratch],
                    check=True,
                    capture_output=True,
                    text=True,
                ).stdout
            )[0]
            integrity[spec] = packed["integrity"]
            if not record and expected_integrity.get(spec) != packed["integrity"]:
                sys.exit(f"{spec}: tarball integrity {packed['integrity']} differs from expected.json")
            destination = staging / package_dir_name(spec)
            with tarfile.open(Path(scratch) / packed["filename"]) as archive:
                for member in archive.getmembers():
                    if not member.isfile() or not member.name.endswith(SWIFT_KEPT_SUFFIXES):
                        continue
                    relative = Path(member.name).relative_to("package")
                    output = destination / relative
                    output.parent.mkdir(parents=True, exist_ok=True)
                    output.write_bytes(archive.extractfile(member).read())
        if target.exists():
            shutil.rmtree(target)
        shutil.move(str(staging), str(target))
    return integrity


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--verify", action="store_true", help="only verify; never download")
    mode.add_argument("--record", action="store_true", help="fetch and rewrite expected.json")
    parser.add_argument("corpus", nargs="*", help="rust, swift (default: both)")
    args = parser.parse_args()
    corpora = args.corpus or ["rust", "swift"]
    if unknown := set(corpora) - {"rust", "swift"}:
        parser.error(f"unknown corpus: {', '.join(sorted(unknown))}")

    expected = json.loads(EXPECTED.read_text()) if EXPECTED.exists() else {}
    DOWNLOADS.mkdir(exist_ok=True)
    failed = False
    for corpus in corpora:
        target = DOWNLOADS / corpus
        want = expected.get(corpus, {})
        if target.exists() and not args.record and tree_summary(target) == want.get("tree"):
            print(f"{corpus}: present and verified ({want['tree']['files']} files)")
            continue
        if args.verify:
            print(f"{corpus}: {'differs from' if target.exists() else 'absent, see'} expected.json")
            failed = True
            continue
        print(f"{corpus}: fetching into {target.relative_to(HERE.parent.parent)}", flush=True)
        if corpus == "rust":
            fetch_rust(target)
            entry = {"crates": len(direct_dependencies(HERE / "rust" / "Cargo.toml"))}
        else:
            entry = {"integrity": fetch_swift(target, want.get("integrity", {}), args.record)}
        entry["tree"] = tree_summary(target)
        if args.record:
            expected[corpus] = entry
        elif entry["tree"] != want.get("tree"):
            print(f"{corpus}: fetched tree differs from expected.json: {entry['tree']}")
            failed = True
            continue
        tree = entry["tree"]
        print(
            f"{corpus}: {tree['files']} files, {tree['bytes'] / 1e6:.1f} MB, "
            f"{tree['source_lines']['rs']} lines of Rust, {tree['source_lines']['swift']} lines of Swift"
        )
    if args.record:
        EXPECTED.write_text(json.dumps(expected, indent=2, sort_keys=True) + "\n")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
