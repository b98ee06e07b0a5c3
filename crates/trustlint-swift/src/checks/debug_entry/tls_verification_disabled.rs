//! Certificate verification switched off: an authentication-challenge handler that
//! trusts `serverTrust` without evaluating it, Alamofire's `DisabledTrustEvaluator`,
//! `setAllowsAnyHTTPSCertificate`, `kCFStreamSSLValidatesCertificateChain: false`
//! (and `AllowsAnyRoot`/`AllowsExpiredCertificates: true`), and a Network.framework
//! verify block that always completes with `true`. A handler that calls
//! `SecTrustEvaluateWithError`/`SecTrustEvaluate` or compares pinned keys or
//! certificates is verifying. `#if DEBUG` code and tests are not reported; runtime
//! switches (a "staging" host or flag) are, with the switch named.

use crate::Context;
use crate::build_gates::runtime_debug_gate;
use crate::syntax::{self, Call};
use tree_sitter::Node;
use trustlint_core::rules::debug_entry::tls_verification_disabled::RULE;
use trustlint_core::{Diagnostic, RuleMeta, TextRange};

pub static RULES: &[&RuleMeta] = &[&RULE];

/// Text in a challenge handler that shows the trust is evaluated or pinned.
const VERIFICATION_MARKERS: [&str; 10] = [
    "SecTrustEvaluate",
    "SecTrustCopyCertificateChain",
    "SecTrustGetCertificateAtIndex",
    "SecCertificateCopyData",
    "SecTrustCopyKey",
    "SecTrustCopyPublicKey",
    "pinned",
    "Pinned",
    "evaluate(",
    "TrustKit",
];

const DISABLED_EVALUATORS: [&str; 2] = ["DisabledTrustEvaluator", "DisabledEvaluator"];

/// Stream settings that switch verification off, with the value that does it.
const STREAM_SETTINGS: [(&str, bool); 3] = [
    ("kCFStreamSSLValidatesCertificateChain", false),
    ("kCFStreamSSLAllowsAnyRoot", true),
    ("kCFStreamSSLAllowsExpiredCertificates", true),
];

pub fn check(cx: &mut Context<'_>) {
    let source = cx.source.text;
    let mut found: Vec<(Node<'_>, TextRange, String)> = Vec::new();
    for node in syntax::descendants(cx.tree.root_node()) {
        match node.kind() {
            "call_expression" => {
                let Some(call) = Call::new(node) else {
                    continue;
                };
                if let Some(what) = disabled_by_call(&call, source) {
                    found.push((node, Context::range(node), what));
                }
            }
            "dictionary_literal" => {
                found.extend(disabled_stream_settings(node, source));
            }
            _ => {}
        }
    }
    let mut diagnostics: Vec<Diagnostic> = Vec::new();
    for (node, range, what) in found {
        if cx.build_gates().is_excluded(node, source) {
            continue;
        }
        if diagnostics.iter().any(|d| d.range == range) {
            continue;
        }
        let gate = match runtime_debug_gate(node, source) {
            Some(flag) => {
                format!(" (only a runtime check, `{flag}`, stands in the way, and it ships)")
            }
            None => String::new(),
        };
        diagnostics.push(
            Diagnostic::new(
                &RULE,
                range,
                format!(
                    "{what}{gate}: anyone on the network path can impersonate the server and \
                     read or change the traffic"
                ),
            )
            .with_help(
                "let the system evaluate the trust (`.performDefaultHandling`, or \
                 `SecTrustEvaluateWithError` before `.useCredential`); for a staging server, \
                 install its CA on test devices or gate the code with `#if DEBUG`",
            ),
        );
    }
    for diagnostic in diagnostics {
        cx.report(diagnostic);
    }
}

fn disabled_by_call(call: &Call<'_>, source: &str) -> Option<String> {
    let name = call.name(source);
    if DISABLED_EVALUATORS.contains(&name) && call.callee.kind() == "simple_identifier" {
        return Some(format!("`{name}` accepts any certificate"));
    }
    if name == "setAllowsAnyHTTPSCertificate" {
        let enabled = call
            .positional()
            .next()
            .is_some_and(|a| syntax::text(a, source) == "true");
        return enabled
            .then(|| "`setAllowsAnyHTTPSCertificate` accepts any certificate".to_owned());
    }
    if name == "sec_protocol_options_set_verify_block" {
        let block = call
            .arguments
            .iter()
            .map(|a| a.value)
            .chain(call.trailing_closure)
            .find(|a| a.kind() == "lambda_literal")?;
        let text = syntax::text(block, source);
        let always_true = text.contains("(true)") && !text.contains("(false)") && !verifies(text);
        return always_true.then(|| "the verify block accepts every certificate chain".to_owned());
    }
    // `completionHandler(.useCredential, URLCredential(trust: …))` without evaluating.
    let uses_credential = call
        .positional()
        .next()
        .is_some_and(|a| syntax::text(a, source).ends_with("useCredential"));
    let trusts_server = call.arguments.iter().any(|a| {
        let shown = syntax::text(a.value, source);
        shown.starts_with("URLCredential(trust:")
    });
    if !(uses_credential && trusts_server) {
        return None;
    }
    let handler = syntax::enclosing_function(call.node)?;
    (!verifies(syntax::text(handler, source))).then(|| {
        "the challenge handler trusts the server's certificate without evaluating it".to_owned()
    })
}

fn verifies(text: &str) -> bool {
    VERIFICATION_MARKERS.iter().any(|m| text.contains(m))
}

/// `[kCFStreamSSLValidatesCertificateChain: false]` and friends.
fn disabled_stream_settings<'t>(
    dictionary: Node<'t>,
    source: &str,
) -> Vec<(Node<'t>, TextRange, String)> {
    let text = syntax::text(dictionary, source);
    let mut found = Vec::new();
    for (setting, bad) in STREAM_SETTINGS {
        let Some(at) = text.find(setting) else {
            continue;
        };
        let value = text[at..]
            .split_once(':')
            .map(|(_, v)| v.trim_start())
            .unwrap_or_default();
        let is_bad = if bad {
            value.starts_with("true") || value.starts_with("kCFBooleanTrue")
        } else {
            value.starts_with("false") || value.starts_with("kCFBooleanFalse")
        };
        if is_bad {
            // Point at the key, not at the dictionary's opening bracket.
            let key = dictionary.start_byte() + at;
            found.push((
                dictionary,
                TextRange::new(key, key + setting.len()),
                format!("`{setting}` switches certificate checks off"),
            ));
        }
    }
    found
}
