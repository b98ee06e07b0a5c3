//! Reporters: human (rustc style), JSON and SARIF. They render located, redacted
//! findings and never see source text beyond the masked snippets.

pub mod human;
pub mod json;

use crate::finding::Finding;

/// A problem with one input (unreadable, binary, did not parse, …).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReportError {
    pub path: String,
    pub line: Option<usize>,
    pub message: String,
}

#[derive(Clone, Debug, Default)]
pub struct ReportStats {
    pub files: usize,
    pub bytes: u64,
    pub duration_ms: u128,
}

/// Everything a reporter renders.
pub struct Report<'a> {
    pub tool_version: &'a str,
    pub findings: &'a [Finding],
    pub errors: &'a [ReportError],
    pub stats: ReportStats,
}
