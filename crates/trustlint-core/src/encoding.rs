//! The decoders every analyzer needs: secret validators look inside base64
//! bodies, and the data-flow engines undo the base64 or hex that malware wraps its
//! destination in, so messages can name the real host.

/// Decodes standard or URL-safe base64, with or without padding; `None` when
/// `text` is not base64.
pub fn decode_base64(text: &str) -> Option<Vec<u8>> {
    let text = text.trim_end_matches('=');
    let mut out = Vec::with_capacity(text.len() * 3 / 4);
    let mut buffer = 0u32;
    let mut bits = 0u32;
    for byte in text.bytes() {
        let value = match byte {
            b'A'..=b'Z' => byte - b'A',
            b'a'..=b'z' => byte - b'a' + 26,
            b'0'..=b'9' => byte - b'0' + 52,
            b'+' | b'-' => 62,
            b'/' | b'_' => 63,
            _ => return None,
        };
        buffer = (buffer << 6) | u32::from(value);
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((buffer >> bits) as u8);
            buffer &= (1 << bits) - 1;
        }
    }
    // A single leftover character carries fewer than 8 bits: not valid base64.
    (bits < 6).then_some(out)
}

/// Decodes an even number of hex digits; `None` when `text` is not hex.
pub fn decode_hex(text: &str) -> Option<Vec<u8>> {
    if !text.len().is_multiple_of(2) {
        return None;
    }
    (0..text.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(text.get(i..i + 2)?, 16).ok())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::{decode_base64, decode_hex};

    #[test]
    fn decodes_padded_unpadded_and_url_safe() {
        assert_eq!(decode_base64("aGVsbG8=").unwrap(), b"hello");
        assert_eq!(decode_base64("aGVsbG8").unwrap(), b"hello");
        assert_eq!(decode_base64("-_8").unwrap(), [0xfb, 0xff]);
        assert!(decode_base64("a").is_none());
        assert!(decode_base64("ab$c").is_none());
        assert_eq!(
            decode_base64("aHR0cDovLzQ1LjYxLjEzOS4xNw").unwrap(),
            b"http://45.61.139.17"
        );
    }

    #[test]
    fn decodes_hex() {
        assert_eq!(decode_hex("68747470").unwrap(), b"http");
        assert!(decode_hex("6874a").is_none());
        assert!(decode_hex("zz").is_none());
    }
}
