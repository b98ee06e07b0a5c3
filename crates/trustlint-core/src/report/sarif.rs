//! `--format sarif`: SARIF 2.1.0 as GitHub code scanning reads it. Every rule
//! trustlint knows is listed (code scanning closes alerts of rules that disappear
//! from `tool.driver.rules`), results point at paths relative to `%SRCROOT%`, and
//! `partialFingerprints.primaryLocationLineHash` is trustlint's own fingerprint, which
//! survives moved lines. Errors in single files are tool execution notifications:
//! the scan itself still succeeded.

use super::{Report, ReportError};
use crate::finding::{Finding, FlowLocation};
use crate::line_index::Position;
use crate::rule::{Category, Confidence, RuleMeta, Severity};
use serde::Serialize;
use std::collections::BTreeMap;

pub const SARIF_SCHEMA_URI: &str = "https://json.schemastore.org/sarif-2.1.0.json";
const SARIF_VERSION: &str = "2.1.0";
/// The base id every artifact location is relative to.
pub const SRCROOT: &str = "%SRCROOT%";
const INFORMATION_URI: &str = env!("CARGO_PKG_REPOSITORY");

pub fn render(report: &Report<'_>) -> String {
    let log = SarifLog {
        schema: SARIF_SCHEMA_URI,
        version: SARIF_VERSION,
        runs: vec![run(report)],
    };
    let mut out = serde_json::to_string_pretty(&log).expect("SARIF structs always serialise");
    out.push('\n');
    out
}

fn run<'a>(report: &'a Report<'a>) -> Run<'a> {
    let rules: Vec<ReportingDescriptor<'a>> = report.rules.iter().map(|r| descriptor(r)).collect();
    let results = report
        .findings
        .iter()
        .map(|finding| {
            let rule_index = report.rules.iter().position(|r| r.id == finding.rule.id);
            result(finding, rule_index)
        })
        .collect();
    Run {
        tool: Tool {
            driver: ToolComponent {
                name: "trustlint",
                version: report.tool_version,
                semantic_version: report.tool_version,
                information_uri: INFORMATION_URI,
                rules,
            },
        },
        invocations: vec![Invocation {
            execution_successful: true,
            tool_execution_notifications: report.errors.iter().map(notification).collect(),
        }],
        original_uri_base_ids: report.root_uri.as_ref().map(|uri| {
            BTreeMap::from([(
                SRCROOT,
                ArtifactLocation {
                    uri: uri.clone(),
                    uri_base_id: None,
                },
            )])
        }),
        column_kind: "unicodeCodePoints",
        results,
    }
}

/// SARIF's three result levels: `error` for what must not ship (high and critical),
/// `warning` for medium, `note` for low.
pub fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Low => "note",
        Severity::Medium => "warning",
        Severity::High | Severity::Critical => "error",
    }
}

fn precision(confidence: Confidence) -> &'static str {
    match confidence {
        Confidence::Low => "low",
        Confidence::Medium => "medium",
        Confidence::High => "high",
    }
}

fn descriptor<'a>(rule: &'a RuleMeta) -> ReportingDescriptor<'a> {
    let markdown_docs = rule.markdown_docs();
    let full_description =
        docs_section(&markdown_docs, "What it finds").unwrap_or_else(|| rule.summary.to_owned());
    let is_security_rule = rule.category() != Category::Tool;
    // trustlint's checks of its own suppression comments are housekeeping: they carry
    // no security tag or score, so code scanning does not file them as vulnerabilities.
    let mut tags = if is_security_rule {
        vec!["security".to_owned(), rule.category().as_str().to_owned()]
    } else {
        vec![
            "maintainability".to_owned(),
            rule.category().as_str().to_owned(),
        ]
    };
    tags.extend(rule.cwe.iter().map(|cwe| format!("external/cwe/cwe-{cwe}")));
    ReportingDescriptor {
        id: rule.id,
        name: rule.name(),
        short_description: Text { text: rule.summary },
        full_description: OwnedText {
            text: full_description,
        },
        help: Help {
            text: markdown_docs.clone(),
            markdown: markdown_docs,
        },
        default_configuration: DefaultConfiguration {
            level: level(rule.severity),
        },
        properties: RuleProperties {
            tags,
            precision: precision(rule.confidence),
            security_severity: is_security_rule.then(|| rule.severity.security_severity()),
        },
    }
}

/// The text under `## <heading>` in a rule's docs, joined into one paragraph.
fn docs_section(docs: &str, heading: &str) -> Option<String> {
    let mut lines = docs
        .lines()
        .skip_while(|l| l.trim() != format!("## {heading}"));
    lines.next()?;
    let text = lines
        .take_while(|l| !l.starts_with("## "))
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    (!text.is_empty()).then_some(text)
}

fn result(finding: &Finding, rule_index: Option<usize>) -> SarifResult<'_> {
    let highlighted = &finding.snippet.text[finding.snippet.highlight.clone()];
    let snippet_last_line = finding.snippet.first_line + finding.snippet.text.lines().count();
    let location = Location {
        physical_location: PhysicalLocation {
            artifact_location: relative_location(&finding.path),
            region: Some(Region {
                start_line: finding.start.line,
                start_column: Some(finding.start.column),
                end_line: Some(finding.end.line),
                end_column: Some(finding.end.column),
                snippet: Some(OwnedText {
                    text: highlighted.to_owned(),
                }),
            }),
            context_region: Some(Region {
                start_line: finding.snippet.first_line,
                start_column: None,
                end_line: Some(
                    snippet_last_line
                        .saturating_sub(1)
                        .max(finding.snippet.first_line),
                ),
                end_column: None,
                snippet: Some(OwnedText {
                    text: finding.snippet.text.clone(),
                }),
            }),
        },
        message: None,
    };
    let code_flows = (!finding.flow.is_empty()).then(|| {
        let mut steps: Vec<ThreadFlowLocation> = finding.flow.iter().map(flow_step).collect();
        steps.push(ThreadFlowLocation {
            location: Location {
                message: Some(OwnedText {
                    text: finding.message.clone(),
                }),
                ..location.clone()
            },
        });
        vec![CodeFlow {
            thread_flows: vec![ThreadFlow { locations: steps }],
        }]
    });
    SarifResult {
        rule_id: finding.rule.id,
        rule_index,
        level: level(finding.severity),
        message: OwnedText {
            text: finding.message.clone(),
        },
        locations: vec![location],
        partial_fingerprints: PartialFingerprints {
            primary_location_line_hash: &finding.fingerprint,
        },
        code_flows,
        properties: ResultProperties {
            severity: finding.severity.as_str(),
            confidence: finding.confidence.as_str(),
        },
    }
}

fn flow_step(step: &FlowLocation) -> ThreadFlowLocation {
    ThreadFlowLocation {
        location: Location {
            physical_location: PhysicalLocation {
                artifact_location: relative_location(&step.path),
                region: Some(span_region(step.start, step.end)),
                context_region: None,
            },
            message: Some(OwnedText {
                text: step.note.clone(),
            }),
        },
    }
}

fn span_region(start: Position, end: Position) -> Region {
    Region {
        start_line: start.line,
        start_column: Some(start.column),
        end_line: Some(end.line),
        end_column: Some(end.column),
        snippet: None,
    }
}

fn relative_location(path: &str) -> ArtifactLocation {
    ArtifactLocation {
        uri: encode_uri_path(path),
        uri_base_id: Some(SRCROOT),
    }
}

fn notification(error: &ReportError) -> Notification {
    let locations = if error.path.is_empty() {
        Vec::new()
    } else {
        vec![Location {
            physical_location: PhysicalLocation {
                artifact_location: relative_location(&error.path),
                region: error.line.map(|line| Region {
                    start_line: line,
                    start_column: None,
                    end_line: None,
                    end_column: None,
                    snippet: None,
                }),
                context_region: None,
            },
            message: None,
        }]
    };
    Notification {
        level: "error",
        message: OwnedText {
            text: error.message.clone(),
        },
        locations,
    }
}

/// The `file://` URI of an absolute directory, ending in `/` as SARIF requires of
/// `originalUriBaseIds`. Windows paths (`C:\src`) become `file:///C:/src/`.
pub fn directory_uri(absolute: &str) -> String {
    let slashed = absolute.replace('\\', "/");
    let rooted = if slashed.starts_with('/') {
        slashed
    } else {
        format!("/{slashed}")
    };
    let encoded = encode_uri_path(&rooted);
    if encoded.ends_with('/') {
        format!("file://{encoded}")
    } else {
        format!("file://{encoded}/")
    }
}

/// Percent-encodes everything in a `/`-separated path that is not an unreserved URI
/// character (spaces, `#`, `%`, non-ASCII, …).
fn encode_uri_path(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    for byte in path.bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~/:".contains(&byte) {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

#[derive(Serialize)]
struct SarifLog<'a> {
    #[serde(rename = "$schema")]
    schema: &'static str,
    version: &'static str,
    runs: Vec<Run<'a>>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Run<'a> {
    tool: Tool<'a>,
    invocations: Vec<Invocation>,
    #[serde(skip_serializing_if = "Option::is_none")]
    original_uri_base_ids: Option<BTreeMap<&'static str, ArtifactLocation>>,
    column_kind: &'static str,
    results: Vec<SarifResult<'a>>,
}

#[derive(Serialize)]
struct Tool<'a> {
    driver: ToolComponent<'a>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct ToolComponent<'a> {
    name: &'static str,
    version: &'a str,
    semantic_version: &'a str,
    information_uri: &'static str,
    rules: Vec<ReportingDescriptor<'a>>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct ReportingDescriptor<'a> {
    id: &'a str,
    name: &'a str,
    short_description: Text<'a>,
    full_description: OwnedText,
    help: Help,
    default_configuration: DefaultConfiguration,
    properties: RuleProperties,
}

#[derive(Serialize)]
struct Text<'a> {
    text: &'a str,
}

#[derive(Clone, Serialize)]
struct OwnedText {
    text: String,
}

#[derive(Serialize)]
struct Help {
    text: String,
    markdown: String,
}

#[derive(Serialize)]
struct DefaultConfiguration {
    level: &'static str,
}

#[derive(Serialize)]
struct RuleProperties {
    tags: Vec<String>,
    precision: &'static str,
    #[serde(rename = "security-severity", skip_serializing_if = "Option::is_none")]
    security_severity: Option<&'static str>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct SarifResult<'a> {
    rule_id: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    rule_index: Option<usize>,
    level: &'static str,
    message: OwnedText,
    locations: Vec<Location>,
    partial_fingerprints: PartialFingerprints<'a>,
    #[serde(skip_serializing_if = "Option::is_none")]
    code_flows: Option<Vec<CodeFlow>>,
    properties: ResultProperties,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct PartialFingerprints<'a> {
    primary_location_line_hash: &'a str,
}

#[derive(Serialize)]
struct ResultProperties {
    severity: &'static str,
    confidence: &'static str,
}

#[derive(Clone, Serialize)]
#[serde(rename_all = "camelCase")]
struct Location {
    physical_location: PhysicalLocation,
    #[serde(skip_serializing_if = "Option::is_none")]
    message: Option<OwnedText>,
}

#[derive(Clone, Serialize)]
#[serde(rename_all = "camelCase")]
struct PhysicalLocation {
    artifact_location: ArtifactLocation,
    #[serde(skip_serializing_if = "Option::is_none")]
    region: Option<Region>,
    #[serde(skip_serializing_if = "Option::is_none")]
    context_region: Option<Region>,
}

#[derive(Clone, Serialize)]
#[serde(rename_all = "camelCase")]
struct ArtifactLocation {
    uri: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    uri_base_id: Option<&'static str>,
}

#[derive(Clone, Serialize)]
#[serde(rename_all = "camelCase")]
struct Region {
    start_line: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    start_column: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    end_line: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    end_column: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    snippet: Option<OwnedText>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct CodeFlow {
    thread_flows: Vec<ThreadFlow>,
}

#[derive(Serialize)]
struct ThreadFlow {
    locations: Vec<ThreadFlowLocation>,
}

#[derive(Serialize)]
struct ThreadFlowLocation {
    location: Location,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Invocation {
    execution_successful: bool,
    tool_execution_notifications: Vec<Notification>,
}

#[derive(Serialize)]
struct Notification {
    level: &'static str,
    message: OwnedText,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    locations: Vec<Location>,
}
