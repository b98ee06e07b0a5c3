//! Small, allocation-light questions about tree-sitter-swift nodes that several
//! checks ask: a node's kind and fields, what a call calls, its arguments, and the
//! comparisons inside a condition. Questions about a node's place in the tree
//! (ancestors, descendants) go to [`crate::syntax_index::SyntaxIndex`].

use crate::fast_hash::FastMap;
use std::sync::LazyLock;
use tree_sitter::{Language, Node};

static SWIFT: LazyLock<Language> = LazyLock::new(|| tree_sitter_swift::LANGUAGE.into());

/// Kind names by kind id. `Node::kind` measures and validates the C string each
/// time it is called; checks ask for kinds millions of times per scan.
static KIND_NAMES: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    (0..SWIFT.node_kind_count())
        .map(|id| SWIFT.node_kind_for_id(id as u16).unwrap_or_default())
        .collect()
});

/// Field ids by name: `Node::child_by_field_name` compares the name with every
/// field of the grammar on each call.
static FIELD_IDS: LazyLock<FastMap<&'static str, u16>> = LazyLock::new(|| {
    (1..=SWIFT.field_count() as u16)
        .filter_map(|id| Some((SWIFT.field_name_for_id(id)?, id)))
        .collect()
});

/// The name of a field by its id; `None` for 0, which marks no field.
pub fn field_name(id: u16) -> Option<&'static str> {
    if id == 0 {
        return None;
    }
    SWIFT.field_name_for_id(id)
}

/// Cheaper spellings of `Node::kind` and `Node::child_by_field_name`, with the
/// same answers.
pub trait NodeExt<'t> {
    fn kind_name(&self) -> &'static str;
    fn field(&self, name: &str) -> Option<Node<'t>>;
}

impl<'t> NodeExt<'t> for Node<'t> {
    fn kind_name(&self) -> &'static str {
        let id = self.kind_id();
        match KIND_NAMES.get(usize::from(id)) {
            Some(name) => name,
            // ERROR and other built-in symbols lie outside the grammar's table.
            None => SWIFT.node_kind_for_id(id).unwrap_or_default(),
        }
    }

    fn field(&self, name: &str) -> Option<Node<'t>> {
        self.child_by_field_id(*FIELD_IDS.get(name)?)
    }
}

pub fn text<'s>(node: Node<'_>, source: &'s str) -> &'s str {
    source
        .get(node.start_byte()..node.end_byte())
        .unwrap_or_default()
}

/// The declared name of a function (`login` for `func login(...)`).
pub fn function_name<'s>(function: Node<'_>, source: &'s str) -> &'s str {
    function.field("name").map_or("", |name| text(name, source))
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
        if node.kind_name() != "call_expression" {
            return None;
        }
        let callee = node.named_child(0)?;
        let suffix = node
            .named_child(1)
            .filter(|s| s.kind_name() == "call_suffix")?;
        let mut arguments = Vec::new();
        let mut trailing_closure = None;
        let mut cursor = suffix.walk();
        for part in suffix.named_children(&mut cursor) {
            match part.kind_name() {
                "value_arguments" => {
                    let mut inner = part.walk();
                    for argument in part.named_children(&mut inner) {
                        if let Some(value) = argument.field("value") {
                            arguments.push(Argument {
                                label: argument.field("name"),
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

    /// What [`Call::new`] would give as the call's [`Call::name`], without reading
    /// the arguments: checks that know the names they look for ask this first.
    pub fn name_of<'s>(node: Node<'_>, source: &'s str) -> Option<&'s str> {
        Self::callee_of(node).map(|callee| last_name(callee, source))
    }

    /// The callee of the call at `node`, which [`Call::name_of`] names.
    pub fn callee_of(node: Node<'_>) -> Option<Node<'_>> {
        if node.kind_name() != "call_expression" {
            return None;
        }
        let callee = node.named_child(0)?;
        node.named_child(1)
            .filter(|s| s.kind_name() == "call_suffix")
            .map(|_| callee)
    }

    /// The last name of the callee: `run` for `try process.run()`, `Process` for `Process()`.
    pub fn name<'s>(&self, source: &'s str) -> &'s str {
        last_name(self.callee, source)
    }

    /// What the method is called on: `process` for `process.run()`.
    pub fn receiver(&self) -> Option<Node<'t>> {
        (self.callee.kind_name() == "navigation_expression")
            .then(|| self.callee.field("target"))
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
    last_name_node(node).map_or("", |name| text(name, source))
}

/// The identifier [`last_name`] reads, if there is one.
pub fn last_name_node(node: Node<'_>) -> Option<Node<'_>> {
    let mut node = node;
    loop {
        node = match node.kind_name() {
            "simple_identifier" | "type_identifier" => return Some(node),
            "navigation_expression" => node.field("suffix").and_then(|s| s.field("suffix"))?,
            "prefix_expression" => node.field("target")?,
            "postfix_expression" | "try_expression" | "await_expression" => {
                node.field("target").or_else(|| node.field("expr"))?
            }
            "call_expression" | "user_type" | "directly_assignable_expression" => {
                node.named_child(0)?
            }
            _ => return None,
        }
    }
}

/// Looks through `try`, `await`, `!`/`?` and parentheses to the expression that matters.
pub fn unwrap_expression(node: Node<'_>) -> Node<'_> {
    let mut node = node;
    loop {
        let inner = match node.kind_name() {
            "try_expression" | "await_expression" => node.field("expr"),
            "postfix_expression" => node.field("target"),
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
        if LOGICAL_KINDS.contains(&node.kind_name()) || is_comparison_infix(node, source) {
            let mut cursor = node.walk();
            let children: Vec<Node<'t>> = node.children(&mut cursor).collect();
            stack.extend(children.into_iter().rev());
        } else if let Some(operator) = operator_str(node.kind_name()).or_else(|| {
            (node.kind_name() == "custom_operator")
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
    node.kind_name() == "infix_expression"
        && node
            .field("op")
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
        .filter(|c| c.kind_name() == "statements")
        .collect()
}

/// Whether `inner` lies inside `outer` (or is it).
pub fn contains(outer: Node<'_>, inner: Node<'_>) -> bool {
    outer.start_byte() <= inner.start_byte() && inner.end_byte() <= outer.end_byte()
}
