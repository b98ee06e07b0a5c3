//! `cargo trustlint [ARGS]`: `trustlint scan` rooted at the current cargo workspace.
fn main() -> std::process::ExitCode {
    std::process::ExitCode::from(trustlint_cli::run_cargo_subcommand(std::env::args_os()))
}
