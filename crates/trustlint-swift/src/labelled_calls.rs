//! Reading calls the way the credential checks ask about them: by argument label or
//! position with the callee as text (`Bundle.main.path(forResource:ofType:)`,
//! `CCCrypt` argument 3).

use crate::syntax::NodeExt;
use tree_sitter::Node;

/// The source text of `node`.
pub fn node_text<'s>(node: Node<'_>, source: &'s str) -> &'s str {
    source
        .get(node.start_byte()..node.end_byte())
        .unwrap_or_default()
}

/// One argument of a call: `label: value` or just `value`.
#[derive(Clone, Copy, Debug)]
pub struct Argument<'t> {
    pub label: Option<&'t str>,
    pub value: Node<'t>,
}

/// A call or constructor expression, read as what is called and with what.
#[derive(Clone, Debug)]
pub struct Call<'t> {
    pub node: Node<'t>,
    /// The called expression as written: `Bundle.main.path`, `SymmetricKey`, `[UInt8]`.
    pub callee: &'t str,
    /// The last name of the callee: `path`, `SymmetricKey`, `Nonce` for `AES.GCM.Nonce`.
    pub name: &'t str,
    pub arguments: Vec<Argument<'t>>,
}

impl<'t> Call<'t> {
    /// Reads `node` as a call (`call_expression` or `constructor_expression` with
    /// parenthesised arguments); `None` for any other node and for subscripts.
    pub fn of(node: Node<'t>, source: &'t str) -> Option<Call<'t>> {
        let suffix_kind = match node.kind_name() {
            "call_expression" => "call_suffix",
            "constructor_expression" => "constructor_suffix",
            _ => return None,
        };
        let callee_node = node.named_child(0)?;
        let mut cursor = node.walk();
        let suffix = node
            .named_children(&mut cursor)
            .find(|c| c.kind_name() == suffix_kind)?;
        let mut suffix_cursor = suffix.walk();
        let arguments_node = suffix
            .named_children(&mut suffix_cursor)
            .find(|c| c.kind_name() == "value_arguments")?;
        if node_text(arguments_node, source).starts_with('[') {
            return None;
        }
        let mut arguments = Vec::new();
        let mut arguments_cursor = arguments_node.walk();
        for argument in arguments_node.named_children(&mut arguments_cursor) {
            if argument.kind_name() != "value_argument" {
                continue;
            }
            let Some(value) = argument.field("value") else {
                continue;
            };
            let label = argument.field("name").map(|label| node_text(label, source));
            arguments.push(Argument { label, value });
        }
        let callee = node_text(callee_node, source);
        Some(Call {
            node,
            callee,
            name: last_name(callee_node, source),
            arguments,
        })
    }

    /// The last name of what `node` calls (as [`Call::of`] reads it), without
    /// reading the arguments: checks that know the names they look for ask this first.
    pub fn name_of(node: Node<'t>, source: &'t str) -> Option<&'t str> {
        if !matches!(
            node.kind_name(),
            "call_expression" | "constructor_expression"
        ) {
            return None;
        }
        Some(last_name(node.named_child(0)?, source))
    }

    pub fn labelled(&self, label: &str) -> Option<Node<'t>> {
        self.arguments
            .iter()
            .find(|a| a.label == Some(label))
            .map(|a| a.value)
    }

    pub fn positional(&self, index: usize) -> Option<Node<'t>> {
        self.arguments.get(index).map(|a| a.value)
    }
}

/// `Bundle.main.path` → `path`; `Array<UInt8>` → `Array`; `SymmetricKey` → itself.
fn last_name<'t>(callee: Node<'t>, source: &'t str) -> &'t str {
    match callee.kind_name() {
        "navigation_expression" => callee
            .field("suffix")
            .and_then(|suffix| suffix.field("suffix"))
            .map_or("", |name| node_text(name, source)),
        // `HKDF<SHA256>.deriveKey(…)` parses as a comparison ending in `.deriveKey(…)`.
        "prefix_expression" => callee
            .field("target")
            .map_or("", |name| node_text(name, source)),
        "user_type" => callee
            .named_child(0)
            .map_or("", |name| node_text(name, source)),
        _ => node_text(callee, source),
    }
}

/// Whether a string literal node interpolates (`"\(x)"`).
pub fn has_interpolation(literal: Node<'_>) -> bool {
    let mut cursor = literal.walk();
    literal.named_children(&mut cursor).any(|part| {
        matches!(
            part.kind_name(),
            "interpolated_expression" | "raw_str_interpolation"
        )
    })
}

pub const STRING_LITERAL_KINDS: [&str; 3] = [
    "line_string_literal",
    "multi_line_string_literal",
    "raw_string_literal",
];
