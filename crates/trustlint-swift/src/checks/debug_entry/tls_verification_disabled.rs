//! Certificate verification switched off: an authentication-challenge handler (or
//! challenge closure returning a disposition) that trusts `serverTrust` without
//! evaluating it, Alamofire's `DisabledTrustEvaluator` and Alamofire 4's
//! `.disableEvaluation`, Starscream's `disableSSLCertValidation = true` and
//! `FoundationSecurity(allowSelfSigned: true)`, `setAllowsAnyHTTPSCertificate`,
//! `SecTrustSetExceptions` with the trust's own exceptions,
//! `kCFStreamSSLValidatesCertificateChain: false` (and `AllowsAnyRoot`/
//! `AllowsExpiredCertificates: true`), and a Network.framework verify block that
//! always completes with `true`. A handler whose code (not its comments) calls
//! `SecTrustEvaluateWithError`/`SecTrustEvaluate` and uses the result, or compares
//! pinned keys or certificates, is verifying. `#if DEBUG` code and tests are not
//! reported; runtime switches (a "staging" host or flag) are, with the switch named.

use crate::Context;
use crate::build_gates::runtime_debug_gate;
use crate::syntax::NodeExt;
use crate::syntax::{self, Call};
use crate::syntax_index::SyntaxIndex;
use tree_sitter::Node;
use trustlint_core::rules::debug_entry::tls_verification_disabled::RULE;
use trustlint_core::{Diagnostic, RuleMeta, TextRange};

pub static RULES: &[&RuleMeta] = &[&RULE];

/// Names in a challenge handler that show the trust is evaluated or pinned.
const VERIFICATION_MARKERS: [&str; 9] = [
    "SecTrustEvaluate",
    "SecTrustCopyCertificateChain",
    "SecTrustGetCertificateAtIndex",
    "SecCertificateCopyData",
    "SecTrustCopyKey",
    "SecTrustCopyPublicKey",
    "pinned",
    "Pinned",
    "TrustKit",
];

/// Evaluation calls whose result decides; one whose result is dropped verifies nothing.
const EVALUATIONS: [&str; 2] = ["SecTrustEvaluateWithError", "SecTrustEvaluate"];

/// Alamofire's `evaluator.evaluate(trust, forHost:)`, which throws when the trust fails.
const THROWING_EVALUATION: &str = "evaluate";

const DISABLED_EVALUATORS: [&str; 2] = ["DisabledTrustEvaluator", "DisabledEvaluator"];

/// Stream settings that switch verification off, with the value that does it.
const STREAM_SETTINGS: [(&str, bool); 3] = [
    ("kCFStreamSSLValidatesCertificateChain", false),
    ("kCFStreamSSLAllowsAnyRoot", true),
    ("kCFStreamSSLAllowsExpiredCertificates", true),
];

pub fn check(cx: &mut Context<'_>) {
    let syntax = cx.syntax;
    let source = syntax.source;
    let mut found: Vec<(Node<'_>, TextRange, String)> = Vec::new();
    for (node, kind) in syntax.nodes() {
        match kind {
            "call_expression" => {
                if !may_disable_verification(node, syntax) {
                    continue;
                }
                let Some(call) = Call::new(node) else {
                    continue;
                };
                if let Some(what) = disabled_by_call(&call, syntax) {
                    found.push((node, Context::range(node), what));
                }
            }
            "dictionary_literal" => {
                found.extend(disabled_stream_settings(node, source));
            }
            "assignment" => {
                let target = node.field("target");
                let value = node.field("result");
                if let (Some(target), Some(value)) = (target, value)
                    && syntax::last_name(target, source) == "disableSSLCertValidation"
                    && syntax::text(value, source) == "true"
                {
                    found.push((
                        node,
                        Context::range(node),
                        "`disableSSLCertValidation = true` accepts any certificate".to_owned(),
                    ));
                }
            }
            // `return (.useCredential, URLCredential(trust: …))` from a challenge closure.
            "tuple_expression" if trusts_server(node, source) => {
                let scope = syntax
                    .ancestor(node, &["lambda_literal"])
                    .or_else(|| syntax.enclosing_function(node))
                    .unwrap_or(node);
                if !verifies(scope, syntax) {
                    found.push((
                        node,
                        Context::range(node),
                        "the challenge closure trusts the server's certificate without \
                         evaluating it"
                            .to_owned(),
                    ));
                }
            }
            // Alamofire 4: `"host": .disableEvaluation`.
            "simple_identifier" if syntax::text(node, source) == "disableEvaluation" => {
                let parent = syntax.parent(node);
                let expression = parent
                    .filter(|p| p.kind_name() == "navigation_suffix")
                    .and_then(|suffix| syntax.parent(suffix))
                    .or_else(|| parent.filter(|p| p.kind_name() == "prefix_expression"));
                if let Some(expression) = expression {
                    found.push((
                        expression,
                        Context::range(expression),
                        "the `.disableEvaluation` trust policy accepts any certificate".to_owned(),
                    ));
                }
            }
            _ => {}
        }
    }
    let mut diagnostics: Vec<Diagnostic> = Vec::new();
    for (node, range, what) in found {
        if cx.build_gates().is_excluded(node) {
            continue;
        }
        if diagnostics.iter().any(|d| d.range == range) {
            continue;
        }
        let gate = match runtime_debug_gate(node, syntax) {
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

/// Calls [`disabled_by_call`] looks at by name whatever their callee; every other
/// call it judges calls a plain name (`completionHandler(…)`, `DisabledEvaluator()`).
const DISABLING_CALLS: [&str; 4] = [
    "FoundationSecurity",
    "SecTrustSetExceptions",
    "setAllowsAnyHTTPSCertificate",
    "sec_protocol_options_set_verify_block",
];

/// Whether [`disabled_by_call`] can find anything in the call at `node`, judged
/// before its arguments are read.
fn may_disable_verification(node: Node<'_>, syntax: &SyntaxIndex<'_>) -> bool {
    syntax.call_name(node).is_some_and(|name| {
        DISABLING_CALLS.contains(&name)
            || node
                .named_child(0)
                .is_some_and(|callee| callee.kind_name() == "simple_identifier")
    })
}

fn disabled_by_call(call: &Call<'_>, syntax: &SyntaxIndex<'_>) -> Option<String> {
    let source = syntax.source;
    let name = call.name(source);
    if DISABLED_EVALUATORS.contains(&name) && call.callee.kind_name() == "simple_identifier" {
        return Some(format!("`{name}` accepts any certificate"));
    }
    if name == "FoundationSecurity"
        && call
            .argument("allowSelfSigned", source)
            .is_some_and(|a| syntax::text(a, source) == "true")
    {
        return Some(
            "`FoundationSecurity(allowSelfSigned: true)` accepts any certificate".to_owned(),
        );
    }
    if name == "SecTrustSetExceptions" {
        // The trust's own exceptions make exactly the failing chain pass.
        let mut arguments = call.positional();
        let trust = arguments.next().map(|a| syntax::text(a, source))?;
        let exceptions = arguments.next().map(|a| syntax::text(a, source))?;
        return (exceptions == format!("SecTrustCopyExceptions({trust})")).then(|| {
            "`SecTrustSetExceptions` with the trust's own exceptions accepts whatever \
             certificate failed"
                .to_owned()
        });
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
            .find(|a| a.kind_name() == "lambda_literal")?;
        let text = syntax::text(block, source);
        let always_true =
            text.contains("(true)") && !text.contains("(false)") && !verifies(block, syntax);
        return always_true.then(|| "the verify block accepts every certificate chain".to_owned());
    }
    // `completionHandler(.useCredential, URLCredential(trust: …))` without evaluating.
    if call.callee.kind_name() != "simple_identifier" || !trusts_server(call.node, source) {
        return None;
    }
    let handler = syntax.enclosing_function(call.node)?;
    (!verifies(handler, syntax)).then(|| {
        "the challenge handler trusts the server's certificate without evaluating it".to_owned()
    })
}

/// A call or tuple whose first value is `.useCredential` and which passes
/// `URLCredential(trust: …)`.
fn trusts_server(node: Node<'_>, source: &str) -> bool {
    let values: Vec<Node<'_>> = match Call::new(node) {
        Some(call) => call.arguments.iter().map(|a| a.value).collect(),
        None => {
            let mut cursor = node.walk();
            node.named_children(&mut cursor).collect()
        }
    };
    values
        .first()
        .is_some_and(|v| syntax::text(*v, source).ends_with("useCredential"))
        && values
            .iter()
            .any(|v| syntax::text(*v, source).starts_with("URLCredential(trust:"))
}

/// Whether the code in `scope` (comments aside) evaluates or pins the trust.
fn verifies(scope: Node<'_>, syntax: &SyntaxIndex<'_>) -> bool {
    syntax
        .descendants_of_kind(scope, "simple_identifier")
        .any(|identifier| {
            let name = syntax.text(identifier);
            if EVALUATIONS.contains(&name) {
                return !result_dropped(identifier, syntax);
            }
            name == THROWING_EVALUATION || VERIFICATION_MARKERS.iter().any(|m| name.contains(m))
        })
}

/// `_ = SecTrustEvaluateWithError(trust, nil)`, or the call as a statement of its own.
fn result_dropped(callee: Node<'_>, syntax: &SyntaxIndex<'_>) -> bool {
    let Some(call) = syntax
        .parent(callee)
        .filter(|p| p.kind_name() == "call_expression")
    else {
        return false;
    };
    match syntax.parent(call) {
        Some(parent) if parent.kind_name() == "statements" => true,
        Some(parent) if parent.kind_name() == "assignment" => parent
            .field("target")
            .is_some_and(|t| syntax.text(t) == "_"),
        _ => false,
    }
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
