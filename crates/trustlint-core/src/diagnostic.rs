//! What analyzers produce: byte ranges in one file's text, not yet located or redacted.

use crate::rule::{Confidence, RuleMeta, Severity};
use std::ops::Range;

/// A byte range into a file's text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct TextRange {
    pub start: usize,
    pub end: usize,
}

impl TextRange {
    pub fn new(start: usize, end: usize) -> TextRange {
        debug_assert!(start <= end, "range {start}..{end} is reversed");
        TextRange { start, end }
    }

    pub fn len(self) -> usize {
        self.end - self.start
    }

    pub fn is_empty(self) -> bool {
        self.start == self.end
    }

    pub fn contains_range(self, other: TextRange) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    pub fn as_range(self) -> Range<usize> {
        self.start..self.end
    }
}

impl From<Range<usize>> for TextRange {
    fn from(r: Range<usize>) -> TextRange {
        TextRange::new(r.start, r.end)
    }
}

/// One step of a data flow, from the source (first) to just before the sink.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FlowStep {
    pub range: TextRange,
    pub note: String,
}

/// A finding as an analyzer reports it.
///
/// Messages must never contain secret text: use [`crate::redact::redact_secret`]
/// when a message needs to mention a value, and list every secret's range in
/// `secrets` so that snippets are masked.
#[derive(Clone, Debug)]
pub struct Diagnostic {
    pub rule: &'static RuleMeta,
    /// Where the finding points (see DESIGN: literal, condition, or sink call).
    pub range: TextRange,
    pub message: String,
    pub help: Option<String>,
    /// Secret text inside the file that snippets must mask.
    pub secrets: Vec<TextRange>,
    /// Source first; the sink is `range`.
    pub flow: Vec<FlowStep>,
    /// Overrides the rule's default severity (e.g. `low` for code that only ships in debug builds).
    pub severity: Option<Severity>,
    pub confidence: Option<Confidence>,
}

impl Diagnostic {
    pub fn new(
        rule: &'static RuleMeta,
        range: TextRange,
        message: impl Into<String>,
    ) -> Diagnostic {
        Diagnostic {
            rule,
            range,
            message: message.into(),
            help: None,
            secrets: Vec::new(),
            flow: Vec::new(),
            severity: None,
            confidence: None,
        }
    }

    pub fn with_help(mut self, help: impl Into<String>) -> Diagnostic {
        self.help = Some(help.into());
        self
    }

    pub fn with_secret(mut self, secret: TextRange) -> Diagnostic {
        self.secrets.push(secret);
        self
    }

    pub fn with_flow(mut self, flow: Vec<FlowStep>) -> Diagnostic {
        self.flow = flow;
        self
    }

    pub fn with_severity(mut self, severity: Severity) -> Diagnostic {
        self.severity = Some(severity);
        self
    }

    pub fn with_confidence(mut self, confidence: Confidence) -> Diagnostic {
        self.confidence = Some(confidence);
        self
    }
}

/// A problem analysing a file (it did not parse, was too deep, …). Findings that
/// could still be made are kept next to it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AnalysisError {
    pub range: Option<TextRange>,
    pub message: String,
}

/// The result of analysing one file.
#[derive(Clone, Debug, Default)]
pub struct FileAnalysis {
    pub diagnostics: Vec<Diagnostic>,
    pub errors: Vec<AnalysisError>,
}
