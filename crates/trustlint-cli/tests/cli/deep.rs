//! `--deep` on the fleet-agent fixture workspace (`test-fixtures/deep`): findings
//! that only the compiler can see (aliases, re-exports, helpers in other modules,
//! features), and silence on code that a disabled feature leaves out.
//!
//! These tests need the lint library's nightly and cargo-dylint. Without them they
//! print `SKIPPED: <why>` and return, unless `TRUSTLINT_DEEP_REQUIRED` is set (CI
//! sets it when it installed them), in which case they fail.

use crate::support::*;
use std::path::{Path, PathBuf};

/// (rule, path, line) of every finding `--deep` must report on the fixture.
const EXPECTED: [(&str, &str, usize); 5] = [
    // The whole environment, gathered by a helper in inventory.rs, written to a
    // `TcpStream` imported as `Uplink`.
    (
        "data-upload/env-vars-to-network",
        "fleet-agent/src/checkin.rs",
        14,
    ),
    // The SSH identity read in inventory.rs, sent by the `send_blob` helper.
    (
        "data-upload/key-file-to-network",
        "fleet-agent/src/checkin.rs",
        20,
    ),
    // A key returned by `secrets::policy_key()` and a `const` key, both used by
    // `Aes256Gcm::new_from_slice` in policy.rs: the findings point at the bytes.
    (
        "credentials/hardcoded-crypto-key",
        "fleet-agent/src/secrets.rs",
        4,
    ),
    (
        "credentials/hardcoded-crypto-key",
        "fleet-agent/src/secrets.rs",
        8,
    ),
    // A socket line run by `Task`, a re-export of `std::process::Command`, in code
    // compiled by the default `remote-support` feature.
    (
        "debug-entry/remote-command-execution",
        "fleet-agent/src/support.rs",
        16,
    ),
];

fn fixture() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../test-fixtures/deep")
}

/// `Some(reason)` when the deep tier cannot run on this machine.
fn missing_prerequisites() -> Option<String> {
    let reason = match trustlint_engine::deep::lints_dir() {
        Ok(lints) => trustlint_engine::deep::check_prerequisites(&lints).err()?,
        Err(reason) => reason,
    };
    assert!(
        std::env::var_os("TRUSTLINT_DEEP_REQUIRED").is_none(),
        "TRUSTLINT_DEEP_REQUIRED is set, but --deep cannot run: {reason}"
    );
    Some(reason.replace('\n', " "))
}

/// `trustlint scan ARGS test-fixtures/deep`, compiling into this test's own target
/// directory (not the source tree) and without the network.
fn scan_fixture(args: &[&str]) -> Run {
    let target = Path::new(env!("CARGO_TARGET_TMPDIR")).join("deep-fixture");
    run(trustlint_command(&fixture())
        .arg("scan")
        .args(args)
        .arg(".")
        .env("CARGO_TARGET_DIR", target)
        .env("CARGO_NET_OFFLINE", "true"))
}

fn located(report: &serde_json::Value) -> Vec<(String, String, usize)> {
    let mut found: Vec<(String, String, usize)> = report["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .map(|f| {
            (
                f["rule"].as_str().expect("rule").to_owned(),
                f["path"].as_str().expect("path").to_owned(),
                usize::try_from(f["line"].as_u64().expect("line")).expect("line"),
            )
        })
        .collect();
    found.sort();
    found
}

fn expected() -> Vec<(String, String, usize)> {
    let mut expected: Vec<(String, String, usize)> = EXPECTED
        .iter()
        .map(|(rule, path, line)| ((*rule).to_owned(), (*path).to_owned(), *line))
        .collect();
    expected.sort();
    expected
}

#[test]
fn deep_finds_what_only_the_compiler_sees_and_nothing_else() {
    if let Some(reason) = missing_prerequisites() {
        println!("SKIPPED: {reason}");
        return;
    }
    // The syntactic tier alone misses every one of them.
    let syntactic = scan_fixture(&["--format", "json"]);
    let syntactic_found = located(&syntactic.json());
    for finding in expected() {
        assert!(
            !syntactic_found.contains(&finding),
            "the syntactic scan already reports {finding:?}: {syntactic}"
        );
    }

    let started = std::time::Instant::now();
    let deep = scan_fixture(&["--deep", "--format", "json"]);
    println!(
        "deep scan of the fixture: {:.1} s",
        started.elapsed().as_secs_f64()
    );
    assert_eq!(deep.code, 1, "{deep}");
    assert!(
        deep.stderr
            .contains("--deep compiles (but does not run) the code of"),
        "{deep}"
    );
    let mut want = expected();
    want.extend(syntactic_found);
    want.sort();
    assert_eq!(located(&deep.json()), want, "{deep}");
    // legacy.rs is behind the `legacy-bridge` feature, which is off: never compiled,
    // never reported, although it holds the same remote shell as support.rs.
    assert!(!deep.stdout.contains("legacy.rs"), "{deep}");

    // The key bytes are masked; the flow names the source in another module first.
    assert!(!deep.stdout.contains("fleet-policy-key-2024"), "{deep}");
    let report = deep.json();
    let key_file = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["rule"] == "data-upload/key-file-to-network")
        .expect("key-file finding");
    assert_eq!(
        key_file["flow"][0]["path"], "fleet-agent/src/inventory.rs",
        "{key_file}"
    );
}

#[test]
fn deep_findings_are_in_every_format() {
    if let Some(reason) = missing_prerequisites() {
        println!("SKIPPED: {reason}");
        return;
    }
    let sarif = scan_fixture(&["--deep", "--format", "sarif"]);
    assert_eq!(sarif.code, 1, "{sarif}");
    let sarif_json = sarif.json();
    assert_valid_sarif(&sarif_json);
    let rules: Vec<&str> = sarif_json["runs"][0]["results"]
        .as_array()
        .expect("results")
        .iter()
        .map(|r| r["ruleId"].as_str().expect("ruleId"))
        .collect();
    for (rule, _, _) in EXPECTED {
        assert!(rules.contains(&rule), "{rule} missing from SARIF: {sarif}");
    }

    let human = scan_fixture(&["--deep"]);
    assert_eq!(human.code, 1, "{human}");
    for (rule, path, line) in EXPECTED {
        assert!(
            human.stdout.contains(rule) && human.stdout.contains(&format!("{path}:{line}:")),
            "{rule} at {path}:{line} missing from the human report: {human}"
        );
    }
}

#[test]
fn deep_without_the_toolchain_says_what_to_install() {
    // A lint library that pins a nightly no machine has.
    let lints = project(&[
        (
            "Cargo.toml",
            "[package]\nname = \"trustlint_lints\"\nversion = \"0.1.0\"\n",
        ),
        (
            "rust-toolchain.toml",
            "[toolchain]\nchannel = \"nightly-2001-01-01\"\n",
        ),
    ]);
    let run = run(trustlint_command(&fixture())
        .args(["scan", "--deep", "."])
        .env("TRUSTLINT_LINTS_DIR", lints.path()));
    assert_eq!(run.code, 2, "{run}");
    assert!(
        run.stderr.contains(
            "rustup toolchain install nightly-2001-01-01 --profile minimal -c rustc-dev -c llvm-tools"
        ) && run.stderr.contains("install --locked cargo-dylint"),
        "{run}"
    );
    assert!(run.stdout.is_empty(), "no partial report: {run}");
}
