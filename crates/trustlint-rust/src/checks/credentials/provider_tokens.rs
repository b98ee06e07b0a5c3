//! Provider tokens (AWS, GitHub, Stripe, …) in any string literal, including literals
//! inside macro bodies. A literal bound to a name (`DATADOG_API_KEY = "…"`) is also
//! matched against the formats that need their provider named next to the value.
//! Formats and their rules live in `trustlint-secrets`.

use crate::Context;
use crate::bindings::bound_values;
use std::collections::HashMap;
use trustlint_core::rules::credentials;
use trustlint_core::{Diagnostic, RuleMeta};

pub static RULES: &[&RuleMeta] = &[
    &credentials::aws_access_key::RULE,
    &credentials::aws_secret_key::RULE,
    &credentials::github_token::RULE,
    &credentials::jwt::RULE,
    &credentials::private_key::RULE,
    &credentials::provider_token::RULE,
];

pub fn check(cx: &mut Context<'_>) {
    let names: HashMap<usize, String> = cx
        .syntax
        .map(bound_values)
        .unwrap_or_default()
        .into_iter()
        .map(|bound| (bound.range.start, bound.name))
        .collect();
    let mut found = Vec::new();
    for literal in &cx.literals {
        let name = names.get(&literal.range.start).map(String::as_str);
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
