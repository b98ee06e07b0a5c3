//! Provider tokens (AWS, GitHub, Stripe, …) in any string literal, including literals
//! inside interpolated and multi-line strings and concatenations of literals
//! (`"sk_live_" + "4eC3…"`). A literal bound to a name (`datadogApiKey = "…"`) is
//! also matched against the formats that need their provider named next to the
//! value. Formats and their rules live in `trustlint-secrets`.

use crate::Context;
use std::collections::HashMap;
use trustlint_core::rules::credentials;
use trustlint_core::{Diagnostic, RuleMeta, TextRange};
use trustlint_secrets::TokenMatch;

pub static RULES: &[&RuleMeta] = &[
    &credentials::aws_access_key::RULE,
    &credentials::aws_secret_key::RULE,
    &credentials::github_token::RULE,
    &credentials::jwt::RULE,
    &credentials::private_key::RULE,
    &credentials::provider_token::RULE,
];

pub fn check(cx: &mut Context<'_>) {
    let bound = cx.bound_values();
    let names: HashMap<usize, &str> = bound
        .iter()
        .filter(|b| !b.is_concatenation)
        .map(|b| (b.range.start, b.name.as_str()))
        .collect();
    let mut found = Vec::new();
    for literal in cx.literals() {
        let name = names.get(&literal.range.start).copied();
        for token in trustlint_secrets::find_tokens_with_context(&literal.value, name) {
            found.push((literal.source_range(token.range.clone()), token));
        }
    }
    // A token split over `+` is only seen whole; its parts alone matched nothing.
    for concatenation in bound.iter().filter(|b| b.is_concatenation) {
        let already_found = found
            .iter()
            .any(|(range, _)| concatenation.range.contains_range(*range));
        if already_found {
            continue;
        }
        for token in trustlint_secrets::find_tokens_with_context(
            &concatenation.value,
            Some(&concatenation.name),
        ) {
            found.push((concatenation.range, token));
        }
    }
    for (range, token) in found {
        if cx.reports_credential(range, true) {
            cx.report(diagnostic(range, &token));
        }
    }
}

fn diagnostic(range: TextRange, token: &TokenMatch) -> Diagnostic {
    let diagnostic = Diagnostic::new(token.rule, range, token.message())
        .with_secret(range)
        .with_help("revoke it, then load it at run time from the keychain or your backend, never from the app bundle");
    match token.severity {
        Some(severity) => diagnostic.with_severity(severity),
        None => diagnostic,
    }
}
