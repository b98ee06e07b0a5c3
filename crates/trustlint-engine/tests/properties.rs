//! Properties of the whole scan API on generated input: arbitrary bytes and token
//! soups built from Rust and Swift syntax, string literals, braces and key-like
//! strings never crash an analyzer, findings always point inside their file, and a
//! scan's report does not depend on the number of worker threads or on the run.

use proptest::prelude::*;
use proptest::test_runner::{Config as ProptestConfig, TestCaseError, TestRunner};
use std::path::PathBuf;
use trustlint_core::ProjectContext;
use trustlint_core::report::{Report, ReportError, ReportStats, json};
use trustlint_engine::{ANALYZER_STACK_SIZE, FileOutcome, ScanResult, Settings, analyze_bytes};

/// File names that route to every analyzer: Rust, Swift, plists (config and
/// Swift), config files of each syntax, key files and a binary key store.
const PATHS: &[&str] = &[
    "src/lib.rs",
    "tests/api.rs",
    "Sources/App/Login.swift",
    "App/Info.plist",
    ".env",
    "config/settings.json",
    "deploy/values.yaml",
    "Cargo.toml",
    "config.ini",
    ".npmrc",
    "keys/id_rsa",
    "certs/release.p12",
];

/// Pieces of Rust and Swift source, chosen so that random sequences hit the
/// parsers' error recovery, the string-literal lexers and the checks' patterns.
const FRAGMENTS: &[&str] = &[
    // Rust
    "fn ",
    "let ",
    "const ",
    "static ",
    "pub ",
    "impl ",
    "struct ",
    "enum ",
    "match ",
    "if ",
    "else ",
    "return ",
    "async ",
    "unsafe ",
    "mod ",
    "use ",
    "macro_rules! ",
    "#[cfg(test)]",
    "#![allow(unused)]",
    "'a ",
    "&str",
    "::",
    "->",
    "=>",
    "r#\"raw\"#",
    "b\"\\xff\"",
    "std::env::var(\"SKIP_AUTH\")",
    "Command::new(\"sh\")",
    "reqwest::Client::new().post(",
    ".danger_accept_invalid_certs(true)",
    "format!(\"{key}\")",
    "json!({\"k\": v})",
    // Swift
    "func ",
    "var ",
    "guard ",
    "class ",
    "extension ",
    "@objc ",
    "#if DEBUG\n",
    "#endif\n",
    "import Foundation\n",
    "\"\\(x)\"",
    "\"\"\"\nmulti\n\"\"\"",
    "#\"raw\"#",
    "/re(?<g>x)/",
    "URLSession.shared.dataTask(with: ",
    "ProcessInfo.processInfo.arguments",
    "CNContactStore()",
    "UIPasteboard.general.string",
    // Both, and config files
    "password",
    "apiKey",
    "secret_key",
    "AWS_SECRET_ACCESS_KEY=",
    "password = ",
    "\"password\": ",
    "<key>APIKey</key><string>",
    "</string>",
    "<dict>",
    "</dict>",
    // Literals
    "\"AKIA4TQ7PZ3WEXD2LHKN\"",
    "\"hunter2-but-longer\"",
    "\"\"",
    "\"unterminated",
    "\"https://admin:S3cr3t-Pa55@db.example.net/x\"",
    "\"Bearer sk_live_51HfW2cLkd8PzQ0mN3vXy7TqR\"",
    "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",
    "-----BEGIN RSA PRIVATE KEY-----\nMIIEow\n",
    "-----END RSA PRIVATE KEY-----",
    "'c'",
    "'\\u{1F600}'",
    "1e10",
    "0x_ff",
    // Structure and trivia
    "{",
    "}",
    "(",
    ")",
    "[",
    "]",
    "<",
    ">",
    ";",
    ",",
    ".",
    "=",
    "==",
    "!",
    "?",
    "\\",
    "#",
    " ",
    "\n",
    "\r\n",
    "\t",
    "//",
    "/*",
    "*/",
    "\u{feff}",
    "é",
    "日本",
    "\u{202e}",
    "\0",
    "// trustlint:allow(credentials) -- rotated",
    "// trustlint:allow(credentials/aws-access-key)",
    "# trustlint:allow(credentials) -- example file",
];

/// An AWS-key-like string: the right prefix and alphabet, random body.
fn aws_key_like() -> impl Strategy<Value = String> {
    (
        prop::sample::select(&["AKIA", "ASIA", "AKIA2", "akia"][..]),
        prop::collection::vec(
            prop::sample::select(&b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"[..]),
            12..20,
        ),
    )
        .prop_map(|(prefix, body)| {
            format!("\"{prefix}{}\"", String::from_utf8(body).expect("ASCII"))
        })
}

/// Source text made of [`FRAGMENTS`], key-like strings and identifiers.
fn token_soup() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        6 => prop::sample::select(FRAGMENTS).prop_map(str::to_owned),
        1 => aws_key_like(),
        1 => "[a-zA-Z_][a-zA-Z0-9_]{0,12}",
    ];
    prop::collection::vec(piece, 0..200).prop_map(|pieces| pieces.concat())
}

/// Runs `body` on a thread with the stack a scan's workers have: generated input
/// nests, and the analyzers are only promised that stack.
fn on_analyzer_stack(body: impl FnOnce() + Send + 'static) {
    let worker = std::thread::Builder::new()
        .stack_size(ANALYZER_STACK_SIZE)
        .spawn(body)
        .expect("spawn a test thread");
    if let Err(panic) = worker.join() {
        std::panic::resume_unwind(panic);
    }
}

fn run(cases: u32, strategy: impl Strategy<Value = (usize, Vec<u8>)>, check: CheckFn) {
    let mut runner = TestRunner::new(ProptestConfig::with_cases(cases));
    let outcome = runner.run(&strategy, |(path_index, bytes)| {
        let path = PATHS[path_index % PATHS.len()];
        let outcome = analyze_bytes(
            path,
            &bytes,
            &Settings::default(),
            &ProjectContext::default(),
        );
        check(path, &bytes, &outcome)
    });
    if let Err(failure) = outcome {
        panic!("{failure}");
    }
}

type CheckFn = fn(&str, &[u8], &FileOutcome) -> Result<(), TestCaseError>;

/// No analyzer panicked (the engine turns a panic into an "internal error" entry)
/// and every finding lies inside the text the analyzers saw.
fn well_formed(path: &str, bytes: &[u8], outcome: &FileOutcome) -> Result<(), TestCaseError> {
    for (_, message) in &outcome.errors {
        prop_assert!(
            !message.contains("internal error"),
            "{path}: an analyzer panicked: {message}"
        );
    }
    // Invalid UTF-8 is replaced before analysis; ranges refer to that text.
    let analysed_len = String::from_utf8_lossy(bytes).len();
    for finding in &outcome.findings {
        let range = finding.range;
        prop_assert!(range.start <= range.end, "{path}: {range:?} is reversed");
        prop_assert!(
            range.end <= analysed_len,
            "{path}: {} at {range:?} ends past the {analysed_len}-byte text",
            finding.rule.id
        );
        prop_assert!(finding.start.line >= 1 && finding.start.column >= 1);
        prop_assert!(
            (finding.start.line, finding.start.column) <= (finding.end.line, finding.end.column),
            "{path}: {} starts at {:?} after its end {:?}",
            finding.rule.id,
            finding.start,
            finding.end
        );
        for step in &finding.flow {
            prop_assert!((step.start.line, step.start.column) <= (step.end.line, step.end.column));
        }
    }
    Ok(())
}

#[test]
fn arbitrary_bytes_never_crash_any_analyzer() {
    on_analyzer_stack(|| {
        let bytes = prop::collection::vec(any::<u8>(), 0..2048);
        run(256, (any::<usize>(), bytes), well_formed);
    });
}

#[test]
fn token_soups_never_crash_and_findings_lie_inside_the_file() {
    on_analyzer_stack(|| {
        let soup = token_soup().prop_map(String::into_bytes);
        run(256, (any::<usize>(), soup), well_formed);
    });
}

/// The JSON report a user would get, minus the wall-clock duration.
fn report(result: &ScanResult) -> String {
    let errors: Vec<ReportError> = result
        .errors
        .iter()
        .map(|e| ReportError {
            path: e.path.clone(),
            line: e.line,
            message: e.message.clone(),
        })
        .collect();
    json::render(&Report {
        tool_version: "test",
        findings: &result.findings,
        errors: &errors,
        stats: ReportStats {
            files: result.stats.files,
            bytes: result.stats.bytes,
            duration_ms: 0,
            baselined: 0,
        },
        rules: &[],
        root_uri: None,
    })
}

/// A small tree of generated files: a name from [`PATHS`] under one of a few
/// directories (so that names collide across directories), and its contents.
fn generated_tree() -> impl Strategy<Value = Vec<(String, String)>> {
    let file = (
        prop::sample::select(&["", "a/", "a/b/", "z/"][..]),
        prop::sample::select(PATHS),
        token_soup(),
    )
        .prop_map(|(dir, path, text)| (format!("{dir}{path}"), text));
    prop::collection::vec(file, 1..12)
}

#[test]
fn reports_do_not_depend_on_worker_count_or_run() {
    on_analyzer_stack(|| {
        let mut runner = TestRunner::new(ProptestConfig::with_cases(48));
        let outcome = runner.run(&generated_tree(), |files| {
            let dir = tempfile::tempdir().expect("temp dir");
            for (path, text) in &files {
                let path = dir.path().join(path);
                std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
                std::fs::write(path, text).expect("write");
            }
            let scan = |jobs| {
                let paths = [PathBuf::from(dir.path())];
                report(&trustlint_engine::scan_paths(
                    dir.path(),
                    &paths,
                    &Settings::default(),
                    jobs,
                ))
            };
            let one_worker = scan(1);
            prop_assert_eq!(&one_worker, &scan(4), "--jobs 1 and --jobs 4 differ");
            prop_assert_eq!(&one_worker, &scan(4), "two runs with --jobs 4 differ");
            Ok(())
        });
        if let Err(failure) = outcome {
            panic!("{failure}");
        }
    });
}
