//! Passwords, API keys, tokens and client secrets recognised by the name their
//! literal is bound to (`DB_PASSWORD`, `Config { api_key: … }`, `.password("…")`,
//! `.header("X-Api-Key", …)`, `json!({"client_secret": …})`), when
//! `trustlint-secrets` judges the value a real secret and no more specific rule
//! (a provider format, a URL password, an `Authorization` value) already has it.

use crate::Context;
use crate::bindings::may_bind_name;
use trustlint_core::rules::credentials::generic_secret;
use trustlint_core::{Diagnostic, RuleMeta};

pub static RULES: &[&RuleMeta] = &[&generic_secret::RULE];

pub fn check(cx: &mut Context<'_>) {
    if !may_bind_name(cx, trustlint_secrets::is_credential_name) {
        return;
    }
    let mut found = Vec::new();
    for bound in cx.bound_values().iter() {
        let Some(secret) = trustlint_secrets::classify_generic_secret(&bound.name, &bound.value)
        else {
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
