//! Provider token formats as data, one file per family of providers. Each format
//! was written from the provider's documentation of its key format (prefix,
//! length, alphabet, checksum), not taken from another scanner's rules.
//!
//! Public keys that providers design to ship in clients are deliberately absent
//! (and appear as negative samples of the secret formats they resemble):
//! Stripe `pk_live_`/`pk_test_`, RevenueCat `appl_`/`goog_`/`amzn_`, Mapbox
//! `pk.eyJ…`, Datadog RUM client tokens `pub…`, PostHog `phc_`, Langfuse
//! `pk-lf-`, Supabase `sb_publishable_` and `anon` JWTs, LaunchDarkly `mob-`,
//! Statsig `client-`, Braintree tokenization keys, Square application ids
//! `sq0idp-`, Sentry DSNs without a secret. Firebase client API keys (`AIza…`)
//! are reported in code but not in `GoogleService-Info.plist` and
//! `google-services.json` (see the config analyzer).

mod ai;
mod aws;
mod azure;
mod chat;
mod cloud;
mod devops;
mod github;
mod gitlab;
mod google;
mod keys;
mod messaging;
mod packages;
mod payments;
mod saas;
pub(crate) mod validators;

#[cfg(test)]
use crate::format::Samples;
use crate::format::TokenFormat;
use trustlint_core::rules::credentials;

/// Every family, in matching-priority order: where two formats match the same
/// range, the earlier one names it.
pub(crate) static FAMILIES: &[(&str, &[TokenFormat])] = &[
    ("aws", aws::FORMATS),
    ("github", github::FORMATS),
    ("gitlab", gitlab::FORMATS),
    ("chat", chat::FORMATS),
    ("payments", payments::FORMATS),
    ("google", google::FORMATS),
    ("azure", azure::FORMATS),
    ("ai", ai::FORMATS),
    ("messaging", messaging::FORMATS),
    ("packages", packages::FORMATS),
    ("cloud", cloud::FORMATS),
    ("devops", devops::FORMATS),
    ("saas", saas::FORMATS),
    ("keys", keys::FORMATS),
];

pub(crate) fn all() -> impl Iterator<Item = &'static TokenFormat> {
    FAMILIES.iter().flat_map(|(_, formats)| formats.iter())
}

/// The defaults of a provider format; each format overrides what it needs.
pub(crate) const PROVIDER: TokenFormat = TokenFormat {
    id: "",
    kind: "",
    rule: &credentials::provider_token::RULE,
    prefixes: &[],
    context: &[],
    pattern: "",
    validate: None,
    severity: None,
    examples: &[],
    #[cfg(test)]
    samples: Samples {
        positive: &[],
        negative: &[],
    },
};

/// The defaults of a contextual format: the value must look generated, since its
/// shape alone (32 hex digits, 40 alphanumerics) also fits hashes and ids.
pub(crate) const CONTEXTUAL: TokenFormat = TokenFormat {
    validate: Some(validators::generated),
    ..PROVIDER
};
