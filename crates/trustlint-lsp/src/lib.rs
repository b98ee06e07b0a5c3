//! trustlint's language server: `trustlint lsp`. The only crate that knows LSP
//! types; everything it reports comes from `trustlint_engine::analyze_text` run on
//! the editor's buffer.
//!
//! - [`server`]: the main loop (documents, settings per workspace folder, debounce,
//!   requests), which never waits for analysis.
//! - [`worker`]: the analysis thread, with the engine's large stack.
//! - [`diagnostics`], [`hover`], [`actions`]: findings as the editor shows them.
//! - [`position`]: byte offsets ↔ LSP positions in the negotiated encoding.

pub mod actions;
pub mod diagnostics;
pub mod hover;
pub mod position;
pub mod server;
pub mod transport;
pub mod uri;
pub mod worker;
pub mod workspace;

pub use server::{DEBOUNCE, Exit, serve};

/// Serves LSP on stdin/stdout until the client says `exit`. Returns the process
/// exit status the protocol asks for: 0 after `shutdown`, 1 otherwise.
pub fn run_stdio() -> u8 {
    let (connection, threads) = match transport::stdio() {
        Ok(started) => started,
        Err(err) => {
            eprintln!("trustlint lsp: cannot start: {err}");
            return 1;
        }
    };
    let exit = serve(&connection);
    drop(connection);
    if let Err(err) = threads.finish() {
        eprintln!("trustlint lsp: {err}");
    }
    match exit {
        Ok(Exit::AfterShutdown) => 0,
        Ok(Exit::WithoutShutdown) => 1,
        Err(err) => {
            eprintln!("trustlint lsp: {err}");
            1
        }
    }
}
