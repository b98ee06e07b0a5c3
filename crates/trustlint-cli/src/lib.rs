//! The `trustlint` command line, shared by the `trustlint` and `cargo-trustlint`
//! binaries. Raw arguments (`args`) are validated into engine settings here;
//! everything else is the engine's job.

mod args;
mod commands;

pub use args::{Cli, Command, OutputFormat, ScanArgs};
pub use commands::run;

/// Exit status: nothing at or above `--fail-on`.
pub const EXIT_CLEAN: u8 = 0;
/// Exit status: findings at or above `--fail-on`.
pub const EXIT_FINDINGS: u8 = 1;
/// Exit status: usage, config or internal error.
pub const EXIT_ERROR: u8 = 2;
