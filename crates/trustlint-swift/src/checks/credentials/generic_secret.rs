//! Passwords, API keys, tokens and client secrets recognised by the name their
//! literal is bound to (`let apiKey = "…"`, `case clientSecret = "…"`,
//! `["client_secret": "…"]`, `password: "…"`, the `Authorization` header), when
//! `trustlint-secrets` judges the value a real secret and no more specific rule
//! (a provider format, a URL password, an `Authorization` value) already has it.
//! Values that are mostly interpolation are templates, not secrets.

use crate::Context;
use trustlint_core::rules::credentials::generic_secret;
use trustlint_core::{Diagnostic, RuleMeta};

pub static RULES: &[&RuleMeta] = &[&generic_secret::RULE];

/// Above this share of interpolated characters (each `\(…)` counts as one) a
/// value is a template (`"\(scheme) \(token)"`), not a secret.
const MAX_INTERPOLATED_SHARE: f64 = 0.5;

pub fn check(cx: &mut Context<'_>) {
    let mut found = Vec::new();
    for bound in cx.bound_values() {
        if bound.interpolated_share() > MAX_INTERPOLATED_SHARE {
            continue;
        }
        let Some(secret) =
            trustlint_secrets::classify_generic_secret(bound.subject(), &bound.value)
        else {
            continue;
        };
        let has_specific_finding =
            !trustlint_secrets::find_tokens_with_context(&bound.value, Some(bound.subject()))
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
            .with_help("keep it out of the app: fetch it from your backend after sign-in, or store it in the keychain; rotate the committed value"),
        );
    }
    for diagnostic in found {
        cx.report(diagnostic);
    }
}
