//! Every string literal of a file, found in its token stream, so literals inside
//! macro bodies (`format!`, `json!`, custom macros) are seen as well.

use proc_macro2::{TokenStream, TokenTree};
use std::borrow::Cow;
use trustlint_core::TextRange;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StringLiteral {
    /// The decoded value (escapes resolved; byte strings decoded lossily).
    pub value: String,
    /// The whole literal token, quotes and prefixes included.
    pub range: TextRange,
    /// Where the value's text starts in the source, when it is written verbatim
    /// (no escapes), so a match inside the value maps back to source bytes.
    verbatim_value_start: Option<usize>,
}

impl StringLiteral {
    /// Source range of `value[inner]`, or the whole literal when the value is not
    /// written verbatim.
    pub fn source_range(&self, inner: std::ops::Range<usize>) -> TextRange {
        match self.verbatim_value_start {
            Some(start) => TextRange::new(start + inner.start, start + inner.end),
            None => self.range,
        }
    }

    /// A doc comment (`/// …`, `//! …`, `/** … */`, `/*! … */`), which proc-macro2
    /// hands on as `#[doc = "…"]` with the comment's span: its value is the source
    /// text after the three-character opener, however the token escapes it.
    pub(crate) fn doc_comment(value: String, range: TextRange) -> StringLiteral {
        StringLiteral {
            verbatim_value_start: (!value.is_empty()).then_some(range.start + 3),
            value,
            range,
        }
    }
}

/// What one walk over a file's tokens, or [`crate::lexer::scan`], finds.
#[derive(Default)]
pub(crate) struct Scanned<'t> {
    /// Every string literal, in source order.
    pub literals: Vec<StringLiteral>,
    /// How deep brackets nest (0 for a file without any).
    pub deepest: usize,
    /// Every identifier (keywords and lifetime names included), in source order,
    /// so the words of the file's names ([`crate::Context::name_words`]) need no
    /// second walk: walking a shared token stream copies every token.
    pub identifiers: Vec<Cow<'t, str>>,
    /// The statement of each literal, when the hand lexer read the file: a
    /// token tree does not keep where its `;` were.
    pub statements: Option<crate::statements::Statements>,
}

/// Walks the tokens of `text` once, without recursion (files may nest brackets
/// deeper than any stack allows), in source order.
pub(crate) fn collect(tokens: &TokenStream, text: &str) -> Scanned<'static> {
    let mut scanned = Scanned::default();
    let mut open = vec![tokens.clone().into_iter()];
    while let Some(trees) = open.last_mut() {
        match trees.next() {
            Some(TokenTree::Group(group)) => {
                open.push(group.stream().into_iter());
                scanned.deepest = scanned.deepest.max(open.len() - 1);
            }
            Some(TokenTree::Literal(literal)) => {
                if let Some(string) = decode(&literal) {
                    let doc = crate::context::is_doc_comment(text, string.range);
                    scanned.literals.push(if doc {
                        StringLiteral::doc_comment(string.value, string.range)
                    } else {
                        string
                    });
                }
            }
            Some(TokenTree::Ident(identifier)) => {
                scanned.identifiers.push(identifier.to_string().into());
            }
            Some(TokenTree::Punct(_)) => {}
            None => {
                open.pop();
            }
        }
    }
    scanned
}

fn decode(literal: &proc_macro2::Literal) -> Option<StringLiteral> {
    let token = literal.to_string();
    // What `syn::Lit::new` reads as a string, byte string or C string starts like
    // this; numbers and characters, most literals of a file, are passed over here.
    let string_like = matches!(
        token.as_bytes(),
        [b'"' | b'r', ..] | [b'b' | b'c', b'"' | b'r', ..]
    );
    if !string_like {
        return None;
    }
    let range = crate::span_range(literal.span());
    decode_plain(&token, range).or_else(|| decode_with_syn(literal, &token, range))
}

/// Most strings are `"…"` without a backslash or a carriage return: their value
/// is the text between the quotes, as `syn::LitStr::value` would decode it,
/// and it starts right after the opening quote. `range` is the token's.
pub(crate) fn decode_plain(token: &str, range: TextRange) -> Option<StringLiteral> {
    let rest = token.strip_prefix('"')?;
    let close = rest.find('"')?;
    if rest[..close].contains(['\\', '\r']) {
        return None;
    }
    let value = rest[..close].to_owned();
    Some(StringLiteral {
        verbatim_value_start: (!value.is_empty()).then_some(range.start + 1),
        value,
        range,
    })
}

pub(crate) fn decode_with_syn(
    literal: &proc_macro2::Literal,
    token: &str,
    range: TextRange,
) -> Option<StringLiteral> {
    let value = match syn::Lit::new(literal.clone()) {
        syn::Lit::Str(s) => s.value(),
        syn::Lit::ByteStr(s) => String::from_utf8_lossy(&s.value()).into_owned(),
        syn::Lit::CStr(s) => s.value().to_string_lossy().into_owned(),
        _ => return None,
    };
    let verbatim_value_start = token
        .find(value.as_str())
        .filter(|_| !value.is_empty())
        .and_then(|at| {
            // The value must sit between the opening quote run and the closing one.
            let opening = token.find('"')?;
            (at > opening).then_some(range.start + at)
        });
    Some(StringLiteral {
        value,
        range,
        verbatim_value_start,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_strings_decode_as_syn_decodes_them() {
        let source = "/// A \"quoted\" doc line\n//! inner doc\n/** block */\n\
            const A: [&str; 9] = [\"\", \"plain\", \"é ✓\", \"tab\\t\", \"q\\\"q\", \"crlf\r\nline\",\n\
            r\"raw\", r#\"raw \"hash\"\"#, \"suffix\"_s];\n\
            const B: &[u8] = b\"bytes\"; const C: &CStr = c\"c\"; const D: char = 'x';\n";
        let tokens: TokenStream = source.parse().expect("test source lexes");
        let mut plain = 0;
        let mut open = vec![tokens.into_iter()];
        while let Some(trees) = open.last_mut() {
            match trees.next() {
                Some(TokenTree::Group(group)) => open.push(group.stream().into_iter()),
                Some(TokenTree::Literal(literal)) => {
                    let token = literal.to_string();
                    let range = crate::span_range(literal.span());
                    if let Some(fast) = decode_plain(&token, range) {
                        plain += 1;
                        assert_eq!(
                            Some(fast),
                            decode_with_syn(&literal, &token, range),
                            "{token}"
                        );
                    }
                }
                Some(_) => {}
                None => {
                    open.pop();
                }
            }
        }
        assert_eq!(plain, 6, "the plain strings, two doc comments included");
    }
}
