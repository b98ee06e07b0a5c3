//! The demo project the README's first command scans.

use crate::support::*;
use serde_json::Value;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

fn repository_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// Where each planted problem of `test-fixtures/demo/README.md` is reported.
const EXPECTED: &[(&str, &str, u64)] = &[
    (
        "debug-entry/insecure-transport-policy",
        "ios-app/Info.plist",
        13,
    ),
    (
        "debug-entry/debug-code-in-release",
        "ios-app/Sources/FieldNotes/AppDelegate.swift",
        18,
    ),
    (
        "credentials/provider-token",
        "ios-app/Sources/FieldNotes/SyncClient.swift",
        8,
    ),
    (
        "data-upload/clipboard-to-network",
        "ios-app/Sources/FieldNotes/SyncClient.swift",
        17,
    ),
    (
        "data-upload/undeclared-collected-data",
        "ios-app/Sources/FieldNotes/SyncClient.swift",
        17,
    ),
    (
        "data-upload/contacts-to-network",
        "ios-app/Sources/FieldNotes/SyncClient.swift",
        30,
    ),
    (
        "data-upload/undeclared-collected-data",
        "ios-app/Sources/FieldNotes/SyncClient.swift",
        30,
    ),
    (
        "debug-entry/tls-verification-disabled",
        "ios-app/Sources/FieldNotes/SyncClient.swift",
        38,
    ),
    (
        "debug-entry/hidden-debug-route",
        "rust-service/src/admin.rs",
        25,
    ),
    (
        "debug-entry/magic-password-check",
        "rust-service/src/admin.rs",
        29,
    ),
    (
        "debug-entry/remote-command-execution",
        "rust-service/src/admin.rs",
        36,
    ),
    ("credentials/aws-access-key", "rust-service/src/main.rs", 11),
    (
        "debug-entry/tls-verification-disabled",
        "rust-service/src/partner.rs",
        9,
    ),
    (
        "data-upload/suspicious-destination",
        "rust-service/src/telemetry.rs",
        14,
    ),
    (
        "data-upload/env-vars-to-network",
        "rust-service/src/telemetry.rs",
        14,
    ),
];

/// The string literal assigned on the demo line that starts with `prefix`.
fn planted_secret(path: &str, prefix: &str) -> String {
    let text = std::fs::read_to_string(repository_root().join("test-fixtures/demo").join(path))
        .expect("demo file reads");
    let line = text
        .lines()
        .find(|line| line.trim_start().starts_with(prefix))
        .expect("the demo still plants its secret");
    line.split('"').nth(1).expect("a quoted value").to_owned()
}

/// `trustlint scan test-fixtures/demo --format sarif`, as the "done when"
/// runs it: a valid SARIF 2.1.0 log whose results cover all three categories in
/// both languages, at exactly the planted lines, with no secret shown whole.
#[test]
fn demo_sarif_is_valid_and_covers_every_category_in_both_languages() {
    let run = trustlint(
        &repository_root(),
        &["scan", "test-fixtures/demo", "--format", "sarif"],
    );
    assert_eq!(run.code, 1, "findings exit 1: {run}");
    let sarif = run.json();
    assert_valid_sarif(&sarif);

    let results = sarif["runs"][0]["results"].as_array().expect("results");
    let located = |result: &Value| {
        let location = &result["locations"][0]["physicalLocation"];
        (
            result["ruleId"].as_str().expect("ruleId").to_owned(),
            location["artifactLocation"]["uri"]
                .as_str()
                .expect("uri")
                .to_owned(),
            location["region"]["startLine"].as_u64().expect("line"),
        )
    };
    let found: Vec<(String, String, u64)> = results.iter().map(located).collect();
    let expected: Vec<(String, String, u64)> = EXPECTED
        .iter()
        .map(|&(rule, path, line)| (rule.to_owned(), path.to_owned(), line))
        .collect();
    assert_eq!(found, expected);

    let covered: BTreeSet<(&str, &str)> = found
        .iter()
        .map(|(rule, path, _)| {
            let language = if path.starts_with("rust-service/") {
                "rust"
            } else {
                "swift app"
            };
            (language, rule.split('/').next().expect("category"))
        })
        .collect();
    for language in ["rust", "swift app"] {
        for category in ["credentials", "debug-entry", "data-upload"] {
            assert!(
                covered.contains(&(language, category)),
                "no {category} result in the {language}"
            );
        }
    }

    run.assert_no_full_secret();
    let stripe_key = planted_secret(
        "ios-app/Sources/FieldNotes/SyncClient.swift",
        "private let apiKey",
    );
    assert!(
        !run.stdout.contains(&stripe_key) && !run.stderr.contains(&stripe_key),
        "the demo's Stripe key appears in full"
    );
}
