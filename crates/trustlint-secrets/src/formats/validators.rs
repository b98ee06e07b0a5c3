//! Checks that run after a format's regex matched: checksums, decoding, randomness.

use crate::randomness::{
    character_classes, looks_like_identifier, randomness_score, shannon_entropy,
};
use trustlint_core::encoding::decode_base64;

const BASE62: &[u8] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

/// `n` in base 62 (`0-9A-Za-z`), left-padded with `0` to six characters.
fn base62_checksum(n: u32) -> String {
    let mut digits = Vec::new();
    let mut rest = n;
    while rest > 0 {
        digits.push(BASE62[(rest % 62) as usize]);
        rest /= 62;
    }
    while digits.len() < 6 {
        digits.push(b'0');
    }
    digits.reverse();
    String::from_utf8(digits).expect("base62 is ASCII")
}

/// GitHub's and npm's token checksum: the last six characters are the CRC32 of
/// the 30 random characters before them, in base 62. Tokens of another length
/// (newer, longer `ghs_`/`ghr_` tokens) carry no checksum we know of and pass.
pub(crate) fn base62_crc32_checksum(token: &str) -> bool {
    let Some((_, body)) = token.split_once('_') else {
        return false;
    };
    if body.len() != 36 {
        return true;
    }
    let (random, checksum) = body.split_at(30);
    base62_checksum(crc32fast::hash(random.as_bytes())) == checksum
}

/// A value that looks generated: high entropy for its alphabet and not a run of
/// a few characters. Used for contextual formats, whose shape alone also fits
/// hashes and identifiers.
pub(crate) fn generated(value: &str) -> bool {
    randomness_score(value) >= 0.65
        && shannon_entropy(value) >= 2.8
        && !is_word_like(value)
        && !looks_like_identifier(value)
}

/// Generated and mixing at least three character classes: base64 keys such as
/// AWS secret keys always have upper, lower and digits.
pub(crate) fn generated_mixed(value: &str) -> bool {
    generated(value) && character_classes(value) >= 3
}

/// Letters only with the vowel rate of language: a long identifier, not a key.
fn is_word_like(value: &str) -> bool {
    if !value
        .chars()
        .all(|c| c.is_ascii_alphabetic() || c == '_' || c == '-')
    {
        return false;
    }
    let letters = value
        .chars()
        .filter(char::is_ascii_alphabetic)
        .count()
        .max(1);
    let vowels = value
        .chars()
        .filter(|c| matches!(c.to_ascii_lowercase(), 'a' | 'e' | 'i' | 'o' | 'u'))
        .count();
    vowels * 100 / letters >= 30
}

/// A JSON Web Token with a real signature: the header decodes to a JSON object
/// whose `alg` is not `none`, the payload decodes to a JSON object, and the
/// signature is present. Supabase `anon` keys (public by design) do not count.
pub(crate) fn signed_jwt(token: &str) -> bool {
    let mut parts = token.split('.');
    let (Some(header), Some(payload), Some(signature), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return false;
    };
    let decode = |part: &str| -> Option<serde_json::Value> {
        let bytes = decode_base64(part)?;
        serde_json::from_slice::<serde_json::Value>(&bytes)
            .ok()
            .filter(serde_json::Value::is_object)
    };
    let (Some(header), Some(payload)) = (decode(header), decode(payload)) else {
        return false;
    };
    let algorithm = header
        .get("alg")
        .and_then(serde_json::Value::as_str)
        .unwrap_or("none");
    let public_role = payload.get("role").and_then(serde_json::Value::as_str) == Some("anon");
    !algorithm.eq_ignore_ascii_case("none") && signature.len() >= 16 && !public_role
}

/// A PEM-style block with a real body: at least 64 base64 characters between
/// its armour lines, so `-----BEGIN PRIVATE KEY-----…` in documentation is not a key.
pub(crate) fn armoured_body(block: &str) -> bool {
    let inner = match block.find("-----BEGIN") {
        Some(begin) => {
            let after_begin = &block[begin + "-----BEGIN".len()..];
            let body = after_begin
                .find("-----")
                .map_or(after_begin, |end| &after_begin[end + 5..]);
            body.find("-----END").map_or(body, |end| &body[..end])
        }
        None => block.rsplit("Private-Lines:").next().unwrap_or(block),
    };
    let unescaped = inner.replace("\\n", "\n").replace("\\r", "\n");
    let base64_chars: usize = unescaped
        .lines()
        .filter(|line| !line.contains(": "))
        .map(|line| {
            line.chars()
                .filter(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '/'))
                .count()
        })
        .sum();
    base64_chars >= 64
}

/// Decodes the middle part of a Mapbox-style `sk.eyJ….…` token as JSON.
pub(crate) fn mapbox_secret(token: &str) -> bool {
    token
        .split('.')
        .nth(1)
        .and_then(decode_base64)
        .is_some_and(|bytes| {
            serde_json::from_slice::<serde_json::Value>(&bytes).is_ok_and(|v| v.is_object())
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base62_checksum_pads_to_six() {
        assert_eq!(base62_checksum(0), "000000");
        assert_eq!(base62_checksum(61), "00000z");
        assert_eq!(base62_checksum(62), "000010");
    }

    #[test]
    fn identifiers_are_not_generated() {
        assert!(!generated("D3DKMTSignalSynchronizationObjectFromGpu"));
        assert!(!generated("ICSupportHighContrastInk"));
        assert!(generated("q8Zr2vLw9xPp4KdM3nTeYbA7"));
    }

    #[test]
    fn jwt_with_alg_none_is_not_signed() {
        // {"alg":"none"} . {"sub":"1"} . (empty)
        assert!(!signed_jwt("eyJhbGciOiJub25lIn0.eyJzdWIiOiIxIn0."));
    }
}
