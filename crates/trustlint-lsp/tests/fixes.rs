//! Quick fixes: each is applied to realistic code, and the result must still
//! parse (syn for Rust, tree-sitter-swift for Swift) and no longer be reported.

mod support;

use serde_json::json;
use support::Client;
use trustlint_core::rules::credentials::aws_access_key;
use trustlint_core::{Diagnostic, Finding, LineIndex, TextRange};
use trustlint_engine::{Settings, analyze_text};
use trustlint_lsp::actions::{Fix, fixes};

const KEY: &str = "AKIA4TQ7PZ3WEXD2LHKN";

fn key_findings(path: &str, text: &str) -> Vec<Finding> {
    analyze_text(path, text, &Settings::default())
        .findings
        .into_iter()
        .filter(|f| f.rule.id == "credentials/aws-access-key")
        .collect()
}

/// The text after the fix titled `title…`, for the only key finding.
fn fixed(path: &str, text: &str, title: &str) -> String {
    let found = key_findings(path, text);
    let [finding] = found.as_slice() else {
        panic!("one finding expected in {text}: {found:?}")
    };
    let all = fixes(finding, path, text);
    let fix = all
        .iter()
        .find(|f| f.title.starts_with(title))
        .unwrap_or_else(|| panic!("no fix `{title}` among {all:#?}"));
    apply(text, fix)
}

fn apply(text: &str, fix: &Fix) -> String {
    let mut out = text.to_owned();
    out.replace_range(fix.range.clone(), &fix.new_text);
    out
}

fn assert_rust_parses(text: &str) {
    if let Err(err) = syn::parse_file(text) {
        panic!("fixed Rust does not parse: {err}\n{text}");
    }
}

fn assert_swift_parses(text: &str) {
    let mut parser = tree_sitter::Parser::new();
    parser
        .set_language(&tree_sitter_swift::LANGUAGE.into())
        .unwrap();
    let tree = parser.parse(text, None).unwrap();
    assert!(
        !tree.root_node().has_error(),
        "fixed Swift does not parse:\n{text}"
    );
}

fn rust_env_fix(text: &str) -> String {
    assert_rust_parses(text);
    let after = fixed("src/billing.rs", text, "Move to the environment variable");
    assert_rust_parses(&after);
    assert!(key_findings("src/billing.rs", &after).is_empty(), "{after}");
    after
}

#[test]
fn rust_let_binding_reads_the_environment() {
    let after = rust_env_fix(&format!(
        "pub fn charge() {{\n    let stripe_secret_key = \"{KEY}\";\n    bill(&stripe_secret_key);\n}}\n"
    ));
    assert!(after.contains(
        "let stripe_secret_key = std::env::var(\"STRIPE_SECRET_KEY\").expect(\"set STRIPE_SECRET_KEY in the environment\");"
    ), "{after}");
}

#[test]
fn rust_str_binding_borrows_the_value() {
    let after = rust_env_fix(&format!(
        "fn main() {{\n    let key: &str = r#\"{KEY}\"#;\n    println!(\"{{key}}\");\n}}\n"
    ));
    assert!(
        after.contains("let key: &str = &std::env::var(\"KEY\")"),
        "{after}"
    );
}

#[test]
fn rust_const_item_becomes_a_lazy_lock() {
    let after = rust_env_fix(&format!(
        "use std::time::Duration;\n\npub(crate) const ACCESS_KEY_ID: &str = \"{KEY}\"; // demo\n\nfn timeout() -> Duration {{ Duration::from_secs(5) }}\n"
    ));
    assert!(after.contains(
        "pub(crate) static ACCESS_KEY_ID: std::sync::LazyLock<String> =\n    std::sync::LazyLock::new(|| std::env::var(\"ACCESS_KEY_ID\")"
    ), "{after}");
    assert!(after.contains("; // demo\n"), "{after}");
}

#[test]
fn rust_arguments_and_fields_are_named_after_what_they_fill() {
    let after = rust_env_fix(&format!(
        "fn client() -> Client {{\n    Client::new(\"eu-west-1\", \"{KEY}\")\n}}\n"
    ));
    assert!(
        after.contains("Client::new(\"eu-west-1\", &std::env::var(\"AWS_ACCESS_KEY\")"),
        "{after}"
    );
    let after = rust_env_fix(&format!(
        "fn creds() -> Credentials {{\n    Credentials {{ accessKeyId: \"{KEY}\", region: None }}\n}}\n"
    ));
    assert!(
        after.contains("accessKeyId: std::env::var(\"ACCESS_KEY_ID\")"),
        "{after}"
    );
}

#[test]
fn rust_literals_holding_more_than_the_key_get_no_environment_fix() {
    let text = format!("fn main() {{ let header = \"AWS4 {KEY}/20240101\"; }}\n");
    let [finding] = key_findings("src/main.rs", &text).try_into().unwrap();
    let titles: Vec<String> = fixes(&finding, "src/main.rs", &text)
        .into_iter()
        .map(|f| f.title)
        .collect();
    assert_eq!(titles, ["Allow this finding (credentials/aws-access-key)"]);
}

#[test]
fn swift_property_reads_info_plist() {
    let text = format!(
        "import Foundation\n\nfinal class S3Uploader {{\n    private let accessKeyId = \"{KEY}\"\n    func upload() {{}}\n}}\n"
    );
    assert_swift_parses(&text);
    let after = fixed(
        "Sources/App/S3Uploader.swift",
        &text,
        "Read ACCESS_KEY_ID from Info.plist",
    );
    assert_swift_parses(&after);
    assert!(after.contains(
        "    private let accessKeyId = Bundle.main.object(forInfoDictionaryKey: \"ACCESS_KEY_ID\") as? String ?? \"\"\n"
    ), "{after}");
    assert!(key_findings("Sources/App/S3Uploader.swift", &after).is_empty());
}

#[test]
fn swift_expressions_keep_their_meaning_with_parentheses() {
    let text = format!(
        "func sign() -> String {{\n    let header = \"AWS4 \" + \"{KEY}\" + \"/s3\"\n    return signer.sign(key: \"{KEY}\", header: header)\n}}\n"
    );
    assert_swift_parses(&text);
    let path = "Sources/Signer.swift";
    let found = key_findings(path, &text);
    assert_eq!(found.len(), 2);
    let mut after = text.clone();
    // Apply from the end so earlier byte ranges stay valid.
    for finding in found.iter().rev() {
        let all = fixes(finding, path, &text);
        let fix = all.iter().find(|f| f.title.starts_with("Read ")).unwrap();
        after.replace_range(fix.range.clone(), &fix.new_text);
    }
    assert_swift_parses(&after);
    assert!(after.contains(
        "\"AWS4 \" + (Bundle.main.object(forInfoDictionaryKey: \"AWS_ACCESS_KEY\") as? String ?? \"\") + \"/s3\""
    ), "{after}");
    assert!(
        after.contains(
            "sign(key: (Bundle.main.object(forInfoDictionaryKey: \"KEY\") as? String ?? \"\"),"
        ),
        "{after}"
    );
}

#[test]
fn allow_comments_suppress_once_the_reason_is_written() {
    for (path, text) in [
        (
            "src/lib.rs",
            format!("mod aws {{\n    pub const KEY: &str = \"{KEY}\";\n}}\n"),
        ),
        (
            "Sources/Keys.swift",
            format!("enum Keys {{\n\tstatic let aws = \"{KEY}\"\n}}\n"),
        ),
    ] {
        let after = fixed(path, &text, "Allow this finding");
        let indent = if path.ends_with(".swift") {
            "\t"
        } else {
            "    "
        };
        assert!(
            after.contains(&format!(
                "\n{indent}// trustlint:allow(credentials/aws-access-key) -- \n"
            )),
            "{after}"
        );
        // Without a reason the suppression holds nothing and is itself reported;
        // with one it holds.
        let mut reported: Vec<&str> = analyze_text(path, &after, &Settings::default())
            .findings
            .iter()
            .map(|f| f.rule.id)
            .collect();
        reported.sort();
        assert_eq!(
            reported,
            [
                "credentials/aws-access-key",
                "trustlint/suppression-without-reason"
            ]
        );
        let reasoned = after.replace(" -- \n", " -- test account, revoked\n");
        assert!(
            analyze_text(path, &reasoned, &Settings::default())
                .findings
                .is_empty()
        );
    }
}

#[test]
fn allow_uses_the_comment_syntax_of_the_file() {
    let located = |path: &str, text: &str| {
        let start = text.find(KEY).unwrap();
        let range = TextRange::new(start, start + KEY.len());
        let diagnostic = Diagnostic::new(
            &aws_access_key::RULE,
            range,
            "AWS access key id is hardcoded",
        )
        .with_secret(range);
        Finding::locate(diagnostic, path, text, &LineIndex::new(text), &[])
    };
    let env = format!("REGION=eu-west-1\nAWS_ACCESS_KEY_ID={KEY}\n");
    let allow = fixes(&located(".env.production", &env), ".env.production", &env);
    assert_eq!(
        allow[0].new_text,
        "# trustlint:allow(credentials/aws-access-key) -- \n"
    );
    let json = format!("{{\"key\": \"{KEY}\"}}\n");
    assert!(
        fixes(
            &located("config/keys.json", &json),
            "config/keys.json",
            &json
        )
        .is_empty()
    );
}

#[test]
fn code_actions_use_snippets_only_where_the_client_supports_them() {
    let text = format!("fn main() {{\n    let key = \"{KEY}\";\n}}\n");
    for (capabilities, snippets) in [
        (json!({}), false),
        (
            json!({ "workspace": { "workspaceEdit": { "snippetEditSupport": true } } }),
            true,
        ),
    ] {
        let dir = tempfile::tempdir().unwrap();
        let (mut client, _) = Client::start(dir.path(), capabilities);
        let uri = client.open("src/main.rs", "rust", &text);
        let diagnostics = client.diagnostics(&uri).0.diagnostics;
        let response = client.request(
            "textDocument/codeAction",
            json!({ "textDocument": { "uri": uri },
                    "range": { "start": { "line": 1, "character": 20 }, "end": { "line": 1, "character": 20 } },
                    "context": { "diagnostics": diagnostics } }),
        );
        let actions = response.response_result.unwrap();
        let titles: Vec<&str> = actions
            .as_array()
            .unwrap()
            .iter()
            .map(|a| a["title"].as_str().unwrap())
            .collect();
        assert_eq!(
            titles,
            [
                "Move to the environment variable KEY",
                "Allow this finding (credentials/aws-access-key)"
            ]
        );
        let allow = &actions[1];
        assert_eq!(allow["kind"], "quickfix");
        assert_eq!(
            allow["diagnostics"][0]["code"],
            "credentials/aws-access-key"
        );
        let at_line_start =
            json!({ "start": { "line": 1, "character": 0 }, "end": { "line": 1, "character": 0 } });
        if snippets {
            let edit = &allow["edit"]["documentChanges"][0];
            assert_eq!(edit["textDocument"]["version"], 1);
            assert_eq!(edit["edits"][0]["range"], at_line_start);
            assert_eq!(
                edit["edits"][0]["snippet"]["value"],
                "    // trustlint:allow(credentials/aws-access-key) -- $0\n"
            );
        } else {
            let edit = &allow["edit"]["changes"][uri.as_str()][0];
            assert_eq!(edit["range"], at_line_start);
            assert_eq!(
                edit["newText"],
                "    // trustlint:allow(credentials/aws-access-key) -- \n"
            );
        }
        client.stop(true);
    }
}
