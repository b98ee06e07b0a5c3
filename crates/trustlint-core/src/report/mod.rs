//! Reporters: human (rustc style), JSON and SARIF. They render located, redacted
//! findings and never see source text beyond the masked snippets.

pub mod human;
pub mod json;
pub mod sarif;

use crate::finding::Finding;
use crate::rule::RuleMeta;

/// A problem with one input (unreadable, binary, did not parse, …).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReportError {
    /// Relative to the scan root; empty for a problem with the scan as a whole.
    pub path: String,
    pub line: Option<usize>,
    pub message: String,
}

#[derive(Clone, Debug, Default)]
pub struct ReportStats {
    pub files: usize,
    pub bytes: u64,
    pub duration_ms: u128,
    /// Findings left out because the baseline lists them.
    pub baselined: usize,
}

/// Everything a reporter renders.
pub struct Report<'a> {
    pub tool_version: &'a str,
    pub findings: &'a [Finding],
    pub errors: &'a [ReportError],
    pub stats: ReportStats,
    /// Every rule trustlint knows (SARIF lists them all, not only those that fired).
    pub rules: &'a [&'a RuleMeta],
    /// The scan root as an absolute `file://` URI ending in `/`, when known;
    /// SARIF resolves its relative paths against it.
    pub root_uri: Option<String>,
}
