//! What each subcommand does: validate the raw arguments, run the engine, render.

use crate::args::{
    BaselineArgs, Cli, Command, HistoryArgs, HookCommand, InputArgs, OutputFormat, RulesFormat,
    ScanArgs,
};
use crate::{EXIT_CLEAN, EXIT_ERROR, EXIT_FINDINGS, hook};
use std::io::Write;
use std::path::{Path, PathBuf};
use trustlint_core::report::{Report, ReportError, ReportStats, human, json, sarif};
use trustlint_core::{Baseline, Category, Severity};
use trustlint_engine::{ScanInput, ScanResult, Settings, all_rules, find_rule, git, load_settings};

/// Runs a parsed command line and returns the exit status.
pub fn run(cli: Cli) -> u8 {
    let outcome = match cli.command {
        Command::Scan(args) => scan(&args, &Scope::default()),
        Command::Baseline(args) => write_baseline(&args),
        Command::Rules { format } => {
            rules(format);
            Ok(EXIT_CLEAN)
        }
        Command::Explain { rule } => explain(&rule),
        Command::Lsp => Ok(trustlint_lsp::run_stdio()),
        Command::History(args) => history(&args),
        Command::Hook(HookCommand::Install { force }) => hook::install(force),
    };
    outcome.unwrap_or_else(|message| {
        eprintln!("error: {message}");
        EXIT_ERROR
    })
}

/// Where a scan is rooted when the caller knows better than the paths
/// (`cargo trustlint`: the workspace root, without cargo's target directory).
#[derive(Debug, Default)]
pub struct Scope {
    pub root: Option<PathBuf>,
    pub skip_dirs: Vec<PathBuf>,
}

/// A validated scan: what to read, from where, with which settings.
struct Plan {
    /// What finding paths are relative to: the repository's working directory for
    /// git inputs.
    root: PathBuf,
    input: ScanInput,
    source: Source,
    settings: Settings,
    jobs: usize,
}

/// Where a scan's text comes from.
enum Source {
    WorkingTree,
    /// The git index; the paths (empty: the whole repository) limit the staged files.
    Staged(Vec<PathBuf>),
    /// The working tree, keeping only findings on lines changed since the revision.
    ChangedSince(String),
}

impl Plan {
    fn new(args: &InputArgs, scope: &Scope) -> Result<Plan, String> {
        let mut paths = args.paths.clone();
        for path in &paths {
            if std::fs::symlink_metadata(path).is_err() {
                return Err(format!("{}: no such file or directory", path.display()));
            }
        }
        let settings_root = match &scope.root {
            Some(root) => {
                // Paths are shown relative to the given root, so they must share its form.
                for path in &mut paths {
                    *path = std::path::absolute(&*path).unwrap_or_else(|_| path.clone());
                }
                root.clone()
            }
            None => scan_root(&paths),
        };
        let mut settings = load_settings(
            &settings_root,
            args.config.as_deref(),
            &args.select,
            &args.ignore,
        )
        .map_err(|err| err.to_string())?;
        settings.skip_dirs = scope.skip_dirs.clone();
        if paths.is_empty() {
            // `cargo trustlint` scans its workspace, which may be part of a larger repository.
            paths.extend(scope.root.clone());
        }
        let (root, source) = if args.staged || args.since.is_some() {
            // Git knows paths relative to the repository; findings use the same, in
            // the same canonical form as the repository's working directory.
            let start = paths
                .first()
                .map(|path| directory_of(path))
                .unwrap_or_else(|| PathBuf::from("."));
            let root = git::repository_root(&start)?;
            for path in &mut paths {
                *path = std::fs::canonicalize(&*path).unwrap_or_else(|_| path.clone());
            }
            let source = match &args.since {
                Some(rev) => Source::ChangedSince(rev.clone()),
                None => Source::Staged(paths.clone()),
            };
            (root, source)
        } else {
            (settings_root, Source::WorkingTree)
        };
        if paths.is_empty() {
            paths.push(root.clone());
        }
        Ok(Plan {
            root,
            input: ScanInput::Paths(paths),
            source,
            settings,
            jobs: args.jobs,
        })
    }

    fn run(&self) -> Result<ScanResult, String> {
        match &self.source {
            Source::Staged(within) => {
                git::scan_staged(&self.root, within, &self.settings, self.jobs)
            }
            Source::WorkingTree | Source::ChangedSince(_) => Ok(trustlint_engine::scan(
                &self.root,
                &self.input,
                &self.settings,
                self.jobs,
            )),
        }
    }

    /// With `--since`, drops the findings on lines that did not change.
    fn keep_changed_lines(&self, result: &mut ScanResult) -> Result<(), String> {
        match &self.source {
            Source::ChangedSince(rev) => git::retain_changed_since(result, &self.root, rev),
            Source::WorkingTree | Source::Staged(_) => Ok(()),
        }
    }

    /// Whether the scan looked for `rule` in `path`: only then can a baseline
    /// entry for them be stale.
    fn checked(&self, result: &ScanResult, rule: &str, path: &str) -> bool {
        find_rule(rule).is_some_and(|r| self.settings.rules.is_enabled(r))
            && result
                .scanned
                .binary_search_by(|p| p.as_str().cmp(path))
                .is_ok()
    }
}

/// The directory a path names, or the one holding the file it names.
fn directory_of(path: &Path) -> PathBuf {
    if path.is_dir() {
        path.to_path_buf()
    } else {
        match path.parent() {
            Some(parent) if !parent.as_os_str().is_empty() => parent.to_path_buf(),
            _ => PathBuf::from("."),
        }
    }
}

/// A single directory argument is the root; otherwise paths are shown relative to
/// the current directory.
fn scan_root(paths: &[PathBuf]) -> PathBuf {
    match paths {
        [only] if only.is_dir() => only.clone(),
        _ => PathBuf::from("."),
    }
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

fn read_baseline(path: &Path) -> Result<Baseline, String> {
    let text = std::fs::read_to_string(path)
        .map_err(|err| format!("{}: cannot read the baseline: {err}", path.display()))?;
    Baseline::parse(&path.display().to_string(), &text).map_err(|err| err.to_string())
}

/// `trustlint scan` (and `cargo trustlint`). Errors in single files are part of the
/// report and never change the exit status; a bad config, argument or baseline does.
pub fn scan(args: &ScanArgs, scope: &Scope) -> Result<u8, String> {
    let fail_on = parse_fail_on(&args.fail_on)?;
    let baseline = args.baseline.as_deref().map(read_baseline).transpose()?;
    let plan = Plan::new(&args.input, scope)?;
    let mut result = plan.run()?;
    if args.deep {
        deep_scan(&plan, &mut result)?;
    }
    if let (Some(baseline), Some(baseline_path), true) =
        (&baseline, &args.baseline, args.update_baseline)
    {
        // Pruned against every finding, before `--since` hides the unchanged lines:
        // an entry is stale only when its finding is gone.
        let pruned = baseline.prune(&result.findings, |entry| {
            plan.checked(&result, &entry.rule, &entry.path)
        });
        std::fs::write(baseline_path, pruned.render()).map_err(|err| {
            format!(
                "{}: cannot write the baseline: {err}",
                baseline_path.display()
            )
        })?;
    }
    plan.keep_changed_lines(&mut result)?;
    let mut baselined = 0;
    if let Some(baseline) = &baseline {
        let findings = std::mem::take(&mut result.findings);
        (result.findings, baselined) = baseline.remove_known(findings);
    }
    let rendered = Rendered {
        root: &plan.root,
        format: args.format,
        output: args.output.as_deref(),
    };
    rendered.write(&result, baselined)?;
    Ok(exit_status(&result, fail_on))
}

/// `trustlint history`: every blob that ever entered the history, once.
fn history(args: &HistoryArgs) -> Result<u8, String> {
    let fail_on = parse_fail_on(&args.fail_on)?;
    let start = args
        .repository
        .clone()
        .unwrap_or_else(|| PathBuf::from("."));
    let root = git::history_root(&start)?;
    let settings = load_settings(&root, args.config.as_deref(), &args.select, &args.ignore)
        .map_err(|err| err.to_string())?;
    let result = git::scan_history(
        &start,
        args.since.as_deref(),
        &args.branch,
        &settings,
        args.jobs,
    )?;
    let rendered = Rendered {
        root: &root,
        format: args.format,
        output: args.output.as_deref(),
    };
    rendered.write(&result, 0)?;
    Ok(exit_status(&result, fail_on))
}

fn exit_status(result: &ScanResult, fail_on: Option<Severity>) -> u8 {
    let failing =
        fail_on.is_some_and(|threshold| result.findings.iter().any(|f| f.severity >= threshold));
    if failing { EXIT_FINDINGS } else { EXIT_CLEAN }
}

/// How and where a report goes.
struct Rendered<'a> {
    /// What the report's paths are relative to.
    root: &'a Path,
    format: OutputFormat,
    /// `None`: standard output.
    output: Option<&'a Path>,
}

impl Rendered<'_> {
    fn write(&self, result: &ScanResult, baselined: usize) -> Result<(), String> {
        let report_errors = report_errors(result);
        let report = Report {
            tool_version: env!("CARGO_PKG_VERSION"),
            findings: &result.findings,
            errors: &report_errors,
            stats: ReportStats {
                files: result.stats.files,
                bytes: result.stats.bytes,
                duration_ms: result.stats.duration_ms,
                baselined,
            },
            rules: all_rules(),
            root_uri: std::fs::canonicalize(self.root)
                .ok()
                .map(|root| sarif::directory_uri(&root.to_string_lossy())),
        };
        match self.output {
            Some(path) => std::fs::write(path, render(&report, self.format, false))
                .map_err(|err| format!("{}: cannot write the report: {err}", path.display())),
            // anstream drops the colours unless stdout is a terminal and NO_COLOR is unset.
            None => anstream::stdout()
                .write_all(render(&report, self.format, true).as_bytes())
                .map_err(|err| format!("cannot write the report: {err}")),
        }
    }
}

/// `--deep`: the type-aware lints on the cargo workspace that holds the scan root,
/// merged into the syntactic result. Missing prerequisites are an error, never a
/// silent fallback to the syntactic scan alone.
fn deep_scan(plan: &Plan, result: &mut ScanResult) -> Result<(), String> {
    let workspace = trustlint_engine::deep::workspace_root(&plan.root)?;
    eprintln!(
        "trustlint: --deep compiles (but does not run) the code of {}: its build scripts and proc macros run",
        workspace.display()
    );
    let started = std::time::Instant::now();
    let deep = trustlint_engine::deep::run_deep(&workspace, &plan.root, &plan.settings)?;
    trustlint_engine::deep::merge(result, deep);
    result.stats.duration_ms += started.elapsed().as_millis();
    Ok(())
}

fn report_errors(result: &ScanResult) -> Vec<ReportError> {
    result
        .errors
        .iter()
        .map(|e| ReportError {
            path: e.path.clone(),
            line: e.line,
            message: e.message.clone(),
        })
        .collect()
}

fn render(report: &Report<'_>, format: OutputFormat, styled: bool) -> String {
    match format {
        OutputFormat::Human => human::render(report, styled),
        OutputFormat::Json => json::render(report),
        OutputFormat::Sarif => sarif::render(report),
    }
}

/// `trustlint baseline`: every current finding's fingerprint, to a file or stdout.
/// Files that could not be analysed are listed on stderr: their findings are missing.
fn write_baseline(args: &BaselineArgs) -> Result<u8, String> {
    let plan = Plan::new(&args.input, &Scope::default())?;
    let mut result = plan.run()?;
    plan.keep_changed_lines(&mut result)?;
    for error in &result.errors {
        let line = error.line.map(|l| format!(":{l}")).unwrap_or_default();
        eprintln!("error: {}{line}: {}", error.path, error.message);
    }
    let baseline = Baseline::from_findings(&result.findings);
    if args.output == Path::new("-") {
        print!("{}", baseline.render());
    } else {
        std::fs::write(&args.output, baseline.render()).map_err(|err| {
            format!(
                "{}: cannot write the baseline: {err}",
                args.output.display()
            )
        })?;
        eprintln!(
            "trustlint: wrote {} baseline entries to {}",
            baseline.len(),
            args.output.display()
        );
    }
    Ok(EXIT_CLEAN)
}

fn rules(format: RulesFormat) {
    match format {
        RulesFormat::Text => {
            let width = all_rules().iter().map(|r| r.id.len()).max().unwrap_or(0);
            for rule in all_rules() {
                println!(
                    "{:<width$}  {:<8}  {}",
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
                        "docs": r.markdown_docs(),
                    })
                })
                .collect();
            println!(
                "{}",
                serde_json::to_string_pretty(&rules).expect("JSON values always serialise")
            );
        }
    }
}

/// `trustlint explain <rule-or-category>`.
fn explain(name: &str) -> Result<u8, String> {
    if let Some(rule) = find_rule(name) {
        println!("# {}\n\n{}\n", rule.id, rule.summary);
        let cwe = rule
            .cwe
            .iter()
            .map(|c| format!("CWE-{c}"))
            .collect::<Vec<_>>();
        let languages = rule
            .languages
            .iter()
            .map(|l| l.as_str())
            .collect::<Vec<_>>();
        println!(
            "Severity: {} · Confidence: {} · CWE: {} · Languages: {}\n",
            rule.severity,
            rule.confidence.as_str(),
            if cwe.is_empty() {
                "none".to_owned()
            } else {
                cwe.join(", ")
            },
            languages.join(", ")
        );
        println!("{}", rule.markdown_docs());
        return Ok(EXIT_CLEAN);
    }
    let category = Category::parse(name)
        .ok_or_else(|| format!("no rule or category `{name}` (see `trustlint rules`)"))?;
    println!("# {category}\n\n{}\n\nRules:", category.summary());
    let in_category = all_rules().iter().filter(|r| r.category() == category);
    let width = in_category.clone().map(|r| r.id.len()).max().unwrap_or(0);
    for rule in in_category {
        println!(
            "  {:<width$}  {:<8}  {}",
            rule.id,
            rule.severity.as_str(),
            rule.summary
        );
    }
    println!("\n`trustlint explain <rule-id>` prints a rule's documentation.");
    Ok(EXIT_CLEAN)
}
