//! Passwords, API keys, tokens and client secrets recognised by the name their
//! literal is bound to (`DB_PASSWORD`, `Config { api_key: … }`, `.password("…")`,
//! `.header("X-Api-Key", …)`, `json!({"client_secret": …})`), when
//! `trustlint-secrets` judges the value a real secret and no more specific rule
//! (a provider format, a URL password, an `Authorization` value) already has it.

use crate::Context;
use crate::bindings::{fixed_names, positional_credential_names};
use crate::statements::Surroundings;
use std::collections::HashMap;
use trustlint_core::rules::credentials::generic_secret;
use trustlint_core::{Diagnostic, RuleMeta};
use trustlint_secrets::{classify_generic_secret, is_credential_name, may_be_generic_secret};

pub static RULES: &[&RuleMeta] = &[&generic_secret::RULE];

pub fn check(cx: &mut Context<'_>) {
    let mut found = Vec::new();
    for bound in cx.bound_values().iter() {
        let Some(secret) = classify_generic_secret(&bound.name, &bound.value) else {
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

/// Whether some code literal would be judged a secret under some name its
/// statement may bind it to ([`crate::statements`]). Every binding puts the name
/// before the value in the value's statement (`let`, `const`, a field, a method or
/// function named after it, the key literal just before it in a map, tuple or
/// header pair), or, for a function's result, in the signature before the body's
/// brace; `basic_auth`, `bearer_auth` and the credential constructors give fixed
/// names. Nothing is reported in test files unless the test-code policy says so.
/// A `concat!` value is no single literal, and a file the hand lexer left
/// to proc-macro2 has no statements: those always run.
pub fn may_report(cx: &Context<'_>) -> bool {
    if !cx.may_report_heuristic_credentials() {
        return false;
    }
    let mentions = cx.mentions();
    let Some(statements) = cx.statements() else {
        return true;
    };
    if mentions.has_macro_call("concat") {
        return true;
    }
    let fixed: Vec<&str> = fixed_names(mentions)
        .chain(positional_credential_names(mentions))
        .collect();
    // Most files have no value that could be a secret, which is cheaper to see
    // than whether they have a credential name.
    if !cx.code_literals().any(may_be_generic_secret) {
        return false;
    }
    let may_be_named = !fixed.is_empty()
        || mentions.words().any(is_credential_name)
        || cx.code_literals().any(is_credential_name);
    if !may_be_named {
        return false;
    }
    let mut names_around: HashMap<Surroundings, Vec<&str>> = HashMap::new();
    let mut previous: Option<(Surroundings, &str)> = None;
    for (index, literal) in cx.indexed_code_literals() {
        let surroundings = statements.of(index);
        let key_before = previous
            .filter(|(before, _)| before.own == surroundings.own)
            .map(|(_, value)| value);
        previous = Some((surroundings, &literal.value));
        if !may_be_generic_secret(&literal.value) {
            continue;
        }
        let names = names_around.entry(surroundings).or_insert_with(|| {
            let mut names: Vec<&str> = statements
                .ranges(surroundings)
                .flat_map(|range| cx.words_in(range))
                .filter(|word| is_credential_name(word))
                .collect();
            names.sort_unstable();
            names.dedup();
            names
        });
        let mut candidates = names
            .iter()
            .copied()
            .chain(key_before)
            .chain(fixed.iter().copied());
        if candidates.any(|name| classify_generic_secret(name, &literal.value).is_some()) {
            return true;
        }
    }
    false
}
