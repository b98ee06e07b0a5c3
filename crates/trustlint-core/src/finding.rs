//! Located, redacted findings: what every reporter, the LSP server and baselines see.

use crate::diagnostic::{Diagnostic, TextRange};
use crate::line_index::{LineIndex, Position};
use crate::redact::redact_secret;
use crate::rule::{Confidence, RuleMeta, Severity};
use sha2::{Digest, Sha256};
use std::ops::Range;

/// Longest snippet a finding carries; longer ranges are cut at the first lines.
const MAX_SNIPPET_LINES: usize = 6;

#[derive(Clone, Debug)]
pub struct Finding {
    pub rule: &'static RuleMeta,
    pub severity: Severity,
    pub confidence: Confidence,
    /// Relative to the scan root, `/`-separated.
    pub path: String,
    pub range: TextRange,
    pub start: Position,
    /// Exclusive end.
    pub end: Position,
    /// Redacted.
    pub message: String,
    pub help: Option<String>,
    pub snippet: Snippet,
    /// Stable across line moves: a hash of the rule, the path and the flagged
    /// content, with `:N` counting identical findings in the same file.
    pub fingerprint: String,
    pub flow: Vec<FlowLocation>,
    /// Set by history scans only: the commit that first brought this finding into
    /// the repository.
    pub introduced: Option<Introduction>,
}

/// The commit where a finding first appeared in git history. Deliberately without
/// the commit message: it is free text that may itself hold a secret.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Introduction {
    /// The full commit id (hex).
    pub commit: String,
    /// The author date, `YYYY-MM-DD` in UTC.
    pub author_date: String,
}

/// The lines around a finding, with every secret masked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Snippet {
    pub first_line: usize,
    pub text: String,
    /// The finding's range inside `text` (after masking).
    pub highlight: Range<usize>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FlowLocation {
    pub path: String,
    pub start: Position,
    pub end: Position,
    pub note: String,
}

impl Finding {
    /// Turns an analyzer's diagnostic into a finding of `path`, masking the secrets
    /// of `diagnostic` and of `other_secrets` (secrets found elsewhere on the same lines).
    pub fn locate(
        diagnostic: Diagnostic,
        path: &str,
        text: &str,
        index: &LineIndex<'_>,
        other_secrets: &[TextRange],
    ) -> Finding {
        let range = clamp_range(diagnostic.range, text);
        let start = index.position(range.start);
        let end = index.position(range.end);
        let mut secrets: Vec<TextRange> = diagnostic
            .secrets
            .iter()
            .chain(other_secrets)
            .map(|&r| clamp_range(r, text))
            .collect();
        secrets.sort();
        secrets.dedup();
        let snippet = masked_snippet(text, index, range, start.line, end.line, &secrets);
        let fingerprint = content_hash(diagnostic.rule.id, path, &text[range.as_range()]);
        let flow = diagnostic
            .flow
            .iter()
            .map(|step| {
                let step_range = clamp_range(step.range, text);
                FlowLocation {
                    path: path.to_owned(),
                    start: index.position(step_range.start),
                    end: index.position(step_range.end),
                    note: step.note.clone(),
                }
            })
            .collect();
        Finding {
            rule: diagnostic.rule,
            severity: diagnostic.severity.unwrap_or(diagnostic.rule.severity),
            confidence: diagnostic.confidence.unwrap_or(diagnostic.rule.confidence),
            path: path.to_owned(),
            range,
            start,
            end,
            message: diagnostic.message,
            help: diagnostic.help,
            snippet,
            fingerprint,
            flow,
            introduced: None,
        }
    }
}

/// Gives identical findings of one file distinct fingerprints (`hash:0`, `hash:1`, …)
/// in source order. Call once per file, after suppressions.
pub fn number_fingerprints(findings: &mut [Finding]) {
    findings.sort_by(|a, b| {
        (&a.path, a.range.start, a.rule.id).cmp(&(&b.path, b.range.start, b.rule.id))
    });
    let mut seen = std::collections::HashMap::<String, usize>::new();
    for finding in findings.iter_mut() {
        let base = finding
            .fingerprint
            .split(':')
            .next()
            .unwrap_or_default()
            .to_owned();
        let count = seen.entry(base.clone()).or_default();
        finding.fingerprint = format!("{base}:{count}");
        *count += 1;
    }
}

fn clamp_range(range: TextRange, text: &str) -> TextRange {
    let end = crate::line_index::floor_char_boundary(text, range.end.min(text.len()));
    let start = crate::line_index::floor_char_boundary(text, range.start.min(end));
    TextRange::new(start, end)
}

/// Hash of the rule, the path and the flagged text with whitespace collapsed, so that
/// moving lines or re-indenting keeps the fingerprint while a changed secret changes it.
/// Only the one-way hash leaves this function.
fn content_hash(rule: &str, path: &str, flagged: &str) -> String {
    let normalised: Vec<&str> = flagged.split_whitespace().collect();
    let mut hasher = Sha256::new();
    hasher.update(rule.as_bytes());
    hasher.update([0]);
    hasher.update(path.as_bytes());
    hasher.update([0]);
    hasher.update(normalised.join(" ").as_bytes());
    let digest = hasher.finalize();
    digest[..16].iter().map(|b| format!("{b:02x}")).collect()
}

/// `text[range]` with every secret inside it replaced by its redacted form.
fn mask(text: &str, range: TextRange, secrets: &[TextRange]) -> String {
    let mut out = String::new();
    let mut cursor = range.start;
    for secret in secrets {
        let start = secret.start.max(range.start);
        let end = secret.end.min(range.end);
        if start >= end || start < cursor {
            continue;
        }
        out.push_str(&text[cursor..start]);
        out.push_str(&redact_secret(&text[secret.start..secret.end]));
        cursor = end;
    }
    if cursor < range.end {
        out.push_str(&text[cursor..range.end]);
    }
    out
}

fn masked_snippet(
    text: &str,
    index: &LineIndex<'_>,
    range: TextRange,
    first_line: usize,
    last_line: usize,
    secrets: &[TextRange],
) -> Snippet {
    let last_line = last_line.min(first_line + MAX_SNIPPET_LINES - 1);
    let lines = TextRange::new(index.line_start(first_line), index.line_end(last_line));
    let lines = TextRange::new(lines.start, lines.end.max(lines.start));
    let before = mask(
        text,
        TextRange::new(lines.start, range.start.max(lines.start)),
        secrets,
    );
    let inside_end = range.end.min(lines.end).max(range.start);
    // A secret that straddles the range start is masked as part of the highlight.
    let inside = mask(text, TextRange::new(range.start, inside_end), secrets);
    let after = mask(text, TextRange::new(inside_end, lines.end), secrets);
    let highlight = before.len()..before.len() + inside.len();
    Snippet {
        first_line,
        text: format!("{before}{inside}{after}"),
        highlight,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::declare_rule;

    declare_rule! {
        /// Test rule.
        static TEST_RULE = {
            id: "credentials/test-token",
            summary: "test",
            cwe: [798],
            severity: High,
            confidence: High,
            languages: [Rust],
        }
    }

    fn locate(text: &str, range: Range<usize>, secret: Range<usize>) -> Finding {
        let diagnostic =
            Diagnostic::new(&TEST_RULE, range.into(), "hardcoded token").with_secret(secret.into());
        Finding::locate(diagnostic, "src/main.rs", text, &LineIndex::new(text), &[])
    }

    #[test]
    fn snippet_masks_the_secret_and_highlights_it() {
        let text = "fn main() {\n    let key = \"AKIAABCDEFGHIJKLMNOP\";\n}\n";
        let start = text.find("AKIA").unwrap();
        let finding = locate(text, start - 1..start + 21, start..start + 20);
        assert_eq!(
            finding.start,
            Position {
                line: 2,
                column: 15
            }
        );
        assert_eq!(finding.snippet.text, "    let key = \"AKIA…(20 chars)\";");
        assert_eq!(
            &finding.snippet.text[finding.snippet.highlight.clone()],
            "\"AKIA…(20 chars)\""
        );
        assert!(!finding.snippet.text.contains("ABCDEFGHIJKLMNOP"));
    }

    #[test]
    fn fingerprint_survives_moved_lines_but_not_changed_secrets() {
        let a = "let key = \"AKIAABCDEFGHIJKLMNOP\";\n";
        let b = "\n\n  let key = \"AKIAABCDEFGHIJKLMNOP\";\n";
        let c = "let key = \"AKIAABCDEFGHIJKLMNOQ\";\n";
        let at = |t: &str| {
            let s = t.find("AKIA").unwrap();
            locate(t, s..s + 20, s..s + 20).fingerprint
        };
        assert_eq!(at(a), at(b));
        assert_ne!(at(a), at(c));
    }
}
