//! The fixture harness: every file under `test-fixtures/{rust,swift,config}/`
//! carries its expectations inline. A line ending in `//~ <rule-id> [<rule-id>...]`
//! (`#~` in config files) must get exactly those findings (by start line); every
//! other line must stay silent. Files that cannot hold comments (JSON, plists) list
//! expectations in a sidecar `<file>.expected` of `<line> <rule-id>` lines.
//!
//! A fixture directory is a small project: the project files in it and below it
//! (privacy manifests) are its project context, and a `trustlint.toml` in it is the
//! config for the fixtures in that directory (it is not a fixture itself).

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use trustlint_core::ProjectContext;
use trustlint_engine::{
    ANALYZER_STACK_SIZE, Settings, analyze_text_in_project, find_rule, gather_project_context,
    is_analyzed, load_settings,
};

const FIXTURE_LANGUAGES: [&str; 3] = ["rust", "swift", "config"];
const SIDECAR_SUFFIX: &str = ".expected";
const CONFIG_FILE_NAME: &str = "trustlint.toml";

fn fixtures_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../test-fixtures")
}

fn fixture_files() -> Vec<PathBuf> {
    let mut files = Vec::new();
    for language in FIXTURE_LANGUAGES {
        let dir = fixtures_root().join(language);
        if dir.is_dir() {
            collect(&dir, &mut files);
        }
    }
    files.sort();
    files
}

fn collect(dir: &Path, files: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("fixture directory") {
        let path = entry.expect("fixture entry").path();
        if path.is_dir() {
            collect(&path, files);
        } else if !path.to_string_lossy().ends_with(SIDECAR_SUFFIX)
            && path.file_name().is_none_or(|name| name != CONFIG_FILE_NAME)
        {
            files.push(path);
        }
    }
}

/// (line, rule id) pairs a fixture expects, each with how many times.
fn expectations(path: &Path, text: &str) -> Result<BTreeMap<(usize, String), usize>, String> {
    let mut expected = BTreeMap::new();
    let sidecar = PathBuf::from(format!("{}{SIDECAR_SUFFIX}", path.display()));
    let mut add = |line: usize, rule: &str| -> Result<(), String> {
        if find_rule(rule).is_none() {
            return Err(format!("line {line} expects unknown rule `{rule}`"));
        }
        *expected.entry((line, rule.to_owned())).or_default() += 1;
        Ok(())
    };
    if sidecar.is_file() {
        let listing = std::fs::read_to_string(&sidecar).map_err(|e| e.to_string())?;
        for entry in listing
            .lines()
            .filter(|l| !l.trim().is_empty() && !l.trim_start().starts_with('#'))
        {
            let (line, rule) = entry
                .trim()
                .split_once(char::is_whitespace)
                .ok_or_else(|| format!("{}: bad line `{entry}`", sidecar.display()))?;
            add(
                line.parse()
                    .map_err(|_| format!("{}: bad line number `{line}`", sidecar.display()))?,
                rule.trim(),
            )?;
        }
    }
    for (i, line) in text.lines().enumerate() {
        let marker = line.rfind("//~").or_else(|| line.rfind("#~"));
        if let Some(at) = marker {
            let rules = line[at..]
                .trim_start_matches("//~")
                .trim_start_matches("#~");
            for rule in rules.split([' ', ',']).filter(|r| !r.is_empty()) {
                add(i + 1, rule)?;
            }
        }
    }
    Ok(expected)
}

#[derive(Default)]
struct Tally {
    expected: usize,
    found: usize,
    unexpected: usize,
}

/// The config and project context of the fixtures in `dir`.
fn directory_setup(dir: &Path) -> (Settings, ProjectContext) {
    let config = dir.join(CONFIG_FILE_NAME);
    let settings = if config.is_file() {
        load_settings(dir, Some(&config), &[], &[])
            .unwrap_or_else(|err| panic!("fixture config {}: {err}", config.display()))
    } else {
        Settings::default()
    };
    (settings, gather_project_context(dir))
}

fn run_fixtures() -> String {
    let mut setups: BTreeMap<PathBuf, (Settings, ProjectContext)> = BTreeMap::new();
    let mut report = String::new();
    let mut tallies: BTreeMap<String, Tally> = BTreeMap::new();
    let mut failures = 0;
    let files = fixture_files();
    assert!(
        !files.is_empty(),
        "no fixtures under {}",
        fixtures_root().display()
    );
    for path in files {
        let shown = path
            .strip_prefix(fixtures_root())
            .expect("under fixtures")
            .to_string_lossy()
            .replace('\\', "/");
        if !is_analyzed(&shown) {
            failures += 1;
            writeln!(report, "{shown}: no analyzer reads this file").unwrap();
            continue;
        }
        let text = std::fs::read_to_string(&path).expect("fixture is UTF-8");
        let expected = match expectations(&path, &text) {
            Ok(expected) => expected,
            Err(problem) => {
                failures += 1;
                writeln!(report, "{shown}: {problem}").unwrap();
                continue;
            }
        };
        let dir = path
            .parent()
            .expect("fixture has a directory")
            .to_path_buf();
        let (settings, project) = setups
            .entry(dir.clone())
            .or_insert_with(|| directory_setup(&dir));
        let outcome = analyze_text_in_project(&shown, &text, settings, project);
        for (line, error) in &outcome.errors {
            writeln!(report, "{shown}:{}: note: {error}", line.unwrap_or(0)).unwrap();
        }
        let mut actual: BTreeMap<(usize, String), usize> = BTreeMap::new();
        for finding in &outcome.findings {
            *actual
                .entry((finding.start.line, finding.rule.id.to_owned()))
                .or_default() += 1;
        }
        let keys: BTreeSet<&(usize, String)> = expected.keys().chain(actual.keys()).collect();
        for key in keys {
            let want = expected.get(key).copied().unwrap_or(0);
            let got = actual.get(key).copied().unwrap_or(0);
            let tally = tallies.entry(key.1.clone()).or_default();
            tally.expected += want;
            tally.found += want.min(got);
            tally.unexpected += got.saturating_sub(want);
            if want != got {
                failures += 1;
                let what = if got > want { "unexpected" } else { "missing" };
                let detail = outcome
                    .findings
                    .iter()
                    .find(|f| f.start.line == key.0 && f.rule.id == key.1)
                    .map(|f| format!(": {}", f.message))
                    .unwrap_or_default();
                writeln!(
                    report,
                    "{shown}:{}: {what} {} (expected {want}, found {got}){detail}",
                    key.0, key.1
                )
                .unwrap();
            }
        }
    }
    if failures == 0 {
        return String::new();
    }
    writeln!(
        report,
        "\n{:<50} {:>8} {:>6} {:>10}",
        "rule", "expected", "found", "unexpected"
    )
    .unwrap();
    for (rule, t) in &tallies {
        writeln!(
            report,
            "{rule:<50} {:>8} {:>6} {:>10}",
            t.expected, t.found, t.unexpected
        )
        .unwrap();
    }
    report
}

#[test]
fn fixtures_report_exactly_what_they_annotate() {
    // Fixtures include deeply nested code; analyse on a thread with the engine's stack.
    let report = std::thread::Builder::new()
        .stack_size(ANALYZER_STACK_SIZE)
        .spawn(run_fixtures)
        .expect("fixture thread")
        .join()
        .expect("fixture run");
    assert!(report.is_empty(), "fixture expectations not met:\n{report}");
}
