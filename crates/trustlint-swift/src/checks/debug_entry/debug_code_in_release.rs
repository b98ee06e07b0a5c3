//! Debug tooling that ships: debug menus and settings screens created outside
//! `#if DEBUG`, shake gestures that open them, in-app inspectors (FLEX, Netfox,
//! Pulse, Atlantis, …) and LLDB libraries loaded at run time. Code compiled only
//! into debug or simulator builds is not reported, nor is test code. A runtime
//! flag (`if Config.isDebug`, a `UserDefaults` key) is not a gate: the code still
//! ships, and the message names the flag. A custom compilation flag other than
//! `DEBUG` may be set in release configurations; such code is reported at low
//! severity with the flag named. SwiftUI previews never run in the shipped app and
//! are not reported either.

use crate::Context;
use crate::build_gates::{CompileGate, runtime_debug_gate};
use crate::syntax::NodeExt;
use crate::syntax::{self, Call};
use crate::syntax_index::SyntaxIndex;
use trustlint_core::rules::debug_entry::debug_code_in_release::RULE;
use trustlint_core::{Diagnostic, RuleMeta, Severity};

pub static RULES: &[&RuleMeta] = &[&RULE];

/// In-app debugging tools and the calls that open or start them.
const DEBUG_TOOLS: [(&str, &str); 12] = [
    ("FLEXManager", "the FLEX explorer"),
    ("NFX", "the Netfox traffic inspector"),
    ("PulseUI", "the Pulse network console"),
    ("ConsoleView", "the Pulse network console"),
    ("Atlantis", "the Atlantis traffic inspector"),
    ("Wormholy", "the Wormholy traffic inspector"),
    ("DebugSwift", "the DebugSwift toolkit"),
    ("InAppViewDebugger", "the in-app view debugger"),
    ("Bagel", "the Bagel traffic inspector"),
    ("CocoaDebug", "the CocoaDebug toolkit"),
    ("DoraemonManager", "the DoKit toolkit"),
    ("Inspector", "the Inspector view hierarchy tool"),
];

/// Tool names common enough that apps use them for their own types: they are the
/// tool only in a file that imports its module.
const AMBIGUOUS_TOOLS: [(&str, &str); 2] = [("ConsoleView", "PulseUI"), ("Inspector", "Inspector")];

/// Type-name prefixes and suffixes of debug screens. `Debug…` names are always
/// debug screens; the other prefixes also name app features (`HiddenPasswordView`,
/// `DeveloperProfileView`), so they need a tool word after them.
const SCREEN_PREFIXES: [&str; 5] = ["Debug", "Developer", "Internal", "Hidden", "Secret"];
const SCREEN_TOOL_WORDS: [&str; 7] = [
    "Menu", "Settings", "Tools", "Options", "Panel", "Console", "Flags",
];
const SCREEN_SUFFIXES: [&str; 8] = [
    "Menu",
    "MenuViewController",
    "ViewController",
    "View",
    "Settings",
    "Panel",
    "Console",
    "Screen",
];

pub fn check(cx: &mut Context<'_>) {
    let syntax = cx.syntax;
    let source = syntax.source;
    let mut found: Vec<Diagnostic> = Vec::new();
    for node in syntax.descendants_of_kind(syntax.root(), "call_expression") {
        if syntax.call_name(node).is_none() {
            continue;
        }
        let Some(what) = debug_entry_of(node, syntax) else {
            continue;
        };
        let gates = cx.build_gates();
        if gates.is_test_code(node)
            || inside_debug_screen(node, syntax)
            || inside_preview(node, syntax)
        {
            continue;
        }
        let gate = gates.gate(node);
        if matches!(gate, CompileGate::DebugOnly | CompileGate::SimulatorOnly) {
            continue;
        }
        let line_start = source[..node.start_byte()].rfind('\n').map_or(0, |i| i + 1);
        // One finding per line: `present(DebugMenuViewController(), …)` is one entry point.
        if found
            .iter()
            .any(|d| d.range.start >= line_start && d.range.start < node.end_byte())
        {
            continue;
        }
        let trigger = if syntax
            .enclosing_function(node)
            .is_some_and(|f| syntax::function_name(f, source) == "motionEnded")
        {
            " from a shake gesture"
        } else {
            ""
        };
        let (why, severity) = match (&gate, runtime_debug_gate(node, syntax)) {
            (CompileGate::CustomFlag(flag), _) => (
                format!(
                    "it is compiled in whenever `{flag}` holds, which release configurations may set"
                ),
                Some(Severity::Low),
            ),
            (_, Some(flag)) => (
                format!(
                    "the runtime check `{flag}` is not a build gate: the code ships in release builds"
                ),
                None,
            ),
            _ => ("nothing excludes it from release builds".to_owned(), None),
        };
        let mut diagnostic = Diagnostic::new(
            &RULE,
            Context::range(node),
            format!("{what} can be opened{trigger} in the shipped app: {why}"),
        )
        .with_help("wrap the code (and the import of the tool) in `#if DEBUG … #endif`");
        if let Some(severity) = severity {
            diagnostic = diagnostic.with_severity(severity);
        }
        found.push(diagnostic);
    }
    for diagnostic in found {
        cx.report(diagnostic);
    }
}

/// Screens opened from inside a debug screen: the entry point is where the outer
/// screen is opened.
fn inside_debug_screen(node: tree_sitter::Node<'_>, syntax: &SyntaxIndex<'_>) -> bool {
    syntax
        .ancestor(node, &["class_declaration"])
        .and_then(|c| c.field("name"))
        .is_some_and(|name| is_screen_name(syntax.text(name)))
}

fn is_screen_name(type_name: &str) -> bool {
    let Some(rest) = SCREEN_PREFIXES
        .iter()
        .find_map(|p| type_name.strip_prefix(p))
    else {
        return false;
    };
    let is_debug = type_name.starts_with("Debug");
    SCREEN_SUFFIXES.iter().any(|s| type_name.ends_with(s))
        && (is_debug || SCREEN_TOOL_WORDS.iter().any(|w| rest.starts_with(w)))
}

/// Code inside a SwiftUI preview (`#Preview { … }`, a `PreviewProvider`).
fn inside_preview(node: tree_sitter::Node<'_>, syntax: &SyntaxIndex<'_>) -> bool {
    syntax.ancestors(node).any(|(candidate, kind)| match kind {
        "macro_invocation" => syntax.text(candidate).starts_with("#Preview"),
        "class_declaration" => {
            let mut cursor = candidate.walk();
            candidate
                .children(&mut cursor)
                .filter(|c| c.kind_name() == "inheritance_specifier")
                .any(|c| syntax.text(c) == "PreviewProvider")
        }
        _ => false,
    })
}

/// Methods by which a debug screen type opens itself (`DebugMenu.present(from:)`).
const OPENING_METHODS: [&str; 4] = ["present", "show", "open", "display"];

/// Whether the file imports `module`.
fn imports(root: tree_sitter::Node<'_>, module: &str, source: &str) -> bool {
    let mut cursor = root.walk();
    root.children(&mut cursor)
        .filter(|c| c.kind_name() == "import_declaration")
        .any(|c| syntax::text(c, source).split_whitespace().last() == Some(module))
}

/// What debug entry point a call opens, if any.
fn debug_entry_of(node: tree_sitter::Node<'_>, syntax: &SyntaxIndex<'_>) -> Option<String> {
    let source = syntax.source;
    let callee_node = node.named_child(0)?;
    let callee = syntax::text(callee_node, source);
    let head = callee.split(['.', '(']).next().unwrap_or_default();
    if let Some((_, tool)) = DEBUG_TOOLS.iter().find(|(name, _)| *name == head) {
        let root = syntax.root();
        let module = AMBIGUOUS_TOOLS
            .iter()
            .find(|(name, _)| *name == head)
            .map(|(_, module)| *module);
        if module.is_none_or(|m| imports(root, m, source)) {
            return Some((*tool).to_owned());
        }
    }
    let type_name = syntax::last_name(callee_node, source);
    if type_name == "dlopen" {
        // Only now are the arguments read: few calls get here.
        let call = Call::new(node)?;
        let path = call.positional().next().map(|p| syntax::text(p, source))?;
        if path.contains("LLDB") || path.contains("/Developer/") {
            return Some("an LLDB debugging library".to_owned());
        }
        return None;
    }
    // A debug screen type opening itself: `DebugMenu.present(from: root)`.
    let has_receiver =
        callee_node.kind_name() == "navigation_expression" && callee_node.field("target").is_some();
    if has_receiver && OPENING_METHODS.contains(&type_name) && is_screen_name(head) {
        return Some(format!("the debug screen `{head}`"));
    }
    let is_screen = callee_node.kind_name() == "simple_identifier" && is_screen_name(type_name);
    is_screen.then(|| format!("the debug screen `{type_name}`"))
}
