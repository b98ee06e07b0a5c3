//! App Transport Security weakened in `Info.plist`, and in code: TLS minimums of
//! 1.0/1.1 or SSL 3, maximums that cap connections at those versions, and stream
//! security levels of SSL 2/3. The plist half is called by `property_list` for plist
//! files; the code half runs like every other check.

use crate::Context;
use crate::property_list::find_key;
use crate::syntax::NodeExt;
use crate::syntax::{self, Call};
use trustlint_core::rules::debug_entry::insecure_transport_policy::RULE;
use trustlint_core::{Diagnostic, RuleMeta, TextRange};

pub static RULES: &[&RuleMeta] = &[&RULE];

/// Protocol versions too old to protect traffic, as Swift spells them.
const WEAK_VERSIONS: [&str; 8] = [
    "TLSv10",
    "TLSv11",
    "tlsProtocol1",
    "tlsProtocol11",
    "sslProtocol3",
    "sslProtocol2",
    "kTLSProtocol1",
    "kSSLProtocol3",
];

/// Settings that take a minimum protocol version.
const MINIMUM_SETTINGS: [&str; 5] = [
    "tlsMinimumSupportedProtocolVersion",
    "tlsMinimumSupportedProtocol",
    "sec_protocol_options_set_min_tls_protocol_version",
    "sec_protocol_options_set_tls_min_version",
    "SSLSetProtocolVersionMin",
];

/// Settings that take a maximum protocol version: a weak maximum forces it.
const MAXIMUM_SETTINGS: [&str; 4] = [
    "tlsMaximumSupportedProtocolVersion",
    "tlsMaximumSupportedProtocol",
    "sec_protocol_options_set_max_tls_protocol_version",
    "SSLSetProtocolVersionMax",
];

/// Stream socket security levels (`setProperty(_:forKey: .socketSecurityLevelKey)`)
/// that pin a broken protocol.
const WEAK_STREAM_LEVELS: [&str; 5] = [
    "ssLv2",
    "ssLv3",
    "tlSv1",
    "kCFStreamSocketSecurityLevelSSLv2",
    "kCFStreamSocketSecurityLevelSSLv3",
];

/// Exception domains for which plain HTTP is expected.
const LOCAL_HOSTS: [&str; 3] = ["localhost", "127.0.0.1", "::1"];

pub fn check(cx: &mut Context<'_>) {
    let syntax = cx.syntax;
    let source = syntax.source;
    let is_setting = |name: &str| {
        name == "setProperty"
            || MINIMUM_SETTINGS.contains(&name)
            || MAXIMUM_SETTINGS.contains(&name)
    };
    let mut found = Vec::new();
    for (node, kind) in syntax.nodes() {
        let (setting, value) = match kind {
            "assignment" => match (node.field("target"), node.field("result")) {
                (Some(target), Some(value)) => (syntax::last_name(target, source), value),
                _ => continue,
            },
            "call_expression" if !syntax.call_name(node).is_some_and(is_setting) => continue,
            "call_expression" => match Call::new(node) {
                Some(call) if call.name(source) == "setProperty" => {
                    match call.positional().next() {
                        Some(level) => ("setProperty", level),
                        None => continue,
                    }
                }
                Some(call) => match call.positional().nth(1) {
                    Some(version) => (call.name(source), version),
                    None => continue,
                },
                None => continue,
            },
            _ => continue,
        };
        let version = syntax::last_name(value, source);
        let message = if MINIMUM_SETTINGS.contains(&setting) && WEAK_VERSIONS.contains(&version) {
            format!(
                "`{setting}` allows `{version}`: connections may fall back to a protocol \
                 version that an attacker on the network can downgrade and read"
            )
        } else if MAXIMUM_SETTINGS.contains(&setting) && WEAK_VERSIONS.contains(&version) {
            format!(
                "`{setting}` caps connections at `{version}`, a protocol version that an \
                 attacker on the network can read"
            )
        } else if setting == "setProperty" && WEAK_STREAM_LEVELS.contains(&version) {
            format!(
                "the stream security level `{version}` pins a broken protocol version that an \
                 attacker on the network can read"
            )
        } else {
            continue;
        };
        if cx.build_gates().is_excluded(node) {
            continue;
        }
        found.push(
            Diagnostic::new(&RULE, Context::range(node), message)
                .with_help("require TLS 1.2 or later (`.TLSv12`), the system default"),
        );
    }
    for diagnostic in found {
        cx.report(diagnostic);
    }
}

/// The App Transport Security settings of an `Info.plist`.
pub fn check_info_plist(root: &plist::Value, text: &str) -> Vec<Diagnostic> {
    let mut found = Vec::new();
    let Some(ats) = root
        .as_dictionary()
        .and_then(|d| d.get("NSAppTransportSecurity"))
        .and_then(plist::Value::as_dictionary)
    else {
        return found;
    };
    let Some(ats_key) = find_key(text, "NSAppTransportSecurity", 0) else {
        return found;
    };
    let is_true = |dict: &plist::Dictionary, key: &str| {
        dict.get(key).and_then(plist::Value::as_boolean) == Some(true)
    };
    let at = |key: &str, from: usize| find_key(text, key, from).unwrap_or(ats_key);
    // iOS 10 and later ignore NSAllowsArbitraryLoads when any finer-grained key is
    // present; projects keep it for iOS 9 only.
    let arbitrary_loads_ignored = [
        "NSAllowsLocalNetworking",
        "NSAllowsArbitraryLoadsInWebContent",
        "NSAllowsArbitraryLoadsForMedia",
    ]
    .iter()
    .any(|key| ats.contains_key(key));
    if is_true(ats, "NSAllowsArbitraryLoads") && !arbitrary_loads_ignored {
        found.push(ats_finding(
            at("NSAllowsArbitraryLoads", ats_key.end),
            "`NSAllowsArbitraryLoads` turns App Transport Security off: the app may load any \
             URL over plain HTTP or outdated TLS"
                .to_owned(),
        ));
    }
    if is_true(ats, "NSAllowsArbitraryLoadsInWebContent") {
        found.push(ats_finding(
            at("NSAllowsArbitraryLoadsInWebContent", ats_key.end),
            "`NSAllowsArbitraryLoadsInWebContent` lets web views load any page over plain HTTP"
                .to_owned(),
        ));
    }
    let Some(domains) = ats
        .get("NSExceptionDomains")
        .and_then(plist::Value::as_dictionary)
    else {
        return found;
    };
    let mut search_from = ats_key.end;
    for (domain, settings) in domains {
        let Some(settings) = settings.as_dictionary() else {
            continue;
        };
        let domain_key = find_key(text, domain, search_from).unwrap_or(ats_key);
        search_from = domain_key.end;
        let is_local = LOCAL_HOSTS.contains(&domain.as_str()) || domain.ends_with(".local");
        for key in [
            "NSExceptionAllowsInsecureHTTPLoads",
            "NSTemporaryExceptionAllowsInsecureHTTPLoads",
        ] {
            if is_true(settings, key) && !is_local {
                found.push(ats_finding(
                    at(key, domain_key.end),
                    format!("`{key}` lets the app talk to `{domain}` over plain HTTP"),
                ));
            }
        }
        for key in [
            "NSExceptionMinimumTLSVersion",
            "NSTemporaryExceptionMinimumTLSVersion",
        ] {
            let version = settings.get(key).and_then(plist::Value::as_string);
            if let Some(version @ ("TLSv1.0" | "TLSv1.1")) = version {
                found.push(ats_finding(
                    at(key, domain_key.end),
                    format!(
                        "`{key}` accepts {version} for `{domain}`, which is broken and deprecated"
                    ),
                ));
            }
        }
    }
    found
}

fn ats_finding(range: TextRange, message: String) -> Diagnostic {
    Diagnostic::new(&RULE, range, message).with_help(
        "serve the host over HTTPS with TLS 1.2 or later and delete the key; \
         use `NSAllowsLocalNetworking` for local development servers",
    )
}
