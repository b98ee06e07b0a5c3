//! Whether a value was generated (a key) or written (an identifier, a path, text).

use crate::placeholder::is_placeholder;

/// Shannon entropy of `value` in bits per character.
pub fn shannon_entropy(value: &str) -> f64 {
    let mut counts = [0u32; 256];
    let mut total = 0u32;
    for byte in value.bytes() {
        counts[byte as usize] += 1;
        total += 1;
    }
    if total == 0 {
        return 0.0;
    }
    let total = f64::from(total);
    counts
        .iter()
        .filter(|&&n| n > 0)
        .map(|&n| {
            let p = f64::from(n) / total;
            -p * p.log2()
        })
        .sum()
}

/// How random a value looks, 0.0–1.0: its entropy relative to the most a string
/// of its length over its alphabet can have. Random tokens score above ~0.8;
/// words and identifiers lower.
pub fn randomness_score(value: &str) -> f64 {
    let length = value.chars().count();
    if length < 2 {
        return 0.0;
    }
    let alphabet = alphabet_size(value);
    let most = (length.min(alphabet) as f64).log2();
    if most <= 0.0 {
        return 0.0;
    }
    (shannon_entropy(value) / most).min(1.0)
}

/// The size of the smallest usual token alphabet that holds `value`: hex (16),
/// lower-case alphanumeric (36), base62, base64 (64) or printable ASCII (95).
fn alphabet_size(value: &str) -> usize {
    if value.chars().all(|c| c.is_ascii_hexdigit()) {
        16
    } else if value
        .chars()
        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
    {
        36
    } else if value.chars().all(|c| c.is_ascii_alphanumeric()) {
        62
    } else if value
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '/' | '=' | '-' | '_' | '.'))
    {
        64
    } else {
        95
    }
}

/// Whether `value` looks like a generated key or token: long enough, no spaces,
/// several character classes, high entropy for its alphabet, and none of the
/// shapes that are random-looking but not secret (UUIDs, md5/sha1/sha256 digests,
/// semantic versions, paths, URLs without credentials, localization keys,
/// CamelCase identifiers, base64 of plain text).
pub fn looks_random(value: &str) -> bool {
    let length = value.chars().count();
    // Brackets, braces, commas and whitespace are code or prose; no key alphabet has them.
    let has_syntax = value
        .chars()
        .any(|c| c.is_whitespace() || "[](){}<>,;".contains(c));
    if !(16..=4096).contains(&length) || has_syntax || is_placeholder(value) {
        return false;
    }
    if is_uuid(value) || is_hex_digest(value) || is_not_a_key_shape(value) {
        return false;
    }
    let classes = character_classes(value);
    let hex = value.chars().all(|c| c.is_ascii_hexdigit());
    let enough_classes = classes >= 2 || (hex && length >= 20);
    enough_classes
        && randomness_score(value) >= 0.75
        && shannon_entropy(value) >= 3.0
        && !is_base64_of_text(value)
}

/// Like [`looks_random`] but accepting hex digests and UUIDs: for values whose
/// name already says they are keys (`api_key = "9f86d0…"`).
pub(crate) fn looks_random_key(value: &str) -> bool {
    let length = value.chars().count();
    if is_uuid(value) || is_hex_digest(value) {
        return length >= 32 && randomness_score(value) >= 0.7 && !is_placeholder(value);
    }
    looks_random(value)
}

/// Lower, upper, digit, other: how many of these classes the value uses.
pub(crate) fn character_classes(value: &str) -> usize {
    let has = |f: fn(&char) -> bool| usize::from(value.chars().any(|c| f(&c)));
    has(char::is_ascii_lowercase)
        + has(char::is_ascii_uppercase)
        + has(char::is_ascii_digit)
        + has(|c| !c.is_ascii_alphanumeric())
}

pub(crate) fn is_uuid(value: &str) -> bool {
    let groups: Vec<&str> = value.split('-').collect();
    groups.len() == 5
        && groups.iter().map(|g| g.len()).eq([8, 4, 4, 4, 12])
        && groups
            .iter()
            .all(|g| g.chars().all(|c| c.is_ascii_hexdigit()))
}

/// md5, sha1, sha224, sha256, sha384, sha512 in hex: the lengths of common digests
/// (commit ids, checksums, content hashes).
pub(crate) fn is_hex_digest(value: &str) -> bool {
    matches!(value.len(), 32 | 40 | 56 | 64 | 96 | 128)
        && value.chars().all(|c| c.is_ascii_hexdigit())
}

/// Shapes that are long and varied but written, not generated.
fn is_not_a_key_shape(value: &str) -> bool {
    let lower = value.to_ascii_lowercase();
    let is_url = lower.contains("://") && !lower.contains('@');
    let is_path = value.starts_with('/')
        || value.starts_with("./")
        || value.starts_with("../")
        || value.starts_with("~/")
        || value
            .split('/')
            .filter(|segment| is_wordish(segment))
            .count()
            >= 2;
    let is_semver = value
        .trim_start_matches('v')
        .split(['.', '-', '+'])
        .take(3)
        .all(|part| !part.is_empty() && part.chars().all(|c| c.is_ascii_digit()));
    let is_localization_key = value.contains('.')
        && value
            .split('.')
            .all(|part| !part.is_empty() && is_wordish(part));
    let is_identifier = is_camel_or_snake_identifier(value) || looks_like_identifier(value);
    let is_file_name = value.rsplit_once('.').is_some_and(|(stem, ext)| {
        (2..=5).contains(&ext.len())
            && ext.chars().all(|c| c.is_ascii_alphabetic())
            && is_wordish(stem)
    });
    is_url || is_path || is_semver || is_localization_key || is_identifier || is_file_name
}

/// Made of words: letters with at most a few digits, split by `_`, `-` or case.
fn is_wordish(part: &str) -> bool {
    let letters = part.chars().filter(char::is_ascii_alphabetic).count();
    let digits = part.chars().filter(char::is_ascii_digit).count();
    !part.is_empty()
        && part
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-'))
        && letters > 0
        && digits * 4 <= letters
        && vowel_ratio(part) >= 0.2
}

fn vowel_ratio(part: &str) -> f64 {
    let letters = part.chars().filter(char::is_ascii_alphabetic).count();
    if letters == 0 {
        return 0.0;
    }
    let vowels = part
        .chars()
        .filter(|c| matches!(c.to_ascii_lowercase(), 'a' | 'e' | 'i' | 'o' | 'u' | 'y'))
        .count();
    vowels as f64 / letters as f64
}

/// Mostly made of readable words once split at case changes and separators:
/// `D3DKMTSignalSynchronizationObjectFromGpu`, `ICSupportHighContrastInk`. Random
/// tokens split into short fragments full of digits and consonant runs.
pub(crate) fn looks_like_identifier(value: &str) -> bool {
    let words = crate::names::split_words(value);
    if words.len() < 2 {
        return false;
    }
    let wordish_chars: usize = words
        .iter()
        .filter(|word| {
            word.len() >= 3
                && word.chars().filter(char::is_ascii_digit).count() <= 1
                && vowel_ratio(word) >= 0.2
        })
        .map(String::len)
        .sum();
    wordish_chars * 10 >= value.len() * 8
}

/// `FetchUserProfileRequest`, `fetch_user_profile`, `kSettingsPasswordTitle`: each
/// word has vowels and no digits, so it reads as a name.
fn is_camel_or_snake_identifier(value: &str) -> bool {
    if !value
        .chars()
        .all(|c| c.is_ascii_alphabetic() || c == '_' || c == '-')
    {
        return false;
    }
    let words = crate::names::split_words(value);
    words.len() >= 2
        && words
            .iter()
            .all(|word| word.len() <= 2 || vowel_ratio(word) >= 0.2)
}

/// Base64 that decodes to readable text (`aGVsbG8gd29ybGQ=`): an encoded message,
/// not a key.
fn is_base64_of_text(value: &str) -> bool {
    match trustlint_core::encoding::decode_base64(value) {
        Some(bytes) if bytes.len() >= 8 => {
            let printable = bytes
                .iter()
                .filter(|b| {
                    b.is_ascii_alphanumeric()
                        || matches!(b, b' ' | b'.' | b',' | b':' | b'-' | b'_')
                })
                .count();
            printable * 100 >= bytes.len() * 95
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generated_keys_look_random() {
        for value in [
            "q8Zr2vLw9xPp4KdM3nTe",
            "wJalrXUtnFEMI/K7MDENG/bPxRfiCYzQ3mLpa1Ts",
            "a3f9c2e17b4d8e05f6a2",
            "3kQ9+/fZp2LmW8xYt7RvN0cB",
        ] {
            assert!(looks_random(value), "{value:?} should look random");
        }
    }

    #[test]
    fn written_values_do_not_look_random() {
        for value in [
            "550e8400-e29b-41d4-a716-446655440000",
            "d41d8cd98f00b204e9800998ecf8427e",
            "da39a3ee5e6b4b0d3255bfef95601890afd80709",
            "1.24.3-beta.1",
            "/usr/local/share/app/config",
            "https://api.example.com/v1/users",
            "Please enter your password",
            "settings.account.password.title",
            "FetchUserProfileRequest",
            "fetch_user_profile_request",
            "aGVsbG8gd29ybGQgZnJvbSB0aGUgYXBw",
            "com.example.app.widget",
            "D3DKMTSignalSynchronizationObjectFromGpu",
            "short1A",
        ] {
            assert!(!looks_random(value), "{value:?} should not look random");
        }
    }

    #[test]
    fn digests_count_as_keys_when_the_name_says_key() {
        assert!(looks_random_key("9f86d081884c7d659a2feaa0c55ad015"));
        assert!(!looks_random("9f86d081884c7d659a2feaa0c55ad015"));
    }

    #[test]
    fn entropy_of_uniform_text() {
        assert!((shannon_entropy("abcd") - 2.0).abs() < 1e-9);
        assert_eq!(shannon_entropy(""), 0.0);
    }
}
