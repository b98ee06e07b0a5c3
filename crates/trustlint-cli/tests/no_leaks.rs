//! Secrets never leave in full: a tree holding well-known kinds of fake but
//! format-valid secrets is scanned by the `trustlint` binary in every output
//! format and written to a baseline, and no byte stream or file it produces
//! (stdout, stderr, `--output` files, the baseline) contains any secret in full.

use std::path::Path;
use std::process::{Command, Output};

const AWS_KEY_ID: &str = "AKIA4TQ7PZ3WEXD2LHKN";
/// Checksum-valid classic token (from the config fixtures).
const GITHUB_TOKEN: &str = "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";
const STRIPE_LIVE_KEY: &str = "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";
const PASSWORD: &str = "Tr0ub4dor&3-staple-91";

/// A private key's base64 body, 64 characters a line, from a fixed pseudo-random
/// sequence: format-valid and not the key of anything.
fn private_key_body() -> Vec<String> {
    const BASE64: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut state: u64 = 0x5eed_cafe_f00d_1234;
    let mut next = || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        BASE64[(state % 64) as usize] as char
    };
    let mut lines = vec![format!(
        "MIIEowIBAAKCAQEA{}",
        (0..48).map(|_| next()).collect::<String>()
    )];
    lines.extend((0..24).map(|_| (0..64).map(|_| next()).collect::<String>()));
    lines
}

fn pem() -> String {
    format!(
        "-----BEGIN RSA PRIVATE KEY-----\n{}\n-----END RSA PRIVATE KEY-----\n",
        private_key_body().join("\n")
    )
}

/// Every secret planted in the tree, as it must never appear in output.
fn secrets() -> Vec<String> {
    let mut all = vec![
        AWS_KEY_ID.to_owned(),
        GITHUB_TOKEN.to_owned(),
        STRIPE_LIVE_KEY.to_owned(),
        PASSWORD.to_owned(),
    ];
    all.extend(private_key_body());
    all
}

fn write(dir: &Path, path: &str, text: &str) {
    let path = dir.join(path);
    std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
    std::fs::write(path, text).expect("write");
}

/// A small service and app with one secret of each kind, in code and config.
fn plant(dir: &Path) {
    write(
        dir,
        "service/src/storage.rs",
        &format!(
            "pub fn s3_client() -> aws_sdk_s3::Client {{\n    let creds = Credentials::new(\"{AWS_KEY_ID}\", secret(), None, None, \"static\");\n    build(creds)\n}}\n\npub fn connect() -> Db {{\n    let password = \"{PASSWORD}\";\n    Db::connect(\"db.internal\", \"app\", password)\n}}\n"
        ),
    );
    write(
        dir,
        "service/.env.production",
        &format!(
            "GITHUB_TOKEN={GITHUB_TOKEN}\nSTRIPE_SECRET_KEY={STRIPE_LIVE_KEY}\nDB_PASSWORD={PASSWORD}\n"
        ),
    );
    write(
        dir,
        "ios/Sources/Payments.swift",
        &format!("enum Payments {{\n    static let stripeSecretKey = \"{STRIPE_LIVE_KEY}\"\n}}\n"),
    );
    write(dir, "deploy/id_rsa", &pem());
    // The same key pasted into code, where the whole block is one string literal.
    write(
        dir,
        "service/src/tls.rs",
        &format!(
            "pub const SERVER_KEY: &str = \"{}\";\n",
            pem().replace('\n', "\\n")
        ),
    );
}

fn trustlint(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_trustlint"))
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .output()
        .expect("trustlint runs")
}

/// `what` holds no planted secret in full.
fn assert_no_secret(what: &str, text: &str) {
    for secret in secrets() {
        assert!(
            !text.contains(&secret),
            "{what} contains the secret `{secret}` in full:\n{text}"
        );
    }
}

fn assert_output_has_no_secret(what: &str, output: &Output) {
    assert_no_secret(
        &format!("{what} stdout"),
        &String::from_utf8_lossy(&output.stdout),
    );
    assert_no_secret(
        &format!("{what} stderr"),
        &String::from_utf8_lossy(&output.stderr),
    );
}

#[test]
fn json_report_finds_every_planted_secret_and_holds_none_in_full() {
    let tree = tempfile::tempdir().expect("temp dir");
    plant(tree.path());
    let output = trustlint(tree.path(), &["scan", "--format", "json", "."]);
    assert_eq!(output.status.code(), Some(1), "{output:?}");
    assert_output_has_no_secret("json", &output);
    // Nothing leaks because everything was found and redacted, not because
    // nothing was found.
    let report: serde_json::Value = serde_json::from_slice(&output.stdout).expect("JSON report");
    let mut rules: Vec<(String, String)> = report["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .map(|f| {
            (
                f["path"].as_str().expect("path").to_owned(),
                f["rule"].as_str().expect("rule").to_owned(),
            )
        })
        .collect();
    rules.sort();
    rules.dedup();
    for expected in [
        ("deploy/id_rsa", "credentials/private-key"),
        ("ios/Sources/Payments.swift", "credentials/provider-token"),
        ("service/.env.production", "credentials/github-token"),
        ("service/.env.production", "credentials/provider-token"),
        ("service/.env.production", "credentials/generic-secret"),
        ("service/src/storage.rs", "credentials/aws-access-key"),
        ("service/src/tls.rs", "credentials/private-key"),
    ] {
        assert!(
            rules.contains(&(expected.0.to_owned(), expected.1.to_owned())),
            "{expected:?} not found in {rules:?}"
        );
    }
}

#[test]
fn human_report_holds_no_secret_in_full() {
    let tree = tempfile::tempdir().expect("temp dir");
    plant(tree.path());
    let output = trustlint(tree.path(), &["scan", "."]);
    assert_eq!(output.status.code(), Some(1), "{output:?}");
    assert!(String::from_utf8_lossy(&output.stdout).contains("AKIA…(20 chars)"));
    assert_output_has_no_secret("human", &output);
}

#[test]
fn report_written_with_output_holds_no_secret_in_full() {
    let tree = tempfile::tempdir().expect("temp dir");
    plant(tree.path());
    let out = tempfile::tempdir().expect("temp dir");
    for format in ["human", "json", "sarif"] {
        let file = out.path().join(format!("report.{format}"));
        let output = trustlint(
            tree.path(),
            &[
                "scan",
                "--format",
                format,
                "--output",
                file.to_str().expect("UTF-8"),
                ".",
            ],
        );
        assert_eq!(output.status.code(), Some(1), "{format}: {output:?}");
        assert_output_has_no_secret(format, &output);
        let written = std::fs::read_to_string(&file).expect("report written");
        assert!(written.contains("credentials/"), "{format}: {written}");
        assert_no_secret(&format!("{format} --output file"), &written);
    }
}

#[test]
fn sarif_report_holds_no_secret_in_full() {
    let tree = tempfile::tempdir().expect("temp dir");
    plant(tree.path());
    let output = trustlint(tree.path(), &["scan", "--format", "sarif", "."]);
    assert_eq!(output.status.code(), Some(1), "{output:?}");
    assert!(String::from_utf8_lossy(&output.stdout).contains("credentials/aws-access-key"));
    assert_output_has_no_secret("sarif", &output);
}

#[test]
fn baseline_holds_no_secret_in_full() {
    let tree = tempfile::tempdir().expect("temp dir");
    plant(tree.path());
    // The baseline is written wherever the command puts it: to stdout, or to a
    // file next to the scanned tree; every file that appears is checked.
    let before = files_under(tree.path());
    let output = trustlint(tree.path(), &["baseline", "."]);
    assert!(output.status.success(), "{output:?}");
    assert_output_has_no_secret("baseline", &output);
    let mut checked = String::from_utf8_lossy(&output.stdout).into_owned();
    for path in files_under(tree.path()) {
        if !before.contains(&path) {
            let written = std::fs::read_to_string(&path).expect("baseline is text");
            assert_no_secret(&format!("baseline file {}", path.display()), &written);
            checked.push_str(&written);
        }
    }
    assert!(
        !checked.trim().is_empty(),
        "no baseline was written: {output:?}"
    );
}

fn files_under(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut found = Vec::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(dir) = pending.pop() {
        for entry in std::fs::read_dir(&dir).expect("read dir") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                pending.push(path);
            } else {
                found.push(path);
            }
        }
    }
    found
}
