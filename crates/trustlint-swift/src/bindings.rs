//! Which name a string literal is bound to: the constant, variable, stored or
//! computed property, enum case, dictionary key, argument label, HTTP header or
//! assigned property it is given to. Checks judge a literal by that name
//! (`let apiKey = "…"`, `case clientSecret = "…"`, `["client_secret": "…"]`,
//! `setValue("…", forHTTPHeaderField: "Authorization")`, `password: "…"`).
//!
//! A concatenation of plain literals (`"sk_live_" + "4eC3…"`) is one value.
//! Literals with interpolation are bound too; callers decide what to make of them.

use crate::labelled_calls::{STRING_LITERAL_KINDS, node_text};
use crate::literals::{INTERPOLATION, StringLiteral};
use crate::syntax::NodeExt;
use crate::syntax_index::SyntaxIndex;
use std::collections::HashMap;
use tree_sitter::Node;
use trustlint_core::TextRange;

/// How a value is bound to its name; says how messages name the place.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BindingSite {
    /// `let`/`var`, a stored or computed property, a function's result, an enum case.
    Variable,
    /// An argument label (`password: "…"`).
    Argument,
    /// The only, unlabelled argument of a function or method (`setPassword("…")`).
    Callee,
    /// A dictionary key (`["client_secret": "…"]`, `params["token"] = "…"`).
    MapKey,
    /// An HTTP header value.
    Header,
}

impl BindingSite {
    /// Where the value is, for messages: "in `apiKey`", "passed as `password:`".
    pub fn describe(self, name: &str) -> String {
        match self {
            BindingSite::Variable | BindingSite::MapKey => format!("in `{name}`"),
            BindingSite::Argument => format!("passed as `{name}:`"),
            BindingSite::Callee => format!("passed to `{name}`"),
            BindingSite::Header => format!("in the `{name}` header"),
        }
    }
}

/// A string value and the name it is bound to.
#[derive(Clone, Debug)]
pub struct BoundValue {
    pub name: String,
    pub site: BindingSite,
    /// The decoded value; interpolations are [`INTERPOLATION`] characters.
    pub value: String,
    /// The literal, or the whole concatenation.
    pub range: TextRange,
    pub is_concatenation: bool,
}

impl BoundValue {
    /// The name the value is judged by: a setter's property (`setPassword` →
    /// `Password`), otherwise the name itself.
    pub fn subject(&self) -> &str {
        self.name
            .strip_prefix("set")
            .filter(|rest| rest.starts_with(|c: char| c.is_ascii_uppercase()))
            .unwrap_or(&self.name)
    }

    /// How much of the value is interpolated, from 0.0 to 1.0.
    pub fn interpolated_share(&self) -> f64 {
        let total = self.value.chars().count().max(1);
        let interpolated = self.value.chars().filter(|c| *c == INTERPOLATION).count();
        interpolated as f64 / total as f64
    }
}

/// Every string value in the file bound to a name, in source order. `literals` are
/// the file's decoded literals (see [`crate::literals`]).
pub fn bound_values(syntax: &SyntaxIndex<'_>, literals: &[StringLiteral]) -> Vec<BoundValue> {
    let by_start: HashMap<usize, &StringLiteral> =
        literals.iter().map(|l| (l.range.start, l)).collect();
    let mut found = Vec::new();
    let mut seen_roots = std::collections::HashSet::new();
    for (node, kind) in syntax.nodes() {
        if !STRING_LITERAL_KINDS.contains(&kind) {
            continue;
        }
        let root = value_root(node, syntax);
        if !seen_roots.insert(root.id()) {
            continue;
        }
        let Some((value, is_concatenation)) = value_of(root, &by_start) else {
            continue;
        };
        if let Some((name, site)) = binding_of(root, syntax) {
            found.push(BoundValue {
                name,
                site,
                value,
                range: TextRange::new(root.start_byte(), root.end_byte()),
                is_concatenation,
            });
        }
    }
    found
}

/// The literal, or the outermost `+` chain of literals it is part of.
fn value_root<'t>(literal: Node<'t>, syntax: &SyntaxIndex<'t>) -> Node<'t> {
    let mut root = literal;
    while let Some(parent) = syntax.parent(root) {
        if parent.kind_name() == "additive_expression" && is_literal_concatenation(parent) {
            root = parent;
        } else {
            break;
        }
    }
    root
}

fn is_literal_concatenation(node: Node<'_>) -> bool {
    match node.kind_name() {
        kind if STRING_LITERAL_KINDS.contains(&kind) => true,
        "additive_expression" => {
            let operands = (node.field("lhs"), node.field("rhs"));
            let is_plus = node.field("op").is_some_and(|op| op.kind_name() == "+");
            match operands {
                (Some(lhs), Some(rhs)) => {
                    is_plus && is_literal_concatenation(lhs) && is_literal_concatenation(rhs)
                }
                _ => false,
            }
        }
        _ => false,
    }
}

fn value_of(root: Node<'_>, literals: &HashMap<usize, &StringLiteral>) -> Option<(String, bool)> {
    if root.kind_name() != "additive_expression" {
        return literals
            .get(&root.start_byte())
            .map(|l| (l.value.clone(), false));
    }
    let mut value = String::new();
    let mut pending = vec![root];
    while let Some(node) = pending.pop() {
        if node.kind_name() == "additive_expression" {
            pending.push(node.field("rhs")?);
            pending.push(node.field("lhs")?);
        } else {
            value.push_str(&literals.get(&node.start_byte())?.value);
        }
    }
    Some((value, true))
}

/// The name `value` is bound to, walking up through `!`, `try` and `return`.
fn binding_of<'t>(value: Node<'t>, syntax: &SyntaxIndex<'t>) -> Option<(String, BindingSite)> {
    let source = syntax.source;
    let mut child = value;
    let mut parent = syntax.parent(value)?;
    while matches!(
        parent.kind_name(),
        "postfix_expression"
            | "try_expression"
            | "control_transfer_statement"
            | "statements"
            | "computed_property"
            | "function_body"
    ) {
        child = parent;
        parent = syntax.parent(parent)?;
    }
    let text = |n: Node<'_>| node_text(n, source).to_owned();
    match parent.kind_name() {
        "property_declaration" => {
            let name = parent.field("name")?;
            let name = name.field("bound_identifier").unwrap_or(name);
            Some((text(name), BindingSite::Variable))
        }
        "function_declaration" if child.kind_name() == "function_body" => {
            Some((text(parent.field("name")?), BindingSite::Variable))
        }
        "enum_entry" => Some((text(parent.field("name")?), BindingSite::Variable)),
        "dictionary_literal" => {
            // Keys and values alternate; a value's key is the named sibling before it.
            let key = syntax.prev_named_sibling(child)?;
            let is_value = syntax.field_of(child) == Some("value");
            if !is_value || !STRING_LITERAL_KINDS.contains(&key.kind_name()) {
                return None;
            }
            Some((literal_text(key, source), BindingSite::MapKey))
        }
        "value_argument" => {
            let arguments = syntax.parent(parent)?;
            let call = syntax.parent(syntax.parent(arguments)?)?;
            if let Some(label) = parent.field("name") {
                return Some((text(label), BindingSite::Argument));
            }
            let call = crate::labelled_calls::Call::of(call, source)?;
            if call.arguments.len() == 1 {
                return Some((call.name.to_owned(), BindingSite::Callee));
            }
            // `setValue("…", forHTTPHeaderField: "Authorization")`, `addValue`.
            let header = call.labelled("forHTTPHeaderField")?;
            STRING_LITERAL_KINDS
                .contains(&header.kind_name())
                .then(|| (literal_text(header, source), BindingSite::Header))
        }
        "assignment" => {
            let target = parent.field("target")?;
            let target = target.named_child(0).unwrap_or(target);
            match target.kind_name() {
                "navigation_expression" => {
                    let suffix = target.field("suffix")?.field("suffix")?;
                    Some((text(suffix), BindingSite::Variable))
                }
                "simple_identifier" => Some((text(target), BindingSite::Variable)),
                // `request.allHTTPHeaderFields?["Authorization"] = "…"`, `params["token"] = "…"`.
                "call_expression" => {
                    let base = node_text(target.named_child(0)?, source).to_lowercase();
                    let suffix = target.named_child(1)?;
                    let key = suffix.named_child(0)?.named_child(0)?.field("value")?;
                    if !STRING_LITERAL_KINDS.contains(&key.kind_name()) {
                        return None;
                    }
                    let site = if base.contains("header") {
                        BindingSite::Header
                    } else {
                        BindingSite::MapKey
                    };
                    Some((literal_text(key, source), site))
                }
                _ => None,
            }
        }
        _ => None,
    }
}

fn literal_text(literal: Node<'_>, source: &str) -> String {
    node_text(literal, source)
        .trim_matches('#')
        .trim_matches('"')
        .to_owned()
}
