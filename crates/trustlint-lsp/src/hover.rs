//! Hovering over a finding shows its rule's documentation.

use lsp_types::{Hover, HoverContents, MarkupContent, MarkupKind, Range};
use trustlint_core::RuleMeta;

pub fn rule_docs(rule: &RuleMeta, range: Range) -> Hover {
    let cwe: Vec<String> = rule.cwe.iter().map(|c| format!("CWE-{c}")).collect();
    let value = format!(
        "**{}** — {}\n\nSeverity: {} · Confidence: {} · {}\n\n{}",
        rule.id,
        rule.summary,
        rule.severity.as_str(),
        rule.confidence.as_str(),
        cwe.join(", "),
        rule.docs.trim()
    );
    Hover {
        contents: HoverContents::Markup(MarkupContent {
            kind: MarkupKind::Markdown,
            value,
        }),
        range: Some(range),
    }
}
