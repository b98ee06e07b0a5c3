//! A lexer for what the checks read before any syntax: string literals, identifiers
//! and how deep brackets nest, straight from the text. proc-macro2 builds a token
//! tree (an allocation per identifier, literal and group) that is walked once and
//! freed; most files are never parsed, and for them that tree was most of the cost.
//!
//! It finds exactly what a walk over proc-macro2's tokens finds
//! ([`crate::literals::collect`]), for the code it handles: ASCII outside literals
//! and comments, and every token form proc-macro2 accepts. Anything else (a
//! non-ASCII identifier or whitespace, an unbalanced bracket, an escape it would
//! reject, …) returns `None`, and the caller lexes the file with proc-macro2, which
//! then also reports the lexer error. One difference is left on purpose: numbers
//! are skipped, not checked, so a malformed one (`0b102`) that proc-macro2 rejects
//! leaves the file's literals checked and its lexer error reported only if a
//! check asks for the syntax. The test `hand_lexer_matches_proc_macro2` compares
//! the two on every fixture, and on the Rust corpus when it is downloaded.

use crate::literals::{Scanned, StringLiteral, decode_plain, decode_with_syn};
use crate::statements::StatementBuilder;
use trustlint_core::TextRange;

/// The literals, identifiers and nesting depth of `text`, or `None` when it holds
/// something only proc-macro2 should judge.
pub(crate) fn scan(text: &str) -> Option<Scanned<'_>> {
    let mut lexer = Lexer {
        text,
        bytes: text.as_bytes(),
        at: 0,
        open: Vec::new(),
        scanned: Scanned::default(),
        statements: StatementBuilder::default(),
    };
    lexer.run()?;
    lexer.scanned.statements = Some(lexer.statements.finish(text.len()));
    Some(lexer.scanned)
}

struct Lexer<'t> {
    text: &'t str,
    bytes: &'t [u8],
    at: usize,
    /// The closing byte each open bracket expects.
    open: Vec<u8>,
    scanned: Scanned<'t>,
    statements: StatementBuilder,
}

impl<'t> Lexer<'t> {
    fn run(&mut self) -> Option<()> {
        while let Some(&byte) = self.bytes.get(self.at) {
            match byte {
                b' ' | 0x09..=0x0d => self.at += 1,
                b'/' if self.next_is(b'/') => self.line_comment()?,
                b'/' if self.next_is(b'*') => self.block_comment()?,
                b'"' => self.string(self.at, self.at + 1)?,
                b'\'' => self.quote()?,
                b'0'..=b'9' => self.number()?,
                b'(' if self.text[self.at..].starts_with("(/*ERROR*/)") => return None,
                b'(' => self.open_group(b')'),
                b'[' => self.open_group(b']'),
                b'{' => {
                    self.statements.open_brace(self.at, self.at_level());
                    self.open_group(b'}');
                }
                b';' => {
                    self.statements.semicolon(self.at, self.at_level());
                    self.at += 1;
                }
                b')' | b']' | b'}' => {
                    if self.open.pop() != Some(byte) {
                        return None;
                    }
                    if byte == b'}' {
                        self.statements.close_brace(self.at);
                    }
                    self.at += 1;
                }
                b'a'..=b'z' | b'A'..=b'Z' | b'_' => self.word()?,
                b'~' | b'!' | b'@' | b'#' | b'$' | b'%' | b'^' | b'&' | b'*' | b'-' | b'='
                | b'+' | b'|' | b':' | b',' | b'<' | b'.' | b'>' | b'/' | b'?' => self.at += 1,
                _ => return None,
            }
        }
        self.open.is_empty().then_some(())
    }

    /// Whether the lexer is at a statement level ([`crate::statements`]): not
    /// inside brackets or parentheses opened since the innermost brace.
    fn at_level(&self) -> bool {
        self.open.last().is_none_or(|&close| close == b'}')
    }

    /// Records a string literal.
    fn push_literal(&mut self, literal: StringLiteral) {
        self.statements.literal(self.scanned.literals.len());
        self.scanned.literals.push(literal);
    }

    fn next_is(&self, byte: u8) -> bool {
        self.bytes.get(self.at + 1) == Some(&byte)
    }

    fn starts_with(&self, prefix: &str) -> bool {
        self.text[self.at..].starts_with(prefix)
    }

    fn open_group(&mut self, close: u8) {
        self.open.push(close);
        self.scanned.deepest = self.scanned.deepest.max(self.open.len());
        self.at += 1;
    }

    /// `//…` to the end of the line; `///` and `//!` (not `////`) are doc comments.
    fn line_comment(&mut self) -> Option<()> {
        let start = self.at;
        let end = self.text[start..]
            .find('\n')
            .map_or(self.text.len(), |line| start + line);
        let doc = (self.starts_with("///") && !self.starts_with("////")) || self.starts_with("//!");
        self.at = end;
        if doc {
            // A `\r` right before the newline is not part of the comment.
            let content_end = if end < self.text.len() && self.bytes[end - 1] == b'\r' {
                end - 1
            } else {
                end
            };
            self.doc_comment(
                &self.text[start + 3..content_end.max(start + 3)],
                start,
                end,
            )?;
        }
        Some(())
    }

    /// `/* … */`, nested; `/** */` (not `/***` or `/**/`) and `/*! */` are doc comments.
    fn block_comment(&mut self) -> Option<()> {
        let start = self.at;
        if self.starts_with("/**/") {
            self.at += 4;
            return Some(());
        }
        let doc = (self.starts_with("/**") && !self.starts_with("/***")) || self.starts_with("/*!");
        // The same walk as proc-macro2's: `/*` opens, `*/` closes, each pair is
        // consumed whole.
        let bytes = &self.bytes[start..];
        let mut depth = 0usize;
        let mut i = 0;
        let end = loop {
            if i + 1 >= bytes.len() {
                return None;
            }
            if bytes[i] == b'/' && bytes[i + 1] == b'*' {
                depth += 1;
                i += 1;
            } else if bytes[i] == b'*' && bytes[i + 1] == b'/' {
                depth -= 1;
                if depth == 0 {
                    break start + i + 2;
                }
                i += 1;
            }
            i += 1;
        };
        self.at = end;
        if doc {
            self.doc_comment(&self.text[start + 3..end - 2], start, end)?;
        }
        Some(())
    }

    /// A doc comment is the attribute `#[doc = "…"]` to proc-macro2: the name `doc`,
    /// a bracket group, and the comment as a string literal spanning the comment.
    fn doc_comment(&mut self, comment: &str, start: usize, end: usize) -> Option<()> {
        if has_bare_carriage_return(comment) {
            return None;
        }
        self.scanned.deepest = self.scanned.deepest.max(self.open.len() + 1);
        self.scanned.identifiers.push("doc".into());
        let range = TextRange::new(start, end);
        self.push_literal(StringLiteral::doc_comment(comment.to_owned(), range));
        Some(())
    }

    /// A `"…"` string whose token starts at `start` and whose body starts at `body`
    /// (after a `b` or `c` prefix and the quote).
    fn string(&mut self, start: usize, body: usize) -> Option<()> {
        let mut i = body;
        let mut plain = true;
        loop {
            match *self.bytes.get(i)? {
                b'"' => break,
                b'\\' => {
                    plain = false;
                    i += 2;
                }
                b'\r' => {
                    if self.bytes.get(i + 1) != Some(&b'\n') {
                        return None;
                    }
                    plain = false;
                    i += 2;
                }
                _ => i += 1,
            }
        }
        self.at = i + 1;
        self.suffix()?;
        self.string_literal(start, plain && body == start + 1)
    }

    /// `r"…"`, `r#"…"#` and their `b`/`c` forms, the `r` at `r_at`.
    fn raw_string(&mut self, start: usize, r_at: usize) -> Option<()> {
        let hashes = self.bytes[r_at + 1..]
            .iter()
            .take_while(|&&b| b == b'#')
            .count();
        let quote = r_at + 1 + hashes;
        if hashes > 255 || self.bytes.get(quote) != Some(&b'"') {
            return None;
        }
        let closing = format!("\"{}", "#".repeat(hashes));
        let body = &self.text[quote + 1..];
        let close = body.find(&closing)?;
        if has_bare_carriage_return(&body[..close]) {
            return None;
        }
        if start != r_at && !body[..close].is_ascii() {
            // Raw byte strings hold ASCII only.
            return None;
        }
        self.at = quote + 1 + close + closing.len();
        self.suffix()?;
        self.string_literal(start, false)
    }

    /// Records the string literal token `text[start..self.at]`. A `plain` one (no
    /// prefix, escape or carriage return) is decoded here; any other is checked and
    /// decoded by proc-macro2 and syn, as the token walk does.
    fn string_literal(&mut self, start: usize, plain: bool) -> Option<()> {
        let token = &self.text[start..self.at];
        let range = TextRange::new(start, self.at);
        let decoded = if plain {
            decode_plain(token, range)
        } else {
            let literal: proc_macro2::Literal = token.parse().ok()?;
            decode_with_syn(&literal, token, range)
        };
        if let Some(literal) = decoded {
            self.push_literal(literal);
        }
        Some(())
    }

    /// A literal's suffix (`"…"_tag`, `1u8`): an identifier glued to it.
    fn suffix(&mut self) -> Option<()> {
        if self
            .bytes
            .get(self.at)
            .is_some_and(|b| b.is_ascii_alphabetic() || *b == b'_')
        {
            self.skip_word()?;
        }
        Some(())
    }

    /// Moves past `[A-Za-z0-9_]*`; `None` when a non-ASCII character follows, which
    /// may continue the word.
    fn skip_word(&mut self) -> Option<usize> {
        let start = self.at;
        while self
            .bytes
            .get(self.at)
            .is_some_and(|b| b.is_ascii_alphanumeric() || *b == b'_')
        {
            self.at += 1;
        }
        if self.bytes.get(self.at).is_some_and(|b| !b.is_ascii()) {
            return None;
        }
        Some(start)
    }

    /// A character literal (`'x'`, `'\n'`, `'é'`) or a lifetime or label (`'a`).
    fn quote(&mut self) -> Option<()> {
        let start = self.at;
        let after = &self.text[start + 1..];
        let mut chars = after.chars();
        match chars.next()? {
            '\\' => {
                self.at = start + 1 + escape_len(&after[1..], true)? + 1;
                self.close_quote()
            }
            first if after[first.len_utf8()..].starts_with('\'') => {
                self.at = start + 1 + first.len_utf8() + 1;
                self.suffix()
            }
            'a'..='z' | 'A'..='Z' | '_' => {
                // A lifetime: `'` then an identifier, not followed by `'` or `#`.
                if after.starts_with("r#") {
                    return None;
                }
                self.at = start + 1;
                let name = self.skip_word()?;
                if matches!(self.bytes.get(self.at), Some(b'\'' | b'#')) {
                    return None;
                }
                self.scanned
                    .identifiers
                    .push(self.text[name..self.at].into());
                Some(())
            }
            _ => None,
        }
    }

    fn close_quote(&mut self) -> Option<()> {
        if self.bytes.get(self.at) != Some(&b'\'') {
            return None;
        }
        self.at += 1;
        self.suffix()
    }

    /// A number, with its suffix or exponent: `[0-9][A-Za-z0-9_]*`, and `.` when a
    /// digit follows (`1.5`), so `1.max(2)` leaves `max` a name. No name of the
    /// file hides in a number, and a number holds no string.
    fn number(&mut self) -> Option<()> {
        self.skip_word()?;
        while self.bytes.get(self.at) == Some(&b'.')
            && self.bytes.get(self.at + 1).is_some_and(u8::is_ascii_digit)
        {
            self.at += 1;
            self.skip_word()?;
        }
        Some(())
    }

    /// An identifier or keyword, or a literal with a prefix: `r"…"`, `r#"…"#`,
    /// `r#name`, `b"…"`, `b'…'`, `br"…"`, `c"…"`, `cr"…"`.
    fn word(&mut self) -> Option<()> {
        let start = self.at;
        let rest = &self.bytes[start..];
        match rest {
            [b'r', b'"' | b'#', ..] => {
                let hashes = rest[1..].iter().take_while(|&&b| b == b'#').count();
                if rest.get(1 + hashes) == Some(&b'"') {
                    return self.raw_string(start, start);
                }
                // `r#name`, a raw identifier; proc-macro2 rejects every other `r#…`.
                if hashes != 1 {
                    return None;
                }
                self.at = start + 2;
                if !self
                    .bytes
                    .get(self.at)
                    .is_some_and(|b| b.is_ascii_alphabetic() || *b == b'_')
                {
                    return None;
                }
                self.skip_word()?;
                if matches!(
                    &self.text[start + 2..self.at],
                    "_" | "super" | "self" | "Self" | "crate"
                ) {
                    return None;
                }
                self.scanned
                    .identifiers
                    .push(self.text[start..self.at].into());
                Some(())
            }
            [b'b' | b'c', b'"', ..] => self.string(start, start + 2),
            [b'b' | b'c', b'r', b'"' | b'#', ..] => self.raw_string(start, start + 1),
            [b'b', b'\'', ..] => {
                let after = &self.text[start + 2..];
                self.at = start
                    + 2
                    + match after.as_bytes().first()? {
                        b'\\' => escape_len(&after[1..], false)? + 1,
                        byte if byte.is_ascii() => 1,
                        _ => return None,
                    };
                self.close_quote()
            }
            _ => {
                self.skip_word()?;
                self.scanned
                    .identifiers
                    .push(self.text[start..self.at].into());
                Some(())
            }
        }
    }
}

/// Whether `text` has a carriage return not followed by a newline, which
/// proc-macro2 rejects in doc comments and raw strings.
fn has_bare_carriage_return(text: &str) -> bool {
    text.match_indices('\r')
        .any(|(at, _)| !text[at + 1..].starts_with('\n'))
}

/// The length of an escape's body after its backslash in a character (`is_char`)
/// or byte literal, when proc-macro2 accepts it: `n`, `x7f`, `u{1F600}`, ….
fn escape_len(body: &str, is_char: bool) -> Option<usize> {
    let bytes = body.as_bytes();
    match *bytes.first()? {
        b'n' | b'r' | b't' | b'\\' | b'0' | b'\'' | b'"' => Some(1),
        b'x' => {
            let high = *bytes.get(1)?;
            let low = *bytes.get(2)?;
            let high_ok = if is_char {
                (b'0'..=b'7').contains(&high)
            } else {
                high.is_ascii_hexdigit()
            };
            (high_ok && low.is_ascii_hexdigit()).then_some(3)
        }
        b'u' if is_char => {
            let digits = body.strip_prefix("u{")?;
            let close = digits.find('}')?;
            let hex = &digits[..close];
            let value: String = hex.chars().filter(|&c| c != '_').collect();
            let valid = !hex.starts_with('_')
                && (1..=6).contains(&value.len())
                && value.chars().all(|c| c.is_ascii_hexdigit())
                && u32::from_str_radix(&value, 16)
                    .ok()
                    .and_then(char::from_u32)
                    .is_some();
            valid.then_some(2 + close + 1)
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    /// How the hand lexer's reading of `text` differs from the token walk's, if it
    /// does; `Ok(false)` when the hand lexer leaves the text to proc-macro2.
    fn compare(text: &str) -> Result<bool, String> {
        let _lines = crate::AsciiLines::set(text);
        let hand = scan(text);
        let tokens = text.parse::<proc_macro2::TokenStream>();
        let outcome = match (hand, tokens) {
            (None, _) => Ok(false),
            (Some(_), Err(err)) => Err(format!("proc-macro2 rejects it: {err}")),
            (Some(hand), Ok(tokens)) => {
                let walked = crate::literals::collect(&tokens, text);
                if hand.literals != walked.literals {
                    // Where, not what: a fixture's literal may be a (fake) key.
                    let first = hand
                        .literals
                        .iter()
                        .zip(&walked.literals)
                        .find(|(a, b)| a != b)
                        .map(|(a, b)| (a.range, b.range));
                    Err(format!(
                        "literals differ ({} vs {}), first at {first:?}",
                        hand.literals.len(),
                        walked.literals.len()
                    ))
                } else if hand.identifiers != walked.identifiers {
                    let first = hand
                        .identifiers
                        .iter()
                        .zip(&walked.identifiers)
                        .find(|(a, b)| a != b);
                    Err(format!("identifiers differ, first: {first:?}"))
                } else if hand.deepest != walked.deepest {
                    Err(format!("depth {} vs {}", hand.deepest, walked.deepest))
                } else {
                    Ok(true)
                }
            }
        };
        proc_macro2::extra::invalidate_current_thread_spans();
        outcome
    }

    #[test]
    fn every_token_form_reads_as_proc_macro2_reads_it() {
        let source = "#![doc = \"crate\"]\n//! inner doc with \"quotes\" and \\\\ backslash\n\
            /// outer doc\r\n/** block doc */ /*! inner block */ /**/ /*** not doc */\n\
            //// not doc\n/* nested /* comment */ still */\n\
            fn r#type<'a, 'static_>(x: &'a str) -> u8 {\n\
            'outer: loop { break 'outer; }\n\
            let c = ['x', '\\n', '\\'', '\\\\', '\\x7f', '\\u{1F600}', 'é', '\"'];\n\
            let b = [b'a', b'\\xff', b'\\''];\n\
            let s = [\"plain\", \"esc\\t\\\"q\\\"\", \"line \\\n  continued\", \"crlf\r\nin\", \"é ✓\", \"\"];\n\
            let r = [r\"raw\", r#\"raw \"#\" \"#, r##\"two\"##];\n\
            let bytes = [b\"bytes\\x00\", br\"raw bytes\", br#\"x\"#];\n\
            let cs = [c\"c string\", cr\"raw c\", cr#\"x\"#];\n\
            let suffixed = (\"tag\"_t, 1u8, 0x1F_u32, 1.5e-3f64, 1.max(2), t.0.1, 1..=2);\n\
            brand; crate_name; bar; r; b; c;\n\
            x = 1.0; y = 0b1010; z = 1e10;\n\
            }\n";
        assert_eq!(compare(source), Ok(true));
    }

    #[test]
    fn what_only_proc_macro2_judges_is_left_to_it() {
        for text in [
            "fn café() {}",
            "let x = 1;\u{200e}",
            "fn f() { (]",
            "fn f() {",
            "}",
            "let s = \"bad \\q escape\";",
            "let s = \"bare \r cr\";",
            "/// bare \r cr\nfn f() {}",
            "let s = r\"raw bare \r cr\";",
            "r#self",
            "'ab'",
            "let x = `tick`;",
            "/* unterminated",
            "let s = \"unterminated",
            "(/*ERROR*/)",
        ] {
            assert_eq!(scan(text).map(|s| s.literals), None, "{text:?}");
        }
    }

    /// On every Rust fixture, and on the Rust corpus when it is downloaded
    /// (`test-fixtures/corpora/fetch.py`), the hand lexer reads what proc-macro2's
    /// tokens hold, or leaves the file to proc-macro2.
    #[test]
    fn hand_lexer_matches_proc_macro2() {
        let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../test-fixtures");
        let mut files = Vec::new();
        crate::tests::rust_files(&fixtures, true, &mut files);
        let corpus = fixtures.join("corpora/downloads/rust");
        if !corpus.exists() {
            println!(
                "skipping the Rust corpus: {} is not downloaded (test-fixtures/corpora/fetch.py); fixtures only",
                corpus.display()
            );
        }
        let (mut read, mut left) = (0, 0);
        for path in &files {
            let Ok(text) = std::fs::read_to_string(path) else {
                continue;
            };
            let text = crate::blank_preamble(&text);
            match compare(&text) {
                Ok(true) => read += 1,
                Ok(false) => left += 1,
                Err(difference) => panic!("{}: {difference}", path.display()),
            }
        }
        println!("hand lexer read {read} files, left {left} to proc-macro2");
        assert!(read > 50 && read > 10 * left, "read {read}, left {left}");
    }
}
