//! Where requests go: hosts favoured for exfiltration (public raw IPs, webhooks, paste
//! sites, tunnels) and hosts assembled or decoded at run time, then hosts outside
//! `[data-upload] allowed-hosts`. Only calls that send are judged, with or without
//! sensitive data; SDK services (Firebase, Mixpanel, …) are not hosts in the code,
//! and loopback (a local service) needs no allow-list entry.

use crate::Context;
use crate::dataflow::{SinkKind, first_per_rule_and_sink};
use trustlint_core::hosts::{is_allowed_host, is_loopback_host};
use trustlint_core::rules::data_upload;
use trustlint_core::{Diagnostic, RuleMeta};

pub static RULES: &[&RuleMeta] = &[
    &data_upload::suspicious_destination::RULE,
    &data_upload::undeclared_host::RULE,
];

pub fn check(cx: &mut Context<'_>) {
    let flows = cx.data_flows();
    let allowed_hosts = &cx.config.data_upload.allowed_hosts;
    let mut found = Vec::new();
    for sink in flows.sinks.iter().filter(|s| s.kind == SinkKind::Transmit) {
        let destination = &sink.destination;
        let host = destination.host();
        let shown = host
            .as_deref()
            .map(|h| format!(" (`{h}`)"))
            .unwrap_or_default();
        if let Some(assembly) = destination.assembly {
            found.push(
                Diagnostic::new(
                    &data_upload::suspicious_destination::RULE,
                    sink.range,
                    format!(
                        "`{}` sends to a destination {}{shown}",
                        sink.api,
                        assembly.describe()
                    ),
                )
                .with_help("write the host out in the source and declare it in `[data-upload] allowed-hosts`"),
            );
        } else if let Some(kind) = destination.suspicious_kind() {
            found.push(
                Diagnostic::new(
                    &data_upload::suspicious_destination::RULE,
                    sink.range,
                    format!("`{}` sends to {}{shown}", sink.api, kind.describe()),
                )
                .with_help("send data only to services the project operates or contracts, declared in `[data-upload] allowed-hosts`"),
            );
        } else if let Some(host) = host
            && !allowed_hosts.is_empty()
            && !is_loopback_host(&host)
            && !is_allowed_host(&host, allowed_hosts)
        {
            found.push(
                Diagnostic::new(
                    &data_upload::undeclared_host::RULE,
                    sink.range,
                    format!(
                        "`{}` sends to `{host}`, which is not in `[data-upload] allowed-hosts`",
                        sink.api
                    ),
                )
                .with_help(
                    "add the host to `allowed-hosts` if this destination is intended and disclosed",
                ),
            );
        }
    }
    for diagnostic in first_per_rule_and_sink(found) {
        cx.report(diagnostic);
    }
}
