//! Protected checks (login, licence, paywall, receipt, jailbreak, pinning) skipped
//! when a switch that ships in the app says so: an environment variable, a launch
//! argument, a debug `UserDefaults` key, a hidden request header, cookie or query
//! value, a hard-coded date or build number. Names assigned from such a switch in
//! the same file (`let skipAuth = CommandLine.arguments.contains("-skipAuth")`)
//! count as the switch. `#if DEBUG` code and tests are not reported.
//!
//! What is protected is read from the function, computed property and middleware around
//! the condition, the branch and the switch's own name (`DISABLE_PINNING`). Not
//! switches: a value bound by `if let` and handed on in the branch (a header passed
//! to the verifier, a server override), a branch that signs the user out, and the
//! environment Xcode sets for SwiftUI previews.

use crate::Context;
use crate::access_grants::{grant_in, is_flag_value};
use crate::syntax;
use crate::syntax::NodeExt;
use crate::syntax_index::SyntaxIndex;
use std::collections::HashMap;
use tree_sitter::Node;
use trustlint_core::rules::debug_entry::auth_bypass_switch::RULE;
use trustlint_core::{Diagnostic, FlowStep, RuleMeta, TextRange};

pub static RULES: &[&RuleMeta] = &[&RULE];

/// Words that name what a protected check protects.
const PROTECTED: [(&str, &str); 22] = [
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
    ("biometr", "biometric"),
    ("2fa", "two-factor"),
    ("twofactor", "two-factor"),
];

/// Words that begin a word of a `UserDefaults` key that reads as a developer switch
/// rather than a user setting (`debugUnlockPremium`, `qa_force_subscribed`).
const SWITCH_KEY_WORDS: [&str; 11] = [
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
];

/// A key word that must stand alone (`qa`, not `qatar`).
const SWITCH_KEY_EXACT_WORDS: [&str; 1] = ["qa"];

/// Calls in a branch that end the session: a switch that forces them is stricter,
/// not a way in.
const REVOKING_CALLS: [&str; 5] = ["signout", "logout", "revoke", "clearsession", "endsession"];

/// Set by Xcode only while it renders SwiftUI previews.
const PREVIEW_ENVIRONMENT: &str = "XCODE_RUNNING_FOR_PREVIEWS";

/// A condition that a switch outside the app's control decides.
#[derive(Clone)]
struct Switch {
    /// For messages: "the launch argument `-skipAuth`".
    description: String,
    /// The variable, argument or key name, when the code spells it out.
    key: Option<String>,
}

pub fn check(cx: &mut Context<'_>) {
    let syntax = cx.syntax;
    let derived = derived_switches(syntax);
    let mut found: Vec<Diagnostic> = Vec::new();
    for (node, kind) in syntax.nodes() {
        let branch: Vec<Node<'_>> = match kind {
            "if_statement" => syntax::branch_statements(node)
                .into_iter()
                .take(1)
                .collect(),
            // `guard !skipLogin else { … }`: the else branch runs when the switch is on.
            "guard_statement" => syntax::branch_statements(node),
            _ => continue,
        };
        // `if let build = …, build == "4021"`: every clause but the `let` keyword.
        let mut cursor = node.walk();
        let conditions: Vec<Node<'_>> = node
            .children_by_field_name("condition", &mut cursor)
            .filter(|c| c.is_named() && c.kind_name() != "value_binding_pattern")
            .collect();
        let Some((condition, (switch_node, switch))) = conditions
            .iter()
            .find_map(|c| Some((*c, find_switch(*c, syntax, &derived)?)))
        else {
            continue;
        };
        if !protects(node, &branch, switch.key.as_deref(), syntax)
            || hands_on_binding(node, &branch, syntax)
            || (kind == "guard_statement" && is_bound_value(node, condition, syntax))
            || revokes(&branch, syntax)
            || cx.build_gates().is_excluded(node)
        {
            continue;
        }
        let range = Context::range(condition);
        if found.iter().any(|d| d.range == range) {
            continue;
        }
        let what = protected_name(node, &branch, syntax);
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
fn derived_switches(syntax: &SyntaxIndex<'_>) -> HashMap<String, (TextRange, Switch)> {
    let source = syntax.source;
    let mut derived = HashMap::new();
    for (node, kind) in syntax.nodes() {
        let (name, value) = match kind {
            "property_declaration" => (node.field("name"), node.field("value")),
            "assignment" => (node.field("target"), node.field("result")),
            _ => continue,
        };
        let (Some(name), Some(value)) = (name, value) else {
            continue;
        };
        if let Some(switch) = direct_switch(value, syntax) {
            let bound = match syntax::last_name(name, source) {
                "" => syntax::text(name, source),
                member => member,
            };
            derived.insert(bound.to_owned(), (Context::range(value), switch));
        }
    }
    derived
}

fn find_switch(
    condition: Node<'_>,
    syntax: &SyntaxIndex<'_>,
    derived: &HashMap<String, (TextRange, Switch)>,
) -> Option<(Option<TextRange>, Switch)> {
    if let Some(switch) = direct_switch(condition, syntax) {
        return Some((None, switch));
    }
    if derived.is_empty() {
        return None;
    }
    syntax
        .descendants_of_kind(condition, "simple_identifier")
        .find_map(|n| derived.get(syntax.text(n)))
        .map(|(range, switch)| (Some(*range), switch.clone()))
}

/// Text in an expression that reads a switch from outside the app: each case of
/// [`direct_switch`] needs one of these.
const SWITCH_READS: [&str; 15] = [
    "processInfo.environment",
    "getenv(",
    "processInfo.arguments",
    "CommandLine.arguments",
    "UserDefaults",
    "defaults.bool(",
    "forHTTPHeaderField",
    "headers[",
    "headers.first(",
    "cookies[",
    "HTTPCookie",
    "queryItems",
    "query[",
    "CFBundleVersion",
    "timeIntervalSince1970:",
];

/// What switch `expression` reads, if any.
fn direct_switch(expression: Node<'_>, syntax: &SyntaxIndex<'_>) -> Option<Switch> {
    let source = syntax.source;
    let shown = syntax.text(expression);
    // Most expressions read no switch at all: rule them out before looking inside.
    if !SWITCH_READS.iter().any(|read| shown.contains(read)) {
        return None;
    }
    let literals: Vec<Node<'_>> = syntax
        .descendants_of_kind(expression, "line_string_literal")
        .collect();
    let unquoted = |n: Node<'_>| syntax::text(n, source).trim_matches('"').to_owned();
    // `UserDefaults(suiteName: "group…")?.bool(forKey: "debugSkip2FA")`: the key.
    let key = literals
        .iter()
        .find(|n| {
            syntax
                .parent(**n)
                .and_then(|argument| argument.field("name"))
                .is_some_and(|label| syntax::text(label, source) == "forKey")
        })
        .or(literals.first())
        .map(|n| unquoted(*n));
    let quoted = |what: &str| Switch {
        description: match &key {
            Some(name) => format!("{what} `{name}` is set"),
            None => format!("{what} is set"),
        },
        key: key.clone(),
    };
    if shown.contains("processInfo.environment") || shown.contains("getenv(") {
        if key.as_deref() == Some(PREVIEW_ENVIRONMENT) {
            return None;
        }
        return Some(quoted("the environment variable"));
    }
    if shown.contains("processInfo.arguments") || shown.contains("CommandLine.arguments") {
        return Some(quoted("the launch argument"));
    }
    if shown.contains("UserDefaults") || shown.contains("defaults.bool(") {
        let name = key.clone()?;
        return is_switch_key(&name).then(|| Switch {
            description: format!("the defaults key `{name}` is set"),
            key: Some(name),
        });
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
        if literals
            .iter()
            .skip(1)
            .any(|v| !is_flag_value(&unquoted(*v)))
        {
            return None;
        }
        return Some(quoted("the URL query item"));
    }
    let unnamed = |description: &str| Switch {
        description: description.to_owned(),
        key: None,
    };
    if shown.contains("CFBundleVersion") && has_literal_comparison(expression, source) {
        return Some(unnamed("the build number matches a hard-coded value"));
    }
    if shown.contains("timeIntervalSince1970:") && shown.contains("Date()") {
        return Some(unnamed("the clock is before a hard-coded date"));
    }
    None
}

/// Whether a `UserDefaults` key names a developer switch: one of its words
/// (`debugSkip2FA` → debug, skip, 2, fa) starts with a switch word.
fn is_switch_key(key: &str) -> bool {
    let words = key_words(key);
    words.iter().any(|word| {
        SWITCH_KEY_WORDS.iter().any(|w| word.starts_with(w))
            || SWITCH_KEY_EXACT_WORDS.contains(&word.as_str())
    }) || key.to_ascii_lowercase().contains("unlockall")
}

/// The lower-case words of a key: split at punctuation, lower-to-upper case
/// changes and letter/digit changes.
fn key_words(key: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut current = String::new();
    let mut previous: Option<char> = None;
    for c in key.chars() {
        let boundary = !c.is_alphanumeric()
            || previous.is_some_and(|p| {
                (p.is_lowercase() && c.is_uppercase())
                    || (p.is_ascii_digit() != c.is_ascii_digit() && p.is_alphanumeric())
            });
        if boundary && !current.is_empty() {
            words.push(std::mem::take(&mut current));
        }
        if c.is_alphanumeric() {
            current.extend(c.to_lowercase());
        }
        previous = Some(c);
    }
    if !current.is_empty() {
        words.push(current);
    }
    words
}

/// `guard let secret = components.queryItems?.first(…)?.value else { throw … }`: the
/// else branch runs when the value is missing, so the guard requires what it reads
/// rather than letting a switch skip a check. A clause that follows `=` in a
/// condition list is the value of a `let`/`var` binding (conditions assign nothing).
fn is_bound_value(statement: Node<'_>, condition: Node<'_>, syntax: &SyntaxIndex<'_>) -> bool {
    let before = syntax.source[statement.start_byte()..condition.start_byte()].trim_end();
    before.ends_with('=') && !before.ends_with("==")
}

/// `if let bearer = req.headers.first(name: "Authorization") { verify(bearer) }`:
/// the value read is used, so the condition reads input rather than a switch.
fn hands_on_binding(statement: Node<'_>, branch: &[Node<'_>], syntax: &SyntaxIndex<'_>) -> bool {
    let mut cursor = statement.walk();
    let bound: Vec<&str> = statement
        .children_by_field_name("bound_identifier", &mut cursor)
        .map(|n| syntax.text(n))
        .collect();
    !bound.is_empty()
        && branch
            .iter()
            .flat_map(|b| syntax.descendants_of_kind(*b, "simple_identifier"))
            .any(|n| {
                bound.contains(&syntax.text(n))
                    && syntax
                        .parent(n)
                        .is_none_or(|p| p.kind_name() != "navigation_suffix")
            })
}

/// Whether the branch ends the session (`signOut()`): the switch makes access stricter.
fn revokes(branch: &[Node<'_>], syntax: &SyntaxIndex<'_>) -> bool {
    branch
        .iter()
        .flat_map(|b| syntax.descendants_of_kind(*b, "call_expression"))
        .filter_map(syntax::Call::new)
        .any(|call| {
            let name = call.name(syntax.source).to_ascii_lowercase();
            REVOKING_CALLS.iter().any(|r| name.contains(r))
        })
}

fn has_literal_comparison(expression: Node<'_>, source: &str) -> bool {
    syntax::condition_terms(expression, source).iter().any(|t| {
        t.comparison.is_some_and(|(_, rhs)| {
            matches!(rhs.kind_name(), "line_string_literal" | "integer_literal")
        }) || syntax::text(t.lhs, source).contains('"')
    })
}

/// Whether the switch guards a protected check: the switch's name, the branch, or
/// the function, computed property or middleware around it is about login, licences,
/// purchases, jailbreak or pinning, and the branch grants access or leaves the
/// check early.
fn protects(
    statement: Node<'_>,
    branch: &[Node<'_>],
    switch_key: Option<&str>,
    syntax: &SyntaxIndex<'_>,
) -> bool {
    let source = syntax.source;
    let mut context: String = enclosing_names(statement, syntax).join(" ");
    context.push_str(switch_key.unwrap_or_default());
    for b in branch {
        context.push_str(syntax::text(*b, source));
    }
    let context = context.to_ascii_lowercase();
    let about_protection = PROTECTED.iter().any(|(w, _)| context.contains(w));
    let leaves_early = branch.iter().any(|b| {
        syntax
            .descendants_of_kind(*b, "control_transfer_statement")
            .any(|n| syntax.text(n).starts_with("return"))
    });
    about_protection && (grant_in(branch, syntax).is_some() || leaves_early)
}

/// The names of the function, computed property and middleware type around `node`.
fn enclosing_names<'s>(node: Node<'_>, syntax: &SyntaxIndex<'s>) -> Vec<&'s str> {
    let mut names = Vec::new();
    for (candidate, kind) in syntax.ancestors(node) {
        let name = match kind {
            "function_declaration" => candidate.field("name"),
            // A middleware's type says what every request passing it is checked for.
            "class_declaration" => candidate
                .field("name")
                .filter(|n| syntax.text(*n).contains("Middleware")),
            "computed_property" => syntax
                .parent(candidate)
                .and_then(|property| property.field("name")),
            _ => None,
        };
        names.extend(name.map(|n| syntax.text(n)));
    }
    names
}

/// What is skipped, for the message.
fn protected_name(statement: Node<'_>, branch: &[Node<'_>], syntax: &SyntaxIndex<'_>) -> String {
    let source = syntax.source;
    let function = syntax
        .enclosing_function(statement)
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
