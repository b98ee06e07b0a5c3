//! Human output in rustc's layout (annotate-snippets), secrets already masked.

use super::Report;
use crate::finding::Finding;
use crate::rule::Severity;
use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet};

/// Renders every finding, then the errors (`error: path:line: message`) and a
/// summary line. `color` adds ANSI styles; callers decide (terminal, `NO_COLOR`).
pub fn render(report: &Report<'_>, color: bool) -> String {
    let renderer = if color {
        Renderer::styled()
    } else {
        Renderer::plain()
    };
    let mut out = String::new();
    for finding in report.findings {
        out.push_str(&renderer.render(&[finding_group(finding)]).to_string());
        out.push_str("\n\n");
    }
    for error in report.errors {
        let location = match (error.path.as_str(), error.line) {
            ("", _) => String::new(),
            (path, Some(line)) => format!("{path}:{line}: "),
            (path, None) => format!("{path}: "),
        };
        let title = format!("{location}{}", error.message);
        let group = Group::with_title(Level::ERROR.primary_title(title));
        out.push_str(&renderer.render(&[group]).to_string());
        out.push('\n');
    }
    if !report.errors.is_empty() {
        out.push('\n');
    }
    out.push_str(&summary(report));
    out
}

/// Like rustc: `error` for what must never ship (critical), `warning` for the
/// high and medium findings that fail a default run, `note` for low ones.
fn level(severity: Severity) -> Level<'static> {
    match severity {
        Severity::Low => Level::NOTE,
        Severity::Medium | Severity::High => Level::WARNING,
        Severity::Critical => Level::ERROR,
    }
}

/// `high severity, high confidence, CWE-798`: what the level alone does not say.
fn classification(finding: &Finding) -> String {
    let mut parts = vec![
        format!("{} severity", finding.severity),
        format!("{} confidence", finding.confidence.as_str()),
    ];
    parts.extend(finding.rule.cwe.iter().map(|cwe| format!("CWE-{cwe}")));
    parts.join(", ")
}

fn finding_group(finding: &Finding) -> Group<'_> {
    let snippet = &finding.snippet;
    let title = finding.message.as_str();
    let mut source = Snippet::source(snippet.text.as_str())
        .line_start(snippet.first_line)
        .path(finding.path.as_str())
        .annotation(AnnotationKind::Primary.span(snippet.highlight.clone()));
    // Data-flow steps on the snippet's lines are labelled where they are (steps of
    // the deep tier can be in other files).
    for step in &finding.flow {
        let on_snippet = step.path == finding.path
            && step.start.line >= snippet.first_line
            && step.start.line < snippet.first_line + snippet.text.lines().count();
        if on_snippet
            && let Some(span) = column_span(
                &snippet.text,
                step.start.line - snippet.first_line,
                step.start.column,
                step.end,
            )
        {
            source =
                source.annotation(AnnotationKind::Context.span(span).label(step.note.as_str()));
        }
    }
    let mut group = Group::with_title(
        level(finding.severity)
            .primary_title(title)
            .id(finding.rule.id),
    )
    .element(source);
    for (number, step) in finding.flow.iter().enumerate() {
        group = group.element(Level::NOTE.message(format!(
            "flow step {}: {}:{}:{}: {}",
            number + 1,
            step.path,
            step.start.line,
            step.start.column,
            step.note
        )));
    }
    if let Some(introduced) = &finding.introduced {
        group = group.element(Level::NOTE.message(format!(
            "introduced in commit {} ({})",
            short_commit(&introduced.commit),
            introduced.author_date
        )));
    }
    group = group.element(Level::NOTE.message(classification(finding)));
    if let Some(help) = &finding.help {
        group = group.element(Level::HELP.message(help.as_str()));
    }
    group
}

/// The first 12 hex digits of a commit id, as `git log --abbrev=12` shows it.
fn short_commit(commit: &str) -> &str {
    &commit[..commit.len().min(12)]
}

/// Byte span in the snippet for a 1-based column on the snippet's `line_offset`-th line.
fn column_span(
    text: &str,
    line_offset: usize,
    column: usize,
    end: crate::line_index::Position,
) -> Option<std::ops::Range<usize>> {
    let mut line_start = 0;
    for (i, line) in text.split('\n').enumerate() {
        if i == line_offset {
            let start = line_start
                + line
                    .char_indices()
                    .nth(column.saturating_sub(1))
                    .map(|(b, _)| b)?;
            let line_end = line_start + line.len();
            let end_col_byte = line
                .char_indices()
                .nth(end.column.saturating_sub(1))
                .map_or(line.len(), |(b, _)| b);
            let end = (line_start + end_col_byte).clamp(start, line_end);
            return Some(start..end.max(start));
        }
        line_start += line.len() + 1;
    }
    None
}

/// `trustlint: 2 findings (1 high, 1 low) in 14 files, 1 error, 3 baselined (12 ms)`.
fn summary(report: &Report<'_>) -> String {
    let findings = match report.findings.len() {
        0 => "no findings".to_owned(),
        total => {
            let by_severity: Vec<String> = Severity::ALL
                .iter()
                .rev()
                .filter_map(|&severity| {
                    let n = report
                        .findings
                        .iter()
                        .filter(|f| f.severity == severity)
                        .count();
                    (n > 0).then(|| format!("{n} {severity}"))
                })
                .collect();
            format!("{} ({})", plural(total, "finding"), by_severity.join(", "))
        }
    };
    let mut parts = vec![format!(
        "{findings} in {}",
        plural(report.stats.files, "file")
    )];
    if !report.errors.is_empty() {
        parts.push(plural(report.errors.len(), "error"));
    }
    if report.stats.baselined > 0 {
        parts.push(format!("{} baselined", report.stats.baselined));
    }
    format!(
        "trustlint: {} ({} ms)\n",
        parts.join(", "),
        report.stats.duration_ms
    )
}

fn plural(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}
