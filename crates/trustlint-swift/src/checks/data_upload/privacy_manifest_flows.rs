//! Collection and tracking that the project's privacy manifests do not declare:
//! sensitive data sent over the network without its `NSPrivacyCollectedDataTypes`
//! entry, the IDFA read while `NSPrivacyTracking` is false, and the IDFA sent to a
//! host missing from `NSPrivacyTrackingDomains`. Silent when the project has no
//! manifest. Consent does not excuse these: the manifest must declare collection
//! that happens with consent too.

use crate::Context;
use crate::dataflow::{DataType, first_per_rule_and_sink};
use trustlint_core::rules::data_upload;
use trustlint_core::{Diagnostic, FlowStep, RuleMeta};

pub static RULES: &[&RuleMeta] = &[
    &data_upload::undeclared_collected_data::RULE,
    &data_upload::undeclared_tracking::RULE,
];

pub fn check(cx: &mut Context<'_>) {
    let manifests = cx.privacy_manifests();
    if !manifests.exist() {
        return;
    }
    let flows = cx.data_flows();
    let mut found = Vec::new();
    if !manifests.declares_tracking() {
        for read in flows
            .source_uses
            .iter()
            .filter(|u| u.data == DataType::AdvertisingId)
        {
            found.push(
                Diagnostic::new(
                    &data_upload::undeclared_tracking::RULE,
                    read.range,
                    "the advertising identifier is read, but the privacy manifest declares no tracking (`NSPrivacyTracking` is false)",
                )
                .with_help("set `NSPrivacyTracking` to true and list the tracking domains, or stop reading the IDFA"),
            );
        }
    }
    for sink in &flows.sinks {
        let mut reported: Vec<&DataType> = Vec::new();
        for origin in &sink.payload.origins {
            let types = origin.data.manifest_types();
            if types.is_empty()
                || manifests.declares_collected(types)
                || reported.contains(&&origin.data)
            {
                continue;
            }
            reported.push(&origin.data);
            found.push(
                Diagnostic::new(
                    &data_upload::undeclared_collected_data::RULE,
                    sink.range,
                    format!(
                        "{} is sent over the network by `{}`, but no privacy manifest declares `{}`",
                        origin.data.describe(),
                        sink.api,
                        types[0]
                    ),
                )
                .with_flow(origin.steps())
                .with_help("declare the data type in `NSPrivacyCollectedDataTypes` of the app's PrivacyInfo.xcprivacy"),
            );
        }
        let idfa = sink
            .payload
            .origins
            .iter()
            .find(|o| o.data == DataType::AdvertisingId);
        if let (Some(idfa), Some(host)) = (idfa, sink.destination.hosts().first())
            && manifests.declares_tracking()
            && !manifests.declares_tracking_domain(host)
        {
            let flow: Vec<FlowStep> = idfa.steps();
            found.push(
                Diagnostic::new(
                    &data_upload::undeclared_tracking::RULE,
                    sink.range,
                    format!(
                        "the advertising identifier is sent to `{host}`, which is not in `NSPrivacyTrackingDomains`"
                    ),
                )
                .with_flow(flow)
                .with_help("list the host in `NSPrivacyTrackingDomains` so that iOS blocks it until the user allows tracking"),
            );
        }
    }
    for diagnostic in first_per_rule_and_sink(found) {
        cx.report(diagnostic);
    }
}
