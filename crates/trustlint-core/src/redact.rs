//! Secrets never leave in full: every output shows a short prefix and the length.

/// `AKIAIOSFODNN7EXAMPLE` → `AKIA…(20 chars)`. At most four characters and at most
/// a quarter of the secret are shown, so short passwords show almost nothing.
pub fn redact_secret(secret: &str) -> String {
    let chars = secret.chars().count();
    let shown = (chars / 4).min(4);
    let prefix: String = secret.chars().take(shown).collect();
    format!("{prefix}…({chars} chars)")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shows_at_most_four_chars_and_the_length() {
        assert_eq!(redact_secret("AKIAIOSFODNN7EXAMPLE"), "AKIA…(20 chars)");
    }

    #[test]
    fn short_secrets_show_a_quarter() {
        assert_eq!(redact_secret("hunter22"), "hu…(8 chars)");
        assert_eq!(redact_secret("abc"), "…(3 chars)");
    }

    #[test]
    fn counts_characters_not_bytes() {
        assert_eq!(redact_secret("pässwörd"), "pä…(8 chars)");
    }
}
