//! Small readers over tree-sitter-swift nodes used by the flow engine.

use tree_sitter::Node;

pub fn text<'t>(node: Node<'_>, source: &'t str) -> &'t str {
    source.get(node.byte_range()).unwrap_or_default()
}

/// A member chain or callee as the catalogue matches it: no whitespace, no optional
/// chaining or force-unwrap marks.
pub fn normalized(node: Node<'_>, source: &str) -> String {
    text(node, source)
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '?' && *c != '!')
        .collect()
}

pub fn named_children<'t>(node: Node<'t>) -> Vec<Node<'t>> {
    let mut cursor = node.walk();
    node.named_children(&mut cursor).collect()
}

/// Children with their field names.
pub fn fielded_children<'t>(node: Node<'t>) -> Vec<(Option<&'t str>, Node<'t>)> {
    let mut cursor = node.walk();
    node.children(&mut cursor)
        .enumerate()
        .map(|(i, child)| (node.field_name_for_child(i as u32), child))
        .collect()
}

/// The member name a navigation expression ends in (`latitude` in `loc.coordinate.latitude`).
pub fn member_name<'t>(navigation: Node<'_>, source: &'t str) -> &'t str {
    navigation
        .child_by_field_name("suffix")
        .and_then(|suffix| suffix.child_by_field_name("suffix"))
        .map_or("", |name| text(name, source))
}

/// The leftmost expression of a member chain or call chain (`request` in
/// `request.url.host`, `self` in `self.session.dataTask(...)`).
pub fn chain_root(mut node: Node<'_>) -> Node<'_> {
    loop {
        let next = match node.kind() {
            "navigation_expression" => node.child_by_field_name("target"),
            "call_expression" | "postfix_expression" => node.named_child(0),
            "directly_assignable_expression" => node.named_child(0),
            "prefix_expression" => node.child_by_field_name("target"),
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
    pub fn of(node: Node<'t>, source: &'t str) -> Option<Call<'t>> {
        let mut callee = node.named_child(0)?;
        let mut suffixes = vec![node.named_child(1)?];
        // `f(args) { … }` can parse as a call of a call whose suffix is only a closure.
        while callee.kind() == "call_expression"
            && !named_children(suffixes[0])
                .iter()
                .any(|c| c.kind() == "value_arguments")
        {
            let Some(inner_suffix) = callee.named_child(1) else {
                break;
            };
            suffixes.insert(0, inner_suffix);
            callee = callee.named_child(0)?;
        }
        let (method, receiver) = match callee.kind() {
            "simple_identifier" => (text(callee, source), None),
            "navigation_expression" => (
                member_name(callee, source),
                callee.child_by_field_name("target"),
            ),
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
            for part in named_children(suffix) {
                match part.kind() {
                    "value_arguments" => {
                        call.is_subscript |= text(part, source).starts_with('[');
                        for argument in named_children(part) {
                            let Some(value) = argument.child_by_field_name("value") else {
                                continue;
                            };
                            if value.kind() == "lambda_literal" {
                                call.closures.push(value);
                                continue;
                            }
                            let label = argument
                                .child_by_field_name("name")
                                .map(|label| text(label, source));
                            call.arguments.push(Argument { label, value });
                        }
                    }
                    "lambda_literal" => call.closures.push(part),
                    "annotated_lambda" => {
                        call.closures.extend(
                            named_children(part)
                                .into_iter()
                                .filter(|c| c.kind() == "lambda_literal"),
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
pub fn bound_names<'t>(pattern: Node<'t>, source: &'t str) -> Vec<(&'t str, Node<'t>)> {
    let mut names = Vec::new();
    let mut stack = vec![pattern];
    while let Some(node) = stack.pop() {
        match node.kind() {
            "simple_identifier" => {
                let name = text(node, source);
                if name != "_" {
                    names.push((name, node));
                }
            }
            // Enum case names and types inside patterns bind nothing.
            "user_type" | "type_annotation" | "navigation_expression" => {}
            _ => {
                let children = fielded_children(node);
                let case_name = children.iter().filter(|(_, c)| c.is_named()).count() > 1;
                for (field, child) in children.into_iter().rev() {
                    let is_case_name = case_name
                        && field.is_none()
                        && child.kind() == "simple_identifier"
                        && node.kind() == "pattern"
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
