//! The project context (privacy manifests) reaches a scan of a single Swift file,
//! even though the scan now walks the root for it only when a Swift file is read.

use std::path::{Path, PathBuf};
use trustlint_engine::{Settings, scan_paths};

fn manifest_app() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../test-fixtures/swift/data_upload/manifest_app")
}

fn required_reason_lines(root: &Path, file: &str) -> Vec<usize> {
    let result = scan_paths(root, &[root.join(file)], &Settings::default(), 1);
    result
        .findings
        .iter()
        .filter(|f| f.rule.id == "data-upload/missing-required-reason")
        .map(|f| f.start.line)
        .collect()
}

#[test]
fn one_swift_file_is_judged_against_the_manifest_beside_it() {
    // TideWatch.swift uses UserDefaults, whose reason PrivacyInfo.xcprivacy declares;
    // DeviceHealth.swift uses four APIs the manifest gives no reason for.
    let root = manifest_app();
    assert_eq!(
        required_reason_lines(&root, "TideWatch.swift"),
        Vec::<usize>::new()
    );
    assert_eq!(
        required_reason_lines(&root, "DeviceHealth.swift"),
        [8, 18, 24, 28]
    );
}

#[test]
fn the_manifest_content_decides_for_one_swift_file() {
    // The same file next to a manifest that gives a reason for disk space instead
    // of UserDefaults: its UserDefaults use is reported.
    let dir = tempfile::tempdir().expect("temp dir");
    let app = manifest_app();
    std::fs::copy(
        app.join("TideWatch.swift"),
        dir.path().join("TideWatch.swift"),
    )
    .expect("copy the fixture");
    let manifest = std::fs::read_to_string(app.join("PrivacyInfo.xcprivacy"))
        .expect("the fixture manifest")
        .replace(
            "NSPrivacyAccessedAPICategoryUserDefaults",
            "NSPrivacyAccessedAPICategoryDiskSpace",
        );
    std::fs::write(dir.path().join("PrivacyInfo.xcprivacy"), manifest).expect("write");
    assert!(
        !required_reason_lines(dir.path(), "TideWatch.swift").is_empty(),
        "UserDefaults needs a declared reason once the manifest gives none"
    );
}
