//! Passwords, API keys, tokens and client secrets recognised by the name their
//! literal is bound to (`DB_PASSWORD`, `Config { api_key: … }`, `.password("…")`,
//! `.header("X-Api-Key", …)`, `json!({"client_secret": …})`), when
//! `trustlint-secrets` judges the value a real secret and no more specific rule
//! (a provider format, a URL password, an `Authorization` value) already has it.

use crate::Context;
use crate::bindings::names_by_literal;
use trustlint_core::rules::credentials::generic_secret;
use trustlint_core::{Diagnostic, RuleMeta};
use trustlint_secrets::{classify_generic_secret, is_credential_name, may_be_generic_secret};

pub static RULES: &[&RuleMeta] = &[&generic_secret::RULE];

pub fn check(cx: &mut Context<'_>) {
    let mut found = Vec::new();
    for bound in cx.bound_values().iter() {
        let Some(secret) = classify_generic_secret(&bound.name, &bound.value) else {
            continue;
        };
        let has_specific_finding =
            !trustlint_secrets::find_tokens_with_context(&bound.value, Some(&bound.name))
                .is_empty()
                || !trustlint_secrets::find_url_credentials(&bound.value).is_empty()
                || !trustlint_secrets::find_auth_header_values(&bound.value).is_empty();
        if has_specific_finding || !cx.reports_credential(bound.range, false) {
            continue;
        }
        found.push(
            Diagnostic::new(
                &generic_secret::RULE,
                bound.range,
                format!("hardcoded {} {}", secret.kind, bound.site.describe(&bound.name)),
            )
            .with_secret(bound.range)
            .with_help("read it at run time from an environment variable, the OS keychain or a secret manager, and rotate the committed value"),
        );
    }
    for diagnostic in found {
        cx.report(diagnostic);
    }
}

/// Whether some code literal would be judged a secret under some name its
/// syntax may bind it to ([`names_by_literal`]). Nothing is reported in test
/// files unless the test-code policy says so.
pub fn may_report(cx: &Context<'_>) -> bool {
    // Most files have no value that could be a secret, which is the cheapest test.
    if !cx.may_report_heuristic_credentials() || !cx.code_literals().any(may_be_generic_secret) {
        return false;
    }
    let Some(named) = names_by_literal(cx, is_credential_name, may_be_generic_secret) else {
        return true;
    };
    named.iter().any(|(value, names)| {
        names
            .iter()
            .any(|name| classify_generic_secret(name, value).is_some())
    })
}
