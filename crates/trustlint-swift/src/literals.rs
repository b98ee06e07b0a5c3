//! Every string literal of a file (plain, multi-line and raw), with its value and a
//! map from value bytes back to source bytes.

use crate::syntax::NodeExt;
use crate::syntax_index::SyntaxIndex;
use trustlint_core::TextRange;

const STRING_LITERAL_KINDS: [&str; 3] = [
    "line_string_literal",
    "multi_line_string_literal",
    "raw_string_literal",
];

#[derive(Clone, Debug)]
pub struct StringLiteral {
    /// The decoded value; each interpolation `\(…)` is replaced by U+FFFC.
    pub value: String,
    /// The whole literal, quotes included.
    pub range: TextRange,
    pub has_interpolation: bool,
    /// Runs of the value written verbatim: (value offset, source offset, length).
    verbatim_runs: Vec<(usize, usize, usize)>,
}

/// Stands for an interpolated expression inside a literal's value.
pub const INTERPOLATION: char = '\u{FFFC}';

impl StringLiteral {
    /// Source range of `value[inner]`, or the whole literal when it does not lie in
    /// one verbatim run.
    pub fn source_range(&self, inner: std::ops::Range<usize>) -> TextRange {
        self.verbatim_runs
            .iter()
            .find(|(value_at, _, len)| *value_at <= inner.start && inner.end <= value_at + len)
            .map_or(self.range, |(value_at, source_at, _)| {
                TextRange::new(
                    source_at + inner.start - value_at,
                    source_at + inner.end - value_at,
                )
            })
    }
}

pub(crate) fn collect(index: &SyntaxIndex<'_>) -> Vec<StringLiteral> {
    // Interpolations can hold further literals: those are listed too.
    index
        .nodes()
        .filter(|(_, kind)| STRING_LITERAL_KINDS.contains(kind))
        .map(|(node, _)| decode(node, index.source))
        .collect()
}

fn decode(node: tree_sitter::Node<'_>, text: &str) -> StringLiteral {
    let mut value = String::new();
    let mut verbatim_runs = Vec::new();
    let mut has_interpolation = false;
    let mut cursor = node.walk();
    for part in node.named_children(&mut cursor) {
        let part_text = text
            .get(part.start_byte()..part.end_byte())
            .unwrap_or_default();
        match part.kind_name() {
            "line_str_text" | "multi_line_str_text" | "raw_str_part" | "raw_str_end_part" => {
                let part_text = match part.kind_name() {
                    // Raw parts end just before the next interpolation's `\#(`
                    // or include the closing delimiter; keep only the text.
                    "raw_str_part" => part_text.trim_end_matches('#').trim_end_matches('\\'),
                    "raw_str_end_part" => part_text.trim_end_matches('#').trim_end_matches('"'),
                    _ => part_text,
                };
                verbatim_runs.push((value.len(), part.start_byte(), part_text.len()));
                value.push_str(part_text);
            }
            "str_escaped_char" => value.push_str(&unescape(part_text)),
            "interpolated_expression" | "raw_str_interpolation" => {
                has_interpolation = true;
                value.push(INTERPOLATION);
            }
            _ => {}
        }
    }
    StringLiteral {
        value,
        range: TextRange::new(node.start_byte(), node.end_byte()),
        has_interpolation,
        verbatim_runs,
    }
}

fn unescape(escape: &str) -> String {
    match escape {
        "\\n" => "\n".to_owned(),
        "\\t" => "\t".to_owned(),
        "\\r" => "\r".to_owned(),
        "\\0" => "\0".to_owned(),
        "\\\\" => "\\".to_owned(),
        "\\\"" => "\"".to_owned(),
        "\\'" => "'".to_owned(),
        _ => escape
            .strip_prefix("\\u{")
            .and_then(|hex| hex.strip_suffix('}'))
            .and_then(|hex| u32::from_str_radix(hex, 16).ok())
            .and_then(char::from_u32)
            .map_or_else(|| escape.to_owned(), String::from),
    }
}
