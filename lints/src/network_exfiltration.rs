//! `data-upload/env-vars-to-network` and `data-upload/key-file-to-network`, across
//! the crate: the environment or a credential file reaching a network sink through
//! locals, helpers in other modules, and aliased or re-exported clients.

use crate::flow::{self, Origin, SinkKind, SourceKind};
use clippy_utils::diagnostics::span_lint_hir_and_then;
use rustc_data_structures::fx::FxHashSet;
use rustc_lint::{LateContext, LateLintPass, Lint};
use rustc_span::Span;
use dylint_linting::{declare_lint, declare_lint_pass};

declare_lint! {
    /// Maps to trustlint's `data-upload/env-vars-to-network`.
    pub ENV_VARS_TO_NETWORK,
    Warn,
    "the process environment is sent over the network"
}

declare_lint! {
    /// Maps to trustlint's `data-upload/key-file-to-network`.
    pub KEY_FILE_TO_NETWORK,
    Warn,
    "a credential or key file is sent over the network"
}

declare_lint_pass!(NetworkExfiltration => [ENV_VARS_TO_NETWORK, KEY_FILE_TO_NETWORK]);

impl<'tcx> LateLintPass<'tcx> for NetworkExfiltration {
    fn check_crate(&mut self, cx: &LateContext<'tcx>) {
        let functions = flow::crate_functions(cx);
        let summaries = flow::summarise(cx, &functions);
        for &function in &functions {
            for hit in flow::analyse(cx, function, &summaries, false).hits {
                if hit.sink != SinkKind::Network {
                    continue;
                }
                for (kind, lint, what) in [
                    (SourceKind::EnvDump, ENV_VARS_TO_NETWORK, "the process environment"),
                    (SourceKind::KeyFile, KEY_FILE_TO_NETWORK, "a credential file"),
                ] {
                    let Some(source) = first_source(&hit.origins, kind) else {
                        continue;
                    };
                    report(cx, lint, &hit, what, source);
                }
            }
        }
    }
}

/// The earliest source of `kind` among a hit's origins, so one report names one source.
fn first_source(origins: &FxHashSet<Origin>, kind: SourceKind) -> Option<Span> {
    origins
        .iter()
        .filter_map(|origin| match *origin {
            Origin::Source { kind: k, span } if k == kind => Some(span),
            _ => None,
        })
        .min_by_key(|span| span.lo())
}

fn report(cx: &LateContext<'_>, lint: &'static Lint, hit: &flow::SinkHit, what: &str, source: Span) {
    let message = match &hit.through {
        Some((helper, _)) => format!("{what} is sent over the network by `{helper}`"),
        None => format!("{what} is sent over the network"),
    };
    span_lint_hir_and_then(cx, lint, hit.hir_id, hit.span, message, |diag| {
        diag.span_note(source, "the data is read here");
        if let Some((helper, sink)) = &hit.through {
            diag.span_note(*sink, format!("`{helper}` sends it here"));
        }
        diag.help("send only the fields the service needs, and only with the user's consent");
    });
}
