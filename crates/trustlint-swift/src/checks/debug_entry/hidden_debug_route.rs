//! Debug, internal and admin routes of Vapor and Hummingbird servers registered
//! without authentication: `app.get("__debug", "exec")`, `routes.grouped("admin")
//! .post(…)`, `router.get("/internal/…")`, `router.group("admin").delete(…)`. A
//! route counts as authenticated when its builder chain (followed through local
//! `let` bindings) adds a guard or authenticator middleware, when the handler calls
//! `req.auth.require(…)` (Vapor), `request.authRequire(…)` (Hummingbird 1) or
//! `context.requireIdentity()` (Hummingbird 2), or when the file adds auth
//! middleware to the whole router. Configured `auth-guards` names count as
//! authentication too. Documentation pages (`/admin-guide`, `/docs/admin`) are not
//! entry points.

use crate::Context;
use crate::syntax::NodeExt;
use crate::syntax::{self, Call};
use crate::syntax_index::SyntaxIndex;
use std::collections::HashMap;
use tree_sitter::Node;
use trustlint_core::rules::debug_entry::hidden_debug_route::RULE;
use trustlint_core::{Diagnostic, RuleMeta};

pub static RULES: &[&RuleMeta] = &[&RULE];

const ROUTE_METHODS: [&str; 8] = [
    "get",
    "post",
    "put",
    "patch",
    "delete",
    "on",
    "webSocket",
    "add",
];

/// Path segments that mark a route as a debug, internal or admin entry point.
const HIDDEN_SEGMENTS: [&str; 16] = [
    "debug",
    "internal",
    "admin",
    "exec",
    "shell",
    "cmd",
    "eval",
    "backdoor",
    "console",
    "dump",
    "sudo",
    "impersonate",
    "maintenance",
    "diagnostics",
    "dev",
    "godmode",
];

/// Text in a middleware or handler that means the caller was authenticated.
const AUTH_MARKERS: [&str; 13] = [
    "guardMiddleware",
    "authenticator",
    "Authenticator",
    "AuthMiddleware",
    "auth.require",
    "RedirectMiddleware",
    "redirectMiddleware",
    "isAuthenticated",
    "IsAuthenticated",
    "BasicAuth",
    "BearerAuth",
    "authRequire",
    "requireIdentity",
];

/// Path segments of documentation pages, which describe admin features but are
/// not entry points.
const DOCUMENTATION_SEGMENTS: [&str; 5] = ["docs", "doc", "guide", "help", "faq"];

pub fn check(cx: &mut Context<'_>) {
    let syntax = cx.syntax;
    let source = syntax.source;
    let root = syntax.root();
    if !imports_server_framework(root, source) {
        return;
    }
    let mut guards: Vec<&str> = AUTH_MARKERS.to_vec();
    guards.extend(cx.config.debug_entry.auth_guards.iter().map(String::as_str));
    let is_authenticated = |text: &str| guards.iter().any(|g| text.contains(g));
    let router_wide_auth = syntax
        .descendants_of_kind(root, "call_expression")
        .any(|n| {
            let shown = syntax::text(n, source);
            (shown.contains("middleware.use(")
                || shown.contains("middlewares.add(")
                || shown.contains(".add(middleware:"))
                && !shown.contains(".group(")
                && is_authenticated(shown)
        });
    if router_wide_auth {
        return;
    }
    let bindings = builder_bindings(syntax);
    let mut found = Vec::new();
    for node in syntax.descendants_of_kind(root, "call_expression") {
        let Some(call) = Call::new(node) else {
            continue;
        };
        let method = call.name(source);
        if !ROUTE_METHODS.contains(&method) {
            continue;
        }
        let Some(receiver) = call.receiver() else {
            continue;
        };
        // `group.add(middleware: …)` adds a middleware, not a route.
        if call.argument("middleware", source).is_some() {
            continue;
        }
        let path: Vec<String> = call
            .positional()
            .filter(|a| a.kind_name() == "line_string_literal")
            .map(|a| syntax::text(a, source).trim_matches('"').to_owned())
            .collect();
        let chain = resolve_chain(receiver, source, &bindings);
        let group_path: Vec<String> = group_segments(&chain);
        let full_path: Vec<String> = group_path.into_iter().chain(path).collect();
        if full_path.is_empty()
            || !full_path.iter().any(|s| is_hidden_segment(s))
            || full_path.iter().any(|s| is_documentation(s))
        {
            continue;
        }
        let handler_text = handler_text(&call, syntax);
        if is_authenticated(&chain) || is_authenticated(&handler_text) {
            continue;
        }
        if cx.build_gates().is_excluded(node) {
            continue;
        }
        let shown_path = format!(
            "/{}",
            full_path
                .iter()
                .map(|s| s.trim_matches('/'))
                .collect::<Vec<_>>()
                .join("/")
        );
        found.push(
            Diagnostic::new(
                &RULE,
                Context::range(node),
                format!(
                    "the route `{} {shown_path}` is reachable without authentication: anyone who \
                     finds the path can call it",
                    method.to_ascii_uppercase()
                ),
            )
            .with_help(
                "delete the route, or register it on a group that requires an authenticated \
                 admin (`routes.grouped(User.authenticator(), User.guardMiddleware())`)",
            ),
        );
    }
    for diagnostic in found {
        cx.report(diagnostic);
    }
}

fn imports_server_framework(root: Node<'_>, source: &str) -> bool {
    let mut cursor = root.walk();
    root.children(&mut cursor)
        .filter(|c| c.kind_name() == "import_declaration")
        .any(|c| {
            let module = syntax::text(c, source)
                .split_whitespace()
                .last()
                .unwrap_or_default();
            module.starts_with("Vapor") || module.starts_with("Hummingbird")
        })
}

/// `let admin = routes.grouped("admin")`: local builders and the chain they were made from.
fn builder_bindings<'t>(syntax: &SyntaxIndex<'t>) -> HashMap<&'t str, Node<'t>> {
    let source = syntax.source;
    let mut bindings = HashMap::new();
    for node in syntax.descendants_of_kind(syntax.root(), "property_declaration") {
        if let (Some(name), Some(value)) = (node.field("name"), node.field("value")) {
            let shown = syntax::text(value, source);
            if shown.contains(".grouped(")
                || shown.contains(".group(")
                || shown.contains("middleware")
            {
                bindings.insert(syntax::text(name, source), value);
            }
        }
    }
    bindings
}

/// The receiver's text with local builder names replaced by their definitions.
fn resolve_chain(receiver: Node<'_>, source: &str, bindings: &HashMap<&str, Node<'_>>) -> String {
    let mut shown = syntax::text(receiver, source).to_owned();
    // Bindings can refer to each other; a few rounds resolve any realistic chain.
    for _ in 0..4 {
        let root_name = shown
            .split(['.', '('])
            .next()
            .unwrap_or_default()
            .trim()
            .to_owned();
        match bindings.get(root_name.as_str()) {
            Some(value) => {
                shown = format!(
                    "{}{}",
                    syntax::text(*value, source),
                    &shown[root_name.len()..]
                );
            }
            None => break,
        }
    }
    shown
}

/// String segments passed to `grouped(…)`/`group(…)` along a chain.
fn group_segments(chain: &str) -> Vec<String> {
    let mut segments = Vec::new();
    for part in chain.split(".group").skip(1) {
        let arguments = part
            .trim_start_matches("ed")
            .trim_start_matches('(')
            .split(')')
            .next()
            .unwrap_or_default();
        segments.extend(
            arguments
                .split(',')
                .map(str::trim)
                .filter(|a| a.starts_with('"'))
                .map(|a| a.trim_matches(|c| c == '"' || c == '(').to_owned()),
        );
    }
    segments
}

fn is_hidden_segment(segment: &str) -> bool {
    let lowered = segment.to_ascii_lowercase();
    lowered.split('/').any(|part| {
        part.starts_with("__")
            || HIDDEN_SEGMENTS.contains(&part.trim_matches('_'))
            || HIDDEN_SEGMENTS.iter().any(|h| {
                part.trim_matches('_').starts_with(&format!("{h}-"))
                    || part.trim_matches('_').starts_with(&format!("{h}_"))
            })
    })
}

/// `admin-guide`, `docs`: a segment whose words include a documentation word.
fn is_documentation(segment: &str) -> bool {
    segment
        .to_ascii_lowercase()
        .split(['/', '-', '_'])
        .any(|word| DOCUMENTATION_SEGMENTS.contains(&word))
}

/// The handler's code: the trailing closure, or the named function passed as `use:`.
fn handler_text(call: &Call<'_>, syntax: &SyntaxIndex<'_>) -> String {
    let source = syntax.source;
    if let Some(closure) = call.trailing_closure {
        return syntax::text(closure, source).to_owned();
    }
    let Some(handler) = call.argument("use", source) else {
        return String::new();
    };
    let name = syntax::last_name(handler, source);
    syntax
        .descendants_of_kind(syntax.root(), "function_declaration")
        .find(|f| syntax::function_name(*f, source) == name)
        .map(|f| syntax::text(f, source).to_owned())
        .unwrap_or_default()
}
