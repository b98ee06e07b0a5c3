//! Protected checks (login, licence, paywall, receipt, jailbreak, pinning) skipped
//! when a switch that ships in the app says so: an environment variable, a launch
//! argument, a debug `UserDefaults` key, a hidden request header, cookie or query
//! value, a hard-coded date or build number. Names assigned from such a switch in
//! the same file (`let skipAuth = CommandLine.arguments.contains("-skipAuth")`)
//! count as the switch. `#if DEBUG` code and tests are not reported.

use crate::Context;
use crate::access_grants::{grant_in, is_flag_value};
use crate::syntax;
use std::collections::HashMap;
use tree_sitter::Node;
use trustlint_core::rules::debug_entry::auth_bypass_switch::RULE;
use trustlint_core::{Diagnostic, FlowStep, RuleMeta};

pub static RULES: &[&RuleMeta] = &[&RULE];

/// Words that name what a protected check protects.
const PROTECTED: [(&str, &str); 19] = [
    ("auth", "authentication"),
    ("login", "login"),
    ("signin", "sign-in"),
    ("session", "session"),
    ("licen", "licence"),
    ("paywall", "paywall"),
    ("premium", "premium"),
    ("subscri", "subscription"),
    ("purchase", "purchase"),
    ("receipt", "receipt"),
    ("jailbr", "jailbreak"),
    ("pinning", "certificate pinning"),
    ("pinned", "certificate pinning"),
    ("servertrust", "server trust"),
    ("entitle", "entitlement"),
    ("unlock", "unlock"),
    ("admin", "admin"),
    ("verif", "verification"),
    ("tamper", "tamper"),
];

/// `UserDefaults` keys that read as a developer switch rather than a user setting.
const SWITCH_KEY_WORDS: [&str; 12] = [
    "debug",
    "skip",
    "bypass",
    "override",
    "fake",
    "mock",
    "disable",
    "force",
    "cheat",
    "internal",
    "unlockall",
    "qa",
];

/// A condition that a switch outside the app's control decides.
struct Switch {
    /// For messages: "the launch argument `-skipAuth`".
    description: String,
}

pub fn check(cx: &mut Context<'_>) {
    let source = cx.source.text;
    let root = cx.tree.root_node();
    let derived = derived_switches(root, source);
    let mut found: Vec<Diagnostic> = Vec::new();
    for node in syntax::descendants(root) {
        let (condition, branch): (Node<'_>, Vec<Node<'_>>) = match node.kind() {
            "if_statement" => {
                let Some(condition) = node.child_by_field_name("condition") else {
                    continue;
                };
                (
                    condition,
                    syntax::branch_statements(node)
                        .into_iter()
                        .take(1)
                        .collect(),
                )
            }
            "guard_statement" => {
                let Some(condition) = node.child_by_field_name("condition") else {
                    continue;
                };
                // `guard !skipLogin else { … }`: the else branch runs when the switch is on.
                (condition, syntax::branch_statements(node))
            }
            _ => continue,
        };
        let Some((switch_node, switch)) = find_switch(condition, source, &derived) else {
            continue;
        };
        if !protects(node, &branch, source) || cx.build_gates().is_excluded(node, source) {
            continue;
        }
        let range = Context::range(condition);
        if found.iter().any(|d| d.range == range) {
            continue;
        }
        let what = protected_name(node, &branch, source);
        let mut diagnostic = Diagnostic::new(
            &RULE,
            range,
            format!(
                "{what} is skipped when {}: anyone who can set it gets in without \
                 the check, and the switch ships in release builds",
                switch.description
            ),
        )
        .with_help(
            "delete the switch, or compile it only into debug builds with `#if DEBUG`; \
             UI tests should stub the backend instead of skipping the check in the app",
        );
        if let Some(origin) = switch_node {
            diagnostic = diagnostic.with_flow(vec![FlowStep {
                range: origin,
                note: format!("the switch is read from {}", switch.description),
            }]);
        }
        found.push(diagnostic);
    }
    for diagnostic in found {
        cx.report(diagnostic);
    }
}

/// Names assigned from a switch anywhere in the file, with where they were read.
fn derived_switches(
    root: Node<'_>,
    source: &str,
) -> HashMap<String, (trustlint_core::TextRange, String)> {
    let mut derived = HashMap::new();
    for node in syntax::descendants(root) {
        let (name, value) = match node.kind() {
            "property_declaration" => (
                node.child_by_field_name("name"),
                node.child_by_field_name("value"),
            ),
            "assignment" => (
                node.child_by_field_name("target"),
                node.child_by_field_name("result"),
            ),
            _ => continue,
        };
        let (Some(name), Some(value)) = (name, value) else {
            continue;
        };
        if let Some(description) = direct_switch(value, source) {
            let bound = match syntax::last_name(name, source) {
                "" => syntax::text(name, source),
                member => member,
            };
            derived.insert(bound.to_owned(), (Context::range(value), description));
        }
    }
    derived
}

fn find_switch(
    condition: Node<'_>,
    source: &str,
    derived: &HashMap<String, (trustlint_core::TextRange, String)>,
) -> Option<(Option<trustlint_core::TextRange>, Switch)> {
    if let Some(description) = direct_switch(condition, source) {
        return Some((None, Switch { description }));
    }
    syntax::descendants(condition)
        .into_iter()
        .filter(|n| n.kind() == "simple_identifier")
        .find_map(|n| derived.get(syntax::text(n, source)))
        .map(|(range, description)| {
            (
                Some(*range),
                Switch {
                    description: description.clone(),
                },
            )
        })
}

/// What switch `expression` reads, if any.
fn direct_switch(expression: Node<'_>, source: &str) -> Option<String> {
    let shown = syntax::text(expression, source);
    let first_literal = || {
        syntax::descendants(expression)
            .into_iter()
            .find(|n| n.kind() == "line_string_literal")
            .map(|n| syntax::text(n, source).trim_matches('"').to_owned())
    };
    let quoted = |what: &str| match first_literal() {
        Some(name) => format!("{what} `{name}` is set"),
        None => format!("{what} is set"),
    };
    if shown.contains("processInfo.environment") || shown.contains("getenv(") {
        return Some(quoted("the environment variable"));
    }
    if shown.contains("processInfo.arguments") || shown.contains("CommandLine.arguments") {
        return Some(quoted("the launch argument"));
    }
    if shown.contains("UserDefaults") {
        let key = first_literal()?;
        let lowered = key.to_ascii_lowercase();
        return SWITCH_KEY_WORDS
            .iter()
            .any(|w| lowered.contains(w))
            .then(|| format!("the defaults key `{key}` is set"));
    }
    if ["forHTTPHeaderField", "headers[", "headers.first("]
        .iter()
        .any(|r| shown.contains(r))
    {
        return Some(quoted("the request header"));
    }
    if shown.contains("cookies[") || shown.contains("HTTPCookie") {
        return Some(quoted("the cookie"));
    }
    if shown.contains("queryItems") || shown.contains("query[") {
        // Query values compared with a secret-looking literal are magic values.
        let literals: Vec<String> = syntax::descendants(expression)
            .into_iter()
            .filter(|n| n.kind() == "line_string_literal")
            .map(|n| syntax::text(n, source).trim_matches('"').to_owned())
            .collect();
        if literals.iter().skip(1).any(|v| !is_flag_value(v)) {
            return None;
        }
        return Some(quoted("the URL query item"));
    }
    if shown.contains("CFBundleVersion") && has_literal_comparison(expression, source) {
        return Some("the build number matches a hard-coded value".to_owned());
    }
    if shown.contains("timeIntervalSince1970:") && shown.contains("Date()") {
        return Some("the clock is before a hard-coded date".to_owned());
    }
    None
}

fn has_literal_comparison(expression: Node<'_>, source: &str) -> bool {
    syntax::condition_terms(expression).iter().any(|t| {
        t.comparison
            .is_some_and(|(_, rhs)| matches!(rhs.kind(), "line_string_literal" | "integer_literal"))
            || syntax::text(t.lhs, source).contains('"')
    })
}

/// Whether the switch guards a protected check: the condition, the branch or the
/// function is about login, licences, purchases, jailbreak or pinning, and the
/// branch grants access or leaves the check early.
fn protects(statement: Node<'_>, branch: &[Node<'_>], source: &str) -> bool {
    let function = syntax::enclosing_function(statement)
        .map(|f| syntax::function_name(f, source).to_ascii_lowercase())
        .unwrap_or_default();
    let branch_text: String = branch
        .iter()
        .map(|b| syntax::text(*b, source).to_ascii_lowercase())
        .collect();
    let about_protection = PROTECTED
        .iter()
        .any(|(w, _)| function.contains(w) || branch_text.contains(w));
    let leaves_early = branch.iter().any(|b| {
        syntax::descendants(*b).into_iter().any(|n| {
            n.kind() == "control_transfer_statement"
                && syntax::text(n, source).starts_with("return")
        })
    });
    about_protection && (grant_in(branch, source).is_some() || leaves_early)
}

/// What is skipped, for the message.
fn protected_name(statement: Node<'_>, branch: &[Node<'_>], source: &str) -> String {
    let function = syntax::enclosing_function(statement)
        .map(|f| syntax::function_name(f, source))
        .unwrap_or_default();
    let lowered = function.to_ascii_lowercase();
    if !function.is_empty() && PROTECTED.iter().any(|(w, _)| lowered.contains(w)) {
        return format!("the check in `{function}`");
    }
    let branch_text: String = branch.iter().map(|b| syntax::text(*b, source)).collect();
    let lowered = branch_text.to_ascii_lowercase();
    PROTECTED
        .iter()
        .find(|(w, _)| lowered.contains(w))
        .map_or_else(
            || "a protected check".to_owned(),
            |(_, noun)| format!("the {noun} check"),
        )
}
