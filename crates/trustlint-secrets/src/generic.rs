//! Secrets recognised by the name they are bound to rather than by their format.

use crate::names::{is_credential_name, split_words};
use crate::placeholder::is_placeholder;
use crate::randomness::looks_random_key;

/// A value bound to a credential name that is a real secret.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct GenericSecret {
    /// For messages: "password", "API key", "client secret", "token", "secret".
    pub kind: &'static str,
    /// Passwords may be short and memorable; keys and tokens must look generated.
    pub needs_randomness: bool,
}

/// Decides whether `value`, bound to `name` (a variable, key, field or header),
/// is a hardcoded secret.
///
/// - The name must say credential ([`is_credential_name`]), and not name a value
///   providers publish on purpose (`publishableKey`, `anonKey`, `clientToken`).
/// - Placeholders, templates and secret-store references never count, nor do
///   UI text (spaces), URLs, paths, localization keys, identifiers and short numbers.
/// - Password-like names (`password`, `pwd`, `pass`, `passphrase`) take any other
///   value of four or more characters: people choose `hunter2` too, and a
///   literal password in code is the finding whatever its strength.
/// - Key-, token- and secret-like names need a value that looks generated
///   ([`crate::looks_random`], hex digests and UUIDs included since the name says key).
pub fn classify_generic_secret(name: &str, value: &str) -> Option<GenericSecret> {
    if !is_credential_name(name) || names_public_value(name) {
        return None;
    }
    let value = value.trim();
    if is_public_client_key(value) {
        return None;
    }
    let words = split_words(name);
    let has = |word: &str| words.iter().any(|w| w == word);
    if is_placeholder(value)
        || is_written_not_secret(value, name, has("passphrase"))
        || names_itself(value)
    {
        return None;
    }
    let password_like = [
        "password",
        "passwd",
        "pwd",
        "pass",
        "passphrase",
        "passcode",
    ]
    .iter()
    .any(|w| has(w));
    if password_like {
        let is_passphrase = has("passphrase");
        let is_text = value.contains(' ') && !is_passphrase;
        let is_short_number = value.len() <= 6 && value.chars().all(|c| c.is_ascii_digit());
        // Times, dates and versions: `02:00:00`, `2024-01-31`, `1.2.3`.
        let is_time_or_date = value.len() <= 10
            && value
                .chars()
                .all(|c| c.is_ascii_digit() || matches!(c, ':' | '.' | '-' | '/'));
        // Short all-letter values are keywords and enum values (`passwd: files`
        // in nsswitch.conf, `password: none`), not passwords.
        let is_short_word = value.len() < 6 && value.chars().all(|c| c.is_ascii_alphabetic());
        if is_text
            || is_short_number
            || is_time_or_date
            || is_short_word
            || value.chars().count() < 4
        {
            return None;
        }
        let kind = if is_passphrase {
            "passphrase"
        } else {
            "password"
        };
        return Some(GenericSecret {
            kind,
            needs_randomness: false,
        });
    }
    if !looks_random_key(value) {
        return None;
    }
    let kind = if has("api") || has("apikey") {
        "API key"
    } else if has("client") && has("secret") {
        "client secret"
    } else if has("private") {
        "private key"
    } else if has("token") || has("pat") {
        "token"
    } else if has("key") || has("accesskey") || has("secretkey") {
        "key"
    } else {
        "secret"
    };
    Some(GenericSecret {
        kind,
        needs_randomness: true,
    })
}

/// Names of values that providers design to ship in clients: Stripe's
/// `publishableKey`, Supabase's `anonKey`, Datadog's and Facebook's `clientToken`.
fn names_public_value(name: &str) -> bool {
    let words = split_words(name);
    let has = |word: &str| words.iter().any(|w| w == word);
    has("publishable")
        || has("public")
        || has("anon")
        || has("site")
        || words
            .windows(2)
            .any(|pair| pair[0] == "client" && pair[1] == "token")
}

/// `mynewpassword`, `secret-pass`, `home#assets/crates-credentials`: a demo value
/// or a reference to a secret store names what it stands for; a generated secret
/// does not.
fn names_itself(value: &str) -> bool {
    let lower = value.to_lowercase();
    [
        "password",
        "secret",
        "credential",
        "token",
        "apikey",
        "api_key",
        "api-key",
    ]
    .iter()
    .any(|word| lower.contains(word))
}

/// Keys that providers issue for clients, recognised by their prefix: Stripe
/// `pk_…`, RevenueCat `appl_`/`goog_`/`amzn_`, Mapbox `pk.eyJ…`, PostHog `phc_`,
/// Langfuse `pk-lf-`, Supabase `sb_publishable_`, LaunchDarkly `mob-`, Statsig
/// `client-`, Datadog `pub…`.
fn is_public_client_key(value: &str) -> bool {
    [
        "pk_live_",
        "pk_test_",
        "appl_",
        "goog_",
        "amzn_",
        "pk.eyJ",
        "phc_",
        "pk-lf-",
        "sb_publishable_",
        "mob-",
        "client-",
        "sq0idp-",
    ]
    .iter()
    .any(|prefix| value.starts_with(prefix))
        || (value.len() == 35
            && value.starts_with("pub")
            && value[3..].chars().all(|c| c.is_ascii_hexdigit()))
}

/// Text people write that is bound to credential names without being one:
/// `"Password"` (a label), `settings.password.title`, a URL, a path, the name itself.
/// Passphrases are the one secret made of words, so only they may be sentences.
fn is_written_not_secret(value: &str, name: &str, is_passphrase: bool) -> bool {
    let lower = value.to_lowercase();
    let is_url = lower.contains("://") && !lower.contains('@');
    let is_path = value.starts_with('/') || value.starts_with("./") || value.starts_with("~/");
    let is_localization_key = value.contains('.')
        && !value.contains(' ')
        && value.split('.').all(|part| {
            part.len() >= 2 && part.chars().all(|c| c.is_ascii_lowercase() || c == '_')
        });
    let repeats_name = split_words(value) == split_words(name);
    let is_sentence = !is_passphrase && value.split_whitespace().count() >= 3;
    is_url || is_path || is_localization_key || repeats_name || is_sentence
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passwords_need_no_randomness() {
        assert_eq!(
            classify_generic_secret("password", "hunter2").map(|s| s.kind),
            Some("password")
        );
        assert_eq!(
            classify_generic_secret("DB_PASSWORD", "Tr0ub4dor&3").map(|s| s.kind),
            Some("password")
        );
        assert!(classify_generic_secret("passphrase", "correct horse battery staple").is_some());
    }

    #[test]
    fn keys_need_randomness() {
        let key = classify_generic_secret("apiKey", "q8Zr2vLw9xPp4KdM3nTe").unwrap();
        assert_eq!(key.kind, "API key");
        assert!(
            classify_generic_secret("client_secret", "9f86d081884c7d659a2feaa0c55ad015").is_some()
        );
        assert!(classify_generic_secret("apiKey", "my-api-key").is_none());
        assert!(classify_generic_secret("token", "FetchTokenRequest").is_none());
    }

    #[test]
    fn labels_templates_and_public_keys_are_not_secrets() {
        for (name, value) in [
            ("password", "Password"),
            ("password", "Enter your password"),
            ("passwordLabel", "hunter2"),
            ("password", "${DB_PASSWORD}"),
            ("password", "changeme"),
            ("password", "1234"),
            ("PasswordResetTokenLifespan", "02:00:00"),
            ("passwd", "files"),
            ("MasterUserPassword", "mynewpassword"),
            ("credentials", "yegor256/home#assets/crates-credentials"),
            ("output_token", "StreamDescription.Shards[-1].ShardId"),
            ("password", "2024-01-31"),
            ("password", "settings.password.title"),
            ("token_url", "https://oauth2.googleapis.com/token"),
            ("publishableKey", "q8Zr2vLw9xPp4KdM3nTe"),
            ("clientToken", "q8Zr2vLw9xPp4KdM3nTe"),
            ("author", "q8Zr2vLw9xPp4KdM3nTe"),
            ("REVENUECAT_API_KEY", "appl_q8Zr2vLw9xPp4KdM3nTeYbA7"),
            (
                "mapboxAccessToken",
                "pk.eyJ1IjoiYWNtZSJ9.q8Zr2vLw9xPp4KdM3nTe",
            ),
        ] {
            assert!(
                classify_generic_secret(name, value).is_none(),
                "{name} = {value:?} should not be a secret"
            );
        }
    }
}
