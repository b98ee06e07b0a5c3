//! Re-analysing an open document re-uses what the worker kept from its previous
//! analysis (the Swift syntax tree, re-parsed only around an edit). Whatever the
//! edits, the diagnostics must be exactly those of analysing the final text from
//! scratch.

mod support;

use lsp_types::Uri;
use serde_json::json;
use std::str::FromStr;
use std::sync::Arc;
use support::Client;
use trustlint_engine::{DocumentCache, Settings};
use trustlint_lsp::Exit;
use trustlint_lsp::position::PositionEncoding;
use trustlint_lsp::worker::{Job, analyse, analyse_document};

/// Swift fixtures with findings of every category, data flows and `#if` blocks.
const DOCUMENTS: [(&str, &str); 3] = [
    (
        "Sources/App/APIClient.swift",
        include_str!("../../../test-fixtures/swift/credentials/APIClient.swift"),
    ),
    (
        "Sources/App/NetworkClient.swift",
        include_str!("../../../test-fixtures/swift/debug_entry/NetworkClient.swift"),
    ),
    (
        "Sources/App/DebugMenus.swift",
        include_str!("../../../test-fixtures/swift/debug_entry/DebugMenus.swift"),
    ),
];

/// What gets typed: findings appearing, the syntax breaking and healing (an
/// unclosed brace or string), multi-byte characters, whole lines.
const TYPED: &[&str] = &[
    "\"AKIA4TQ7PZ3WEXD2LHKN\"",
    "let awsAccessKeyId = \"AKIA4TQ7PZ3WEXD2LHKN\"\n",
    "{",
    "}",
    "\"",
    "\n",
    "(",
    "é",
    "😀",
    "URLSession.shared.dataTask(with: request)\n",
    "if ProcessInfo.processInfo.environment[\"DEBUG_MENU\"] != nil {\n",
    "// ",
    "#if DEBUG\n",
    "#endif\n",
    "",
];

/// Deterministic pseudo-random numbers (a 64-bit LCG), so a failure replays.
struct Lcg(u64);

impl Lcg {
    fn below(&mut self, bound: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 33) as usize % bound
    }
}

/// A random edit of `text`: the byte range it replaces and what it inserts.
fn random_edit(text: &str, rng: &mut Lcg) -> (usize, usize, &'static str) {
    let floor = |mut at: usize| {
        while !text.is_char_boundary(at) {
            at -= 1;
        }
        at
    };
    let start = floor(rng.below(text.len() + 1));
    let end = floor((start + rng.below(24)).min(text.len())).max(start);
    (start, end, TYPED[rng.below(TYPED.len())])
}

fn job(path: &str, text: &str, settings: &Arc<Settings>) -> Job {
    Job {
        uri: Uri::from_str(&format!("file:///project/{path}")).unwrap(),
        version: 1,
        ticket: 1,
        path: path.to_owned(),
        text: text.to_owned(),
        settings: settings.clone(),
        project: Arc::default(),
        encoding: PositionEncoding::Utf16,
    }
}

#[test]
fn edited_documents_are_judged_as_if_analysed_from_scratch() {
    let settings = Arc::new(Settings::default());
    let mut rng = Lcg(0x7275_7374_6c69_6e74);
    for (path, original) in DOCUMENTS {
        let mut text = original.to_owned();
        let mut cache = DocumentCache::default();
        let mut broken = 0;
        for round in 0..40 {
            // Several edits can arrive within one typing pause.
            for _ in 0..1 + rng.below(3) {
                let (start, end, typed) = random_edit(&text, &mut rng);
                text.replace_range(start..end, typed);
            }
            let reused = analyse_document(job(path, &text, &settings), &mut cache);
            let scratch = analyse(job(path, &text, &settings));
            assert_eq!(
                reused.diagnostics, scratch.diagnostics,
                "{path}, round {round}, text:\n{text}"
            );
            assert_eq!(reused.errors, scratch.errors, "{path}, round {round}");
            broken += usize::from(!scratch.errors.is_empty());
        }
        // The edits must also have broken the syntax for the test to mean something.
        assert!(broken > 0, "{path}: every version parsed");
    }
}

/// The LSP position of byte `offset` in `text` (UTF-16 columns, the default).
fn position(text: &str, offset: usize) -> [u32; 2] {
    let before = &text[..offset];
    let line_start = before.rfind('\n').map_or(0, |newline| newline + 1);
    let line = before.matches('\n').count();
    let column: usize = before[line_start..].chars().map(char::len_utf16).sum();
    [line as u32, column as u32]
}

#[test]
fn incremental_changes_over_the_protocol_end_where_a_fresh_open_does() {
    let dir = tempfile::tempdir().unwrap();
    let mut client = Client::start(dir.path(), json!({})).0;
    let (path, original) = DOCUMENTS[0];
    let uri = client.open(path, "swift", original);
    let (opened, _) = client.diagnostics(&uri);
    assert!(!opened.diagnostics.is_empty());
    let mut rng = Lcg(42);
    let mut text = original.to_owned();
    let mut version = 1;
    for _ in 0..6 {
        for _ in 0..1 + rng.below(3) {
            let (start, end, typed) = random_edit(&text, &mut rng);
            version += 1;
            client.edit(
                &uri,
                version,
                [position(&text, start), position(&text, end)],
                typed,
            );
            text.replace_range(start..end, typed);
        }
        let (published, _) = client.diagnostics(&uri);
        assert_eq!(published.version, Some(version));
    }
    // The key typed last is found, wherever the earlier edits left the tree.
    let end = position(&text, text.len());
    version += 1;
    let typed = "\nlet awsAccessKeyId = \"AKIA4TQ7PZ3WEXD2LHKN\"\n";
    client.edit(&uri, version, [end, end], typed);
    text.push_str(typed);
    let (edited, _) = client.diagnostics(&uri);
    assert_eq!(edited.version, Some(version));

    client.notify(
        "textDocument/didClose",
        json!({ "textDocument": { "uri": uri } }),
    );
    assert!(client.diagnostics(&uri).0.diagnostics.is_empty());
    client.open(path, "swift", &text);
    let (fresh, _) = client.diagnostics(&uri);
    assert_eq!(edited.diagnostics, fresh.diagnostics);
    let last_line = text.lines().count() as u32 - 1;
    assert!(
        fresh
            .diagnostics
            .iter()
            .any(|d| d.range.start.line == last_line),
        "the appended key is reported: {:?}",
        fresh.diagnostics
    );
    assert_eq!(client.stop(true), Exit::AfterShutdown);
}
