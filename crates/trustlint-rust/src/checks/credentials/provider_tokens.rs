//! Provider tokens (AWS, GitHub, Stripe, …) in any string literal, including literals
//! inside macro bodies. Formats and their rules live in `trustlint-secrets`.

use crate::Context;
use trustlint_core::rules::credentials;
use trustlint_core::{Diagnostic, RuleMeta};

pub static RULES: &[&RuleMeta] = &[&credentials::aws_access_key::RULE];

pub fn check(cx: &mut Context<'_>) {
    let mut found = Vec::new();
    for literal in &cx.literals {
        for token in trustlint_secrets::find_tokens(&literal.value) {
            let range = literal.source_range(token.range.clone());
            if !cx.reports_credential(range, true) {
                continue;
            }
            found.push(
                Diagnostic::new(token.rule, range, format!("{} is hardcoded", token.kind))
                    .with_secret(range)
                    .with_help("revoke it, then load it at run time from the environment or a secret manager"),
            );
        }
    }
    for diagnostic in found {
        cx.report(diagnostic);
    }
}
