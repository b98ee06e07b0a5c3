//! Provider tokens (AWS, GitHub, Stripe, …) in any string literal, including literals
//! inside macro bodies. A literal bound to a name (`DATADOG_API_KEY = "…"`) is also
//! matched against the formats that need their provider named next to the value.
//! Formats and their rules live in `trustlint-secrets`.

use crate::Context;
use crate::bindings::{name_candidates, names_by_literal};
use std::collections::HashMap;
use std::rc::Rc;
use trustlint_core::rules::credentials;
use trustlint_core::{Diagnostic, RuleMeta};
use trustlint_secrets::names_a_provider;

pub static RULES: &[&RuleMeta] = &[
    &credentials::aws_access_key::RULE,
    &credentials::aws_secret_key::RULE,
    &credentials::github_token::RULE,
    &credentials::jwt::RULE,
    &credentials::private_key::RULE,
    &credentials::provider_token::RULE,
];

/// Every finding is inside a string literal.
pub fn may_report(cx: &Context<'_>) -> bool {
    !cx.literals.is_empty()
}

pub fn check(cx: &mut Context<'_>) {
    let bound_values = if names_may_matter(cx) {
        cx.bound_values()
    } else {
        Rc::new([])
    };
    let names: HashMap<usize, &str> = bound_values
        .iter()
        .map(|bound| (bound.range.start, bound.name.as_str()))
        .collect();
    let mut found = Vec::new();
    for literal in &cx.literals {
        let name = names.get(&literal.range.start).copied();
        for token in trustlint_secrets::find_tokens_with_context(&literal.value, name) {
            let range = literal.source_range(token.range.clone());
            if !cx.reports_credential(range, true) {
                continue;
            }
            let mut diagnostic = Diagnostic::new(token.rule, range, token.message())
                .with_secret(range)
                .with_help(
                    "revoke it, then load it at run time from the environment or a secret manager",
                );
            if let Some(severity) = token.severity {
                diagnostic = diagnostic.with_severity(severity);
            }
            found.push(diagnostic);
        }
    }
    for diagnostic in found {
        cx.report(diagnostic);
    }
}

/// Whether a name some literal may be bound to ([`names_by_literal`]) mentions
/// a provider: only then does a name change what is found. Most files name no
/// provider anywhere, which is cheaper to see first.
fn names_may_matter(cx: &Context<'_>) -> bool {
    let file_names_one =
        name_candidates(cx).is_none_or(|names| names.into_iter().any(names_a_provider));
    file_names_one
        && names_by_literal(cx, names_a_provider, |_| true)
            .is_none_or(|named| named.iter().any(|(_, names)| !names.is_empty()))
}
