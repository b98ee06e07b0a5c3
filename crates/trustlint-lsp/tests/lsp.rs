//! The server driven in-process over `Connection::memory()`, as an editor would.

mod support;

use lsp_server::ErrorCode;
use lsp_types::{DiagnosticSeverity, NumberOrString, Position, ShowMessageParams};
use serde_json::{Value, json};
use std::time::Instant;
use support::{Client, codes};
use trustlint_lsp::{DEBOUNCE, Exit};

/// A format-valid, fake AWS access key id the current rules detect.
const KEY: &str = "AKIA4TQ7PZ3WEXD2LHKN";

fn rust_with_key() -> String {
    format!(
        "use std::time::Duration;\n\npub fn client() -> Duration {{\n    let stripe_secret_key = \"{KEY}\";\n    Duration::from_secs(stripe_secret_key.len() as u64)\n}}\n"
    )
}

fn start(dir: &tempfile::TempDir) -> Client {
    Client::start(dir.path(), json!({})).0
}

#[test]
fn opening_a_document_publishes_its_findings() {
    let dir = tempfile::tempdir().unwrap();
    let mut client = start(&dir);
    let uri = client.open("src/lib.rs", "rust", &rust_with_key());
    let (published, _) = client.diagnostics(&uri);
    assert_eq!(published.version, Some(1));
    let [diagnostic] = published.diagnostics.as_slice() else {
        panic!("one finding expected: {:?}", published.diagnostics)
    };
    assert_eq!(
        diagnostic.code,
        Some(NumberOrString::String("credentials/aws-access-key".into()))
    );
    assert_eq!(diagnostic.source.as_deref(), Some("trustlint"));
    assert_eq!(diagnostic.severity, Some(DiagnosticSeverity::ERROR));
    // The key's text, inside the quotes on line 4 (0-based 3).
    assert_eq!(diagnostic.range.start, Position::new(3, 29));
    assert_eq!(diagnostic.range.end, Position::new(3, 49));
    assert!(
        diagnostic
            .message
            .contains("AWS access key id is hardcoded")
    );
    assert!(diagnostic.message.contains("\nhelp: revoke it"));
    assert!(!diagnostic.message.contains(KEY), "{}", diagnostic.message);
    assert_eq!(
        diagnostic.data.as_ref().unwrap()["rule"],
        "credentials/aws-access-key"
    );
    assert!(diagnostic.data.as_ref().unwrap()["fingerprint"].is_string());
    assert_eq!(client.stop(true), Exit::AfterShutdown);
}

#[test]
fn incremental_edits_are_analysed_from_the_buffer_after_a_pause() {
    let dir = tempfile::tempdir().unwrap();
    let mut client = start(&dir);
    // Never written to disk: only the buffer can hold the key.
    let uri = client.open(
        "src/main.rs",
        "rust",
        "fn main() {\n    let id = \"\";\n}\n",
    );
    let (published, _) = client.diagnostics(&uri);
    assert!(published.diagnostics.is_empty());
    // Type the key a few characters at a time, faster than the debounce.
    let started = Instant::now();
    for (i, chunk) in KEY.as_bytes().chunks(4).enumerate() {
        let at = 14 + 4 * i as u32;
        client.edit(
            &uri,
            2 + i as i32,
            [[1, at], [1, at]],
            std::str::from_utf8(chunk).unwrap(),
        );
    }
    let last_version = 1 + KEY.len().div_ceil(4) as i32;
    let (published, _) = client.diagnostics(&uri);
    assert!(started.elapsed() >= DEBOUNCE, "analysed before the pause");
    assert_eq!(
        published.version,
        Some(last_version),
        "one analysis, of the last version"
    );
    assert_eq!(
        codes(&published.diagnostics),
        ["credentials/aws-access-key"]
    );
    assert_eq!(published.diagnostics[0].range.start, Position::new(1, 14));
    // A multi-line incremental edit removes the literal's line again.
    client.edit(&uri, last_version + 1, [[1, 0], [2, 0]], "");
    let (published, _) = client.diagnostics(&uri);
    assert!(published.diagnostics.is_empty());
    assert_eq!(client.stop(true), Exit::AfterShutdown);
}

#[test]
fn full_text_changes_save_and_close() {
    let dir = tempfile::tempdir().unwrap();
    let mut client = start(&dir);
    let uri = client.open("Sources/App/Keys.swift", "swift", "let region = \"eu\"\n");
    assert!(client.diagnostics(&uri).0.diagnostics.is_empty());
    let swift = format!("let region = \"eu\"\nlet accessKeyId = \"{KEY}\"\n");
    client.replace_all(&uri, 2, &swift);
    // Saving analyses at once, without waiting for the pause.
    client.notify(
        "textDocument/didSave",
        json!({ "textDocument": { "uri": uri } }),
    );
    let (published, waited) = client.diagnostics(&uri);
    assert_eq!(
        codes(&published.diagnostics),
        ["credentials/aws-access-key"]
    );
    assert!(waited < DEBOUNCE * 10);
    assert_eq!(published.diagnostics[0].range.start, Position::new(1, 19));
    client.notify(
        "textDocument/didClose",
        json!({ "textDocument": { "uri": uri } }),
    );
    let (published, _) = client.diagnostics(&uri);
    assert!(published.diagnostics.is_empty(), "closing clears");
    assert_eq!(client.stop(true), Exit::AfterShutdown);
}

#[test]
fn positions_count_utf16_units_unless_utf8_is_negotiated() {
    // "ü" is one UTF-16 unit and two bytes; "🔑" two UTF-16 units and four bytes.
    let text = format!("// Schlüssel 🔑\nlet s = \"🔑 \"; let k = \"{KEY}\";\n");
    let column16 = "let s = \"🔑 \"; let k = \"".encode_utf16().count() as u32;
    let column8 = "let s = \"🔑 \"; let k = \"".len() as u32;
    for (offered, encoding, column) in [
        (json!({}), "utf-16", column16),
        (
            json!({ "general": { "positionEncodings": ["utf-8", "utf-16"] } }),
            "utf-8",
            column8,
        ),
    ] {
        let dir = tempfile::tempdir().unwrap();
        let (mut client, result) = Client::start(dir.path(), offered);
        assert_eq!(result["capabilities"]["positionEncoding"], encoding);
        let uri = client.open("src/keys.rs", "rust", &text);
        let (published, _) = client.diagnostics(&uri);
        let range = published.diagnostics[0].range;
        assert_eq!(range.start, Position::new(1, column), "{encoding}");
        assert_eq!(range.end, Position::new(1, column + 20), "{encoding}");
        // Edits arrive in the same encoding: insert before the key on its line.
        client.edit(&uri, 2, [[1, column - 1], [1, column - 1]], "");
        client.edit(&uri, 3, [[0, 3], [0, 3]], "ä");
        client.edit(&uri, 4, [[1, 4], [1, 4]], "é");
        let (published, _) = client.diagnostics(&uri);
        let shift = if encoding == "utf-8" { 2 } else { 1 };
        assert_eq!(
            published.diagnostics[0].range.start,
            Position::new(1, column + shift)
        );
        client.stop(true);
    }
}

#[test]
fn config_changes_reload_settings_and_bad_configs_are_shown() {
    let dir = tempfile::tempdir().unwrap();
    let mut client = start(&dir);
    let uri = client.open("src/lib.rs", "rust", &rust_with_key());
    assert_eq!(client.diagnostics(&uri).0.diagnostics.len(), 1);
    let config = dir.path().join("trustlint.toml");
    let config_uri = support::file_uri(&config);
    let watched = |client: &Client| {
        client.notify(
            "workspace/didChangeWatchedFiles",
            json!({ "changes": [{ "uri": config_uri, "type": 2 }] }),
        );
    };
    std::fs::write(
        &config,
        "[rules]\nignore = [\"credentials/aws-access-key\"]\n",
    )
    .unwrap();
    watched(&client);
    assert!(client.diagnostics(&uri).0.diagnostics.is_empty());
    // A bad config: an error naming file and line, and no findings until fixed.
    std::fs::write(&config, "[rules]\nignore = []\nsevertiy = {}\n").unwrap();
    watched(&client);
    let shown: ShowMessageParams = client.wait_for_notification("window/showMessage", |_| true);
    assert!(
        shown.message.contains("trustlint.toml:3"),
        "{}",
        shown.message
    );
    assert!(shown.message.contains("severtiy"), "{}", shown.message);
    let marked = client.diagnostics(&config_uri).0;
    assert_eq!(marked.diagnostics[0].range.start.line, 2);
    assert!(client.diagnostics(&uri).0.diagnostics.is_empty());
    // Fixed and saved in the editor: the findings come back, the mark goes.
    std::fs::write(&config, "[rules]\nignore = []\n").unwrap();
    client.notify(
        "textDocument/didSave",
        json!({ "textDocument": { "uri": config_uri } }),
    );
    assert!(client.diagnostics(&config_uri).0.diagnostics.is_empty());
    assert_eq!(
        codes(&client.diagnostics(&uri).0.diagnostics),
        ["credentials/aws-access-key"]
    );
    client.stop(true);
}

#[test]
fn hover_on_a_finding_shows_the_rule_docs() {
    let dir = tempfile::tempdir().unwrap();
    let mut client = start(&dir);
    let uri = client.open("src/lib.rs", "rust", &rust_with_key());
    client.diagnostics(&uri);
    let hover = |client: &mut Client, line, character| {
        client
            .request(
                "textDocument/hover",
                json!({ "textDocument": { "uri": uri }, "position": { "line": line, "character": character } }),
            )
            .response_result
            .unwrap()
    };
    let shown = hover(&mut client, 3, 35);
    assert_eq!(shown["contents"]["kind"], "markdown");
    let docs = shown["contents"]["value"].as_str().unwrap();
    assert!(docs.starts_with("**credentials/aws-access-key**"), "{docs}");
    assert!(docs.contains("## What it finds"));
    assert!(docs.contains("CWE-798"));
    assert_eq!(
        shown["range"]["start"],
        json!({ "line": 3, "character": 29 })
    );
    assert_eq!(hover(&mut client, 0, 2), Value::Null);
    client.stop(true);
}

#[test]
fn robustness_unknown_methods_bad_params_outside_files_and_broken_code() {
    let dir = tempfile::tempdir().unwrap();
    let mut client = start(&dir);
    let unknown = client.request("textDocument/formatting", json!({}));
    assert_eq!(
        unknown.response_result.unwrap_err().code,
        ErrorCode::MethodNotFound as i32
    );
    let bad = client.request("textDocument/hover", json!({ "textDocument": 42 }));
    assert_eq!(
        bad.response_result.unwrap_err().code,
        ErrorCode::InvalidParams as i32
    );
    // A notification with bad params is logged and ignored.
    client.notify("textDocument/didOpen", json!({ "textDocument": "nope" }));
    // A file outside the workspace: no diagnostics, and requests answer null.
    let outside = support::file_uri(&std::env::temp_dir().join("elsewhere/main.rs"));
    client.notify(
        "textDocument/didOpen",
        json!({ "textDocument": { "uri": outside, "languageId": "rust", "version": 1, "text": rust_with_key() } }),
    );
    assert!(client.diagnostics(&outside).0.diagnostics.is_empty());
    let hover = client.request(
        "textDocument/hover",
        json!({ "textDocument": { "uri": outside }, "position": { "line": 3, "character": 35 } }),
    );
    assert_eq!(hover.response_result.unwrap(), Value::Null);
    let never_opened = client.request(
        "textDocument/codeAction",
        json!({ "textDocument": { "uri": client.uri("src/none.rs") },
                "range": { "start": { "line": 0, "character": 0 }, "end": { "line": 0, "character": 0 } },
                "context": { "diagnostics": [] } }),
    );
    assert_eq!(never_opened.response_result.unwrap(), json!([]));
    // Code that does not parse still gets the findings its string literals allow;
    // code that does not even lex gets none.
    let broken = format!("fn main( {{ let k = \"{KEY}\"; }} ) -> \n");
    let uri = client.open("src/broken.rs", "rust", &broken);
    assert_eq!(
        codes(&client.diagnostics(&uri).0.diagnostics),
        ["credentials/aws-access-key"]
    );
    let unlexable = client.open(
        "src/unlexable.rs",
        "rust",
        &format!("fn main( {{ \"{KEY}\" ]]]\n"),
    );
    assert!(client.diagnostics(&unlexable).0.diagnostics.is_empty());
    // An edit range beyond the end of the document is clamped, not a crash.
    client.edit(&uri, 2, [[40, 0], [41, 0]], "\n// appended\n");
    assert_eq!(client.diagnostics(&uri).0.version, Some(2));
    client.stop(true);
}

#[test]
fn a_ten_megabyte_buffer_does_not_block_the_server() {
    let dir = tempfile::tempdir().unwrap();
    let mut client = start(&dir);
    let line = "    let value = compute(\"some ordinary text\", 42, &[1, 2, 3]);\n";
    let mut huge = String::from("fn generated() {\n");
    while huge.len() < 10 * 1024 * 1024 {
        huge.push_str(line);
    }
    huge.push_str(&format!("    let key = \"{KEY}\";\n}}\n"));
    let big = client.open("src/generated.rs", "rust", &huge);
    // While the worker chews on it, a small document is still served.
    let small = client.open("src/small.rs", "rust", "fn small() {}\n");
    let hover = client.request(
        "textDocument/hover",
        json!({ "textDocument": { "uri": small }, "position": { "line": 0, "character": 0 } }),
    );
    assert!(hover.response_result.is_ok());
    let (published, _) = client.diagnostics(&big);
    // Above `scan.max-file-size` (10 MiB) the buffer is skipped like on the command line.
    assert!(published.diagnostics.is_empty());
    assert!(client.diagnostics(&small).0.diagnostics.is_empty());
    client.stop(true);
}

#[test]
fn stale_results_are_dropped() {
    let dir = tempfile::tempdir().unwrap();
    let mut client = start(&dir);
    let uri = client.open("src/lib.rs", "rust", &rust_with_key());
    // Edit before the first analysis can have been published: version 1 may be
    // published, but the last published version must be 2's (clean) state.
    client.replace_all(&uri, 2, "fn clean() {}\n");
    let mut published = client.diagnostics(&uri).0;
    if published.version == Some(1) {
        published = client.diagnostics(&uri).0;
    }
    assert_eq!(published.version, Some(2));
    assert!(published.diagnostics.is_empty());
    client.stop(true);
}

#[test]
fn shutdown_and_exit_follow_the_protocol() {
    let dir = tempfile::tempdir().unwrap();
    let client = start(&dir);
    assert_eq!(client.stop(false), Exit::WithoutShutdown);

    let dir = tempfile::tempdir().unwrap();
    let mut client = start(&dir);
    assert!(
        client
            .request("shutdown", Value::Null)
            .response_result
            .is_ok()
    );
    let after = client.request("textDocument/hover", json!({}));
    assert_eq!(
        after.response_result.unwrap_err().code,
        ErrorCode::InvalidRequest as i32
    );
    assert_eq!(client.exit(), Exit::AfterShutdown);
}

/// A privacy manifest with one required-reason category; `extra` adds another.
fn privacy_manifest(extra: &str) -> String {
    format!(
        r#"<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>NSPrivacyTracking</key>
	<false/>
	<key>NSPrivacyAccessedAPITypes</key>
	<array>
		<dict>
			<key>NSPrivacyAccessedAPIType</key>
			<string>NSPrivacyAccessedAPICategoryUserDefaults</string>
			<key>NSPrivacyAccessedAPITypeReasons</key>
			<array><string>CA92.1</string></array>
		</dict>{extra}
	</array>
</dict>
</plist>
"#
    )
}

#[test]
fn the_privacy_manifest_on_disk_is_read_and_reloaded_when_it_changes() {
    let dir = tempfile::tempdir().unwrap();
    let manifest = dir.path().join("App/PrivacyInfo.xcprivacy");
    std::fs::create_dir_all(manifest.parent().unwrap()).unwrap();
    std::fs::write(&manifest, privacy_manifest("")).unwrap();
    let mut client = start(&dir);
    let swift = "import Foundation\n\nstruct DeviceHealth {\n    func uptime() -> TimeInterval {\n        ProcessInfo.processInfo.systemUptime\n    }\n}\n";
    let uri = client.open("App/DeviceHealth.swift", "swift", swift);
    let (published, _) = client.diagnostics(&uri);
    assert_eq!(
        codes(&published.diagnostics),
        ["data-upload/missing-required-reason"]
    );
    assert_eq!(published.diagnostics[0].range.start.line, 4);
    // The developer declares the boot-time reason; the editor reports the change.
    let boot_time = "\n\t\t<dict>\n\t\t\t<key>NSPrivacyAccessedAPIType</key>\n\t\t\t<string>NSPrivacyAccessedAPICategorySystemBootTime</string>\n\t\t\t<key>NSPrivacyAccessedAPITypeReasons</key>\n\t\t\t<array><string>35F9.1</string></array>\n\t\t</dict>";
    std::fs::write(&manifest, privacy_manifest(boot_time)).unwrap();
    client.notify(
        "workspace/didChangeWatchedFiles",
        json!({ "changes": [{ "uri": support::file_uri(&manifest), "type": 2 }] }),
    );
    assert!(client.diagnostics(&uri).0.diagnostics.is_empty());
    client.stop(true);
}
