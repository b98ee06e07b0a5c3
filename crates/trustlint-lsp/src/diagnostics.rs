//! Findings as LSP diagnostics.

use crate::position::LineMap;
use lsp_types::{
    Diagnostic, DiagnosticRelatedInformation, DiagnosticSeverity, Location, NumberOrString, Uri,
};
use serde::{Deserialize, Serialize};
use trustlint_core::{Finding, LineIndex, Severity};

/// Shown as the diagnostic's `source`.
pub const SOURCE: &str = "trustlint";

/// What a diagnostic's `data` carries, so code actions know the finding without
/// re-analysing.
#[derive(Debug, Serialize, Deserialize, PartialEq, Eq)]
pub struct FindingData {
    pub rule: String,
    pub fingerprint: String,
}

pub fn severity(severity: Severity) -> DiagnosticSeverity {
    match severity {
        Severity::Critical | Severity::High => DiagnosticSeverity::ERROR,
        Severity::Medium => DiagnosticSeverity::WARNING,
        Severity::Low => DiagnosticSeverity::INFORMATION,
    }
}

/// `finding` of the document `uri` whose text `map` indexes. The message is the
/// finding's (already redacted) message with its help on a second line. The
/// rule's docs are in the hover rather than a `codeDescription`, which would need
/// a public URL for every rule.
pub fn to_lsp(finding: &Finding, uri: &Uri, text: &str, map: &LineMap<'_>) -> Diagnostic {
    let message = match &finding.help {
        Some(help) => format!("{}\nhelp: {help}", finding.message),
        None => finding.message.clone(),
    };
    let related = (!finding.flow.is_empty()).then(|| {
        let index = LineIndex::new(text);
        finding
            .flow
            .iter()
            .map(|step| DiagnosticRelatedInformation {
                location: Location::new(
                    uri.clone(),
                    map.range(index.offset(step.start), index.offset(step.end)),
                ),
                message: step.note.clone(),
            })
            .collect()
    });
    let data = FindingData {
        rule: finding.rule.id.to_owned(),
        fingerprint: finding.fingerprint.clone(),
    };
    Diagnostic {
        range: map.range(finding.range.start, finding.range.end),
        severity: Some(severity(finding.severity)),
        code: Some(NumberOrString::String(finding.rule.id.to_owned())),
        code_description: None,
        source: Some(SOURCE.to_owned()),
        message,
        related_information: related,
        tags: None,
        data: serde_json::to_value(data).ok(),
    }
}
