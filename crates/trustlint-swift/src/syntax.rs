//! Small, allocation-light questions about tree-sitter-swift nodes that several
//! checks ask: what a call calls, its arguments, the enclosing function, and the
//! comparisons inside a condition. Every walk is iterative, so deeply nested files
//! cannot overflow the stack.

use tree_sitter::Node;

/// Every node under `root` (itself included), in document order.
pub fn descendants(root: Node<'_>) -> Vec<Node<'_>> {
    let mut found = Vec::new();
    let mut cursor = root.walk();
    'walk: loop {
        found.push(cursor.node());
        if cursor.goto_first_child() {
            continue;
        }
        loop {
            if cursor.node() == root {
                break 'walk;
            }
            if cursor.goto_next_sibling() {
                break;
            }
            if !cursor.goto_parent() {
                break 'walk;
            }
        }
    }
    found
}

/// Named descendants of one kind.
pub fn descendants_of_kind<'t>(root: Node<'t>, kind: &str) -> Vec<Node<'t>> {
    descendants(root)
        .into_iter()
        .filter(|n| n.kind() == kind)
        .collect()
}

pub fn text<'s>(node: Node<'_>, source: &'s str) -> &'s str {
    source
        .get(node.start_byte()..node.end_byte())
        .unwrap_or_default()
}

/// The nearest ancestor (not `node` itself) of one of `kinds`.
pub fn ancestor<'t>(node: Node<'t>, kinds: &[&str]) -> Option<Node<'t>> {
    let mut current = node.parent();
    while let Some(candidate) = current {
        if kinds.contains(&candidate.kind()) {
            return Some(candidate);
        }
        current = candidate.parent();
    }
    None
}

/// The named function around `node` (closures are skipped), if any.
pub fn enclosing_function(node: Node<'_>) -> Option<Node<'_>> {
    ancestor(node, &["function_declaration", "init_declaration"])
}

/// The declared name of a function (`login` for `func login(...)`).
pub fn function_name<'s>(function: Node<'_>, source: &'s str) -> &'s str {
    function
        .child_by_field_name("name")
        .map_or("", |name| text(name, source))
}

/// A call's pieces: `a.b.c(x, label: y) { … }` has the callee text `a.b.c`, the
/// method name `c`, the arguments and the trailing closure.
pub struct Call<'t> {
    pub node: Node<'t>,
    pub callee: Node<'t>,
    pub arguments: Vec<Argument<'t>>,
    pub trailing_closure: Option<Node<'t>>,
}

pub struct Argument<'t> {
    pub label: Option<Node<'t>>,
    pub value: Node<'t>,
}

impl<'t> Call<'t> {
    pub fn new(node: Node<'t>) -> Option<Call<'t>> {
        if node.kind() != "call_expression" {
            return None;
        }
        let callee = node.named_child(0)?;
        let suffix = node.named_child(1).filter(|s| s.kind() == "call_suffix")?;
        let mut arguments = Vec::new();
        let mut trailing_closure = None;
        let mut cursor = suffix.walk();
        for part in suffix.named_children(&mut cursor) {
            match part.kind() {
                "value_arguments" => {
                    let mut inner = part.walk();
                    for argument in part.named_children(&mut inner) {
                        if let Some(value) = argument.child_by_field_name("value") {
                            arguments.push(Argument {
                                label: argument.child_by_field_name("name"),
                                value,
                            });
                        }
                    }
                }
                "lambda_literal" if trailing_closure.is_none() => trailing_closure = Some(part),
                _ => {}
            }
        }
        Some(Call {
            node,
            callee,
            arguments,
            trailing_closure,
        })
    }

    /// The last name of the callee: `run` for `try process.run()`, `Process` for `Process()`.
    pub fn name<'s>(&self, source: &'s str) -> &'s str {
        last_name(self.callee, source)
    }

    /// What the method is called on: `process` for `process.run()`.
    pub fn receiver(&self) -> Option<Node<'t>> {
        (self.callee.kind() == "navigation_expression")
            .then(|| self.callee.child_by_field_name("target"))
            .flatten()
    }

    pub fn argument(&self, label: &str, source: &str) -> Option<Node<'t>> {
        self.arguments
            .iter()
            .find(|a| a.label.is_some_and(|l| text(l, source) == label))
            .map(|a| a.value)
    }

    /// Arguments without a label, in order.
    pub fn positional(&self) -> impl Iterator<Item = Node<'t>> + '_ {
        self.arguments
            .iter()
            .filter(|a| a.label.is_none())
            .map(|a| a.value)
    }
}

/// The last identifier of a name, member access or call: `serverTrust` for
/// `challenge.protectionSpace.serverTrust!`, `run` for `process.run`.
pub fn last_name<'s>(node: Node<'_>, source: &'s str) -> &'s str {
    let mut node = node;
    loop {
        match node.kind() {
            "simple_identifier" | "type_identifier" => return text(node, source),
            "navigation_expression" => match node
                .child_by_field_name("suffix")
                .and_then(|s| s.child_by_field_name("suffix"))
            {
                Some(suffix) => node = suffix,
                None => return "",
            },
            "prefix_expression" => match node.child_by_field_name("target") {
                Some(target) => node = target,
                None => return "",
            },
            "postfix_expression" | "try_expression" | "await_expression" => {
                match node
                    .child_by_field_name("target")
                    .or_else(|| node.child_by_field_name("expr"))
                {
                    Some(inner) => node = inner,
                    None => return "",
                }
            }
            "call_expression" | "user_type" | "directly_assignable_expression" => {
                match node.named_child(0) {
                    Some(inner) => node = inner,
                    None => return "",
                }
            }
            _ => return "",
        }
    }
}

/// Looks through `try`, `await`, `!`/`?` and parentheses to the expression that matters.
pub fn unwrap_expression(node: Node<'_>) -> Node<'_> {
    let mut node = node;
    loop {
        let inner = match node.kind() {
            "try_expression" | "await_expression" => node.child_by_field_name("expr"),
            "postfix_expression" => node.child_by_field_name("target"),
            "tuple_expression" if node.named_child_count() == 1 => node.named_child(0),
            "parenthesized_expression" => node.named_child(0),
            _ => None,
        };
        match inner {
            Some(inner) => node = inner,
            None => return node,
        }
    }
}

/// The binary operator kinds whose operands `condition_terms` flattens.
const LOGICAL_KINDS: [&str; 3] = [
    "disjunction_expression",
    "conjunction_expression",
    "equality_expression",
];

/// One operand between `||`/`&&` in a condition: a single expression, or a
/// comparison `lhs op rhs`.
#[derive(Clone, Copy)]
pub struct Term<'t> {
    pub lhs: Node<'t>,
    pub comparison: Option<(&'static str, Node<'t>)>,
}

/// Splits a condition at `||` and `&&` into its terms. tree-sitter-swift 0.7 does
/// not give `||` a lower precedence than `==` (`a == "x" || b == "y"` parses as
/// `a == ("x" || b == "y")`), and sometimes reads `!=` as a custom operator of an
/// `infix_expression` (`guard code != "…" else`), so the operands are re-read in
/// source order.
pub fn condition_terms<'t>(condition: Node<'t>, source: &str) -> Vec<Term<'t>> {
    let mut sequence: Vec<Result<Node<'t>, &'static str>> = Vec::new();
    let mut stack = vec![condition];
    while let Some(node) = stack.pop() {
        if LOGICAL_KINDS.contains(&node.kind()) || is_comparison_infix(node, source) {
            let mut cursor = node.walk();
            let children: Vec<Node<'t>> = node.children(&mut cursor).collect();
            stack.extend(children.into_iter().rev());
        } else if let Some(operator) = operator_str(node.kind()).or_else(|| {
            (node.kind() == "custom_operator")
                .then(|| operator_str(text(node, source)))
                .flatten()
        }) {
            sequence.push(Err(operator));
        } else if node.is_named() {
            sequence.push(Ok(node));
        }
    }
    let mut terms = Vec::new();
    let mut pending: Vec<Result<Node<'t>, &'static str>> = Vec::new();
    for item in sequence.into_iter().chain([Err("||")]) {
        match item {
            Err("||" | "&&") => {
                match pending.as_slice() {
                    [Ok(single)] => terms.push(Term {
                        lhs: *single,
                        comparison: None,
                    }),
                    [Ok(lhs), Err(op), Ok(rhs)] => terms.push(Term {
                        lhs: *lhs,
                        comparison: Some((op, *rhs)),
                    }),
                    _ => {}
                }
                pending.clear();
            }
            other => pending.push(other),
        }
    }
    terms
}

/// `a != b` read as an `infix_expression` with a custom operator.
fn is_comparison_infix(node: Node<'_>, source: &str) -> bool {
    node.kind() == "infix_expression"
        && node
            .child_by_field_name("op")
            .is_some_and(|op| operator_str(text(op, source)).is_some())
}

fn operator_str(kind: &str) -> Option<&'static str> {
    ["||", "&&", "==", "!=", "===", "!=="]
        .into_iter()
        .find(|op| *op == kind)
}

/// The statements a branch runs: `{ … }` of an `if`, a `guard … else`, a switch case.
pub fn branch_statements<'t>(branch_owner: Node<'t>) -> Vec<Node<'t>> {
    let mut cursor = branch_owner.walk();
    branch_owner
        .children(&mut cursor)
        .filter(|c| c.kind() == "statements")
        .collect()
}

/// Whether `inner` lies inside `outer` (or is it).
pub fn contains(outer: Node<'_>, inner: Node<'_>) -> bool {
    outer.start_byte() <= inner.start_byte() && inner.end_byte() <= outer.end_byte()
}
