//! Secrets found by where they sit inside a string literal: the password of a URL
//! or connection string (`postgres://app:…@db.internal/app`) and the credential of
//! an `Authorization` header value (`"Bearer eyJ…"`, `"Basic dXNl…"`).

use crate::Context;
use trustlint_core::rules::credentials;
use trustlint_core::{Diagnostic, RuleMeta};

pub static RULES: &[&RuleMeta] = &[
    &credentials::url_credentials::RULE,
    &credentials::auth_header_value::RULE,
];

pub fn check(cx: &mut Context<'_>) {
    let mut found = Vec::new();
    for literal in cx.literals() {
        let in_url = trustlint_secrets::find_url_credentials(&literal.value)
            .into_iter()
            .map(|m| {
                (
                    m,
                    "keep the credentials in the keychain and build the URL at run time",
                )
            });
        let in_header = trustlint_secrets::find_auth_header_values(&literal.value)
            .into_iter()
            .map(|m| {
                (
                    m,
                    "load the token at run time from the keychain or your backend",
                )
            });
        for (secret, help) in in_url.chain(in_header) {
            let range = literal.source_range(secret.range.clone());
            if !cx.reports_credential(range, false) {
                continue;
            }
            let mut diagnostic = Diagnostic::new(secret.rule, range, secret.message())
                .with_secret(range)
                .with_help(help);
            if let Some(severity) = secret.severity {
                diagnostic = diagnostic.with_severity(severity);
            }
            found.push(diagnostic);
        }
    }
    for diagnostic in found {
        cx.report(diagnostic);
    }
}
