//! Passwords, API keys, tokens and client secrets recognised by the name their
//! literal is bound to (`DB_PASSWORD`, `Config { api_key: … }`, `.password("…")`,
//! `.header("X-Api-Key", …)`, `json!({"client_secret": …})`), when
//! `trustlint-secrets` judges the value a real secret and no more specific rule
//! (a provider format, a URL password, an `Authorization` value) already has it.

use crate::Context;
use crate::bindings::name_candidates;
use std::collections::HashSet;
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

/// Pairs of a credential name and a literal tried before giving up on ruling a
/// file out (a file full of both is worth its syntax walk anyway).
const MAX_PAIRS_TRIED: usize = 20_000;

/// Whether some literal of the file, bound to some name the file may bind it to,
/// would be judged a secret. Every finding is such a pair (`concat!` values
/// aside, which [`name_candidates`] accounts for), and most files have credential
/// names (`token`, `key`) but no literal that would be a secret under them.
pub fn may_report(cx: &Context<'_>) -> bool {
    let Some(names) = name_candidates(cx) else {
        return true;
    };
    let names: HashSet<&str> = names
        .into_iter()
        .filter(|name| is_credential_name(name))
        .collect();
    if names.is_empty() {
        return false;
    }
    let values: HashSet<&str> = cx.code_literals().collect();
    let values: Vec<&str> = values
        .into_iter()
        .filter(|value| may_be_generic_secret(value))
        .collect();
    if names.len().saturating_mul(values.len()) > MAX_PAIRS_TRIED {
        return true;
    }
    names.iter().any(|name| {
        values
            .iter()
            .any(|value| classify_generic_secret(name, value).is_some())
    })
}
