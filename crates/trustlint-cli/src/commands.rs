//! What each subcommand does.

use crate::args::{Cli, Command, OutputFormat, RulesFormat, ScanArgs};
use crate::{EXIT_CLEAN, EXIT_ERROR, EXIT_FINDINGS};
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use trustlint_core::Severity;
use trustlint_core::report::{Report, ReportError, ReportStats, human, json};
use trustlint_engine::{ScanResult, all_rules, find_rule, load_settings, scan_paths};

/// Runs a parsed command line and returns the exit status.
pub fn run(cli: Cli) -> u8 {
    match cli.command {
        Command::Scan(args) => scan(&args, None),
        Command::Rules { format } => rules(format),
        Command::Explain { rule } => explain(&rule),
        Command::Lsp => trustlint_lsp::run_stdio(),
    }
}

fn usage_error(message: impl std::fmt::Display) -> u8 {
    eprintln!("error: {message}");
    EXIT_ERROR
}

/// `threshold` of `--fail-on`: `None` means never fail.
fn parse_fail_on(value: &str) -> Result<Option<Severity>, String> {
    if value == "never" {
        return Ok(None);
    }
    Severity::parse(value).map(Some).ok_or_else(|| {
        format!("`--fail-on {value}`: expected low, medium, high, critical or never")
    })
}

/// Scans `args.paths`; `root` overrides the directory paths are shown relative to.
pub fn scan(args: &ScanArgs, root: Option<&Path>) -> u8 {
    let fail_on = match parse_fail_on(&args.fail_on) {
        Ok(fail_on) => fail_on,
        Err(message) => return usage_error(message),
    };
    let paths: Vec<PathBuf> = if args.paths.is_empty() {
        vec![root.map_or_else(|| PathBuf::from("."), Path::to_path_buf)]
    } else {
        args.paths.clone()
    };
    let root = root
        .map(Path::to_path_buf)
        .unwrap_or_else(|| scan_root(&paths));
    let settings = match load_settings(&root, args.config.as_deref(), &args.select, &args.ignore) {
        Ok(settings) => settings,
        Err(err) => return usage_error(err),
    };
    let result = scan_paths(&root, &paths, &settings, args.jobs);
    let rendered = render(&result, args.format, args.output.is_none());
    let written = match &args.output {
        Some(path) => std::fs::write(path, rendered)
            .map_err(|e| format!("cannot write {}: {e}", path.display())),
        None => anstream::stdout()
            .write_all(rendered.as_bytes())
            .map_err(|e| format!("cannot write the report: {e}")),
    };
    if let Err(message) = written {
        return usage_error(message);
    }
    let failing =
        fail_on.is_some_and(|threshold| result.findings.iter().any(|f| f.severity >= threshold));
    if failing { EXIT_FINDINGS } else { EXIT_CLEAN }
}

/// A single directory argument is the root; otherwise paths are shown relative to
/// the current directory.
fn scan_root(paths: &[PathBuf]) -> PathBuf {
    match paths {
        [only] if only.is_dir() => only.clone(),
        _ => PathBuf::from("."),
    }
}

fn render(result: &ScanResult, format: OutputFormat, to_terminal: bool) -> String {
    let errors: Vec<ReportError> = result
        .errors
        .iter()
        .map(|e| ReportError {
            path: e.path.clone(),
            line: e.line,
            message: e.message.clone(),
        })
        .collect();
    let report = Report {
        tool_version: env!("CARGO_PKG_VERSION"),
        findings: &result.findings,
        errors: &errors,
        stats: ReportStats {
            files: result.stats.files,
            bytes: result.stats.bytes,
            duration_ms: result.stats.duration_ms,
        },
    };
    match format {
        OutputFormat::Human => human::render(&report, to_terminal && color_wanted()),
        OutputFormat::Json => json::render(&report),
        OutputFormat::Sarif => json::render(&report),
    }
}

fn color_wanted() -> bool {
    std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()) && std::io::stdout().is_terminal()
}

fn rules(format: RulesFormat) -> u8 {
    match format {
        RulesFormat::Text => {
            for rule in all_rules() {
                println!(
                    "{:<45} {:<8} {}",
                    rule.id,
                    rule.severity.as_str(),
                    rule.summary
                );
            }
        }
        RulesFormat::Json => {
            let rules: Vec<serde_json::Value> = all_rules()
                .iter()
                .map(|r| {
                    serde_json::json!({
                        "id": r.id,
                        "category": r.category().as_str(),
                        "summary": r.summary,
                        "cwe": r.cwe.iter().map(|c| format!("CWE-{c}")).collect::<Vec<_>>(),
                        "severity": r.severity.as_str(),
                        "confidence": r.confidence.as_str(),
                        "languages": r.languages.iter().map(|l| l.as_str()).collect::<Vec<_>>(),
                    })
                })
                .collect();
            println!(
                "{}",
                serde_json::to_string_pretty(&rules).expect("JSON values always serialise")
            );
        }
    }
    EXIT_CLEAN
}

fn explain(id: &str) -> u8 {
    match find_rule(id) {
        Some(rule) => {
            println!("# {}\n\n{}\n", rule.id, rule.summary);
            println!(
                "Severity: {} · Confidence: {} · CWE: {}\n",
                rule.severity.as_str(),
                rule.confidence.as_str(),
                rule.cwe
                    .iter()
                    .map(|c| format!("CWE-{c}"))
                    .collect::<Vec<_>>()
                    .join(", ")
            );
            print!("{}", rule.docs);
            EXIT_CLEAN
        }
        None => usage_error(format!("no rule `{id}` (see `trustlint rules`)")),
    }
}
