//! Data flow for Swift on the tree-sitter tree: which sensitive data (contacts,
//! location, clipboard, identifiers, …) reaches which network sink, through which
//! bindings, and where the request goes.
//!
//! The engine is an abstract interpreter over each function, closure and computed
//! property of one file (`interpreter`), with per-function summaries for calls within
//! the file. What counts as a source or sink is data (`catalogue`), extended by
//! `[data-upload]` in `trustlint.toml`. Checks read the result through
//! `Context::data_flows`, computed once per file.

mod catalogue;
mod destination;
mod interpreter;
mod syntax;
mod value;

#[cfg(test)]
mod tests;

pub use catalogue::{Catalogue, DataType};
pub use destination::Destination;
pub use value::{Assembly, Origin, Taint};

use crate::syntax_index::SyntaxIndex;
use std::sync::LazyLock;
use trustlint_core::{Config, Diagnostic, TextRange};

/// How a sink sends data.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SinkKind {
    /// A call that sends a request or event (`URLSession.dataTask`, `AF.request`,
    /// `Analytics.logEvent`).
    Transmit,
    /// A part of a request that is sent with it (`request.httpBody = …`,
    /// `setValue(_:forHTTPHeaderField:)`); reported where the data is put in, since
    /// the request is often sent elsewhere.
    RequestPart,
}

/// A network sink the code reaches, with the sensitive data that reaches it.
#[derive(Clone, Debug)]
pub struct SinkEvent {
    /// The sink call or assignment: where findings point.
    pub range: TextRange,
    /// The API as messages name it.
    pub api: String,
    pub kind: SinkKind,
    pub payload: Taint,
    pub destination: Destination,
    /// Only reached when a consent check passed.
    pub consented: bool,
}

/// A read of a sensitive source, whether or not it reaches a sink.
#[derive(Clone, Debug)]
pub struct SourceUse {
    pub range: TextRange,
    pub data: DataType,
    pub api: String,
}

/// Everything the engine found in one file.
#[derive(Clone, Debug, Default)]
pub struct FileFlows {
    /// Sorted by position.
    pub sinks: Vec<SinkEvent>,
    pub source_uses: Vec<SourceUse>,
}

/// Follows the data flows of one parsed file.
pub fn analyze(syntax: &SyntaxIndex<'_>, config: &Config) -> FileFlows {
    /// The catalogue of every configuration that extends none of it.
    static BUILT_IN: LazyLock<Catalogue> = LazyLock::new(|| Catalogue::new(&Config::default()));
    let configured;
    let catalogue = if Catalogue::is_built_in(config) {
        &*BUILT_IN
    } else {
        configured = Catalogue::new(config);
        &configured
    };
    interpreter::Interpreter::new(syntax, catalogue).run()
}

/// Keeps the first diagnostic of each rule at each sink: a helper's sink is reached
/// once per call that passes it a different destination.
pub fn first_per_rule_and_sink(diagnostics: Vec<Diagnostic>) -> Vec<Diagnostic> {
    let mut seen = std::collections::HashSet::new();
    diagnostics
        .into_iter()
        .filter(|d| seen.insert((d.rule.id, d.range)))
        .collect()
}
