//! Small readers over tree-sitter-swift nodes used by the flow engine.

use crate::syntax::NodeExt;
use crate::syntax_index::SyntaxIndex;
use std::borrow::Cow;
use tree_sitter::Node;

pub fn text<'t>(node: Node<'_>, source: &'t str) -> &'t str {
    source.get(node.byte_range()).unwrap_or_default()
}

/// A member chain or callee as the catalogue matches it: no whitespace, no optional
/// chaining or force-unwrap marks.
pub fn normalized<'t>(node: Node<'_>, source: &'t str) -> Cow<'t, str> {
    let dropped = |c: char| c.is_whitespace() || c == '?' || c == '!';
    let shown = text(node, source);
    if shown.contains(dropped) {
        Cow::Owned(shown.chars().filter(|c| !dropped(*c)).collect())
    } else {
        Cow::Borrowed(shown)
    }
}

/// The member name a navigation expression ends in (`latitude` in `loc.coordinate.latitude`).
pub fn member_name<'t>(navigation: Node<'_>, source: &'t str) -> &'t str {
    navigation
        .field("suffix")
        .and_then(|suffix| suffix.field("suffix"))
        .map_or("", |name| text(name, source))
}

/// The leftmost expression of a member chain or call chain (`request` in
/// `request.url.host`, `self` in `self.session.dataTask(...)`).
pub fn chain_root(mut node: Node<'_>) -> Node<'_> {
    loop {
        let next = match node.kind_name() {
            "navigation_expression" => node.field("target"),
            "call_expression" | "postfix_expression" => node.named_child(0),
            "directly_assignable_expression" => node.named_child(0),
            "prefix_expression" => node.field("target"),
            _ => None,
        };
        match next {
            Some(next) => node = next,
            None => return node,
        }
    }
}

/// One argument of a call.
#[derive(Clone, Copy, Debug)]
pub struct Argument<'t> {
    pub label: Option<&'t str>,
    pub value: Node<'t>,
}

/// A call taken apart: `receiver.method(label: value, …) { closure }`.
#[derive(Debug)]
pub struct Call<'t> {
    pub callee: Node<'t>,
    pub method: &'t str,
    pub receiver: Option<Node<'t>>,
    /// Arguments that are not closures, in order.
    pub arguments: Vec<Argument<'t>>,
    /// Closure arguments and trailing closures, in order.
    pub closures: Vec<Node<'t>>,
    /// `value[key]`: the "arguments" are subscript keys.
    pub is_subscript: bool,
}

impl<'t> Call<'t> {
    pub fn of(node: Node<'t>, syntax: &SyntaxIndex<'t>) -> Option<Call<'t>> {
        let source = syntax.source;
        let mut callee = node.named_child(0)?;
        let mut suffixes = vec![node.named_child(1)?];
        // `f(args) { … }` can parse as a call of a call whose suffix is only a closure.
        while callee.kind_name() == "call_expression"
            && !syntax
                .named_children(suffixes[0])
                .any(|c| c.kind_name() == "value_arguments")
        {
            let Some(inner_suffix) = callee.named_child(1) else {
                break;
            };
            suffixes.insert(0, inner_suffix);
            callee = callee.named_child(0)?;
        }
        let (method, receiver) = match callee.kind_name() {
            "simple_identifier" => (text(callee, source), None),
            "navigation_expression" => (member_name(callee, source), callee.field("target")),
            _ => ("", None),
        };
        let mut call = Call {
            callee,
            method,
            receiver,
            arguments: Vec::new(),
            closures: Vec::new(),
            is_subscript: false,
        };
        for suffix in suffixes {
            for part in syntax.named_children(suffix) {
                match part.kind_name() {
                    "value_arguments" => {
                        call.is_subscript |= text(part, source).starts_with('[');
                        for argument in syntax.named_children(part) {
                            let Some(value) = argument.field("value") else {
                                continue;
                            };
                            if value.kind_name() == "lambda_literal" {
                                call.closures.push(value);
                                continue;
                            }
                            let label = argument.field("name").map(|label| text(label, source));
                            call.arguments.push(Argument { label, value });
                        }
                    }
                    "lambda_literal" => call.closures.push(part),
                    "annotated_lambda" => {
                        call.closures.extend(
                            syntax
                                .named_children(part)
                                .filter(|c| c.kind_name() == "lambda_literal"),
                        );
                    }
                    _ => {}
                }
            }
        }
        Some(call)
    }

    pub fn first_label(&self) -> Option<&'t str> {
        self.arguments.first().and_then(|a| a.label)
    }

    pub fn argument(&self, label: &str) -> Option<Node<'t>> {
        self.arguments
            .iter()
            .find(|a| a.label == Some(label))
            .map(|a| a.value)
    }
}

/// The names a pattern binds (`x`, `(a, b)`, `let .some(y)`), with their nodes.
pub fn bound_names<'t>(pattern: Node<'t>, syntax: &SyntaxIndex<'t>) -> Vec<(&'t str, Node<'t>)> {
    let source = syntax.source;
    let mut names = Vec::new();
    let mut stack = vec![pattern];
    while let Some(node) = stack.pop() {
        match node.kind_name() {
            "simple_identifier" => {
                let name = text(node, source);
                if name != "_" {
                    names.push((name, node));
                }
            }
            // Enum case names and types inside patterns bind nothing.
            "user_type" | "type_annotation" | "navigation_expression" => {}
            _ => {
                let children: Vec<(Option<&str>, Node<'t>)> =
                    syntax.children_with_fields(node).collect();
                let case_name = children.iter().filter(|(_, c)| c.is_named()).count() > 1;
                for (field, child) in children.into_iter().rev() {
                    let is_case_name = case_name
                        && field.is_none()
                        && child.kind_name() == "simple_identifier"
                        && node.kind_name() == "pattern"
                        && text(node, source).starts_with('.');
                    if child.is_named() && !is_case_name {
                        stack.push(child);
                    }
                }
            }
        }
    }
    names
}
