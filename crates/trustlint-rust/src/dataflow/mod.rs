//! A data-flow engine for Rust on syn: which sensitive values (sources in
//! [`catalogue`]) reach which network calls (sinks), through which bindings.
//!
//! Each function is evaluated abstractly once per round: every expression gets a
//! [`Value`] saying which data it may carry (with the path that data took), its text
//! when known (to resolve destinations and file paths) and what network object it is.
//! Calls between the file's functions and methods go through [`Summary`]s (what a
//! function returns, which parameters reach which sinks), recomputed until they stop
//! changing. Everything is intra-file: a file is analysed alone.

pub mod catalogue;
mod eval;
mod index;
mod relevance;
pub mod value;

#[cfg(test)]
mod tests;

pub use catalogue::Position;
pub use relevance::Seeds;
pub use value::{Destination, Form, Origin, RuleKind, Taint};

use eval::{FnResult, Summary};
use index::FileIndex;
use trustlint_core::TextRange;
use trustlint_core::config::DataUploadConfig;

/// Sensitive data reaching a network sink.
#[derive(Clone, Debug)]
pub struct Upload {
    /// The sink call (method name to closing parenthesis).
    pub range: TextRange,
    /// The sink as code: `.body()`, `write_all()`.
    pub call: String,
    /// Source first; the origin is always a catalogued source.
    pub taint: Taint,
    pub destination: Option<Destination>,
    pub position: Position,
    /// Inside a consent check, or only reached from code that is.
    pub guarded: bool,
}

/// A network call whose destination the code states (or hides).
#[derive(Clone, Debug)]
pub struct NetworkCall {
    pub range: TextRange,
    pub destination: Destination,
}

/// What the engine found in one file.
#[derive(Debug, Default)]
pub struct FileFlows {
    pub uploads: Vec<Upload>,
    pub network_calls: Vec<NetworkCall>,
}

/// Summaries are recomputed until they are stable; chains of helpers deeper than
/// this are rare and still converge partially.
const MAX_ROUNDS: usize = 6;

/// The flows of `file`. With `seeds`, only the functions a seed's value may reach
/// are evaluated ([`relevance`]); what is found is the same.
pub fn analyze(file: &syn::File, config: &DataUploadConfig, seeds: Option<&Seeds>) -> FileFlows {
    let bodies = index::MacroBodies::collect(file);
    let index = FileIndex::new(file, &bodies, catalogue::Catalogue::new(config));
    let function_count = index.functions.len();
    let needed = match seeds {
        Some(seeds) => relevance::needed(&index, seeds),
        None => vec![true; function_count],
    };
    let mut summaries: Vec<Summary<'_>> = vec![Summary::default(); function_count];
    let mut results: Vec<FnResult<'_>> = (0..function_count).map(|_| FnResult::default()).collect();
    // Evaluating a function reads only its own consent flag and the summaries of
    // the functions it calls, whose returns and uploads come from their own
    // results: a function is evaluated again only when one of those may change.
    let mut stale = needed.clone();
    for _ in 0..MAX_ROUNDS {
        for (function, result) in results.iter_mut().enumerate() {
            if stale[function] {
                *result = eval::evaluate_function(&index, &summaries, function);
            }
        }
        let next = eval::summarize(&index, &results);
        let stable = next
            .iter()
            .zip(&summaries)
            .all(|(new, old)| new.shape() == old.shape());
        let evaluated = std::mem::take(&mut stale);
        stale = results
            .iter()
            .zip(next.iter().zip(&summaries))
            .zip(&needed)
            .map(|((result, (new, old)), &needed)| {
                needed
                    && (new.only_called_with_consent != old.only_called_with_consent
                        || result.calls.iter().any(|&(callee, _)| evaluated[callee]))
            })
            .collect();
        summaries = next;
        if stable {
            break;
        }
    }
    let mut flows = FileFlows::default();
    let mut seen_calls = std::collections::HashSet::new();
    for (function, result) in results.into_iter().enumerate() {
        if index.functions[function].is_test {
            continue;
        }
        for event in result.events {
            if matches!(event.taint.origin, Origin::Source(_)) && event.taint.form == Form::Data {
                flows.uploads.push(event);
            }
        }
        for call in result.network_calls {
            if seen_calls.insert(call.range) {
                flows.network_calls.push(call);
            }
        }
    }
    flows.network_calls.sort_by_key(|c| c.range);
    flows.uploads.sort_by_key(|u| u.range);
    flows
}
