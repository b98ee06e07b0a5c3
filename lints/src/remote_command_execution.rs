//! `debug-entry/remote-command-execution`, across the crate: bytes read from a
//! network stream reaching a process spawn, whatever name `Command` was imported
//! or re-exported under.

use crate::flow::{self, Origin, SinkKind, SourceKind};
use clippy_utils::diagnostics::span_lint_hir_and_then;
use rustc_lint::{LateContext, LateLintPass};
use dylint_linting::{declare_lint, declare_lint_pass};

declare_lint! {
    /// Maps to trustlint's `debug-entry/remote-command-execution`.
    pub REMOTE_COMMAND_EXECUTION,
    Warn,
    "input from the network decides which command runs"
}

declare_lint_pass!(RemoteCommandExecution => [REMOTE_COMMAND_EXECUTION]);

impl<'tcx> LateLintPass<'tcx> for RemoteCommandExecution {
    fn check_crate(&mut self, cx: &LateContext<'tcx>) {
        let functions = flow::crate_functions(cx);
        let summaries = flow::summarise(cx, &functions);
        for &function in &functions {
            for hit in flow::analyse(cx, function, &summaries, false).hits {
                if hit.sink != SinkKind::Process {
                    continue;
                }
                let network_input = hit.origins.iter().find_map(|origin| match *origin {
                    Origin::Source {
                        kind: SourceKind::NetworkInput,
                        span,
                    } => Some(span),
                    _ => None,
                });
                let Some(source) = network_input else {
                    continue;
                };
                span_lint_hir_and_then(
                    cx,
                    REMOTE_COMMAND_EXECUTION,
                    hit.hir_id,
                    hit.span,
                    "a command built from network input is executed: anyone who can reach the socket runs code",
                    |diag| {
                        diag.span_note(source, "the input is read from the network here");
                        if let Some((helper, spawn)) = &hit.through {
                            diag.span_note(*spawn, format!("`{helper}` runs it here"));
                        }
                        diag.help("remove the remote command channel, or accept only a fixed set of operations after authentication");
                    },
                );
            }
        }
    }
}
