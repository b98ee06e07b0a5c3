//! A credential, device id, header or query value compared with a literal where the
//! branch grants access: `if password == "…" { isAuthenticated = true }`, `case "…":
//! return true`, `token.hasPrefix("…")`, `return pin == "…" || keychain.verify(pin)`.
//! Comparisons with stored values have no literal and are never candidates, nor are
//! format probes (`email.contains("@")`) or branches that hand the compared value on
//! to the real verifier. A local name read from a credential (`let key =
//! req.headers.first(name: "X-Support-Key")`) counts as that credential, and the
//! finding's flow starts where it was read.

use crate::Context;
use crate::access_grants::{credential_subject, grant_in, is_flag_value, is_grant};
use crate::entry_taint::scope_of;
use crate::syntax::NodeExt;
use crate::syntax::{self, Call, Term};
use crate::syntax_index::SyntaxIndex;
use tree_sitter::Node;
use trustlint_core::rules::debug_entry::magic_password_check::RULE;
use trustlint_core::{Diagnostic, FlowStep, RuleMeta, redact_secret};

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

/// Methods that probe a value's format when given a short or punctuation literal.
const FORMAT_PROBES: [&str; 3] = ["hasPrefix", "hasSuffix", "contains"];

/// A literal a credential is compared with.
struct Magic<'t> {
    /// The comparison or pattern the finding points at.
    at: Node<'t>,
    /// The compared expression.
    subject_node: Node<'t>,
    subject: String,
    literal: Node<'t>,
    /// Where the compared value was read, when that is not the comparison itself.
    read_at: Option<FlowStep>,
}

pub fn check(cx: &mut Context<'_>) {
    let syntax = cx.syntax;
    let source = syntax.source;
    let mut found: Vec<Diagnostic> = Vec::new();
    for (node, kind) in syntax.nodes() {
        let magics = match kind {
            "if_statement" => {
                let then_branch: Vec<Node<'_>> = syntax::branch_statements(node)
                    .into_iter()
                    .take(1)
                    .collect();
                condition_magics(node, syntax, &then_branch, "==")
            }
            "guard_statement" => {
                condition_magics(node, syntax, &syntax::branch_statements(node), "!=")
            }
            "ternary_expression" => {
                let granting = node
                    .field("if_true")
                    .is_some_and(|t| grants_value(t, source));
                node.field("condition")
                    .map(|c| terms_magics(c, syntax, granting, "=="))
                    .unwrap_or_default()
            }
            "control_transfer_statement" => returned_magics(node, syntax),
            "assignment" | "property_declaration" => assigned_magics(node, syntax),
            "switch_statement" => switch_magics(node, syntax),
            _ => continue,
        };
        for magic in magics {
            if cx.build_gates().is_excluded(magic.at) {
                continue;
            }
            let value = literal_value(magic.literal, source);
            let range = Context::range(magic.at);
            if found.iter().any(|d| d.range == range) {
                continue;
            }
            let flow = magic
                .read_at
                .clone()
                .or_else(|| outside_origin(cx, magic.subject_node));
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
                .with_flow(flow.into_iter().collect())
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

/// Magic comparisons in an `if`/`guard` condition whose `branch` grants access
/// without handing the compared value on.
fn condition_magics<'t>(
    statement: Node<'t>,
    syntax: &SyntaxIndex<'t>,
    branch: &[Node<'t>],
    operator: &str,
) -> Vec<Magic<'t>> {
    let mut cursor = statement.walk();
    let conditions: Vec<Node<'t>> = statement
        .children_by_field_name("condition", &mut cursor)
        .filter(|c| c.is_named())
        .collect();
    // The comparisons first: most conditions have none, and the branch is larger.
    let candidates: Vec<Magic<'t>> = conditions
        .into_iter()
        .flat_map(|c| terms_magics(c, syntax, true, operator))
        .collect();
    if candidates.is_empty() || grant_in(branch, syntax).is_none() {
        return Vec::new();
    }
    candidates
        .into_iter()
        .filter(|magic| !hands_on(branch, magic.subject_node, syntax))
        .collect()
}

/// Whether the branch passes the compared local (`token`) on, e.g. to the real
/// verifier: then the comparison picks a code path, it does not let anyone in.
fn hands_on(branch: &[Node<'_>], subject: Node<'_>, syntax: &SyntaxIndex<'_>) -> bool {
    if subject.kind_name() != "simple_identifier" {
        return false;
    }
    let name = syntax.text(subject);
    branch
        .iter()
        .flat_map(|b| syntax.descendants_of_kind(*b, "simple_identifier"))
        .any(|n| {
            syntax.text(n) == name
                && syntax
                    .parent(n)
                    .is_none_or(|p| p.kind_name() != "navigation_suffix")
        })
}

/// The outside source (an HTTP request, a download) of a compared value, if any.
fn outside_origin(cx: &Context<'_>, subject: Node<'_>) -> Option<FlowStep> {
    cx.taint_of_scope(scope_of(subject, cx.syntax))
        .origin_of(subject)
        .filter(|origin| origin.kind.is_remote())
        .map(|origin| origin.flow_step())
}

/// Magic comparisons among the `||`/`&&` terms of `condition`, when its branch grants.
fn terms_magics<'t>(
    condition: Node<'t>,
    syntax: &SyntaxIndex<'t>,
    granting: bool,
    operator: &str,
) -> Vec<Magic<'t>> {
    if !granting {
        return Vec::new();
    }
    syntax::condition_terms(condition, syntax.source)
        .into_iter()
        .filter_map(|term| term_magic(term, syntax, operator))
        .collect()
}

fn term_magic<'t>(term: Term<'t>, syntax: &SyntaxIndex<'t>, operator: &str) -> Option<Magic<'t>> {
    let source = syntax.source;
    match term.comparison {
        Some((op, rhs)) if op == operator => {
            let (subject, literal) = if is_magic_literal(rhs, source) {
                (term.lhs, rhs)
            } else if is_magic_literal(term.lhs, source) {
                (rhs, term.lhs)
            } else {
                // `name.caseInsensitiveCompare("…") == .orderedSame`
                return method_magic(term.lhs, syntax);
            };
            magic_of(subject, literal, term.lhs, syntax)
        }
        Some(_) => None,
        None => method_magic(term.lhs, syntax),
    }
}

/// `subject.hasPrefix("…")` and friends.
fn method_magic<'t>(node: Node<'t>, syntax: &SyntaxIndex<'t>) -> Option<Magic<'t>> {
    let source = syntax.source;
    let call = Call::new(syntax::unwrap_expression(node))?;
    let name = call.name(source);
    if !COMPARING_METHODS.contains(&name) && name != "caseInsensitiveCompare" {
        return None;
    }
    let literal = call.arguments.first()?.value;
    if !is_magic_literal(literal, source) {
        return None;
    }
    // `email.contains("@")`, `email.hasSuffix("@acme.example")`: a format rule.
    let value = literal_value(literal, source);
    if FORMAT_PROBES.contains(&name) && (value.chars().count() < 4 || value.starts_with(['@', '.']))
    {
        return None;
    }
    magic_of(call.receiver()?, literal, node, syntax)
}

fn magic_of<'t>(
    subject: Node<'t>,
    literal: Node<'t>,
    at: Node<'t>,
    syntax: &SyntaxIndex<'t>,
) -> Option<Magic<'t>> {
    let source = syntax.source;
    let (subject_kind, read_at) = match credential_subject(subject, source) {
        Some(kind) => (kind, None),
        None => bound_credential(subject, syntax)?,
    };
    // `?debug=1` switches a mode on: the bypass-switch check reports those.
    if is_request_value(&subject_kind) && is_flag_value(&literal_value(literal, source)) {
        return None;
    }
    Some(Magic {
        at,
        subject_node: subject,
        subject: subject_kind,
        literal,
        read_at,
    })
}

/// Subjects `credential_subject` describes as request values ("a request header").
fn is_request_value(subject_kind: &str) -> bool {
    subject_kind.starts_with("a ") || subject_kind.contains("(a ")
}

/// `let vendorID = device.identifierForVendor?.uuidString ?? ""`: a local name that
/// holds a credential, described for messages, with the step where it was read.
fn bound_credential(
    subject: Node<'_>,
    syntax: &SyntaxIndex<'_>,
) -> Option<(String, Option<FlowStep>)> {
    if subject.kind_name() != "simple_identifier" {
        return None;
    }
    let source = syntax.source;
    let name = syntax::text(subject, source);
    let scope = syntax.enclosing_function(subject)?;
    let value = syntax
        .descendants_of_kind(scope, "property_declaration")
        .filter(|d| d.end_byte() <= subject.start_byte())
        .filter_map(|d| Some((d.field("name")?, d.field("value")?)))
        .rfind(|(bound, _)| syntax::text(*bound, source) == name)?
        .1;
    // `read ?? ""`: the read is what matters.
    let read = match value.kind_name() {
        "nil_coalescing_expression" => value.named_child(0)?,
        _ => value,
    };
    let kind = credential_subject(read, source)?;
    Some((
        format!("`{name}` ({kind})"),
        Some(FlowStep {
            range: Context::range(read),
            note: format!("`{name}` is read from {kind}"),
        }),
    ))
}

fn is_magic_literal(node: Node<'_>, source: &str) -> bool {
    match node.kind_name() {
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
fn returned_magics<'t>(statement: Node<'t>, syntax: &SyntaxIndex<'t>) -> Vec<Magic<'t>> {
    let Some(result) = statement.field("result") else {
        return Vec::new();
    };
    let decides = syntax.enclosing_function(statement).is_some_and(|f| {
        let name = syntax::function_name(f, syntax.source).to_ascii_lowercase();
        DECIDING_FUNCTION_WORDS.iter().any(|w| name.contains(w))
    });
    terms_magics(result, syntax, decides, "==")
}

/// `isAdmin = token == "…"`, `let unlocked = pin == "…"`.
fn assigned_magics<'t>(node: Node<'t>, syntax: &SyntaxIndex<'t>) -> Vec<Magic<'t>> {
    let source = syntax.source;
    let (target, value) = match node.kind_name() {
        "assignment" => (node.field("target"), node.field("result")),
        _ => (node.field("name"), node.field("value")),
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
    terms_magics(value, syntax, grants, "==")
}

/// `switch password { case "…": return true }`.
fn switch_magics<'t>(statement: Node<'t>, syntax: &SyntaxIndex<'t>) -> Vec<Magic<'t>> {
    let source = syntax.source;
    let Some(subject) = statement.field("expr") else {
        return Vec::new();
    };
    let Some((subject_kind, read_at)) = credential_subject(subject, source)
        .map(|kind| (kind, None))
        .or_else(|| bound_credential(subject, syntax))
    else {
        return Vec::new();
    };
    let mut magics = Vec::new();
    let mut cursor = statement.walk();
    for entry in statement
        .children(&mut cursor)
        .filter(|c| c.kind_name() == "switch_entry")
    {
        if grant_in(&syntax::branch_statements(entry), syntax).is_none() {
            continue;
        }
        let mut inner = entry.walk();
        for pattern in entry
            .children(&mut inner)
            .filter(|c| c.kind_name() == "switch_pattern")
        {
            let literal = syntax
                .descendants(pattern)
                .iter()
                .copied()
                .find(|n| is_magic_literal(*n, source));
            if let Some(literal) = literal {
                if is_request_value(&subject_kind) && is_flag_value(&literal_value(literal, source))
                {
                    continue;
                }
                magics.push(Magic {
                    at: pattern,
                    subject_node: subject,
                    subject: subject_kind.clone(),
                    literal,
                    read_at: read_at.clone(),
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

#[cfg(test)]
mod tests {
    use trustlint_core::{Analyzer, Config, SourceFile};

    /// The flow notes of each magic-value finding in `text`.
    fn flows(text: &str) -> Vec<Vec<String>> {
        let file = SourceFile {
            path: "Sources/Server/SupportKey.swift",
            text,
            is_test_path: false,
        };
        crate::SwiftAnalyzer
            .analyze(&file, &Config::default())
            .diagnostics
            .iter()
            .filter(|d| d.rule.id == super::RULE.id)
            .map(|d| d.flow.iter().map(|s| s.note.clone()).collect())
            .collect()
    }

    #[test]
    fn a_local_read_from_a_header_starts_the_flow() {
        let found = flows(
            "func allow(_ req: Request) -> Bool {\n let supportKey = req.headers.first(name: \"X-Support-Key\") ?? \"\"\n if supportKey == \"sk-field-4a7d1c9e\" {\n return true\n }\n return false\n}\n",
        );
        assert_eq!(found, [["`supportKey` is read from a request header"]]);
    }

    #[test]
    fn a_decoded_request_body_starts_the_flow() {
        let found = flows(
            "func login(req: Request) throws -> Bool {\n let body = try req.content.decode(Login.self)\n if body.password == \"Acme!Support2024\" {\n return true\n }\n return false\n}\n",
        );
        assert_eq!(found, [["the body of an HTTP request"]]);
    }
}
