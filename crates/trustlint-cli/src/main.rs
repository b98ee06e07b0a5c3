use clap::Parser;
use std::process::ExitCode;

fn main() -> ExitCode {
    ExitCode::from(trustlint_cli::run(trustlint_cli::Cli::parse()))
}
