//! Commands from outside the app run by a process: data from a socket, an HTTP
//! request, a download, the pasteboard, an environment variable or a file reaching
//! `Process`/`NSTask` (`executableURL`, `launchPath`, `arguments`),
//! `Process.launchedProcess(launchPath:arguments:)`, `system`, `popen` or
//! `posix_spawn` → `remote-command-execution`, also through a helper in the same
//! file that runs its parameter. A shell whose standard input or output is wired
//! to a network connection the file opens → `reverse-shell`.

use crate::Context;
use crate::entry_taint::{Origin, Taint, scope_of};
use crate::syntax::{self, Call};
use std::collections::HashMap;
use tree_sitter::Node;
use trustlint_core::rules::debug_entry::{remote_command_execution, reverse_shell};
use trustlint_core::{Diagnostic, RuleMeta};

pub static RULES: &[&RuleMeta] = &[&remote_command_execution::RULE, &reverse_shell::RULE];

/// Properties of a `Process` that decide what runs.
const PROCESS_INPUTS: [&str; 4] = [
    "executableURL",
    "launchPath",
    "arguments",
    "currentDirectoryURL",
];

/// C functions that run a command line or an executable.
const EXEC_FUNCTIONS: [&str; 8] = [
    "system",
    "popen",
    "posix_spawn",
    "posix_spawnp",
    "execv",
    "execve",
    "execvp",
    "execl",
];

/// Shells and interpreters that run whatever reaches their standard input.
const SHELLS: [&str; 6] = [
    "/bin/sh",
    "/bin/bash",
    "/bin/zsh",
    "/usr/bin/python3",
    "/usr/bin/perl",
    "/usr/bin/osascript",
];

/// Outbound connections a reverse shell dials.
const OUTBOUND_CONNECTIONS: [&str; 6] = [
    "NWConnection(",
    "getStreamsToHost",
    "CFStreamCreatePairWithSocketToHost",
    "Socket.create",
    "connect(",
    "streamTask(withHostName",
];

/// An exec call and the data that reaches it.
struct Exec<'t> {
    /// Where the finding points: the `run()`/`launch()` call, else the exec call.
    at: Node<'t>,
    input: Node<'t>,
}

pub fn check(cx: &mut Context<'_>) {
    let source = cx.source.text;
    let root = cx.tree.root_node();
    let mut taints: HashMap<usize, Taint<'_>> = HashMap::new();
    let mut found: Vec<Diagnostic> = Vec::new();
    let execs = exec_sites(root, source);
    if execs.is_empty() {
        return;
    }
    // Helpers that run their own parameter: `func run(_ command: String)`.
    let mut runners: HashMap<String, Node<'_>> = HashMap::new();
    for exec in &execs {
        if let Some(function) = syntax::enclosing_function(exec.input) {
            let seeded = Taint::of_scope(function, source, true);
            if let Some(origin) = seeded.origin_of(exec.input)
                && matches!(origin.kind, crate::entry_taint::SourceKind::Parameter(_))
            {
                runners.insert(syntax::function_name(function, source).to_owned(), exec.at);
            }
        }
    }
    let opens_connection = OUTBOUND_CONNECTIONS.iter().any(|c| source.contains(c));
    for exec in &execs {
        let scope = scope_of(exec.input);
        let taint = taints
            .entry(scope.id())
            .or_insert_with(|| Taint::of_scope(scope, source, false));
        if let Some(origin) = taint.origin_of(exec.input) {
            report_exec(cx, &mut found, exec.at, &origin);
        }
    }
    // Callers that hand outside data to a runner.
    for node in syntax::descendants(root) {
        let Some(call) = Call::new(node) else {
            continue;
        };
        let Some(exec_at) = runners.get(call.name(source)) else {
            continue;
        };
        let scope = scope_of(node);
        let taint = taints
            .entry(scope.id())
            .or_insert_with(|| Taint::of_scope(scope, source, false));
        if let Some(origin) = call.arguments.iter().find_map(|a| taint.origin_of(a.value)) {
            report_exec(cx, &mut found, *exec_at, &origin);
        }
    }
    if opens_connection {
        for (run, shell) in wired_shells(root, source) {
            if cx.build_gates().is_excluded(run, source)
                || found
                    .iter()
                    .any(|d| d.range == Context::range(run) && d.rule.id == reverse_shell::RULE.id)
            {
                continue;
            }
            found.push(
                Diagnostic::new(
                    &reverse_shell::RULE,
                    Context::range(run),
                    format!(
                        "`{shell}` runs with its standard input or output wired to a network \
                         connection this file opens: whoever is at the other end gets a shell on \
                         this machine"
                    ),
                )
                .with_help("delete the code; remote administration belongs in an audited, authenticated tool outside the app"),
            );
        }
    }
    for diagnostic in found {
        cx.report(diagnostic);
    }
}

fn report_exec(cx: &Context<'_>, found: &mut Vec<Diagnostic>, at: Node<'_>, origin: &Origin) {
    let range = Context::range(at);
    if cx.build_gates().is_excluded(at, cx.source.text) || found.iter().any(|d| d.range == range) {
        return;
    }
    found.push(
        Diagnostic::new(
            &remote_command_execution::RULE,
            range,
            format!(
                "a command built from {} is executed: whoever controls that data runs code on \
                 this machine",
                origin.note
            ),
        )
        .with_flow(vec![origin.flow_step()])
        .with_help(
            "never run commands received from outside; map each allowed action to a fixed \
             executable and fixed arguments, and authenticate the sender",
        ),
    );
}

/// Every place a process gets what it runs.
fn exec_sites<'t>(root: Node<'t>, source: &str) -> Vec<Exec<'t>> {
    let mut sites = Vec::new();
    for node in syntax::descendants(root) {
        match node.kind() {
            "assignment" => {
                let (Some(target), Some(value)) = (
                    node.child_by_field_name("target"),
                    node.child_by_field_name("result"),
                ) else {
                    continue;
                };
                if !PROCESS_INPUTS.contains(&syntax::last_name(target, source)) {
                    continue;
                }
                let process = syntax::text(target, source)
                    .rsplit_once('.')
                    .map_or("", |(p, _)| p);
                if !is_process(process, node, source) {
                    continue;
                }
                sites.push(Exec {
                    at: launch_call(process, node, source).unwrap_or(node),
                    input: value,
                });
            }
            "call_expression" => {
                let Some(call) = Call::new(node) else {
                    continue;
                };
                let name = call.name(source);
                let callee = syntax::text(call.callee, source);
                let is_exec = EXEC_FUNCTIONS.contains(&name)
                    && call.callee.kind() == "simple_identifier"
                    || (name == "launchedProcess" || name == "run")
                        && (callee.starts_with("Process.") || callee.starts_with("NSTask."));
                if is_exec {
                    for argument in &call.arguments {
                        sites.push(Exec {
                            at: node,
                            input: argument.value,
                        });
                    }
                }
            }
            _ => {}
        }
    }
    sites
}

/// Whether `name` was created as a `Process()`/`NSTask()` in the same function.
fn is_process(name: &str, near: Node<'_>, source: &str) -> bool {
    let scope = syntax::enclosing_function(near).unwrap_or(near);
    let function_text = syntax::text(scope, source);
    let name = name.trim_start_matches("self.");
    function_text.contains(&format!("{name} = Process()"))
        || function_text.contains(&format!("{name} = NSTask()"))
        || name.to_ascii_lowercase().contains("process")
        || name.to_ascii_lowercase().contains("task")
}

/// The `run()`/`launch()` call on `process` after `after`, in the same function.
fn launch_call<'t>(process: &str, after: Node<'t>, source: &str) -> Option<Node<'t>> {
    let scope = syntax::enclosing_function(after)
        .or_else(|| syntax::ancestor(after, &["lambda_literal"]))?;
    syntax::descendants_of_kind(scope, "call_expression")
        .into_iter()
        .filter(|c| c.start_byte() > after.end_byte())
        .find(|c| {
            let shown = syntax::text(*c, source);
            shown == format!("{process}.run()") || shown == format!("{process}.launch()")
        })
}

/// Shell processes whose standard streams are set to something other than the
/// null device, with their `run()`/`launch()` call.
fn wired_shells<'t>(root: Node<'t>, source: &'t str) -> Vec<(Node<'t>, &'t str)> {
    let mut shells = Vec::new();
    for function in syntax::descendants(root)
        .into_iter()
        .filter(|n| matches!(n.kind(), "function_declaration" | "init_declaration"))
    {
        let text = syntax::text(function, source);
        let Some(shell) = SHELLS.iter().find(|s| text.contains(&format!("\"{s}\""))) else {
            continue;
        };
        let wired = ["standardInput", "standardOutput"].iter().all(|stream| {
            text.split(&format!(".{stream} = "))
                .skip(1)
                .any(|rest| !rest.starts_with("FileHandle.nullDevice"))
        });
        if !wired {
            continue;
        }
        let run = syntax::descendants_of_kind(function, "call_expression")
            .into_iter()
            .find(|c| {
                let shown = syntax::text(*c, source);
                shown.ends_with(".run()") || shown.ends_with(".launch()")
            });
        if let Some(run) = run {
            shells.push((run, *shell));
        }
    }
    shells
}

#[cfg(test)]
mod tests {
    use trustlint_core::{Analyzer, Config, SourceFile};

    fn rules_found(text: &str) -> Vec<&'static str> {
        let file = SourceFile {
            path: "Sources/Helper.swift",
            text,
            is_test_path: false,
        };
        crate::SwiftAnalyzer
            .analyze(&file, &Config::default())
            .diagnostics
            .iter()
            .map(|d| d.rule.id)
            .collect()
    }

    #[test]
    fn socket_line_run_by_a_shell_is_remote_command_execution() {
        let found = rules_found(
            "func receive(on connection: NWConnection) {\n connection.receive(minimumIncompleteLength: 1, maximumLength: 9) { data, _, _, _ in\n guard let data, let line = String(data: data, encoding: .utf8) else { return }\n let process = Process()\n process.arguments = [\"-c\", line]\n try? process.run()\n }\n}\n",
        );
        assert_eq!(found, ["debug-entry/remote-command-execution"]);
    }
}
