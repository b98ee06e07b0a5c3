//! Human output in rustc's layout (annotate-snippets), secrets already masked.

use super::Report;
use crate::finding::Finding;
use crate::rule::Severity;
use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet};

/// Renders every finding, then the errors and a summary line.
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
        let location = match error.line {
            Some(line) => format!("{}:{line}", error.path),
            None => error.path.clone(),
        };
        out.push_str(&format!("error: {location}: {}\n", error.message));
    }
    out.push_str(&summary(report));
    out
}

fn level(severity: Severity) -> Level<'static> {
    match severity {
        Severity::Low => Level::NOTE,
        Severity::Medium => Level::WARNING,
        Severity::High | Severity::Critical => Level::ERROR,
    }
}

fn finding_group(finding: &Finding) -> Group<'_> {
    let snippet = &finding.snippet;
    let title = format!("{} [{}]", finding.message, finding.severity);
    let mut source = Snippet::source(snippet.text.as_str())
        .line_start(snippet.first_line)
        .path(finding.path.as_str())
        .annotation(AnnotationKind::Primary.span(snippet.highlight.clone()));
    // Data-flow steps on the snippet's lines are labelled where they are.
    for step in &finding.flow {
        if step.start.line >= snippet.first_line
            && step.start.line < snippet.first_line + snippet.text.lines().count()
        {
            if let Some(span) = column_span(
                &snippet.text,
                step.start.line - snippet.first_line,
                step.start.column,
                step.end,
            ) {
                source =
                    source.annotation(AnnotationKind::Context.span(span).label(step.note.as_str()));
            }
        }
    }
    let mut group = Group::with_title(
        level(finding.severity)
            .primary_title(title)
            .id(finding.rule.id),
    )
    .element(source);
    for step in &finding.flow {
        group = group.element(Level::NOTE.message(format!(
            "{}:{}:{}: {}",
            step.path, step.start.line, step.start.column, step.note
        )));
    }
    if let Some(help) = &finding.help {
        group = group.element(Level::HELP.message(help.as_str()));
    }
    group
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

fn summary(report: &Report<'_>) -> String {
    let count = |s: Severity| report.findings.iter().filter(|f| f.severity == s).count();
    let files = report.stats.files;
    if report.findings.is_empty() {
        return format!(
            "trustlint: no findings in {files} files ({} ms)\n",
            report.stats.duration_ms
        );
    }
    format!(
        "trustlint: {} findings ({} critical, {} high, {} medium, {} low) in {files} files ({} ms)\n",
        report.findings.len(),
        count(Severity::Critical),
        count(Severity::High),
        count(Severity::Medium),
        count(Severity::Low),
        report.stats.duration_ms
    )
}
