//! What each `--format` prints: human (rustc style), the JSON contract and SARIF.

use crate::support::*;
use serde_json::Value;

#[test]
fn human_output_looks_like_rustc_with_the_secret_redacted() {
    let dir = project(&[("src/main.rs", &leaky_main())]);
    let run = trustlint(dir.path(), &["scan"]);
    let expected_start = "\
warning[credentials/aws-access-key]: AWS access key id is hardcoded
 --> src/main.rs:2:26
  |
2 |     let access_key_id = \"AKIA…(20 chars)\";
  |                          ^^^^^^^^^^^^^^^
  |
  = note: high severity, high confidence, CWE-798
  = help: ";
    assert!(run.stdout.starts_with(expected_start), "{run}");
    assert!(
        run.stdout
            .lines()
            .last()
            .unwrap()
            .starts_with("trustlint: 1 finding (1 high) in 1 file ("),
        "{run}"
    );
    assert!(
        !run.stdout.contains('\x1b'),
        "no colours when not on a terminal: {run}"
    );
    run.assert_no_full_secret();
}

#[test]
fn colours_follow_clicolor_force_and_no_color() {
    let dir = project(&[("src/main.rs", &leaky_main())]);
    let scan = || {
        let mut command = trustlint_command(dir.path());
        command.arg("scan");
        command
    };
    let forced = run(scan().env("CLICOLOR_FORCE", "1"));
    assert!(forced.stdout.contains("\x1b["), "{forced}");
    let refused = run(scan().env("CLICOLOR_FORCE", "1").env("NO_COLOR", "1"));
    assert!(!refused.stdout.contains('\x1b'), "{refused}");
    assert_eq!(forced.code, refused.code);
}

#[test]
fn json_report_follows_the_contract() {
    let dir = project(&[("src/main.rs", &leaky_main()), ("assets/logo.rs", "\0\0\0")]);
    let run = trustlint(dir.path(), &["scan", "--format", "json"]);
    assert_eq!(run.code, 1, "{run}");
    let report = run.json();
    assert_eq!(report["version"], "1");
    let finding = &report["findings"][0];
    for (field, value) in [
        ("rule", Value::from(AWS_RULE)),
        ("category", "credentials".into()),
        ("severity", "high".into()),
        ("confidence", "high".into()),
        ("path", "src/main.rs".into()),
        ("line", 2.into()),
        ("column", 26.into()),
        ("end_line", 2.into()),
        ("end_column", 46.into()),
        ("message", "AWS access key id is hardcoded".into()),
        (
            "snippet",
            "    let access_key_id = \"AKIA…(20 chars)\";".into(),
        ),
        ("cwe", serde_json::json!(["CWE-798"])),
        ("flow", serde_json::json!([])),
    ] {
        assert_eq!(finding[field], value, "field `{field}`: {run}");
    }
    let fingerprint = finding["fingerprint"].as_str().unwrap();
    assert!(
        fingerprint.len() > 16 && fingerprint.ends_with(":0"),
        "{fingerprint}"
    );
    assert_eq!(
        report["errors"],
        serde_json::json!([{
            "path": "assets/logo.rs",
            "line": null,
            "message": "binary file (it contains NUL bytes); not analysed"
        }])
    );
    assert_eq!(report["stats"]["files"], 2);
    assert!(report["stats"]["bytes"].as_u64().unwrap() > 0);
    assert!(report["stats"]["duration_ms"].is_u64());
    run.assert_no_full_secret();
}

#[test]
fn output_flag_writes_the_report_to_a_file_without_colours() {
    let dir = project(&[("src/main.rs", &leaky_main())]);
    let run = run(trustlint_command(dir.path())
        .args(["scan", "--output", "report.txt"])
        .env("CLICOLOR_FORCE", "1"));
    assert_eq!(run.code, 1, "{run}");
    assert!(run.stdout.is_empty(), "{run}");
    let written = std::fs::read_to_string(dir.path().join("report.txt")).unwrap();
    assert!(
        written.starts_with("warning[credentials/aws-access-key]"),
        "{written}"
    );
    assert!(!written.contains('\x1b'));
    assert!(
        !written.contains(FAKE_AWS_KEY),
        "the report file holds the key in full"
    );
}

fn sarif_of(dir: &std::path::Path) -> (Run, Value) {
    let run = trustlint(dir, &["scan", "--format", "sarif"]);
    let sarif = run.json();
    (run, sarif)
}

#[test]
fn sarif_report_is_valid_sarif_2_1_0_for_code_scanning() {
    let dir = project(&[
        ("src/main.rs", &leaky_main()),
        ("src/blob.rs", "\0binary\0"),
        (
            "Sources/App/Keys.swift",
            &format!("let fallbackKey = \"{OTHER_FAKE_AWS_KEY}\"\n"),
        ),
    ]);
    let (run, sarif) = sarif_of(dir.path());
    assert_eq!(run.code, 1, "{run}");
    assert_valid_sarif(&sarif);
    run.assert_no_full_secret();

    let sarif_run = &sarif["runs"][0];
    assert_eq!(sarif_run["columnKind"], "unicodeCodePoints");
    let root = dir.path().canonicalize().unwrap();
    let root_uri = sarif_run["originalUriBaseIds"]["%SRCROOT%"]["uri"]
        .as_str()
        .unwrap();
    assert!(
        root_uri.starts_with("file:///") && root_uri.ends_with('/'),
        "{root_uri}"
    );
    assert!(root_uri.ends_with(&format!("{}/", root.file_name().unwrap().to_string_lossy())));

    let driver = &sarif_run["tool"]["driver"];
    assert_eq!(driver["name"], "trustlint");
    assert_eq!(driver["version"], env!("CARGO_PKG_VERSION"));
    assert!(
        driver["informationUri"]
            .as_str()
            .unwrap()
            .starts_with("https://")
    );
    let rules = driver["rules"].as_array().unwrap();
    let listed = trustlint(dir.path(), &["rules", "--format", "json"]).json();
    assert_eq!(
        rules.len(),
        listed.as_array().unwrap().len(),
        "every rule is listed"
    );
    let aws_index = rules.iter().position(|r| r["id"] == AWS_RULE).unwrap();
    let aws = &rules[aws_index];
    assert_eq!(aws["name"], "aws-access-key");
    assert_eq!(
        aws["shortDescription"]["text"],
        "AWS access key id is hardcoded"
    );
    assert!(
        aws["fullDescription"]["text"]
            .as_str()
            .unwrap()
            .starts_with("An AWS access key id")
    );
    assert!(
        aws["help"]["markdown"]
            .as_str()
            .unwrap()
            .contains("## Instead")
    );
    assert!(
        aws["help"]["text"]
            .as_str()
            .unwrap()
            .contains("Revoke the key")
    );
    assert_eq!(aws["defaultConfiguration"]["level"], "error");
    assert_eq!(
        aws["properties"]["tags"],
        serde_json::json!(["security", "credentials", "external/cwe/cwe-798"])
    );
    assert_eq!(aws["properties"]["precision"], "high");
    assert_eq!(aws["properties"]["security-severity"], "8.0");

    let results = sarif_run["results"].as_array().unwrap();
    assert_eq!(results.len(), 2, "{run}");
    let rust = results
        .iter()
        .find(|r| r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "src/main.rs")
        .expect("the Rust finding");
    assert_eq!(rust["ruleId"], AWS_RULE);
    assert_eq!(rust["ruleIndex"], aws_index);
    assert_eq!(rust["level"], "error");
    assert_eq!(rust["message"]["text"], "AWS access key id is hardcoded");
    let location = &rust["locations"][0]["physicalLocation"];
    assert_eq!(location["artifactLocation"]["uriBaseId"], "%SRCROOT%");
    assert_eq!(
        location["region"],
        serde_json::json!({
            "startLine": 2, "startColumn": 26, "endLine": 2, "endColumn": 46,
            "snippet": { "text": "AKIA…(20 chars)" }
        })
    );
    assert!(rust["partialFingerprints"]["primaryLocationLineHash"].is_string());
    assert_eq!(rust["properties"]["severity"], "high");
    assert_eq!(rust["properties"]["confidence"], "high");

    let invocation = &sarif_run["invocations"][0];
    assert_eq!(invocation["executionSuccessful"], true);
    let notification = &invocation["toolExecutionNotifications"][0];
    assert_eq!(notification["level"], "error");
    assert_eq!(
        notification["message"]["text"],
        "binary file (it contains NUL bytes); not analysed"
    );
    assert_eq!(
        notification["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
        "src/blob.rs"
    );
}

#[test]
fn sarif_fingerprint_survives_moved_lines() {
    let dir = project(&[("src/main.rs", &leaky_main())]);
    let hash = |dir: &std::path::Path| {
        let (_, sarif) = sarif_of(dir);
        let result = &sarif["runs"][0]["results"][0];
        (
            result["partialFingerprints"]["primaryLocationLineHash"].clone(),
            result["locations"][0]["physicalLocation"]["region"]["startLine"].clone(),
        )
    };
    let (before, line_before) = hash(dir.path());
    write(
        dir.path(),
        "src/main.rs",
        format!("use std::env;\n\n// Reads the region.\n{}", leaky_main()).as_bytes(),
    );
    let (after, line_after) = hash(dir.path());
    assert_eq!(before, after);
    assert_ne!(line_before, line_after);
}
