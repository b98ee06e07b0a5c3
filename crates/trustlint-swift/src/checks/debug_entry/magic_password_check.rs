//! A credential, device id, header or query value compared with a literal where the
//! branch grants access: `if password == "…" { isAuthenticated = true }`, `case "…":
//! return true`, `token.hasPrefix("…")`, `return pin == "…" || keychain.verify(pin)`.
//! Comparisons with stored values have no literal and are never candidates.

use crate::Context;
use crate::access_grants::{credential_subject, grant_in, is_flag_value, is_grant};
use crate::syntax::{self, Call, Term};
use tree_sitter::Node;
use trustlint_core::rules::debug_entry::magic_password_check::RULE;
use trustlint_core::{Diagnostic, RuleMeta, redact_secret};

pub static RULES: &[&RuleMeta] = &[&RULE];

/// String methods that compare with their argument.
const COMPARING_METHODS: [&str; 6] = [
    "hasPrefix",
    "hasSuffix",
    "contains",
    "elementsEqual",
    "isEqual",
    "starts",
];

/// Function names that say the function decides about access, so its returned
/// comparison grants access.
const DECIDING_FUNCTION_WORDS: [&str; 8] = [
    "authenticat",
    "authoriz",
    "verify",
    "isvalid",
    "validate",
    "checkpin",
    "checkpassword",
    "canaccess",
];

/// A literal a credential is compared with.
struct Magic<'t> {
    /// The comparison or pattern the finding points at.
    at: Node<'t>,
    subject: String,
    literal: Node<'t>,
}

pub fn check(cx: &mut Context<'_>) {
    let source = cx.source.text;
    let mut found: Vec<Diagnostic> = Vec::new();
    for node in syntax::descendants(cx.tree.root_node()) {
        let magics = match node.kind() {
            "if_statement" => {
                let then_branch: Vec<Node<'_>> = syntax::branch_statements(node)
                    .into_iter()
                    .take(1)
                    .collect();
                let granting = grant_in(&then_branch, source).is_some();
                condition_magics(node, source, granting, "==")
            }
            "guard_statement" => {
                let granting = grant_in(&syntax::branch_statements(node), source).is_some();
                condition_magics(node, source, granting, "!=")
            }
            "ternary_expression" => {
                let granting = node
                    .child_by_field_name("if_true")
                    .is_some_and(|t| grants_value(t, source));
                node.child_by_field_name("condition")
                    .map(|c| terms_magics(c, source, granting, "=="))
                    .unwrap_or_default()
            }
            "control_transfer_statement" => returned_magics(node, source),
            "assignment" | "property_declaration" => assigned_magics(node, source),
            "switch_statement" => switch_magics(node, source),
            _ => continue,
        };
        for magic in magics {
            if cx.build_gates().is_excluded(magic.at, source) {
                continue;
            }
            let value = literal_value(magic.literal, source);
            let range = Context::range(magic.at);
            if found.iter().any(|d| d.range == range) {
                continue;
            }
            found.push(
                Diagnostic::new(
                    &RULE,
                    range,
                    format!(
                        "{} is compared with the hardcoded value `{}`; whoever knows it is let in \
                         without the real check",
                        magic.subject,
                        redact_secret(&value)
                    ),
                )
                .with_secret(Context::range(magic.literal))
                .with_help(
                    "delete the magic value and rotate what it protected; verify credentials \
                     against stored hashes on the server and give support staff their own \
                     audited accounts",
                ),
            );
        }
    }
    for diagnostic in found {
        cx.report(diagnostic);
    }
}

fn condition_magics<'t>(
    statement: Node<'t>,
    source: &str,
    granting: bool,
    operator: &str,
) -> Vec<Magic<'t>> {
    let mut cursor = statement.walk();
    let conditions: Vec<Node<'t>> = statement
        .children_by_field_name("condition", &mut cursor)
        .filter(|c| c.is_named())
        .collect();
    conditions
        .into_iter()
        .flat_map(|c| terms_magics(c, source, granting, operator))
        .collect()
}

/// Magic comparisons among the `||`/`&&` terms of `condition`, when its branch grants.
fn terms_magics<'t>(
    condition: Node<'t>,
    source: &str,
    granting: bool,
    operator: &str,
) -> Vec<Magic<'t>> {
    if !granting {
        return Vec::new();
    }
    syntax::condition_terms(condition)
        .into_iter()
        .filter_map(|term| term_magic(term, source, operator))
        .collect()
}

fn term_magic<'t>(term: Term<'t>, source: &str, operator: &str) -> Option<Magic<'t>> {
    match term.comparison {
        Some((op, rhs)) if op == operator => {
            let (subject, literal) = if is_magic_literal(rhs, source) {
                (term.lhs, rhs)
            } else if is_magic_literal(term.lhs, source) {
                (rhs, term.lhs)
            } else {
                // `name.caseInsensitiveCompare("…") == .orderedSame`
                return method_magic(term.lhs, source);
            };
            magic_of(subject, literal, term.lhs, source)
        }
        Some(_) => None,
        None => method_magic(term.lhs, source),
    }
}

/// `subject.hasPrefix("…")` and friends.
fn method_magic<'t>(node: Node<'t>, source: &str) -> Option<Magic<'t>> {
    let call = Call::new(syntax::unwrap_expression(node))?;
    let name = call.name(source);
    if !COMPARING_METHODS.contains(&name) && name != "caseInsensitiveCompare" {
        return None;
    }
    let literal = call.arguments.first()?.value;
    if !is_magic_literal(literal, source) {
        return None;
    }
    magic_of(call.receiver()?, literal, node, source)
}

fn magic_of<'t>(
    subject: Node<'t>,
    literal: Node<'t>,
    at: Node<'t>,
    source: &str,
) -> Option<Magic<'t>> {
    let subject_kind = credential_subject(subject, source)?;
    // `?debug=1` switches a mode on: the bypass-switch check reports those.
    if subject_kind.starts_with('a') && is_flag_value(&literal_value(literal, source)) {
        return None;
    }
    Some(Magic {
        at,
        subject: subject_kind,
        literal,
    })
}

fn is_magic_literal(node: Node<'_>, source: &str) -> bool {
    match node.kind() {
        "line_string_literal" => {
            let value = literal_value(node, source);
            !value.trim().is_empty()
                && !syntax::text(node, source).contains("\\(")
                && !matches!(value.as_str(), "nil" | "null" | "undefined" | "none")
        }
        "integer_literal" => syntax::text(node, source).len() >= 4,
        _ => false,
    }
}

fn literal_value(node: Node<'_>, source: &str) -> String {
    syntax::text(node, source).trim_matches('"').to_owned()
}

/// `return pin == "…"` in a function that decides about access.
fn returned_magics<'t>(statement: Node<'t>, source: &str) -> Vec<Magic<'t>> {
    let Some(result) = statement.child_by_field_name("result") else {
        return Vec::new();
    };
    let decides = syntax::enclosing_function(statement).is_some_and(|f| {
        let name = syntax::function_name(f, source).to_ascii_lowercase();
        DECIDING_FUNCTION_WORDS.iter().any(|w| name.contains(w))
    });
    terms_magics(result, source, decides, "==")
}

/// `isAdmin = token == "…"`, `let unlocked = pin == "…"`.
fn assigned_magics<'t>(node: Node<'t>, source: &str) -> Vec<Magic<'t>> {
    let (target, value) = match node.kind() {
        "assignment" => (
            node.child_by_field_name("target"),
            node.child_by_field_name("result"),
        ),
        _ => (
            node.child_by_field_name("name"),
            node.child_by_field_name("value"),
        ),
    };
    let (Some(target), Some(value)) = (target, value) else {
        return Vec::new();
    };
    let target_name = syntax::text(target, source).to_ascii_lowercase();
    let grants = [
        "authenticated",
        "authorized",
        "admin",
        "unlocked",
        "loggedin",
        "granted",
        "premium",
    ]
    .iter()
    .any(|w| target_name.contains(w));
    terms_magics(value, source, grants, "==")
}

/// `switch password { case "…": return true }`.
fn switch_magics<'t>(statement: Node<'t>, source: &str) -> Vec<Magic<'t>> {
    let Some(subject) = statement.child_by_field_name("expr") else {
        return Vec::new();
    };
    let Some(subject_kind) = credential_subject(subject, source) else {
        return Vec::new();
    };
    let mut magics = Vec::new();
    let mut cursor = statement.walk();
    for entry in statement
        .children(&mut cursor)
        .filter(|c| c.kind() == "switch_entry")
    {
        if grant_in(&syntax::branch_statements(entry), source).is_none() {
            continue;
        }
        let mut inner = entry.walk();
        for pattern in entry
            .children(&mut inner)
            .filter(|c| c.kind() == "switch_pattern")
        {
            let literal = syntax::descendants(pattern)
                .into_iter()
                .find(|n| is_magic_literal(*n, source));
            if let Some(literal) = literal {
                if subject_kind.starts_with('a') && is_flag_value(&literal_value(literal, source)) {
                    continue;
                }
                magics.push(Magic {
                    at: pattern,
                    subject: subject_kind.clone(),
                    literal,
                });
            }
        }
    }
    magics
}

/// A ternary's chosen value that grants access: `.admin`, `true`, `.authorized`.
fn grants_value(value: Node<'_>, source: &str) -> bool {
    let shown = syntax::text(value, source).to_ascii_lowercase();
    shown == "true"
        || ["admin", "authorized", "granted", "unlocked", "premium"]
            .iter()
            .any(|w| shown.contains(w))
        || is_grant(value, source)
}
