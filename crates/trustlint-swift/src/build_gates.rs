//! Which code ships in a release build for devices. tree-sitter-swift represents
//! `#if`/`#elseif`/`#else`/`#endif` as flat `directive` nodes between the statements
//! (or members) they guard, so the branches are rebuilt here as byte regions from the
//! directives in document order, each with the condition under which it compiles.
//!
//! A branch is *excluded from release* when its condition is false once `DEBUG`
//! (and any flag with `DEBUG` in its name) is unset and `targetEnvironment(simulator)`
//! is false: App Store and ad-hoc builds are release device builds. Every other
//! compilation flag is unknown: a custom `STAGING` flag may be set in a release
//! configuration, so such a branch still ships, and checks say which flag guards it.

use crate::syntax;
use crate::syntax::NodeExt;
use crate::syntax_index::SyntaxIndex;
use tree_sitter::Node;

/// How a piece of code is compiled.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CompileGate {
    /// Compiled into every build.
    Always,
    /// Only in debug builds (`#if DEBUG`).
    DebugOnly,
    /// Only for the simulator (`#if targetEnvironment(simulator)`), never on a device.
    SimulatorOnly,
    /// Behind a custom compilation flag that release builds may set: the condition text.
    CustomFlag(String),
}

struct Region {
    start: usize,
    end: usize,
    gate: CompileGate,
}

pub struct BuildGates<'a> {
    syntax: &'a SyntaxIndex<'a>,
    regions: Vec<Region>,
    /// The file is test code: its path, `import XCTest`/`import Testing`.
    test_file: bool,
}

/// Three-valued truth for compilation conditions.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Truth {
    True,
    False,
    Unknown,
}

impl Truth {
    fn not(self) -> Truth {
        match self {
            Truth::True => Truth::False,
            Truth::False => Truth::True,
            Truth::Unknown => Truth::Unknown,
        }
    }

    fn and(self, other: Truth) -> Truth {
        match (self, other) {
            (Truth::False, _) | (_, Truth::False) => Truth::False,
            (Truth::True, Truth::True) => Truth::True,
            _ => Truth::Unknown,
        }
    }

    fn or(self, other: Truth) -> Truth {
        self.not().and(other.not()).not()
    }
}

/// What a condition is evaluated against: a release device build, optionally
/// pretending the simulator (to tell debug-only from simulator-only branches).
#[derive(Clone, Copy)]
struct Build {
    simulator: bool,
}

impl<'a> BuildGates<'a> {
    pub fn new(syntax: &'a SyntaxIndex<'a>, is_test_path: bool) -> BuildGates<'a> {
        let source = syntax.source;
        let root = syntax.root();
        let directives = syntax.descendants_of_kind(root, "directive");
        // Each open `#if` keeps the conditions of its branches so far.
        let mut open: Vec<(usize, Vec<String>, String)> = Vec::new();
        let mut regions = Vec::new();
        for directive in directives {
            let line = syntax::text(directive, source).trim();
            let (keyword, condition) = line.split_once(char::is_whitespace).unwrap_or((line, ""));
            let condition = condition.trim().to_owned();
            match keyword {
                "#if" => open.push((directive.end_byte(), Vec::new(), condition)),
                "#elseif" | "#else" | "#endif" => {
                    let Some((start, mut earlier, current)) = open.pop() else {
                        continue;
                    };
                    regions.push(Region {
                        start,
                        end: directive.start_byte(),
                        gate: gate_of(&earlier, &current),
                    });
                    earlier.push(current);
                    match keyword {
                        "#elseif" => open.push((directive.end_byte(), earlier, condition)),
                        "#else" => open.push((directive.end_byte(), earlier, "true".to_owned())),
                        _ => {}
                    }
                }
                _ => {}
            }
        }
        // An unterminated `#if` guards the rest of the file.
        for (start, earlier, current) in open {
            regions.push(Region {
                start,
                end: source.len(),
                gate: gate_of(&earlier, &current),
            });
        }
        let test_file = is_test_path || imports_test_framework(root, source);
        BuildGates {
            syntax,
            regions,
            test_file,
        }
    }

    /// The strictest gate around `node`: nested regions all apply.
    pub fn gate(&self, node: Node<'_>) -> CompileGate {
        let mut result = CompileGate::Always;
        for region in &self.regions {
            if region.start <= node.start_byte() && node.end_byte() <= region.end {
                result = match (&result, &region.gate) {
                    (_, CompileGate::DebugOnly) => CompileGate::DebugOnly,
                    (CompileGate::DebugOnly, _) => CompileGate::DebugOnly,
                    (_, CompileGate::SimulatorOnly) => CompileGate::SimulatorOnly,
                    (CompileGate::SimulatorOnly, _) => CompileGate::SimulatorOnly,
                    (_, gate @ CompileGate::CustomFlag(_)) => gate.clone(),
                    (current, CompileGate::Always) => current.clone(),
                };
            }
        }
        result
    }

    /// Whether `node` is compiled into release builds for devices.
    pub fn ships(&self, node: Node<'_>) -> bool {
        matches!(
            self.gate(node),
            CompileGate::Always | CompileGate::CustomFlag(_)
        )
    }

    /// Test code: a test file, an `XCTestCase` subclass or a swift-testing `@Test`/`@Suite`.
    pub fn is_test_code(&self, node: Node<'_>) -> bool {
        if self.test_file {
            return true;
        }
        let source = self.syntax.source;
        let mut current = Some(node);
        while let Some(candidate) = current {
            match candidate.kind_name() {
                "class_declaration" => {
                    let mut cursor = candidate.walk();
                    let inherits_test_case = candidate
                        .children(&mut cursor)
                        .filter(|c| c.kind_name() == "inheritance_specifier")
                        .any(|c| syntax::text(c, source).ends_with("XCTestCase"));
                    if inherits_test_case {
                        return true;
                    }
                }
                "function_declaration" => {
                    let mut cursor = candidate.walk();
                    let is_test = candidate
                        .children(&mut cursor)
                        .filter(|c| c.kind_name() == "modifiers")
                        .any(|m| {
                            let modifiers = syntax::text(m, source);
                            modifiers.contains("@Test") || modifiers.contains("@Suite")
                        });
                    if is_test {
                        return true;
                    }
                }
                _ => {}
            }
            current = self.syntax.parent(candidate);
        }
        false
    }

    /// Code that never reaches a user's device: compiled out of release device
    /// builds, or test code.
    pub fn is_excluded(&self, node: Node<'_>) -> bool {
        !self.ships(node) || self.is_test_code(node)
    }
}

fn imports_test_framework(root: Node<'_>, source: &str) -> bool {
    let mut cursor = root.walk();
    root.children(&mut cursor)
        .filter(|c| c.kind_name() == "import_declaration")
        .any(|c| {
            let module = syntax::text(c, source)
                .split_whitespace()
                .last()
                .unwrap_or_default();
            matches!(module, "XCTest" | "Testing")
        })
}

/// The gate of a branch whose own condition is `current`, reached only when every
/// `earlier` branch's condition was false.
fn gate_of(earlier: &[String], current: &str) -> CompileGate {
    let holds = |build: Build| {
        earlier.iter().fold(evaluate(current, build), |acc, e| {
            acc.and(evaluate(e, build).not())
        })
    };
    match (
        holds(Build { simulator: false }),
        holds(Build { simulator: true }),
    ) {
        (Truth::False, Truth::False) => CompileGate::DebugOnly,
        (Truth::False, _) => CompileGate::SimulatorOnly,
        (Truth::True, _) => CompileGate::Always,
        (Truth::Unknown, _) => {
            let mut shown = earlier
                .iter()
                .map(|e| format!("!({e})"))
                .collect::<Vec<_>>();
            if current != "true" {
                shown.push(current.to_owned());
            }
            CompileGate::CustomFlag(shown.join(" && "))
        }
    }
}

/// Evaluates a compilation condition for a release build; flags other than
/// `DEBUG`-like ones and platform tests other than the simulator are unknown.
fn evaluate(condition: &str, build: Build) -> Truth {
    let tokens = tokenize(condition);
    let mut parser = ConditionParser {
        tokens: &tokens,
        at: 0,
        build,
    };
    parser.disjunction()
}

#[derive(Debug, PartialEq, Eq)]
enum Token {
    Name(String),
    Not,
    And,
    Or,
    Open,
    Close,
}

fn tokenize(condition: &str) -> Vec<Token> {
    let mut tokens = Vec::new();
    let mut chars = condition.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '!' => tokens.push(Token::Not),
            '&' if chars.peek() == Some(&'&') => {
                chars.next();
                tokens.push(Token::And);
            }
            '|' if chars.peek() == Some(&'|') => {
                chars.next();
                tokens.push(Token::Or);
            }
            '(' => tokens.push(Token::Open),
            ')' => tokens.push(Token::Close),
            c if c.is_alphanumeric() || c == '_' || c == '.' || c == '>' || c == '=' => {
                let mut name = c.to_string();
                while let Some(&next) = chars.peek() {
                    if next.is_alphanumeric() || matches!(next, '_' | '.' | '>' | '=') {
                        name.push(next);
                        chars.next();
                    } else {
                        break;
                    }
                }
                tokens.push(Token::Name(name));
            }
            _ => {}
        }
    }
    tokens
}

struct ConditionParser<'a> {
    tokens: &'a [Token],
    at: usize,
    build: Build,
}

impl<'a> ConditionParser<'a> {
    fn peek(&self) -> Option<&'a Token> {
        self.tokens.get(self.at)
    }

    fn disjunction(&mut self) -> Truth {
        let mut value = self.conjunction();
        while self.peek() == Some(&Token::Or) {
            self.at += 1;
            value = value.or(self.conjunction());
        }
        value
    }

    fn conjunction(&mut self) -> Truth {
        let mut value = self.unary();
        while self.peek() == Some(&Token::And) {
            self.at += 1;
            value = value.and(self.unary());
        }
        value
    }

    fn unary(&mut self) -> Truth {
        match self.peek() {
            Some(Token::Not) => {
                self.at += 1;
                self.unary().not()
            }
            Some(Token::Open) => {
                self.at += 1;
                let value = self.disjunction();
                if self.peek() == Some(&Token::Close) {
                    self.at += 1;
                }
                value
            }
            Some(Token::Name(name)) => {
                let name = name.clone();
                self.at += 1;
                // A platform test: `name(argument)`.
                if self.peek() == Some(&Token::Open) {
                    self.at += 1;
                    let mut argument = String::new();
                    while let Some(token) = self.peek() {
                        self.at += 1;
                        match token {
                            Token::Close => break,
                            Token::Name(part) => argument.push_str(part),
                            _ => {}
                        }
                    }
                    return match (name.as_str(), argument.as_str()) {
                        ("targetEnvironment", "simulator") if self.build.simulator => Truth::True,
                        ("targetEnvironment", "simulator") => Truth::False,
                        _ => Truth::Unknown,
                    };
                }
                match name.as_str() {
                    "true" => Truth::True,
                    "false" => Truth::False,
                    flag if flag.to_ascii_uppercase().contains("DEBUG") => Truth::False,
                    _ => Truth::Unknown,
                }
            }
            _ => {
                self.at += 1;
                Truth::Unknown
            }
        }
    }
}

/// Runtime switches that are not build gates: they ship in release builds and can
/// be flipped by whoever controls defaults, the environment or the launch arguments.
const RUNTIME_FLAG_WORDS: [&str; 10] = [
    "debug",
    "isdebug",
    "devmode",
    "developer",
    "internal",
    "staging",
    "userdefaults",
    "processinfo",
    "environment",
    "commandline",
];

/// The condition of the nearest `if`/`guard` around `node` that looks like a
/// runtime debug switch (`if Config.isDebug`, `UserDefaults…bool(forKey: "debug")`).
pub fn runtime_debug_gate<'s>(node: Node<'_>, syntax: &SyntaxIndex<'s>) -> Option<&'s str> {
    syntax.ancestors(node).find_map(|(candidate, kind)| {
        if !matches!(kind, "if_statement" | "guard_statement") {
            return None;
        }
        let condition = candidate
            .field("condition")
            .filter(|condition| !syntax::contains(*condition, node))?;
        let shown = syntax.text(condition);
        let lowered = shown.to_ascii_lowercase();
        RUNTIME_FLAG_WORDS
            .iter()
            .any(|w| lowered.contains(w))
            .then_some(shown)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn gate_of_call(source: &str, call: &str) -> CompileGate {
        let mut parser = tree_sitter::Parser::new();
        parser
            .set_language(&tree_sitter_swift::LANGUAGE.into())
            .expect("grammar");
        let tree = parser.parse(source, None).expect("tree");
        let index = SyntaxIndex::new(&tree, source);
        let gates = BuildGates::new(&index, false);
        let at = source.find(call).expect("call in source");
        let node = tree
            .root_node()
            .descendant_for_byte_range(at, at + call.len())
            .expect("node");
        gates.gate(node)
    }

    #[test]
    fn debug_branches_are_excluded_and_their_else_ships() {
        let source = "#if DEBUG\nshowMenu()\n#else\nhideMenu()\n#endif\n";
        assert_eq!(gate_of_call(source, "showMenu"), CompileGate::DebugOnly);
        assert_eq!(gate_of_call(source, "hideMenu"), CompileGate::Always);
    }

    #[test]
    fn negated_release_branch_is_debug_only() {
        let source = "#if !DEBUG\nrelease()\n#else\ndebugOnly()\n#endif\n";
        assert_eq!(gate_of_call(source, "release"), CompileGate::Always);
        assert_eq!(gate_of_call(source, "debugOnly"), CompileGate::DebugOnly);
    }

    #[test]
    fn simulator_and_custom_flags_are_told_apart() {
        let source =
            "#if targetEnvironment(simulator)\nsim()\n#elseif STAGING\nstaging()\n#endif\n";
        assert_eq!(gate_of_call(source, "sim()"), CompileGate::SimulatorOnly);
        assert!(matches!(
            gate_of_call(source, "staging()"),
            CompileGate::CustomFlag(flag) if flag.contains("STAGING")
        ));
    }

    #[test]
    fn nested_gates_keep_the_strictest() {
        let source = "#if DEBUG\n#if os(iOS)\nnested()\n#endif\n#endif\n";
        assert_eq!(gate_of_call(source, "nested"), CompileGate::DebugOnly);
    }

    #[test]
    fn debug_or_custom_flag_still_ships() {
        let source = "#if DEBUG || QA_BUILD\nqa()\n#endif\n";
        assert!(matches!(
            gate_of_call(source, "qa"),
            CompileGate::CustomFlag(_)
        ));
    }
}
