//! `trustlint-pre-commit [ARGS]`: `trustlint scan --staged [ARGS]`, built by the
//! pre-commit framework for the `trustlint` hook in `.pre-commit-hooks.yaml`.
fn main() -> std::process::ExitCode {
    std::process::ExitCode::from(trustlint_cli::run_pre_commit_hook(std::env::args_os()))
}
