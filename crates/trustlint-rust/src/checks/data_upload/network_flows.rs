//! Sensitive data reaching network sinks, and where network calls go. One pass of the
//! data-flow engine (`crate::dataflow`) serves every data-upload rule, so the file is
//! evaluated once however many of them are enabled.

use crate::Context;
use crate::dataflow::{self, Destination, NetworkCall, Position, RuleKind, Upload};
use std::collections::HashSet;
use trustlint_core::hosts::{self, SuspiciousKind};
use trustlint_core::rules::data_upload as rules;
use trustlint_core::{Diagnostic, FlowStep, RuleMeta, Severity, TextRange};

pub static RULES: &[&RuleMeta] = &[
    &rules::sensitive_data_to_network::RULE,
    &rules::env_vars_to_network::RULE,
    &rules::key_file_to_network::RULE,
    &rules::clipboard_to_network::RULE,
    &rules::device_id_to_network::RULE,
    &rules::location_to_network::RULE,
    &rules::contacts_to_network::RULE,
    &rules::undeclared_host::RULE,
    &rules::suspicious_destination::RULE,
];

pub fn check(cx: &mut Context<'_>) {
    let Some(syntax) = cx.syntax else {
        return;
    };
    let flows = dataflow::analyze(syntax, &cx.config.data_upload);
    let build_script = cx.source.path == "build.rs" || cx.source.path.ends_with("/build.rs");
    let mut reported: HashSet<(TextRange, &'static str)> = HashSet::new();
    let mut diagnostics = Vec::new();
    for upload in &flows.uploads {
        if upload.guarded || cx.is_test_code(upload.range) {
            continue;
        }
        if let Some(diagnostic) = upload_diagnostic(upload, build_script)
            && reported.insert((diagnostic.range, diagnostic.rule.id))
        {
            diagnostics.push(diagnostic);
        }
    }
    for call in &flows.network_calls {
        if cx.is_test_code(call.range) {
            continue;
        }
        if let Some(diagnostic) = suspicious_destination(call, build_script) {
            diagnostics.push(diagnostic);
        }
        if let Some(diagnostic) = undeclared_host(call, &cx.config.data_upload.allowed_hosts) {
            diagnostics.push(diagnostic);
        }
    }
    for diagnostic in diagnostics {
        cx.report(diagnostic);
    }
}

fn rule_for(kind: RuleKind) -> &'static RuleMeta {
    match kind {
        RuleKind::EnvVars => &rules::env_vars_to_network::RULE,
        RuleKind::KeyFile => &rules::key_file_to_network::RULE,
        RuleKind::Clipboard => &rules::clipboard_to_network::RULE,
        RuleKind::DeviceId => &rules::device_id_to_network::RULE,
        RuleKind::Location => &rules::location_to_network::RULE,
        RuleKind::Contacts => &rules::contacts_to_network::RULE,
        RuleKind::Other => &rules::sensitive_data_to_network::RULE,
    }
}

/// Why a destination is suspicious, as a phrase for messages.
fn suspicion(destination: &Destination) -> Option<String> {
    if destination.decoded {
        return Some("a destination decoded at run time".to_owned());
    }
    let text = destination.text.as_deref()?;
    destination.host()?;
    hosts::suspicious_destination(text).map(|kind| SuspiciousKind::describe(kind).to_owned())
}

fn upload_diagnostic(upload: &Upload, build_script: bool) -> Option<Diagnostic> {
    let data = upload.taint.data_type()?;
    let suspicious = upload.destination.as_ref().and_then(suspicion);
    // A token sent as the authorization of a request is how it is meant to be used.
    if data.credential && upload.position == Position::Authorization && suspicious.is_none() {
        return None;
    }
    let rule = rule_for(data.rule);
    let verb = if data.plural { "are" } else { "is" };
    let destination = match (
        upload.destination.as_ref().and_then(Destination::host),
        &suspicious,
    ) {
        (Some(host), Some(why)) => format!(" to `{host}`, {why}"),
        (Some(host), None) => format!(" to `{host}`"),
        (None, Some(why)) => format!(" to {why}"),
        (None, None) => String::new(),
    };
    let message = format!(
        "{} {verb} sent over the network by `{}`{destination}",
        capitalize(&data.label),
        upload.call
    );
    let help = match data.rule {
        RuleKind::EnvVars => {
            "send only the one setting the feature needs; if a dependency does this, remove it and rotate every secret of that environment"
        }
        RuleKind::KeyFile => {
            "never upload key or credential files; if this code has run, rotate every key it could read"
        }
        RuleKind::DeviceId => {
            "use a random, resettable install id, and send identifiers only after the user consented"
        }
        RuleKind::Clipboard => {
            "read the clipboard only on an explicit paste, and send it only when the user asked for it"
        }
        RuleKind::Location | RuleKind::Contacts | RuleKind::Other => {
            "ask for consent and check it where the data is sent (names in `[data-upload] consent-checks` count)"
        }
    };
    let steals_secrets = matches!(data.rule, RuleKind::EnvVars | RuleKind::KeyFile);
    let severity = if build_script || (steals_secrets && suspicious.is_some()) {
        Severity::Critical
    } else {
        Severity::High
    };
    let flow = upload
        .taint
        .steps
        .iter()
        .filter(|step| step.range != upload.range)
        .map(|step| FlowStep {
            range: step.range,
            note: step.note.render(data),
        })
        .collect();
    Some(
        Diagnostic::new(rule, upload.range, message)
            .with_help(help)
            .with_flow(flow)
            .with_severity(severity),
    )
}

fn suspicious_destination(call: &NetworkCall, build_script: bool) -> Option<Diagnostic> {
    let rule = &rules::suspicious_destination::RULE;
    let host = call.destination.host();
    let message = if call.destination.decoded {
        match &host {
            Some(host) => format!(
                "Network destination `{host}` is decoded at run time, hidden from readers of the source"
            ),
            None => "Network destination is decoded at run time, hidden from readers of the source"
                .to_owned(),
        }
    } else {
        let kind = hosts::suspicious_destination(call.destination.text.as_deref()?)?;
        format!("Network call to {} (`{}`)", kind.describe(), host?)
    };
    let severity = if build_script {
        Severity::Critical
    } else {
        rule.severity
    };
    Some(
        Diagnostic::new(rule, call.range, message)
            .with_help("send data only to services the project operates, named in the source and listed in `[data-upload] allowed-hosts`")
            .with_severity(severity),
    )
}

fn undeclared_host(call: &NetworkCall, allowed_hosts: &[String]) -> Option<Diagnostic> {
    if allowed_hosts.is_empty() {
        return None;
    }
    let host = call.destination.host()?;
    let loopback =
        host == "localhost" || hosts::ip_address(&host).is_some_and(|ip| ip.is_loopback());
    if loopback || hosts::is_allowed_host(&host, allowed_hosts) {
        return None;
    }
    Some(
        Diagnostic::new(
            &rules::undeclared_host::RULE,
            call.range,
            format!("Network call to `{host}`, which is not in `[data-upload] allowed-hosts`"),
        )
        .with_help("add the host to `allowed-hosts` in trustlint.toml if this destination is intended and disclosed"),
    )
}

fn capitalize(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}
