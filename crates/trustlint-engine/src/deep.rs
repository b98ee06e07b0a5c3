//! `cargo trustlint --deep`: the type-aware lints in `lints/` run through Dylint on
//! a cargo workspace; their compiler diagnostics become trustlint findings.
//!
//! This compiles the workspace, so its build scripts and proc macros run: callers
//! must say so to the user.

use crate::Settings;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;
use trustlint_core::{Diagnostic, Finding, FlowStep, LineIndex, TextRange};

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

/// Where the lint library is: `TRUSTLINT_LINTS_DIR`, else the `lints/` directory of
/// the source tree this binary was built from.
pub fn lints_dir() -> Option<PathBuf> {
    if let Some(dir) = std::env::var_os("TRUSTLINT_LINTS_DIR") {
        return Some(PathBuf::from(dir));
    }
    let built_from = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../lints");
    built_from
        .join("Cargo.toml")
        .is_file()
        .then(|| built_from.canonicalize().unwrap_or(built_from))
}

/// The nightly the lint library pins in its `rust-toolchain.toml`.
fn pinned_toolchain(lints: &Path) -> Result<String, String> {
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

/// Checks that the pinned nightly and Dylint are installed; the error gives the
/// exact commands that install them.
pub fn check_prerequisites(lints: &Path) -> Result<String, String> {
    let toolchain = pinned_toolchain(lints)?;
    let install = format!(
        "install them with:\n  rustup toolchain install {toolchain} --profile minimal -c rustc-dev -c llvm-tools\n  cargo install dylint-link\n  cargo +{toolchain} install --locked cargo-dylint"
    );
    let has_toolchain = Command::new("rustup")
        .args(["run", &toolchain, "rustc", "--version"])
        .output()
        .is_ok_and(|o| o.status.success());
    let has_dylint = Command::new("cargo")
        .args(["dylint", "--version"])
        .output()
        .is_ok_and(|o| o.status.success());
    let has_linker = Command::new("dylint-link")
        .arg("--version")
        .output()
        .is_ok();
    if !(has_toolchain && has_dylint && has_linker) {
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
        return Err(format!(
            "`--deep` needs {}; {install}",
            missing.join(" and ")
        ));
    }
    Ok(toolchain)
}

/// Runs the lint library on the workspace at `workspace_root` and returns its
/// findings, with paths relative to `workspace_root`.
pub fn run_deep(workspace_root: &Path, settings: &Settings) -> Result<Vec<Finding>, String> {
    let lints = lints_dir().ok_or(
        "`--deep` cannot find trustlint's `lints/` directory; set TRUSTLINT_LINTS_DIR to its path",
    )?;
    check_prerequisites(&lints)?;
    let output = Command::new("cargo")
        .current_dir(workspace_root)
        .args(["dylint", "--path"])
        .arg(&lints)
        .args(["--all", "--", "--message-format=json"])
        .output()
        .map_err(|e| format!("cannot run `cargo dylint`: {e}"))?;
    let stdout = String::from_utf8_lossy(&output.stdout);
    let mut findings = Vec::new();
    let mut messages = 0;
    for line in stdout.lines() {
        let Ok(value) = serde_json::from_str::<serde_json::Value>(line) else {
            continue;
        };
        if value["reason"] != "compiler-message" {
            continue;
        }
        messages += 1;
        if let Some(finding) = to_finding(&value["message"], workspace_root, settings)? {
            findings.push(finding);
        }
    }
    if !output.status.success() && messages == 0 {
        let stderr = String::from_utf8_lossy(&output.stderr);
        let tail: Vec<&str> = stderr
            .lines()
            .rev()
            .take(15)
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect();
        return Err(format!("`cargo dylint` failed:\n{}", tail.join("\n")));
    }
    let mut seen = BTreeSet::new();
    findings.retain(|f| seen.insert((f.rule.id, f.path.clone(), f.range)));
    Ok(findings)
}

/// One compiler diagnostic of the lint library as a finding; `None` for other
/// compiler output (warnings of the compiled code itself).
fn to_finding(
    message: &serde_json::Value,
    root: &Path,
    settings: &Settings,
) -> Result<Option<Finding>, String> {
    let Some(code) = message["code"]["code"].as_str() else {
        return Ok(None);
    };
    let Some((_, rule_id)) = LINT_RULES.iter().find(|(lint, _)| *lint == code) else {
        return Ok(None);
    };
    let rule = crate::find_rule(rule_id)
        .ok_or_else(|| format!("lint `{code}` maps to unknown rule `{rule_id}`"))?;
    if !settings.rules.is_enabled(rule) {
        return Ok(None);
    }
    let spans = message["spans"].as_array().cloned().unwrap_or_default();
    let Some(primary) = spans.iter().find(|s| s["is_primary"] == true) else {
        return Ok(None);
    };
    let Some((path, range)) = span_location(primary) else {
        return Ok(None);
    };
    // Dependencies' diagnostics are not the workspace's findings.
    if Path::new(&path).is_absolute() {
        return Ok(None);
    }
    let text = std::fs::read_to_string(root.join(&path)).map_err(|e| format!("{path}: {e}"))?;
    let mut diagnostic =
        Diagnostic::new(rule, range, message["message"].as_str().unwrap_or_default());
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
                // Flow steps in other files are described in the note instead.
                match step {
                    Some((step_path, step_range)) if step_path == path => flow.push(FlowStep {
                        range: step_range,
                        note: note.to_owned(),
                    }),
                    Some((step_path, _)) => flow.push(FlowStep {
                        range: TextRange::new(range.start, range.start),
                        note: format!("{note} ({step_path})"),
                    }),
                    None => {}
                }
            }
            _ => {}
        }
    }
    let diagnostic = diagnostic.with_flow(flow);
    let suppressed = trustlint_core::suppress::parse_suppressions(&text)
        .iter()
        .any(|s| {
            s.reason.is_some()
                && s.covers(rule)
                && s.target_line == LineIndex::new(&text).line_of(range.start)
        });
    if suppressed {
        return Ok(None);
    }
    let mut finding = Finding::locate(diagnostic, &path, &text, &LineIndex::new(&text), &[]);
    finding.severity = settings.severity_of(rule, finding.severity);
    Ok(Some(finding))
}

fn span_location(span: &serde_json::Value) -> Option<(String, TextRange)> {
    let path = span["file_name"].as_str()?.replace('\\', "/");
    let start = usize::try_from(span["byte_start"].as_u64()?).ok()?;
    let end = usize::try_from(span["byte_end"].as_u64()?).ok()?;
    Some((path, TextRange::new(start, end.max(start))))
}
