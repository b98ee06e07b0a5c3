//! The `trustlint` command line, shared by the `trustlint` and `cargo-trustlint`
//! binaries. Raw arguments (`args`) are validated into engine settings here;
//! everything else is the engine's job.

mod args;
mod cargo;
mod commands;

pub use args::{BaselineArgs, Cli, Command, InputArgs, OutputFormat, ScanArgs};
pub use cargo::run_cargo_subcommand;
pub use commands::{Scope, run, scan};

/// Exit status: nothing at or above `--fail-on`.
pub const EXIT_CLEAN: u8 = 0;
/// Exit status: findings at or above `--fail-on`.
pub const EXIT_FINDINGS: u8 = 1;
/// Exit status: usage, config or internal error.
pub const EXIT_ERROR: u8 = 2;

/// Where `trustlint baseline` writes unless told otherwise.
pub const DEFAULT_BASELINE_FILE: &str = "trustlint-baseline.txt";
