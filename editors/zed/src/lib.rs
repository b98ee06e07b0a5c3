//! Runs `trustlint lsp` from the user's PATH for Rust and Swift buffers.
use zed_extension_api::{self as zed, LanguageServerId, Result};

struct Trustlint;

impl zed::Extension for Trustlint {
    fn new() -> Self {
        Trustlint
    }

    fn language_server_command(
        &mut self,
        _server: &LanguageServerId,
        worktree: &zed::Worktree,
    ) -> Result<zed::Command> {
        let command = worktree
            .which("trustlint")
            .ok_or_else(|| "trustlint is not on PATH (cargo install trustlint-cli)".to_string())?;
        Ok(zed::Command {
            command,
            args: vec!["lsp".to_string()],
            env: Vec::new(),
        })
    }
}

zed::register_extension!(Trustlint);
