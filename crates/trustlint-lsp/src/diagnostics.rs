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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::position::PositionEncoding;
    use std::str::FromStr;
    use trustlint_core::{FlowStep, TextRange};

    trustlint_core::declare_rule! {
        /// Test rule.
        static UPLOAD_RULE = {
            id: "data-upload/test-upload",
            summary: "Test upload",
            cwe: [201],
            severity: Medium,
            confidence: Medium,
            languages: [Swift],
        }
    }

    #[test]
    fn flows_become_related_information_from_source_to_sink() {
        let text =
            "let zip = contacts.first?.postalCode\nlet body = [\"z\": zip]\nsession.upload(body)\n";
        let at = |needle: &str| {
            let start = text.find(needle).unwrap();
            TextRange::new(start, start + needle.len())
        };
        let diagnostic = trustlint_core::Diagnostic::new(
            &UPLOAD_RULE,
            at("session.upload(body)"),
            "contacts reach the network",
        )
        .with_flow(vec![
            FlowStep {
                range: at("contacts.first?.postalCode"),
                note: "a contact's postal code is read here".into(),
            },
            FlowStep {
                range: at("[\"z\": zip]"),
                note: "it is put in the request body".into(),
            },
        ]);
        let finding = Finding::locate(
            diagnostic,
            "Sources/Sync.swift",
            text,
            &LineIndex::new(text),
            &[],
        );
        let uri = Uri::from_str("file:///p/Sources/Sync.swift").unwrap();
        let map = LineMap::new(text, PositionEncoding::Utf16);
        let converted = to_lsp(&finding, &uri, text, &map);
        assert_eq!(converted.severity, Some(DiagnosticSeverity::WARNING));
        let related = converted.related_information.unwrap();
        let steps: Vec<(u32, u32, u32, &str)> = related
            .iter()
            .map(|r| {
                (
                    r.location.range.start.line,
                    r.location.range.start.character,
                    r.location.range.end.character,
                    r.message.as_str(),
                )
            })
            .collect();
        assert_eq!(
            steps,
            [
                (0, 10, 36, "a contact's postal code is read here"),
                (1, 11, 21, "it is put in the request body"),
            ]
        );
        assert!(related.iter().all(|r| r.location.uri == uri));
    }

    #[test]
    fn severities_map_to_error_warning_information() {
        assert_eq!(severity(Severity::Critical), DiagnosticSeverity::ERROR);
        assert_eq!(severity(Severity::High), DiagnosticSeverity::ERROR);
        assert_eq!(severity(Severity::Medium), DiagnosticSeverity::WARNING);
        assert_eq!(severity(Severity::Low), DiagnosticSeverity::INFORMATION);
    }
}
