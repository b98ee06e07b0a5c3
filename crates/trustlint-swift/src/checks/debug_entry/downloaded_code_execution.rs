//! Code fetched at run time and executed: text downloaded (or read from remote
//! config or a push payload) reaching `JSContext.evaluateScript`,
//! `WKWebView.evaluateJavaScript`/`callAsyncJavaScript`, `WKUserScript(source:)`,
//! `NSExpression(format:)` (whose `FUNCTION()` calls any method), `dlopen`,
//! `NSClassFromString`/`NSSelectorFromString` (dynamic dispatch chosen by the
//! server), `Bundle(path:)`/`Bundle(url:)` loads and `NSAppleScript(source:)`.
//! Scripts built into the app are not reported.

use crate::Context;
use crate::entry_taint::scope_of;
use crate::syntax::Call;
use trustlint_core::rules::debug_entry::downloaded_code_execution::RULE;
use trustlint_core::{Diagnostic, RuleMeta};

pub static RULES: &[&RuleMeta] = &[&RULE];

/// Calls that execute or load their first argument, and what they do.
const EXECUTING_CALLS: [(&str, &str); 11] = [
    ("evaluateScript", "evaluated as JavaScript"),
    (
        "evaluateJavaScript",
        "evaluated as JavaScript in a web view",
    ),
    (
        "callAsyncJavaScript",
        "evaluated as JavaScript in a web view",
    ),
    ("dlopen", "loaded as a native library"),
    ("NSClassFromString", "used to pick a class to instantiate"),
    ("NSSelectorFromString", "used to pick a method to call"),
    ("Bundle", "loaded as a code bundle"),
    ("NSAppleScript", "run as AppleScript"),
    ("NSUserAppleScriptTask", "run as AppleScript"),
    ("WKUserScript", "injected as a user script into web pages"),
    (
        "NSExpression",
        "evaluated as an NSExpression, whose `FUNCTION()` can call any method",
    ),
];

pub fn check(cx: &mut Context<'_>) {
    let syntax = cx.syntax;
    let source = syntax.source;
    let mut found: Vec<Diagnostic> = Vec::new();
    for node in syntax.descendants_of_kind(syntax.root(), "call_expression") {
        let executes = |name: &str| EXECUTING_CALLS.iter().any(|(n, _)| *n == name);
        if !syntax.call_name(node).is_some_and(executes) {
            continue;
        }
        let Some(call) = Call::new(node) else {
            continue;
        };
        let name = call.name(source);
        let Some((_, effect)) = EXECUTING_CALLS.iter().find(|(n, _)| *n == name) else {
            continue;
        };
        let Some(code) = call.arguments.first().map(|a| a.value) else {
            continue;
        };
        let Some(origin) = cx.taint_of_scope(scope_of(node, syntax)).origin_of(code) else {
            continue;
        };
        if !origin.kind.is_remote() || cx.build_gates().is_excluded(node) {
            continue;
        }
        found.push(
            Diagnostic::new(
                &RULE,
                Context::range(node),
                format!(
                    "{} is {effect}: whoever controls that server or the network path runs \
                     code inside the app, outside App Review",
                    origin.note
                ),
            )
            .with_flow(vec![origin.flow_step()])
            .with_help(
                "ship code inside the app; download data, not code, and map server values \
                 to a fixed set of actions instead of class or selector names",
            ),
        );
    }
    for diagnostic in found {
        cx.report(diagnostic);
    }
}
