//! The server alone, the same as `trustlint lsp`: lets this crate's tests drive a
//! real process (Neovim, raw stdio) without building the command line.
fn main() -> std::process::ExitCode {
    std::process::ExitCode::from(trustlint_lsp::run_stdio())
}
