//! Language-neutral secret detection. Analyzers hand over the text of a string
//! literal (or a config value) and, when they know it, the name it is bound to;
//! this crate says which secrets it holds.
//!
//! - [`find_tokens`] / [`find_tokens_with_context`]: provider token formats
//!   (well over 150, see [`token_formats`]), one Aho-Corasick pass over every
//!   format's prefixes and context words, then only the candidate formats' regexes.
//! - [`find_url_credentials`], [`find_auth_header_values`]: secrets found by
//!   where they sit.
//! - [`is_credential_name`], [`classify_generic_secret`], [`is_placeholder`],
//!   [`looks_random`]: the value-side logic of name-based findings.
//! - [`ConfigAnalyzer`]: `.env`, plists, JSON, YAML, TOML, INI, `.npmrc`, key files.
//! - [`compile_extra_patterns`]: the user's `[credentials] patterns`.

mod config;
mod extra;
mod format;
mod formats;
mod generic;
mod names;
mod overlap;
mod placeholder;
mod randomness;
mod structural;

pub use config::ConfigAnalyzer;
pub use extra::{ExtraMatch, ExtraPatterns, compile_extra_patterns, extra_patterns};
pub use format::{TokenFormat, TokenMatch, names_a_provider, token_formats};
pub use generic::{GenericSecret, classify_generic_secret, may_be_generic_secret};
pub use names::is_credential_name;
pub use overlap::keep_most_specific_credentials;
pub use placeholder::is_placeholder;
pub use randomness::{looks_random, randomness_score, shannon_entropy};
pub use structural::{find_auth_header_values, find_url_credentials};

use format::{Scope, scan};

/// Every provider token in `text` that its format alone identifies, in order.
/// Contextual formats (no distinctive prefix) are found too when their
/// provider's name occurs in `text` itself.
pub fn find_tokens(text: &str) -> Vec<TokenMatch> {
    find_tokens_with_context(text, None)
}

/// Like [`find_tokens`], where `context_name` is the variable, key, field or
/// header name the value is bound to (`DATADOG_API_KEY`, `awsSecretAccessKey`):
/// it enables the contextual formats of the provider it names.
pub fn find_tokens_with_context(text: &str, context_name: Option<&str>) -> Vec<TokenMatch> {
    scan(text, context_name, Scope::WithContext)
}

/// Provider tokens with a distinctive prefix only, for whole files where a
/// provider's name somewhere says nothing about a value elsewhere.
pub(crate) fn find_prefixed_tokens(text: &str) -> Vec<TokenMatch> {
    scan(text, None, Scope::PrefixedOnly)
}

#[cfg(test)]
mod tests;
