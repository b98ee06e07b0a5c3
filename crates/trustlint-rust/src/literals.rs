//! Every string literal of a file, found in its token stream, so literals inside
//! macro bodies (`format!`, `json!`, custom macros) are seen as well.

use proc_macro2::{TokenStream, TokenTree};
use trustlint_core::TextRange;

#[derive(Clone, Debug)]
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
}

pub(crate) fn collect(tokens: &TokenStream) -> Vec<StringLiteral> {
    let mut found = Vec::new();
    collect_into(tokens, &mut found);
    found
}

fn collect_into(tokens: &TokenStream, found: &mut Vec<StringLiteral>) {
    for tree in tokens.clone() {
        match tree {
            TokenTree::Group(group) => collect_into(&group.stream(), found),
            TokenTree::Literal(literal) => {
                if let Some(string) = decode(&literal) {
                    found.push(string);
                }
            }
            TokenTree::Ident(_) | TokenTree::Punct(_) => {}
        }
    }
}

fn decode(literal: &proc_macro2::Literal) -> Option<StringLiteral> {
    let token = literal.to_string();
    // What `syn::Lit::new` reads as a string, byte string or C string starts like
    // this; numbers and characters, most literals of a file, are passed over here.
    let string_like = match token.as_bytes() {
        [b'"' | b'r', ..] => true,
        [b'b' | b'c', b'"' | b'r', ..] => true,
        _ => false,
    };
    if !string_like {
        return None;
    }
    let value = match syn::Lit::new(literal.clone()) {
        syn::Lit::Str(s) => s.value(),
        syn::Lit::ByteStr(s) => String::from_utf8_lossy(&s.value()).into_owned(),
        syn::Lit::CStr(s) => s.value().to_string_lossy().into_owned(),
        _ => return None,
    };
    let range = crate::span_range(literal.span());
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
