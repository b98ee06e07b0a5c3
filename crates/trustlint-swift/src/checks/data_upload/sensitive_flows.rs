//! Sensitive data (contacts, location, clipboard, identifiers, keychain items, photos,
//! health, …) reaching a network sink, found by the flow engine (`crate::dataflow`).
//!
//! A flow is not reported when a consent check guards it, or when it goes only to
//! allowed hosts (`[data-upload] allowed-hosts`) and its data type is declared in the
//! project's privacy manifest (with no manifest in the project, the allow-list alone
//! is the declaration), nor when a keychain item authenticates the request it is put
//! in (an `Authorization` header) to a host that is not suspicious.

use crate::Context;
use crate::dataflow::{DataType, Origin, SinkEvent, SinkKind, first_per_rule_and_sink};
use crate::privacy_manifest::ProjectManifests;
use trustlint_core::hosts::{is_allowed_host, is_authorization_header};
use trustlint_core::rules::data_upload;
use trustlint_core::{Diagnostic, RuleMeta};

pub static RULES: &[&RuleMeta] = &[
    &data_upload::contacts_to_network::RULE,
    &data_upload::location_to_network::RULE,
    &data_upload::clipboard_to_network::RULE,
    &data_upload::device_id_to_network::RULE,
    &data_upload::env_vars_to_network::RULE,
    &data_upload::key_file_to_network::RULE,
    &data_upload::sensitive_data_to_network::RULE,
];

/// The rule a kind of data reports under.
fn rule_for(data: &DataType) -> &'static RuleMeta {
    match data {
        DataType::Contacts => &data_upload::contacts_to_network::RULE,
        DataType::Location => &data_upload::location_to_network::RULE,
        DataType::Clipboard => &data_upload::clipboard_to_network::RULE,
        DataType::AdvertisingId | DataType::VendorId | DataType::DeviceName => {
            &data_upload::device_id_to_network::RULE
        }
        DataType::Environment => &data_upload::env_vars_to_network::RULE,
        DataType::KeyFile => &data_upload::key_file_to_network::RULE,
        _ => &data_upload::sensitive_data_to_network::RULE,
    }
}

pub fn check(cx: &mut Context<'_>) {
    let flows = cx.data_flows();
    if flows.sinks.iter().all(|s| s.payload.is_clean()) {
        return;
    }
    let manifests = cx.privacy_manifests();
    let allowed_hosts = &cx.config.data_upload.allowed_hosts;
    let mut found: Vec<Diagnostic> = Vec::new();
    for sink in &flows.sinks {
        if sink.consented {
            continue;
        }
        let goes_to_allowed_hosts = {
            let hosts = sink.destination.hosts();
            !hosts.is_empty() && hosts.iter().all(|h| is_allowed_host(h, allowed_hosts))
        };
        let authenticates = authenticates_request(sink, cx.source.text);
        let mut reported: Vec<&'static str> = Vec::new();
        for origin in &sink.payload.origins {
            let rule = rule_for(&origin.data);
            if reported.contains(&rule.id)
                || (goes_to_allowed_hosts && is_declared(&origin.data, &manifests))
                || (authenticates && origin.data == DataType::Keychain)
            {
                continue;
            }
            reported.push(rule.id);
            found.push(diagnostic(rule, sink, origin));
        }
    }
    for diagnostic in first_per_rule_and_sink(found) {
        cx.report(diagnostic);
    }
}

/// Whether the sink sets a credential header (`setValue(token, forHTTPHeaderField:
/// "Authorization")`) of a request to a destination that is not suspicious: what a
/// stored token is kept for.
fn authenticates_request(sink: &SinkEvent, source: &str) -> bool {
    let header = source
        .get(sink.range.start..sink.range.end)
        .and_then(|call| call.split("forHTTPHeaderField:").nth(1))
        .and_then(|rest| rest.trim_start().strip_prefix('"'))
        .and_then(|literal| literal.split('"').next());
    sink.kind == SinkKind::RequestPart
        && header.is_some_and(is_authorization_header)
        && sink.destination.assembly.is_none()
        && sink.destination.suspicious_kind().is_none()
}

/// Whether sending `data` to an allowed host is declared. Private keys never are:
/// no declaration makes handing them to a server safe.
fn is_declared(data: &DataType, manifests: &ProjectManifests) -> bool {
    *data != DataType::KeyFile
        && (!manifests.exist() || manifests.declares_collected(data.manifest_types()))
}

fn diagnostic(rule: &'static RuleMeta, sink: &SinkEvent, origin: &Origin) -> Diagnostic {
    let destination = match sink.destination.host() {
        Some(host) => format!(" to `{host}`"),
        None if !sink.destination.service_hosts.is_empty() => {
            format!(" to `{}`", sink.destination.service_hosts[0])
        }
        None => String::new(),
    };
    Diagnostic::new(
        rule,
        sink.range,
        format!(
            "{} ({}) is sent over the network by `{}`{destination}",
            capitalized(&origin.data.describe()),
            origin.api,
            sink.api
        ),
    )
    .with_flow(origin.steps())
    .with_help(
        "keep it on the device, or ask for consent first and declare the host in \
         `[data-upload] allowed-hosts` and the data in the privacy manifest",
    )
}

fn capitalized(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}
