//! Undoing the encodings malware uses to keep its destination out of the source, so
//! the message can name the host the code really talks to.

/// Decodes standard or URL-safe base64, with or without padding.
pub fn base64(text: &str) -> Option<Vec<u8>> {
    let mut bits: u32 = 0;
    let mut bit_count = 0;
    let mut out = Vec::with_capacity(text.len() * 3 / 4);
    for c in text.trim().trim_end_matches('=').chars() {
        let sextet = match c {
            'A'..='Z' => c as u32 - 'A' as u32,
            'a'..='z' => c as u32 - 'a' as u32 + 26,
            '0'..='9' => c as u32 - '0' as u32 + 52,
            '+' | '-' => 62,
            '/' | '_' => 63,
            _ => return None,
        };
        bits = (bits << 6) | sextet;
        bit_count += 6;
        if bit_count >= 8 {
            bit_count -= 8;
            out.push((bits >> bit_count) as u8);
            bits &= (1 << bit_count) - 1;
        }
    }
    Some(out)
}

pub fn hex(text: &str) -> Option<Vec<u8>> {
    let text = text.trim();
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
    use super::*;

    #[test]
    fn decodes_base64_variants() {
        assert_eq!(
            base64("aHR0cDovLzQ1LjYxLjEzOS4xNw==").unwrap(),
            b"http://45.61.139.17"
        );
        assert_eq!(
            base64("aHR0cDovLzQ1LjYxLjEzOS4xNw").unwrap(),
            b"http://45.61.139.17"
        );
        assert!(base64("not base64!").is_none());
    }

    #[test]
    fn decodes_hex() {
        assert_eq!(hex("68747470").unwrap(), b"http");
        assert!(hex("6874a").is_none());
    }
}
