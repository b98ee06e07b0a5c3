//! One finding per secret: when several credential rules report overlapping text,
//! the most specific one stays.

use trustlint_core::rules::credentials;
use trustlint_core::{Category, Diagnostic, RuleMeta};

/// How much a credential rule knows about what it found; lower is more specific.
/// A provider format (or the project's own pattern) names the issuer; a URL
/// password, an `Authorization` value or a crypto API argument only says where
/// the secret sits; a name-based finding only guesses from the name.
fn specificity(rule: &RuleMeta) -> u8 {
    if rule.id == credentials::generic_secret::RULE.id {
        2
    } else if [
        &credentials::url_credentials::RULE,
        &credentials::auth_header_value::RULE,
        &credentials::hardcoded_crypto_key::RULE,
    ]
    .iter()
    .any(|structural| rule.id == structural.id)
    {
        1
    } else {
        0
    }
}

/// Drops every credential finding whose text overlaps a more specific credential
/// finding's: `"Bearer sk_live_…"` is a Stripe key, not also an Authorization
/// value; `DEPLOY_TOKEN = "acmedt_…"` is the project's deploy token, not also a
/// generic token. Other categories are left alone.
pub fn keep_most_specific_credentials(diagnostics: &mut Vec<Diagnostic>) {
    let credentials: Vec<(u8, trustlint_core::TextRange)> = diagnostics
        .iter()
        .filter(|d| d.rule.category() == Category::Credentials)
        .map(|d| (specificity(d.rule), d.range))
        .collect();
    diagnostics.retain(|d| {
        d.rule.category() != Category::Credentials || {
            let own = specificity(d.rule);
            !credentials.iter().any(|(level, range)| {
                *level < own && range.start < d.range.end && d.range.start < range.end
            })
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use trustlint_core::TextRange;

    fn finding(rule: &'static RuleMeta, start: usize, end: usize) -> Diagnostic {
        Diagnostic::new(rule, TextRange::new(start, end), "found")
    }

    #[test]
    fn a_provider_token_in_a_header_is_reported_once() {
        let mut found = vec![
            finding(&credentials::auth_header_value::RULE, 8, 40),
            finding(&credentials::provider_token::RULE, 15, 40),
            finding(&credentials::generic_secret::RULE, 0, 41),
            finding(&credentials::url_credentials::RULE, 50, 60),
        ];
        keep_most_specific_credentials(&mut found);
        let rules: Vec<&str> = found.iter().map(|d| d.rule.id).collect();
        assert_eq!(
            rules,
            ["credentials/provider-token", "credentials/url-credentials"]
        );
    }
}
