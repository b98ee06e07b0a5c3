//! Secrets recognised by the name they are bound to rather than by their format.

use crate::format::is_provider_look_alike;
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
    if is_public_client_key(value) || is_provider_look_alike(value) {
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

/// Whether `value` passes the checks [`classify_generic_secret`] makes whatever
/// the name: callers pairing many names with many values filter values with it.
pub fn may_be_generic_secret(value: &str) -> bool {
    let value = value.trim();
    // Password-like names need four characters, every other name a random-looking key.
    (value.chars().nth(3).is_some() || looks_random_key(value))
        && !is_public_client_key(value)
        && !is_placeholder(value)
        && !names_itself(value)
        && !is_provider_look_alike(value)
}

/// Names of values that providers design to ship in clients: Stripe's
/// `publishableKey`, Supabase's `anonKey`, Datadog's and Facebook's `clientToken`,
/// Mixpanel's `projectToken`, Segment's `writeKey`.
fn names_public_value(name: &str) -> bool {
    let words = split_words(name);
    let has = |word: &str| words.iter().any(|w| w == word);
    let has_pair = |first: &str, second: &str| {
        words
            .windows(2)
            .any(|pair| pair[0] == first && pair[1] == second)
    };
    // Mixpanel's project token and Segment's write key identify where events go;
    // the providers document them as safe in client code.
    has("publishable")
        || has("public")
        || has("anon")
        || has("site")
        || has_pair("client", "token")
        || has_pair("project", "token")
        || has_pair("write", "key")
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
/// `"Password"` (a label), `settings.password.title`, a URL, a path, a code path,
/// the name itself. Passphrases are the one secret made of words, so only they may be sentences.
fn is_written_not_secret(value: &str, name: &str, is_passphrase: bool) -> bool {
    let lower = value.to_lowercase();
    let is_url = lower.contains("://") && !lower.contains('@');
    let is_path = value.starts_with('/') || value.starts_with("./") || value.starts_with("~/");
    let is_localization_key = value.contains('.')
        && !value.contains(' ')
        && value.split('.').all(|part| {
            part.len() >= 2 && part.chars().all(|c| c.is_ascii_lowercase() || c == '_')
        });
    // serde's private type-name markers (`$serde_json::private::Number`) and other
    // `::` paths name an item in code; no generator emits `::` between words.
    let item_path = value.trim_start_matches('$');
    let is_code_path = item_path.contains("::")
        && item_path.split("::").all(|segment| {
            !segment.is_empty()
                && segment
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '_')
        });
    let repeats_name = split_words(value) == split_words(name);
    let is_sentence = !is_passphrase && value.split_whitespace().count() >= 3;
    is_url || is_path || is_localization_key || is_code_path || repeats_name || is_sentence
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
            ("TOKEN", "$serde_json::private::RawValue"),
            ("publishableKey", "q8Zr2vLw9xPp4KdM3nTe"),
            ("clientToken", "q8Zr2vLw9xPp4KdM3nTe"),
            ("mixpanelProjectToken", "q8Zr2vLw9xPp4KdM3nTe"),
            ("segmentWriteKey", "q8Zr2vLw9xPp4KdM3nTe"),
            // A GitHub token shape with a wrong checksum: a made-up look-alike.
            ("GITHUB_TOKEN", "ghp_6ob2pDHJHFdDySpdf4jArshuop7HQS0Qq97A"),
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

    #[test]
    fn the_name_free_filter_keeps_every_value_some_name_makes_a_secret() {
        let names = [
            "password",
            "passphrase",
            "apiKey",
            "client_secret",
            "AUTH_TOKEN",
            "private_key",
        ];
        let mut values: Vec<String> = [
            "hunter2",
            "correct horse battery staple",
            "q8Zr2vLw9xPp4KdM3nTe",
            "Password",
            "${DB_PASSWORD}",
            "abc",
            "1234",
            " q8Zr2vLw9xPp4KdM3nTe ",
            "ghp_6ob2pDHJHFdDySpdf4jArshuop7HQS0Qq97A",
            "https://oauth2.googleapis.com/token",
            "7f3c9a1e5b2d4c6e8f0a1b3c5d7e9f1a",
        ]
        .map(str::to_owned)
        .to_vec();
        values.extend(random_values(
            "abcdefghijklmnopqrstuvwxyzABCDEFGHIJ0123456789",
            24,
            20,
        ));
        for value in &values {
            let some_name_accepts = names
                .iter()
                .any(|name| classify_generic_secret(name, value).is_some());
            assert!(
                !some_name_accepts || may_be_generic_secret(value),
                "{value:?} is a secret under some name but was filtered out"
            );
        }
        assert!(!may_be_generic_secret("${DB_PASSWORD}"));
        assert!(may_be_generic_secret("hunter2"));
    }

    /// A small deterministic generator, so the test sees the same values every run.
    fn random_values(alphabet: &str, length: usize, count: usize) -> Vec<String> {
        let chars: Vec<char> = alphabet.chars().collect();
        let mut state: u64 = 0x5eed_1234_abcd_0042;
        (0..count)
            .map(|_| {
                (0..length)
                    .map(|_| {
                        state = state
                            .wrapping_mul(6_364_136_223_846_793_005)
                            .wrapping_add(1_442_695_040_888_963_407);
                        chars[((state >> 33) % chars.len() as u64) as usize]
                    })
                    .collect()
            })
            .collect()
    }

    #[test]
    fn random_32_character_values_bound_to_secret_names_are_secrets() {
        // Regression: base62 values whose fragments read like words by chance
        // (`1Q35Faq7EwwhpMni4iweP6YledIt2Fgo`) and upper-case tokens
        // (`55ZOG6YMLXUEX3ZNKE5N2KUDM7IQLAIT`) were taken for identifiers.
        assert!(
            classify_generic_secret("client_secret", "1Q35Faq7EwwhpMni4iweP6YledIt2Fgo").is_some()
        );
        assert!(
            classify_generic_secret("API_SECRET", "55ZOG6YMLXUEX3ZNKE5N2KUDM7IQLAIT").is_some()
        );
        for alphabet in [
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789",
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_",
            "abcdefghijklmnopqrstuvwxyz0123456789",
            "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789",
            "0123456789abcdef",
        ] {
            let values = random_values(alphabet, 32, 1000);
            let missed: Vec<&String> = values
                .iter()
                .filter(|value| classify_generic_secret("client_secret", value).is_none())
                .collect();
            assert!(
                missed.len() <= 10,
                "{alphabet}: {} of 1000 missed, e.g. {:?}",
                missed.len(),
                &missed[..missed.len().min(3)]
            );
        }
    }

    #[test]
    fn identifiers_bound_to_secret_names_stay_quiet() {
        for value in [
            "AuthenticationServiceClientV2",
            "PasswordResetRequestHandler",
            "com.acme.courier.secret",
            "correcthorsebatterystaple",
        ] {
            assert!(
                classify_generic_secret("client_secret", value).is_none(),
                "{value} should not be a secret"
            );
        }
    }
}
