//! Inline suppressions: `// trustlint:allow(<rule-or-category>[, ...]) -- <reason>`
//! (`#` in config files) on the finding's line, or alone on the line above it.
//! A suppression without a reason suppresses nothing; one that matches nothing is reported.

use crate::diagnostic::{Diagnostic, TextRange};
use crate::finding::Finding;
use crate::line_index::LineIndex;
use crate::rule::RuleMeta;
use crate::rules;

const MARKER: &str = "trustlint:allow(";

/// Comment openers after which a suppression is recognised.
const COMMENT_OPENERS: [&str; 4] = ["//", "/*", "#", "<!--"];

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Suppression {
    /// The `trustlint:allow(...)` text, for reporting.
    pub range: TextRange,
    /// 1-based line of the comment.
    pub line: usize,
    /// 1-based line whose findings it covers.
    pub target_line: usize,
    /// Rule ids or categories, as written.
    pub rules: Vec<String>,
    pub reason: Option<String>,
}

impl Suppression {
    pub fn covers(&self, rule: &RuleMeta) -> bool {
        self.rules
            .iter()
            .any(|name| name == rule.id || name == rule.category().as_str())
    }
}

/// Finds every suppression comment in `text`.
pub fn parse_suppressions(text: &str) -> Vec<Suppression> {
    // Most files have none; finding that out needs no line index.
    if !text.contains(MARKER) {
        return Vec::new();
    }
    let index = LineIndex::new(text);
    let mut found = Vec::new();
    let mut next_code: Option<Vec<usize>> = None;
    for line in 1..=index.line_count() {
        let line_text = index.line_text(line);
        let Some(marker_at) = line_text.find(MARKER) else {
            continue;
        };
        let before = &line_text[..marker_at];
        let Some(opener_at) = COMMENT_OPENERS.iter().filter_map(|o| before.find(o)).min() else {
            continue;
        };
        let after = &line_text[marker_at + MARKER.len()..];
        let Some(close) = after.find(')') else {
            continue;
        };
        let rules = after[..close]
            .split(',')
            .map(str::trim)
            .filter(|r| !r.is_empty())
            .map(str::to_owned)
            .collect();
        let reason = after[close + 1..]
            .trim_start()
            .strip_prefix("--")
            .map(|r| {
                r.trim()
                    .trim_end_matches("*/")
                    .trim_end_matches("-->")
                    .trim()
            })
            .filter(|r| !r.is_empty())
            .map(str::to_owned);
        let standalone = line_text[..opener_at].trim().is_empty();
        let target_line = if standalone {
            next_code.get_or_insert_with(|| next_code_lines(&index))[line]
        } else {
            line
        };
        let start = index.line_start(line) + marker_at;
        found.push(Suppression {
            range: TextRange::new(start, start + MARKER.len() + close + 1),
            line,
            target_line,
            rules,
            reason,
        });
    }
    found
}

/// For every line, the first line after it that is not blank and not only a
/// comment (the next line at the end of the file). One backward pass: searching
/// forward from each suppression made a file of suppression comments quadratic.
fn next_code_lines(index: &LineIndex<'_>) -> Vec<usize> {
    let count = index.line_count();
    let mut next = vec![0; count + 1];
    let mut following_code = None;
    for line in (1..=count).rev() {
        next[line] = following_code.unwrap_or(line + 1);
        let text = index.line_text(line).trim_start();
        if !text.is_empty() && !COMMENT_OPENERS.iter().any(|o| text.starts_with(o)) {
            following_code = Some(line);
        }
    }
    next
}

/// Removes the findings that valid suppressions cover and reports the suppressions
/// that are invalid or unused.
///
/// `is_known` says whether a rule id or category exists; `is_enabled` whether a rule
/// ran in this scan (a suppression for a rule that did not run is not "unused").
/// `secrets` are the file's secret ranges, masked in the snippets of what is reported.
pub fn apply_suppressions(
    findings: Vec<Finding>,
    path: &str,
    text: &str,
    secrets: &[TextRange],
    is_known: impl Fn(&str) -> bool,
    is_enabled: impl Fn(&str) -> bool,
) -> Vec<Finding> {
    let suppressions = parse_suppressions(text);
    if suppressions.is_empty() {
        return findings;
    }
    let mut used = vec![false; suppressions.len()];
    let mut kept: Vec<Finding> = findings
        .into_iter()
        .filter(|finding| {
            let covering = suppressions.iter().position(|s| {
                s.reason.is_some() && s.target_line == finding.start.line && s.covers(finding.rule)
            });
            if let Some(i) = covering {
                used[i] = true;
            }
            covering.is_none()
        })
        .collect();
    let index = LineIndex::new(text);
    for (suppression, used) in suppressions.iter().zip(used) {
        let diagnostic = if suppression.reason.is_none() {
            Diagnostic::new(
                &rules::trustlint::suppression_without_reason::RULE,
                suppression.range,
                "suppression gives no reason, so it suppresses nothing",
            )
            .with_help("add ` -- <why this is acceptable>` after the closing parenthesis")
        } else if let Some(unknown) = suppression.rules.iter().find(|r| !is_known(r)) {
            Diagnostic::new(
                &rules::trustlint::unused_suppression::RULE,
                suppression.range,
                format!("suppression names `{unknown}`, which is neither a rule id nor a category"),
            )
            .with_help("`trustlint rules` lists the rule ids")
        } else if !used && suppression.rules.iter().any(|r| is_enabled(r)) {
            Diagnostic::new(
                &rules::trustlint::unused_suppression::RULE,
                suppression.range,
                format!(
                    "suppression of `{}` matches no finding on line {}",
                    suppression.rules.join(", "),
                    suppression.target_line
                ),
            )
            .with_help("remove the comment if the finding is gone")
        } else {
            continue;
        };
        kept.push(Finding::locate(diagnostic, path, text, &index, secrets));
    }
    kept
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_trailing_and_standalone_comments() {
        let text = "let a = 1; // trustlint:allow(credentials/aws-access-key) -- docs example\n\
                    # trustlint:allow(credentials, debug-entry)\n\
                    // another comment\n\
                    KEY=value\n";
        let found = parse_suppressions(text);
        assert_eq!(found.len(), 2);
        assert_eq!(found[0].target_line, 1);
        assert_eq!(found[0].reason.as_deref(), Some("docs example"));
        assert_eq!(found[1].rules, ["credentials", "debug-entry"]);
        assert_eq!(found[1].target_line, 4);
        assert_eq!(found[1].reason, None);
    }

    #[test]
    fn marker_outside_a_comment_is_not_a_suppression() {
        assert!(parse_suppressions("let s = \"trustlint:allow(x) -- y\";").is_empty());
    }
}
