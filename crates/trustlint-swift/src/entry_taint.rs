//! A small intra-function taint pass for the debug-entry checks: which local names
//! hold data that someone outside the app controls (a socket, an HTTP request, a
//! download, the pasteboard, the environment, a file, a push payload, remote
//! config). Names flow through `let`/`var`, assignments, `if let`/`guard let`,
//! tuple patterns, `for … in` and into nested closures; closure parameters of
//! network callbacks (`connection.receive { data, … in }`, `dataTask { data, … in }`)
//! and of server route handlers (`app.post(…) { req in }`) are sources themselves.
//! Parameters of the function can be seeded too, to find helpers that run
//! whatever they are given. A buffer filled by `recv(sock, &buffer, …)` is a source;
//! a value passed through `init(rawValue:)` is not (it can only be one of the
//! type's fixed cases), and names bound by a `switch` over outside data
//! (`case .success(.string(let text))`) carry it on.

use crate::syntax;
use crate::syntax::NodeExt;
use crate::syntax_index::SyntaxIndex;
use std::collections::HashMap;
use tree_sitter::Node;
use trustlint_core::{FlowStep, TextRange};

/// Who controls the data.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SourceKind {
    /// Received over a socket or downloaded.
    Network,
    /// Part of an HTTP request a server handles.
    Request,
    Pasteboard,
    Environment,
    File,
    /// A parameter of the function analysed (its index).
    Parameter(usize),
}

impl SourceKind {
    /// Data that a remote party controls (not a local file or the environment).
    pub fn is_remote(self) -> bool {
        matches!(self, SourceKind::Network | SourceKind::Request)
    }
}

#[derive(Clone, Debug)]
pub struct Origin {
    pub kind: SourceKind,
    pub range: TextRange,
    pub note: String,
}

impl Origin {
    pub fn flow_step(&self) -> FlowStep {
        FlowStep {
            range: self.range,
            note: self.note.clone(),
        }
    }
}

/// Expression text that reads outside-controlled data, and what it is.
const SOURCE_PATTERNS: [(&str, SourceKind, &str); 24] = [
    (
        "URLSession",
        SourceKind::Network,
        "data downloaded with URLSession",
    ),
    (
        ".data(from:",
        SourceKind::Network,
        "data downloaded from a URL",
    ),
    (
        ".data(for:",
        SourceKind::Network,
        "data downloaded for a request",
    ),
    (
        "download(from:",
        SourceKind::Network,
        "a file downloaded from a URL",
    ),
    (
        "contentsOf: URL(string:",
        SourceKind::Network,
        "contents downloaded from a URL",
    ),
    (
        "contentsOf: remote",
        SourceKind::Network,
        "contents downloaded from a URL",
    ),
    (
        "remoteConfig",
        SourceKind::Network,
        "a value from remote config",
    ),
    (
        "RemoteConfig",
        SourceKind::Network,
        "a value from remote config",
    ),
    (
        "userInfo[",
        SourceKind::Network,
        "a push notification payload",
    ),
    (
        "xpc_dictionary_get_string",
        SourceKind::Network,
        "a string from an XPC message",
    ),
    ("recv(", SourceKind::Network, "bytes read from a socket"),
    ("readData(", SourceKind::Network, "bytes read from a socket"),
    (
        "readString(",
        SourceKind::Network,
        "text read from a socket",
    ),
    (
        "req.content",
        SourceKind::Request,
        "the body of an HTTP request",
    ),
    (
        "req.body",
        SourceKind::Request,
        "the body of an HTTP request",
    ),
    (
        "req.query",
        SourceKind::Request,
        "the query of an HTTP request",
    ),
    (
        "req.parameters",
        SourceKind::Request,
        "a path parameter of an HTTP request",
    ),
    (
        "request.body",
        SourceKind::Request,
        "the body of an HTTP request",
    ),
    ("queryItems", SourceKind::Request, "a query item of a URL"),
    (
        "UIPasteboard.general",
        SourceKind::Pasteboard,
        "the pasteboard",
    ),
    (
        "NSPasteboard.general",
        SourceKind::Pasteboard,
        "the pasteboard",
    ),
    (
        "processInfo.environment",
        SourceKind::Environment,
        "an environment variable",
    ),
    (
        "getenv(",
        SourceKind::Environment,
        "an environment variable",
    ),
    ("contentsOfFile", SourceKind::File, "the contents of a file"),
];

/// Calls whose trailing-closure parameters carry network data.
const NETWORK_CALLBACKS: [&str; 7] = [
    "receive",
    "receiveMessage",
    "dataTask",
    "downloadTask",
    "uploadTask",
    "readData",
    "read",
];

/// Route registrations whose handler closure's parameter is the request.
const ROUTE_METHODS: [&str; 7] = ["get", "post", "put", "patch", "delete", "on", "webSocket"];

/// The tainted names of one function (or of a file's top-level code).
pub struct Taint<'s> {
    syntax: &'s SyntaxIndex<'s>,
    source: &'s str,
    names: HashMap<&'s str, Origin>,
}

impl<'s> Taint<'s> {
    /// Runs the pass over `scope` (a function or the file's top level); with
    /// `seed_parameters`, the function's parameters are sources too.
    pub fn of_scope(
        scope: Node<'_>,
        syntax: &'s SyntaxIndex<'s>,
        seed_parameters: bool,
    ) -> Taint<'s> {
        let source = syntax.source;
        let mut taint = Taint {
            syntax,
            source,
            names: HashMap::new(),
        };
        if seed_parameters {
            let mut cursor = scope.walk();
            let parameters = scope
                .children(&mut cursor)
                .filter(|c| c.kind_name() == "parameter");
            for (index, parameter) in parameters.enumerate() {
                if let Some(name) = parameter.field("name") {
                    taint.names.insert(
                        syntax::text(name, source),
                        Origin {
                            kind: SourceKind::Parameter(index),
                            range: TextRange::new(parameter.start_byte(), parameter.end_byte()),
                            note: format!("parameter `{}`", syntax::text(name, source)),
                        },
                    );
                }
            }
        }
        for (node, kind) in syntax.descendants_with_kinds(scope) {
            match kind {
                "property_declaration" => taint.bind_declaration(node),
                "assignment" => {
                    if let (Some(target), Some(value)) =
                        (node.field("target"), node.field("result"))
                        && let Some(origin) = taint.origin_of(value)
                    {
                        taint.bind_pattern(target, origin);
                    }
                }
                "if_statement" | "guard_statement" | "while_statement" => {
                    taint.bind_conditional(node)
                }
                "for_statement" => {
                    if let (Some(item), Some(collection)) =
                        (node.field("item"), node.field("collection"))
                        && let Some(origin) = taint.origin_of(collection)
                    {
                        taint.bind_pattern(item, origin);
                    }
                }
                "lambda_literal" => taint.bind_callback_parameters(node),
                "call_expression" => {
                    taint.bind_received_buffers(node);
                    taint.bind_moved_files(node);
                }
                "switch_statement" => {
                    if let Some(origin) = node
                        .field("expr")
                        .and_then(|subject| taint.origin_of(subject))
                    {
                        for pattern in syntax.descendants_of_kind(node, "pattern") {
                            if let Some(bound) = pattern.field("bound_identifier") {
                                taint.bind_pattern(bound, origin.clone());
                            }
                        }
                    }
                }
                _ => {}
            }
        }
        taint
    }

    /// Where the data in `expression` comes from, if outside the app.
    pub fn origin_of(&self, expression: Node<'_>) -> Option<Origin> {
        if is_fixed_choice(expression, self.source) {
            return None;
        }
        let shown = syntax::text(expression, self.source);
        if let Some((_, kind, note)) = SOURCE_PATTERNS
            .iter()
            .find(|(needle, _, _)| shown.contains(needle))
        {
            return Some(Origin {
                kind: *kind,
                range: TextRange::new(expression.start_byte(), expression.end_byte()),
                note: (*note).to_owned(),
            });
        }
        if self.names.is_empty() {
            return None;
        }
        self.syntax
            .descendants_of_kind(expression, "simple_identifier")
            .filter(|n| !is_member_name(*n, self.syntax))
            .find_map(|n| self.names.get(syntax::text(n, self.source)).cloned())
    }

    fn bind_declaration(&mut self, declaration: Node<'_>) {
        let (Some(pattern), Some(value)) = (declaration.field("name"), declaration.field("value"))
        else {
            return;
        };
        if let Some(origin) = self.origin_of(value) {
            self.bind_pattern(pattern, origin);
        }
    }

    /// `if let line = String(data: data, …)`: each bound name takes the origin of
    /// the expression after its `=`; so do the names a `case` pattern binds
    /// (`if case .success(.string(let text)) = result`).
    fn bind_conditional(&mut self, statement: Node<'_>) {
        let mut cursor = statement.walk();
        let children: Vec<Node<'_>> = statement.children(&mut cursor).collect();
        let mut bound: Vec<Node<'_>> = Vec::new();
        let mut in_case_pattern = false;
        let mut after_equals = false;
        for (index, child) in children.iter().enumerate() {
            if statement.field_name_for_child(index as u32) == Some("bound_identifier") {
                bound = vec![*child];
                after_equals = false;
            } else if child.kind_name() == "case" {
                bound.clear();
                in_case_pattern = true;
            } else if in_case_pattern && child.kind_name() == "pattern" {
                bound.extend(
                    self.syntax
                        .descendants_of_kind(*child, "pattern")
                        .filter_map(|p| p.field("bound_identifier")),
                );
            } else if child.kind_name() == "=" {
                in_case_pattern = false;
                after_equals = true;
            } else if after_equals && child.is_named() {
                if let Some(origin) = self.origin_of(*child) {
                    for name in &bound {
                        self.bind_pattern(*name, origin.clone());
                    }
                }
                bound.clear();
                after_equals = false;
            }
        }
    }

    fn bind_callback_parameters(&mut self, closure: Node<'_>) {
        let Some(call) = self
            .syntax
            .parent(closure)
            .and_then(|suffix| self.syntax.parent(suffix))
            .and_then(syntax::Call::new)
        else {
            return;
        };
        let name = call.name(self.source);
        let kind = if NETWORK_CALLBACKS.contains(&name)
            || syntax::text(call.callee, self.source).contains("URLSession")
        {
            SourceKind::Network
        } else if ROUTE_METHODS.contains(&name)
            && call
                .arguments
                .iter()
                .any(|a| a.value.kind_name() == "line_string_literal")
        {
            SourceKind::Request
        } else {
            return;
        };
        let note = match kind {
            SourceKind::Request => "an HTTP request to this route".to_owned(),
            _ => format!("data delivered to the `{name}` callback"),
        };
        for parameter in self.syntax.descendants_of_kind(closure, "lambda_parameter") {
            if self.syntax.ancestor(parameter, &["lambda_literal"]) != Some(closure) {
                continue;
            }
            if let Some(name) = parameter.field("name") {
                let shown = syntax::text(name, self.source);
                if shown != "_" && shown != "error" {
                    self.names.insert(
                        shown,
                        Origin {
                            kind,
                            range: TextRange::new(name.start_byte(), name.end_byte()),
                            note: note.clone(),
                        },
                    );
                }
            }
        }
    }

    /// `recv(sock, &buffer, count, 0)`: the buffer holds what the socket delivered.
    fn bind_received_buffers(&mut self, call: Node<'_>) {
        let receives = |name: &str| RECEIVING_FUNCTIONS.contains(&name);
        if !self.syntax.call_name(call).is_some_and(receives) {
            return;
        }
        let Some(call) = syntax::Call::new(call) else {
            return;
        };
        if call.callee.kind_name() != "simple_identifier"
            || !RECEIVING_FUNCTIONS.contains(&call.name(self.source))
        {
            return;
        }
        for argument in &call.arguments {
            let value = argument.value;
            if value.kind_name() == "prefix_expression"
                && syntax::text(value, self.source).starts_with('&')
                && let Some(buffer) = value.field("target")
            {
                self.bind_pattern(
                    buffer,
                    Origin {
                        kind: SourceKind::Network,
                        range: TextRange::new(call.node.start_byte(), call.node.end_byte()),
                        note: "bytes read from a socket".to_owned(),
                    },
                );
            }
        }
    }

    /// `FileManager.default.moveItem(at: downloaded, to: destination)` (or
    /// `copyItem`, or the `atPath:toPath:` forms): the destination now holds what
    /// the source held. Downloads land in a temporary file that is deleted when
    /// the completion returns, so apps move them before using them.
    fn bind_moved_files(&mut self, call: Node<'_>) {
        let moves = |name: &str| matches!(name, "moveItem" | "copyItem");
        if !self.syntax.call_name(call).is_some_and(moves) {
            return;
        }
        let Some(call) = syntax::Call::new(call) else {
            return;
        };
        let labelled = |wanted: &[&str]| {
            call.arguments.iter().find(|a| {
                a.label
                    .is_some_and(|l| wanted.contains(&syntax::text(l, self.source)))
            })
        };
        let (Some(from), Some(to)) = (labelled(&["at", "atPath"]), labelled(&["to", "toPath"]))
        else {
            return;
        };
        if let Some(origin) = self.origin_of(from.value) {
            self.bind_pattern(to.value, origin);
        }
    }

    fn bind_pattern(&mut self, pattern: Node<'_>, origin: Origin) {
        for node in self
            .syntax
            .descendants_of_kind(pattern, "simple_identifier")
        {
            if !is_member_name(node, self.syntax) {
                let name = syntax::text(node, self.source);
                if name != "_" {
                    self.names.insert(name, origin.clone());
                }
            }
        }
    }
}

/// C functions that fill a buffer passed as `&buffer` with data from a socket.
const RECEIVING_FUNCTIONS: [&str; 3] = ["recv", "recvfrom", "recvmsg"];

/// `Action(rawValue: line)`: the result is one of the type's fixed cases.
fn is_fixed_choice(expression: Node<'_>, source: &str) -> bool {
    syntax::Call::new(syntax::unwrap_expression(expression))
        .is_some_and(|call| call.argument("rawValue", source).is_some())
}

/// `line` in `command.line`: a member, not a local name.
fn is_member_name(identifier: Node<'_>, syntax: &SyntaxIndex<'_>) -> bool {
    syntax
        .parent(identifier)
        .is_some_and(|p| p.kind_name() == "navigation_suffix")
}

/// The scope a taint pass should cover for `node`: its outermost named function,
/// else the file's top level.
pub fn scope_of<'t>(node: Node<'_>, syntax: &SyntaxIndex<'t>) -> Node<'t> {
    let mut scope = None;
    for (candidate, kind) in syntax.ancestors(node) {
        if matches!(kind, "function_declaration" | "init_declaration") {
            scope = Some(candidate);
        }
        if kind == "class_body" && scope.is_some() {
            break;
        }
    }
    scope.unwrap_or_else(|| syntax.root())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Whether the argument of the last `sink(…)` call in `source` is tainted.
    fn sink_is_tainted(source: &str) -> bool {
        let mut parser = tree_sitter::Parser::new();
        parser
            .set_language(&tree_sitter_swift::LANGUAGE.into())
            .expect("grammar");
        let tree = parser.parse(source, None).expect("tree");
        let index = SyntaxIndex::new(&tree, source);
        let sink = index
            .descendants_of_kind(index.root(), "call_expression")
            .rfind(|c| index.text(*c).starts_with("sink("))
            .expect("a sink call");
        let argument = syntax::Call::new(sink).expect("call").arguments[0].value;
        Taint::of_scope(scope_of(sink, &index), &index, false)
            .origin_of(argument)
            .is_some()
    }

    #[test]
    fn callback_data_flows_through_guard_let() {
        assert!(sink_is_tainted(
            "func f(c: NWConnection) {\n c.receive(minimumIncompleteLength: 1, maximumLength: 9) { data, _, _, _ in\n guard let data, let line = String(data: data, encoding: .utf8) else { return }\n sink([\"-c\", line])\n }\n}\n"
        ));
    }

    #[test]
    fn push_payload_flows_through_if_let() {
        assert!(sink_is_tainted(
            "func f(userInfo: [AnyHashable: Any]) {\n if let command = userInfo[\"m\"] as? String {\n sink(command)\n }\n}\n"
        ));
    }

    #[test]
    fn literals_are_not_tainted() {
        assert!(!sink_is_tainted(
            "func f() {\n let command = \"ls\"\n sink(command)\n}\n"
        ));
    }

    #[test]
    fn buffers_filled_by_recv_are_tainted() {
        assert!(sink_is_tainted(
            "func f(sock: Int32) {\n var buffer = [CChar](repeating: 0, count: 64)\n _ = recv(sock, &buffer, 63, 0)\n let line = String(cString: buffer)\n sink(line)\n}\n"
        ));
    }

    #[test]
    fn raw_value_initialisers_pick_a_fixed_case() {
        assert!(!sink_is_tainted(
            "func f(userInfo: [AnyHashable: Any]) {\n guard let raw = userInfo[\"a\"] as? String, let action = Action(rawValue: raw) else { return }\n sink(action)\n}\n"
        ));
    }

    #[test]
    fn switch_bindings_carry_callback_data() {
        assert!(sink_is_tainted(
            "func f(task: URLSessionWebSocketTask) {\n task.receive { result in\n switch result {\n case .success(.string(let text)): sink(text)\n default: break\n }\n }\n}\n"
        ));
    }

    #[test]
    fn if_case_bindings_carry_callback_data() {
        assert!(sink_is_tainted(
            "func f(task: URLSessionWebSocketTask) {\n task.receive { result in\n if case .success(.string(let text)) = result {\n sink(text)\n }\n }\n}\n"
        ));
    }

    #[test]
    fn if_case_over_local_data_is_not_tainted() {
        assert!(!sink_is_tainted(
            "func f() {\n let result: Result<String, Error> = .success(\"ls\")\n if case .success(let text) = result {\n sink(text)\n }\n}\n"
        ));
    }

    #[test]
    fn moved_downloads_stay_downloads() {
        assert!(sink_is_tainted(
            "func f() async throws {\n let (file, _) = try await URLSession.shared.download(from: url)\n let destination = cache.appendingPathComponent(\"lib.dylib\")\n try FileManager.default.moveItem(at: file, to: destination)\n sink(destination.path)\n}\n"
        ));
    }

    #[test]
    fn moved_local_files_are_not_tainted() {
        assert!(!sink_is_tainted(
            "func f(cache: URL) throws {\n let bundled = Bundle.main.bundleURL.appendingPathComponent(\"lib.dylib\")\n let destination = cache.appendingPathComponent(\"lib.dylib\")\n try FileManager.default.copyItem(at: bundled, to: destination)\n sink(destination.path)\n}\n"
        ));
    }
}
