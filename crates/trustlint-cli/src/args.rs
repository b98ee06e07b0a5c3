//! Raw command-line arguments, as clap parses them. Validation into engine
//! settings happens in `commands`.

use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

#[derive(Debug, Parser)]
#[command(
    name = "trustlint",
    version,
    about = "Finds hardcoded credentials, hidden debug entry points and unauthorized data uploads in Rust and Swift code"
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Scan files and directories (default: the current directory).
    Scan(ScanArgs),
    /// Write the current findings' fingerprints to a baseline file, so that
    /// `scan --baseline FILE` reports only what is new.
    Baseline(BaselineArgs),
    /// List every rule.
    Rules {
        #[arg(long, value_enum, default_value_t = RulesFormat::Text)]
        format: RulesFormat,
    },
    /// Print a rule's documentation, or the rules of a category.
    Explain {
        /// A rule id (`credentials/aws-access-key`) or a category (`credentials`).
        rule: String,
    },
    /// Run the language server for editors, on stdin/stdout.
    Lsp,
    /// Scan every file version that ever entered the git history, once, and report
    /// the commit, author date and path where each finding first appeared.
    History(HistoryArgs),
    /// Install trustlint as a plain git hook (for teams without the pre-commit framework).
    #[command(subcommand)]
    Hook(HookCommand),
}

/// What to scan and with which rules; shared by `scan`, `baseline` and `cargo trustlint`.
#[derive(Debug, Args, Default, Clone)]
pub struct InputArgs {
    /// Files or directories to scan.
    pub paths: Vec<PathBuf>,
    /// Use this config file instead of the nearest `trustlint.toml`.
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// Only run these rules or categories (repeatable, comma-separated).
    #[arg(long, value_name = "RULE-OR-CATEGORY", value_delimiter = ',')]
    pub select: Vec<String>,
    /// Do not run these rules or categories (repeatable, comma-separated).
    #[arg(long, value_name = "RULE-OR-CATEGORY", value_delimiter = ',')]
    pub ignore: Vec<String>,
    /// Number of worker threads (default: one per core).
    #[arg(long, value_name = "N", default_value_t = 0)]
    pub jobs: usize,
    /// Scan what is staged in the git index (what the next commit will hold), not the
    /// working tree; PATHs then limit which staged files are read.
    #[arg(long, conflicts_with = "since")]
    pub staged: bool,
    /// Report only findings on lines added or changed since the revision REV
    /// (committed, uncommitted and untracked).
    #[arg(long, value_name = "REV")]
    pub since: Option<String>,
}

#[derive(Debug, Args, Default, Clone)]
pub struct ScanArgs {
    #[command(flatten)]
    pub input: InputArgs,
    #[arg(long, value_enum, default_value_t = OutputFormat::Human)]
    pub format: OutputFormat,
    /// Write the report to FILE instead of standard output.
    #[arg(long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Exit 1 when a finding is at or above this severity (`low`, `medium`, `high`, `critical`, or `never`).
    #[arg(long, value_name = "SEVERITY", default_value = "medium")]
    pub fail_on: String,
    /// Report only findings that this baseline file does not list.
    #[arg(long, value_name = "FILE")]
    pub baseline: Option<PathBuf>,
    /// Rewrite the `--baseline` file without the entries that no longer match a finding.
    #[arg(long, requires = "baseline")]
    pub update_baseline: bool,
    /// Also run the type-aware lints (trustlint's `lints/` Dylint library) on the cargo
    /// workspace. This compiles the workspace, running its build scripts and proc
    /// macros; it needs a pinned nightly and cargo-dylint (see the README).
    #[arg(long)]
    pub deep: bool,
}

#[derive(Debug, Args, Default, Clone)]
pub struct BaselineArgs {
    #[command(flatten)]
    pub input: InputArgs,
    /// Where to write the baseline (`-` for standard output).
    #[arg(long, value_name = "FILE", default_value = crate::DEFAULT_BASELINE_FILE)]
    pub output: PathBuf,
}

#[derive(Debug, Args, Default, Clone)]
pub struct HistoryArgs {
    /// A directory inside the repository (default: the current directory).
    pub repository: Option<PathBuf>,
    /// Only scan commits made after REV; what REV already held is not reported.
    #[arg(long, value_name = "REV")]
    pub since: Option<String>,
    /// Scan the history of this branch or revision (repeatable; default: HEAD).
    #[arg(long, value_name = "BRANCH")]
    pub branch: Vec<String>,
    /// Use this config file instead of the nearest `trustlint.toml`.
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// Only run these rules or categories (repeatable, comma-separated).
    #[arg(long, value_name = "RULE-OR-CATEGORY", value_delimiter = ',')]
    pub select: Vec<String>,
    /// Do not run these rules or categories (repeatable, comma-separated).
    #[arg(long, value_name = "RULE-OR-CATEGORY", value_delimiter = ',')]
    pub ignore: Vec<String>,
    /// Number of worker threads (default: one per core).
    #[arg(long, value_name = "N", default_value_t = 0)]
    pub jobs: usize,
    #[arg(long, value_enum, default_value_t = OutputFormat::Human)]
    pub format: OutputFormat,
    /// Write the report to FILE instead of standard output.
    #[arg(long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Exit 1 when a finding is at or above this severity (`low`, `medium`, `high`, `critical`, or `never`).
    #[arg(long, value_name = "SEVERITY", default_value = "medium")]
    pub fail_on: String,
}

#[derive(Debug, Subcommand)]
pub enum HookCommand {
    /// Write a git `pre-commit` hook that runs `trustlint scan --staged` (in
    /// `core.hooksPath` when set, else `.git/hooks`).
    Install {
        /// Replace a `pre-commit` hook that trustlint did not write.
        #[arg(long)]
        force: bool,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum, Default)]
pub enum OutputFormat {
    #[default]
    Human,
    Json,
    Sarif,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum RulesFormat {
    Text,
    Json,
}
