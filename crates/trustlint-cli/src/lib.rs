//! The `trustlint` command line, shared by the `trustlint` and `cargo-trustlint`
//! binaries. Raw arguments (`args`) are validated into engine settings here;
//! everything else is the engine's job.

mod args;
mod cargo;
mod commands;
mod hook;

pub use args::{
    BaselineArgs, Cli, Command, HistoryArgs, HookCommand, InputArgs, OutputFormat, ScanArgs,
};
pub use cargo::run_cargo_subcommand;
pub use commands::{Scope, run, scan};

use clap::Parser;
use std::ffi::OsString;

/// Exit status: nothing at or above `--fail-on`.
pub const EXIT_CLEAN: u8 = 0;
/// Exit status: findings at or above `--fail-on`.
pub const EXIT_FINDINGS: u8 = 1;
/// Exit status: usage, config or internal error.
pub const EXIT_ERROR: u8 = 2;

/// Where `trustlint baseline` writes unless told otherwise.
pub const DEFAULT_BASELINE_FILE: &str = "trustlint-baseline.txt";

/// `trustlint-pre-commit [ARGS]`, the binary the pre-commit framework builds for the
/// `language: rust` hook: `trustlint scan --staged [ARGS]`. The hook judges what is
/// staged, so it takes no file names (`pass_filenames: false`).
pub fn run_pre_commit_hook(args: impl IntoIterator<Item = OsString>) -> u8 {
    let mut args = args.into_iter();
    let program = args
        .next()
        .unwrap_or_else(|| OsString::from("trustlint-pre-commit"));
    let scan_staged = [program, "scan".into(), "--staged".into()];
    match Cli::try_parse_from(scan_staged.into_iter().chain(args)) {
        Ok(cli) => run(cli),
        Err(err) => {
            // --help prints to stdout and succeeds; usage errors exit 2.
            let _ = err.print();
            if err.use_stderr() {
                EXIT_ERROR
            } else {
                EXIT_CLEAN
            }
        }
    }
}
