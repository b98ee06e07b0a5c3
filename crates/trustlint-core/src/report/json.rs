//! `--format json`: the contract in DESIGN.md. Paths relative to the scan root,
//! 1-based lines and columns; messages and snippets are already redacted.

use super::Report;
use serde_json::{Value, json};

pub const JSON_FORMAT_VERSION: &str = "1";

pub fn render(report: &Report<'_>) -> String {
    let findings: Vec<Value> = report
        .findings
        .iter()
        .map(|f| {
            json!({
                "rule": f.rule.id,
                "category": f.rule.category().as_str(),
                "severity": f.severity.as_str(),
                "confidence": f.confidence.as_str(),
                "path": f.path,
                "line": f.start.line,
                "column": f.start.column,
                "end_line": f.end.line,
                "end_column": f.end.column,
                "message": f.message,
                "help": f.help,
                "snippet": f.snippet.text,
                "fingerprint": f.fingerprint,
                "cwe": f.rule.cwe.iter().map(|c| format!("CWE-{c}")).collect::<Vec<_>>(),
                "flow": f.flow.iter().map(|step| json!({
                    "path": step.path,
                    "line": step.start.line,
                    "column": step.start.column,
                    "note": step.note,
                })).collect::<Vec<_>>(),
            })
        })
        .collect();
    let errors: Vec<Value> = report
        .errors
        .iter()
        .map(|e| json!({ "path": e.path, "line": e.line, "message": e.message }))
        .collect();
    let value = json!({
        "version": JSON_FORMAT_VERSION,
        "tool": { "name": "trustlint", "version": report.tool_version },
        "findings": findings,
        "errors": errors,
        "stats": {
            "files": report.stats.files,
            "bytes": report.stats.bytes,
            "duration_ms": report.stats.duration_ms,
            "baselined": report.stats.baselined,
        },
    });
    let mut out = serde_json::to_string_pretty(&value).expect("JSON values always serialise");
    out.push('\n');
    out
}
