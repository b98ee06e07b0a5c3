//! DESIGN "Bad input": every bad file yields an error entry (and the findings
//! that could still be made), never a crash; the scan goes on and the healthy
//! file's finding still appears, in every format, with no secret in full.

use crate::support::*;
use serde_json::Value;
use std::path::Path;

const HEALTHY: &str = "src/healthy.rs";

/// A project with `test-fixtures/bad-input/<fixture>` (if any) beside a healthy
/// file holding [`FAKE_AWS_KEY`].
fn project_with(fixture: Option<&str>) -> tempfile::TempDir {
    let dir = project(&[(HEALTHY, &leaky_main())]);
    if let Some(name) = fixture {
        let source = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../../test-fixtures/bad-input")
            .join(name);
        write(dir.path(), name, &std::fs::read(source).expect("fixture"));
    }
    dir
}

/// Scans `dir` in every format and returns the JSON report, after checking that
/// the run did not crash, that the healthy finding is there and that no format
/// shows a secret in full.
fn scan_everything(dir: &Path) -> Value {
    for format in ["human", "sarif"] {
        let run = trustlint(dir, &["scan", "--format", format]);
        assert_eq!(run.code, 1, "--format {format}: {run}");
        run.assert_no_full_secret();
    }
    let run = trustlint(dir, &["scan", "--format", "json"]);
    assert_eq!(run.code, 1, "{run}");
    run.assert_no_full_secret();
    let report = run.json();
    assert!(
        report["findings"]
            .as_array()
            .unwrap()
            .iter()
            .any(|f| f["path"] == HEALTHY && f["rule"] == AWS_RULE),
        "the healthy file's finding is missing: {run}"
    );
    report
}

fn errors_of<'a>(report: &'a Value, path: &str) -> Vec<&'a str> {
    report["errors"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["path"] == path)
        .map(|e| e["message"].as_str().unwrap())
        .collect()
}

fn findings_in(report: &Value, path: &str) -> Vec<u64> {
    report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["path"] == path)
        .map(|f| f["line"].as_u64().unwrap())
        .collect()
}

#[test]
fn rust_that_does_not_parse_still_has_its_literals_checked() {
    let name = "half_written_client.rs";
    let report = scan_everything(project_with(Some(name)).path());
    let errors = errors_of(&report, name);
    assert_eq!(errors.len(), 1, "{report:#}");
    assert!(errors[0].starts_with("Rust syntax error: "), "{errors:?}");
    assert_eq!(findings_in(&report, name), [13], "{report:#}");
}

#[test]
fn swift_with_syntax_errors_is_still_checked() {
    let name = "HalfWrittenClient.swift";
    let report = scan_everything(project_with(Some(name)).path());
    let errors = errors_of(&report, name);
    assert!(!errors.is_empty(), "{report:#}");
    assert!(
        errors.iter().all(|e| e.starts_with("Swift syntax error")),
        "{errors:?}"
    );
    assert_eq!(findings_in(&report, name), [5], "{report:#}");
}

#[test]
fn non_utf8_file_is_analysed_with_replacement_characters() {
    let name = "latin1_settings.rs";
    let report = scan_everything(project_with(Some(name)).path());
    assert_eq!(
        errors_of(&report, name),
        ["file is not valid UTF-8; invalid bytes were replaced before analysis"]
    );
    assert_eq!(findings_in(&report, name), [3], "{report:#}");
}

#[test]
fn binary_file_is_skipped() {
    let name = "compiled_asset.rs";
    let report = scan_everything(project_with(Some(name)).path());
    assert_eq!(
        errors_of(&report, name),
        ["binary file (it contains NUL bytes); not analysed"]
    );
    assert!(findings_in(&report, name).is_empty());
}

#[test]
fn file_over_the_size_limit_is_skipped() {
    let dir = project_with(None);
    write(
        dir.path(),
        "trustlint.toml",
        b"[scan]\nmax-file-size = 4096\n",
    );
    let generated = format!("pub const TABLE: [u8; 4096] = [{}];\n", "7, ".repeat(4096));
    write(dir.path(), "src/table.rs", generated.as_bytes());
    let report = scan_everything(dir.path());
    let errors = errors_of(&report, "src/table.rs");
    assert_eq!(errors.len(), 1, "{report:#}");
    assert!(
        errors[0].ends_with("above the 4096-byte limit (`scan.max-file-size`); not analysed"),
        "{errors:?}"
    );
}

#[test]
fn ten_thousand_levels_of_nesting_do_not_crash() {
    const DEPTH: usize = 10_000;
    let dir = project_with(None);
    let rust = format!(
        "fn deep() -> u32 {{\n    {}1{}\n}}\n",
        "(".repeat(DEPTH),
        ")".repeat(DEPTH)
    );
    write(dir.path(), "src/deep.rs", rust.as_bytes());
    let blocks = format!("{}{}", "{ ".repeat(DEPTH), "} ".repeat(DEPTH));
    write(
        dir.path(),
        "src/blocks.rs",
        format!("fn blocks() {blocks}\n").as_bytes(),
    );
    let swift = format!(
        "func deep() -> Int {{\n    return {}1{}\n}}\n",
        "(".repeat(DEPTH),
        ")".repeat(DEPTH)
    );
    write(dir.path(), "Sources/Deep.swift", swift.as_bytes());
    let swift_arrays = format!("let nested = {}0{}\n", "[".repeat(DEPTH), "]".repeat(DEPTH));
    write(dir.path(), "Sources/Arrays.swift", swift_arrays.as_bytes());
    let report = scan_everything(dir.path());
    assert_eq!(report["stats"]["files"], 5, "{report:#}");
}

#[cfg(unix)]
#[test]
fn broken_symlink_is_reported() {
    let dir = project_with(None);
    std::os::unix::fs::symlink("generated/missing.rs", dir.path().join("src/keys.rs")).unwrap();
    let report = scan_everything(dir.path());
    assert_eq!(errors_of(&report, "src/keys.rs"), ["broken symbolic link"]);
}

#[cfg(unix)]
#[test]
fn unreadable_file_is_reported() {
    use std::os::unix::fs::PermissionsExt;
    let dir = project_with(None);
    let locked = dir.path().join("src/locked.rs");
    std::fs::write(&locked, leaky_main()).unwrap();
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o000)).unwrap();
    if std::fs::read(&locked).is_ok() {
        // Written to stderr directly: libtest would swallow println! of a passing test.
        use std::io::Write as _;
        let _ = writeln!(
            std::io::stderr(),
            "SKIPPED: running as root, permissions are not enforced"
        );
        return;
    }
    let report = scan_everything(dir.path());
    let errors = errors_of(&report, "src/locked.rs");
    assert_eq!(errors.len(), 1, "{report:#}");
    assert!(errors[0].starts_with("cannot read: "), "{errors:?}");
}
