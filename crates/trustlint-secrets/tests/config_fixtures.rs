//! Runs the config analyzer over `test-fixtures/config/credentials/**` and checks each file's
//! expectations: `#~ <rule-id>` at the end of the line where a finding starts, or,
//! for files that cannot hold comments (JSON, plists, key files), a sidecar
//! `<name>.expected` with one `<line> <rule-id>` per line. Every other line
//! must stay silent. The other config fixture directories hold findings of the
//! Swift analyzer (plists), which the engine's fixture harness checks.

use std::fs;
use std::path::{Path, PathBuf};
use trustlint_core::{Analyzer, Config, LineIndex, SourceFile, redact_secret};
use trustlint_secrets::ConfigAnalyzer;

fn fixture_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../test-fixtures/config/credentials")
}

fn fixture_files(dir: &Path, found: &mut Vec<PathBuf>) {
    let mut entries: Vec<PathBuf> = fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .map(|entry| entry.expect("directory entry").path())
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            fixture_files(&path, found);
        } else if path.extension().is_none_or(|ext| ext != "expected") {
            found.push(path);
        }
    }
}

/// `(line, rule id)` pairs, sorted.
fn expectations(path: &Path, text: &str) -> Vec<(usize, String)> {
    let sidecar = PathBuf::from(format!("{}.expected", path.display()));
    let mut expected: Vec<(usize, String)> = if sidecar.exists() {
        fs::read_to_string(&sidecar)
            .expect("sidecar")
            .lines()
            .filter(|line| !line.trim().is_empty() && !line.starts_with('#'))
            .map(|line| {
                let (number, rule) = line.split_once(' ').expect("`<line> <rule-id>`");
                (number.parse().expect("line number"), rule.trim().to_owned())
            })
            .collect()
    } else {
        text.lines()
            .enumerate()
            .filter_map(|(index, line)| line.split_once("#~ ").map(|(_, rules)| (index + 1, rules)))
            .flat_map(|(line, rules)| {
                rules
                    .split([' ', ','])
                    .filter(|rule| !rule.is_empty())
                    .map(move |rule| (line, rule.to_owned()))
            })
            .collect()
    };
    expected.sort();
    expected
}

#[test]
fn config_fixtures_report_exactly_their_expectations() {
    let root = fixture_root();
    let mut files = Vec::new();
    fixture_files(&root, &mut files);
    assert!(
        files.len() >= 10,
        "expected the credential fixtures under {}",
        root.display()
    );
    let analyzer = ConfigAnalyzer::new();
    let config = Config::default();
    let mut problems = Vec::new();
    for path in &files {
        let relative = path
            .strip_prefix(&root)
            .expect("under root")
            .to_string_lossy()
            .replace('\\', "/");
        assert!(
            analyzer.handles(&relative),
            "the analyzer does not handle {relative}"
        );
        let text = fs::read_to_string(path).expect("fixture text");
        let file = SourceFile {
            path: &relative,
            text: &text,
            is_test_path: false,
        };
        let analysis = analyzer.analyze(&file, &config);
        assert!(
            analysis.errors.is_empty(),
            "{relative}: {:?}",
            analysis.errors
        );
        let index = LineIndex::new(&text);
        let mut actual: Vec<(usize, String)> = Vec::new();
        for diagnostic in &analysis.diagnostics {
            let line = index.position(diagnostic.range.start).line;
            actual.push((line, diagnostic.rule.id.to_owned()));
            let secret = &text[diagnostic.range.as_range()];
            if secret.len() >= 8 && diagnostic.message.contains(secret) {
                problems.push(format!(
                    "{relative}:{line}: message shows the secret {}",
                    redact_secret(secret)
                ));
            }
            if !diagnostic.range.is_empty() && !diagnostic.secrets.contains(&diagnostic.range) {
                problems.push(format!(
                    "{relative}:{line}: secret range not marked for redaction"
                ));
            }
        }
        actual.sort();
        let expected = expectations(path, &text);
        if actual != expected {
            let messages: Vec<String> = analysis
                .diagnostics
                .iter()
                .map(|d| {
                    format!(
                        "  {}: [{}] {}",
                        index.position(d.range.start).line,
                        d.rule.id,
                        d.message
                    )
                })
                .collect();
            problems.push(format!(
                "{relative}: expected {expected:?}\n  got {actual:?}\n{}",
                messages.join("\n")
            ));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
