//! Raw command-line arguments, as clap parses them.

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
    /// List every rule.
    Rules {
        #[arg(long, value_enum, default_value_t = RulesFormat::Text)]
        format: RulesFormat,
    },
    /// Print a rule's documentation.
    Explain {
        /// A rule id, e.g. `credentials/aws-access-key`.
        rule: String,
    },
    /// Run the language server for editors, on stdin/stdout.
    Lsp,
}

#[derive(Debug, Args, Default)]
pub struct ScanArgs {
    /// Files or directories to scan.
    pub paths: Vec<PathBuf>,
    #[arg(long, value_enum, default_value_t = OutputFormat::Human)]
    pub format: OutputFormat,
    /// Write the report to FILE instead of standard output.
    #[arg(long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Use this config file instead of the nearest `trustlint.toml`.
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// Only run these rules or categories (repeatable, comma-separated).
    #[arg(long, value_name = "RULE-OR-CATEGORY", value_delimiter = ',')]
    pub select: Vec<String>,
    /// Do not run these rules or categories (repeatable, comma-separated).
    #[arg(long, value_name = "RULE-OR-CATEGORY", value_delimiter = ',')]
    pub ignore: Vec<String>,
    /// Exit 1 when a finding is at or above this severity (`low`, `medium`, `high`, `critical`, or `never`).
    #[arg(long, value_name = "SEVERITY", default_value = "medium")]
    pub fail_on: String,
    /// Number of worker threads (default: one per core).
    #[arg(long, value_name = "N", default_value_t = 0)]
    pub jobs: usize,
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
