//! The values a Swift file binds to names with `let` (`let key = Data(…)`,
//! `static let salt = …`), so checks can follow a name back to its literal
//! (`SymmetricKey(data: key)`).
//!
//! Scopes are approximated by the node that holds a binding (a function body, a
//! type body, the file, an `if let`): a use sees the bindings whose scope contains
//! it, the innermost first, so a `let key` in one function never resolves a `key`
//! in another. When that binding is not a `let` with a value (a parameter, a
//! `var`, a loop variable), the name is not resolved.

use crate::labelled_calls::node_text;
use crate::syntax::NodeExt;
use crate::syntax_index::SyntaxIndex;
use tree_sitter::Node;
use trustlint_core::TextRange;

struct Binding<'t> {
    name: &'t str,
    scope: TextRange,
    at: usize,
    /// The value of a `let`; `None` for every other binding.
    value: Option<Node<'t>>,
}

pub struct FileConstants<'t> {
    bindings: Vec<Binding<'t>>,
}

impl<'t> FileConstants<'t> {
    pub fn collect(syntax: &SyntaxIndex<'t>) -> FileConstants<'t> {
        let source = syntax.source;
        let mut bindings = Vec::new();
        for (node, kind) in syntax.nodes() {
            let parent = || syntax.parent(node);
            let (name, value, scope) = match kind {
                "property_declaration" => {
                    let mut cursor = node.walk();
                    let is_let = node.named_children(&mut cursor).any(|c| {
                        c.kind_name() == "value_binding_pattern" && node_text(c, source) == "let"
                    });
                    let Some(name) = node.field("name").and_then(|p| p.field("bound_identifier"))
                    else {
                        continue;
                    };
                    let value = node.field("value").filter(|_| is_let);
                    (name, value, parent().unwrap_or(node))
                }
                "parameter" => match node.field("name") {
                    Some(name) => (name, None, parent().unwrap_or(node)),
                    None => continue,
                },
                "simple_identifier" if is_pattern_binding(node, syntax) => {
                    // `for x in`, `if let x =`, `case let .some(x)`, closure parameters.
                    let holder = parent().unwrap_or(node);
                    (node, None, syntax.parent(holder).unwrap_or(holder))
                }
                _ => continue,
            };
            bindings.push(Binding {
                name: node_text(name, source),
                scope: TextRange::new(scope.start_byte(), scope.end_byte()),
                at: name.start_byte(),
                value,
            });
        }
        FileConstants { bindings }
    }

    /// The constant value `name` has at byte offset `at`, if the binding in scope
    /// there is a `let` with a value.
    pub fn value_at(&self, name: &str, at: usize) -> Option<Node<'t>> {
        self.bindings
            .iter()
            .filter(|b| b.name == name && b.scope.start <= at && at <= b.scope.end)
            .max_by_key(|b| (b.scope.start, b.at <= at, b.at))?
            .value
    }
}

impl<'t> FileConstants<'t> {
    /// The value of a member reached through its type (`LegacyKeys.statementKey`),
    /// when the file binds that name exactly once, with `let`.
    pub fn member_value(&self, name: &str) -> Option<Node<'t>> {
        let mut named = self.bindings.iter().filter(|b| b.name == name);
        match (named.next(), named.next()) {
            (Some(only), None) => only.value,
            _ => None,
        }
    }
}

/// A `bound_identifier` outside a property declaration (those are read above).
fn is_pattern_binding(node: Node<'_>, syntax: &SyntaxIndex<'_>) -> bool {
    let Some(parent) = syntax.parent(node) else {
        return false;
    };
    let in_property = parent.kind_name() == "pattern"
        && syntax
            .parent(parent)
            .is_some_and(|p| p.kind_name() == "property_declaration");
    let mut cursor = parent.walk();
    !in_property
        && parent
            .children_by_field_name("bound_identifier", &mut cursor)
            .any(|c| c == node)
}
