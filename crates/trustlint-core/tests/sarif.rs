//! The SARIF reporter on a data-upload finding with a flow: valid against the
//! official schema, with the flow as a code flow from source to sink.

use serde_json::Value;
use std::path::Path;
use trustlint_core::report::{Report, ReportError, ReportStats, sarif};
use trustlint_core::{Diagnostic, Finding, FlowStep, LineIndex, TextRange, declare_rule};

declare_rule! {
    /// ## What it finds
    /// Contacts read from the address book reach a network call.
    ///
    /// ## Why it matters
    /// Test rule.
    static CONTACTS_UPLOAD = {
        id: "data-upload/contacts-to-network",
        summary: "Contacts are sent over the network",
        cwe: [359, 201],
        severity: Critical,
        confidence: Medium,
        languages: [Swift],
    }
}

const SOURCE: &str = "\
let contacts = try store.unifiedContacts(matching: predicate, keysToFetch: keys)
let body = try JSONEncoder().encode(contacts.map(\\.phoneNumbers))
session.uploadTask(with: request, from: body).resume()
";

fn range_of(needle: &str) -> TextRange {
    let start = SOURCE.find(needle).expect("needle");
    TextRange::new(start, start + needle.len())
}

fn sarif_of_flow_finding() -> Value {
    let diagnostic = Diagnostic::new(
        &CONTACTS_UPLOAD,
        range_of("session.uploadTask(with: request, from: body)"),
        "contacts are uploaded without consent",
    );
    let diagnostic = Diagnostic {
        flow: vec![
            FlowStep {
                range: range_of("store.unifiedContacts(matching: predicate, keysToFetch: keys)"),
                note: "contacts are read here".to_owned(),
            },
            FlowStep {
                range: range_of("JSONEncoder().encode(contacts.map(\\.phoneNumbers))"),
                note: "phone numbers are encoded into the body".to_owned(),
            },
        ],
        ..diagnostic
    };
    let finding = Finding::locate(
        diagnostic,
        "Sources/Sync Service/ContactSync.swift",
        SOURCE,
        &LineIndex::new(SOURCE),
        &[],
    );
    let errors = [ReportError {
        path: String::new(),
        line: None,
        message: "cannot start worker threads".to_owned(),
    }];
    let report = Report {
        tool_version: "0.1.0",
        findings: std::slice::from_ref(&finding),
        errors: &errors,
        stats: ReportStats::default(),
        rules: &[&CONTACTS_UPLOAD],
        root_uri: Some(sarif::directory_uri("/home/dev/my app")),
    };
    serde_json::from_str(&sarif::render(&report)).expect("SARIF is JSON")
}

#[test]
fn flow_becomes_a_code_flow_from_source_to_sink() {
    let sarif = sarif_of_flow_finding();
    let run = &sarif["runs"][0];
    assert_eq!(
        run["originalUriBaseIds"]["%SRCROOT%"]["uri"],
        "file:///home/dev/my%20app/"
    );
    let result = &run["results"][0];
    assert_eq!(result["level"], "error");
    assert_eq!(
        result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
        "Sources/Sync%20Service/ContactSync.swift"
    );
    let steps = result["codeFlows"][0]["threadFlows"][0]["locations"]
        .as_array()
        .unwrap();
    let summary: Vec<(u64, &str)> = steps
        .iter()
        .map(|step| {
            let location = &step["location"];
            (
                location["physicalLocation"]["region"]["startLine"]
                    .as_u64()
                    .unwrap(),
                location["message"]["text"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        summary,
        [
            (1, "contacts are read here"),
            (2, "phone numbers are encoded into the body"),
            (3, "contacts are uploaded without consent"),
        ]
    );
    let rule = &run["tool"]["driver"]["rules"][0];
    assert_eq!(
        rule["properties"]["tags"],
        serde_json::json!([
            "security",
            "data-upload",
            "external/cwe/cwe-359",
            "external/cwe/cwe-201"
        ])
    );
    assert_eq!(rule["properties"]["security-severity"], "9.5");
    assert_eq!(rule["properties"]["precision"], "medium");
    let notification = &run["invocations"][0]["toolExecutionNotifications"][0];
    assert_eq!(
        notification["message"]["text"],
        "cannot start worker threads"
    );
    assert!(notification.get("locations").is_none());
}

#[test]
fn flow_finding_is_valid_against_the_sarif_schema() {
    let schema_path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../test-fixtures/sarif/sarif-2.1.0-rtm.5.json");
    let schema: Value =
        serde_json::from_str(&std::fs::read_to_string(schema_path).unwrap()).unwrap();
    let validator = jsonschema::draft4::options()
        .offline()
        .should_validate_formats(true)
        .build(&compilable(schema))
        .expect("the schema compiles offline");
    let sarif = sarif_of_flow_finding();
    let problems: Vec<String> = validator
        .iter_errors(&sarif)
        .map(|err| format!("{err} at {}", err.instance_path()))
        .collect();
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// The schema as published, except for one pattern: the `language` properties' pattern
/// has a stray `]` (a literal in ECMA-262 regexes) that Rust regex engines reject,
/// so jsonschema's check of the schema itself fails. It is escaped; nothing else changes.
fn compilable(mut schema: Value) -> Value {
    fn escape(value: &mut Value, fixed: &mut usize) {
        match value {
            Value::String(s) if s == "^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}]?$" => {
                *s = r"^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}\]?$".to_owned();
                *fixed += 1;
            }
            Value::Array(items) => items.iter_mut().for_each(|v| escape(v, fixed)),
            Value::Object(map) => map.values_mut().for_each(|v| escape(v, fixed)),
            _ => {}
        }
    }
    let mut fixed = 0;
    escape(&mut schema, &mut fixed);
    assert_eq!(fixed, 2, "the schema changed; revisit this workaround");
    schema
}
