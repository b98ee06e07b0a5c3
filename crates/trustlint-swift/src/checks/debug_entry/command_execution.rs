//! Commands from outside the app run by a process: data from a socket, an HTTP
//! request, a download, the pasteboard, an environment variable or a file reaching
//! `Process`/`NSTask` (`executableURL`, `launchPath`, `arguments`),
//! `Process.launchedProcess(launchPath:arguments:)`, `system`, `popen` or
//! `posix_spawn` → `remote-command-execution`, also through helpers in the same
//! file that run their parameter, however many helpers deep. A shell whose standard
//! input and output are wired to a network connection its type opens → `reverse-shell`:
//! a `Process` with connected pipes or socket handles, or the C pattern of
//! `dup2(sock, STDIN_FILENO)` (or `posix_spawn_file_actions_adddup2`) followed by
//! `execv("/bin/sh", …)`/`posix_spawn`.

use crate::Context;
use crate::entry_taint::{Origin, SourceKind, Taint, scope_of};
use crate::syntax::NodeExt;
use crate::syntax::{self, Call};
use crate::syntax_index::SyntaxIndex;
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
const OUTBOUND_CONNECTIONS: [&str; 7] = [
    "NWConnection(",
    "getStreamsToHost",
    "CFStreamCreatePairWithSocketToHost",
    "Socket.create",
    "connect(",
    "socket(AF_",
    "streamTask(withHostName",
];

/// Calls that duplicate a descriptor onto another, and the position of the target.
const DUPLICATING_CALLS: [(&str, usize); 2] =
    [("dup2", 1), ("posix_spawn_file_actions_adddup2", 2)];

/// An exec call and the data that reaches it.
struct Exec<'t> {
    /// Where the finding points: the `run()`/`launch()` call, else the exec call.
    at: Node<'t>,
    input: Node<'t>,
}

pub fn check(cx: &mut Context<'_>) {
    let syntax = cx.syntax;
    let source = syntax.source;
    let mut found: Vec<Diagnostic> = Vec::new();
    let execs = exec_sites(syntax);
    if execs.is_empty() {
        return;
    }
    let runners = runners(syntax, &execs);
    for exec in &execs {
        let taint = cx.taint_of_scope(scope_of(exec.input, syntax));
        if let Some(origin) = taint.origin_of(exec.input) {
            report_exec(cx, &mut found, exec.at, &origin);
        }
    }
    // Callers that hand outside data to a runner.
    for node in syntax.descendants_of_kind(syntax.root(), "call_expression") {
        let Some(call) = Call::new(node) else {
            continue;
        };
        let Some(exec_at) = runners.get(call.name(source)) else {
            continue;
        };
        let taint = cx.taint_of_scope(scope_of(node, syntax));
        if let Some(origin) = call.arguments.iter().find_map(|a| taint.origin_of(a.value)) {
            report_exec(cx, &mut found, *exec_at, &origin);
        }
    }
    let shells = wired_shells(syntax)
        .into_iter()
        .chain(duplicated_shells(syntax));
    for (run, shell) in shells {
        let reported = found
            .iter()
            .any(|d| d.range == Context::range(run) && d.rule.id == reverse_shell::RULE.id);
        if reported || !owner_opens_connection(run, syntax) || cx.build_gates().is_excluded(run) {
            continue;
        }
        found.push(
            Diagnostic::new(
                &reverse_shell::RULE,
                Context::range(run),
                format!(
                    "`{shell}` runs with its standard input and output wired to a network \
                     connection: whoever is at the other end gets a shell on this machine"
                ),
            )
            .with_help(
                "delete the code; remote administration belongs in an audited, authenticated \
                 tool outside the app",
            ),
        );
    }
    for diagnostic in found {
        cx.report(diagnostic);
    }
}

/// Helpers that run their own parameter (`func run(_ command: String)`), directly
/// or through other helpers, with the exec call they reach.
fn runners<'t>(syntax: &'t SyntaxIndex<'t>, execs: &[Exec<'t>]) -> HashMap<String, Node<'t>> {
    let source = syntax.source;
    let mut runners: HashMap<String, Node<'t>> = HashMap::new();
    let functions: Vec<Node<'t>> = syntax
        .descendants_of_kind(syntax.root(), "function_declaration")
        .collect();
    let seeded: HashMap<usize, Taint<'_>> = functions
        .iter()
        .map(|f| (f.id(), Taint::of_scope(*f, syntax, true)))
        .collect();
    let runs_parameter = |function: Node<'_>, input: Node<'_>| {
        seeded.get(&function.id()).is_some_and(|taint| {
            taint
                .origin_of(input)
                .is_some_and(|o| matches!(o.kind, SourceKind::Parameter(_)))
        })
    };
    for exec in execs {
        if let Some(function) = syntax.enclosing_function(exec.input)
            && runs_parameter(function, exec.input)
        {
            runners.insert(syntax::function_name(function, source).to_owned(), exec.at);
        }
    }
    // Each round adds the callers one helper further out; a fixed point needs at
    // most one round per function.
    for _ in 0..functions.len() {
        let mut added = false;
        for function in &functions {
            let name = syntax::function_name(*function, source);
            if runners.contains_key(name) {
                continue;
            }
            let reached = syntax
                .descendants_of_kind(*function, "call_expression")
                .filter_map(Call::new)
                .find_map(|call| {
                    let exec_at = runners.get(call.name(source))?;
                    call.arguments
                        .iter()
                        .any(|a| runs_parameter(*function, a.value))
                        .then_some(*exec_at)
                });
            if let Some(exec_at) = reached {
                runners.insert(name.to_owned(), exec_at);
                added = true;
            }
        }
        if !added {
            break;
        }
    }
    runners
}

fn report_exec(cx: &Context<'_>, found: &mut Vec<Diagnostic>, at: Node<'_>, origin: &Origin) {
    let range = Context::range(at);
    if cx.build_gates().is_excluded(at) || found.iter().any(|d| d.range == range) {
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
fn exec_sites<'t>(syntax: &SyntaxIndex<'t>) -> Vec<Exec<'t>> {
    let source = syntax.source;
    let mut sites = Vec::new();
    for (node, kind) in syntax.nodes() {
        match kind {
            "assignment" => {
                let (Some(target), Some(value)) = (node.field("target"), node.field("result"))
                else {
                    continue;
                };
                if !PROCESS_INPUTS.contains(&syntax::last_name(target, source)) {
                    continue;
                }
                let process = syntax::text(target, source)
                    .rsplit_once('.')
                    .map_or("", |(p, _)| p);
                if !is_process(process, node, syntax) {
                    continue;
                }
                sites.push(Exec {
                    at: launch_call(process, node, syntax).unwrap_or(node),
                    input: value,
                });
            }
            "call_expression" => {
                let may_exec = |name: &str| {
                    EXEC_FUNCTIONS.contains(&name) || name == "launchedProcess" || name == "run"
                };
                if !syntax.call_name(node).is_some_and(may_exec) {
                    continue;
                }
                let Some(call) = Call::new(node) else {
                    continue;
                };
                let name = call.name(source);
                let callee = syntax::text(call.callee, source);
                let is_exec = EXEC_FUNCTIONS.contains(&name)
                    && call.callee.kind_name() == "simple_identifier"
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
fn is_process(name: &str, near: Node<'_>, syntax: &SyntaxIndex<'_>) -> bool {
    let scope = syntax.enclosing_function(near).unwrap_or(near);
    let function_text = syntax.text(scope);
    let name = name.trim_start_matches("self.");
    function_text.contains(&format!("{name} = Process()"))
        || function_text.contains(&format!("{name} = NSTask()"))
        || name.to_ascii_lowercase().contains("process")
        || name.to_ascii_lowercase().contains("task")
}

/// The `run()`/`launch()` call on `process` after `after`, in the same function.
fn launch_call<'t>(process: &str, after: Node<'t>, syntax: &SyntaxIndex<'t>) -> Option<Node<'t>> {
    let scope = syntax
        .enclosing_function(after)
        .or_else(|| syntax.ancestor(after, &["lambda_literal"]))?;
    syntax
        .descendants_of_kind(scope, "call_expression")
        .filter(|c| c.start_byte() > after.end_byte())
        .find(|c| {
            let shown = syntax.text(*c);
            shown == format!("{process}.run()") || shown == format!("{process}.launch()")
        })
}

/// Whether the type (else the file) around `node` opens an outbound connection.
fn owner_opens_connection(node: Node<'_>, syntax: &SyntaxIndex<'_>) -> bool {
    let owner = syntax
        .ancestor(node, &["class_declaration"])
        .unwrap_or_else(|| syntax.root());
    let text = syntax.text(owner);
    OUTBOUND_CONNECTIONS.iter().any(|c| text.contains(c))
}

/// The C pattern: a descriptor duplicated onto standard input and output, then a
/// shell executed, in one function; with the exec call.
fn duplicated_shells<'t>(syntax: &SyntaxIndex<'t>) -> Vec<(Node<'t>, &'static str)> {
    let source = syntax.source;
    let mut shells = Vec::new();
    for (function, _) in syntax
        .nodes()
        .filter(|(_, kind)| matches!(*kind, "function_declaration" | "init_declaration"))
    {
        let mut onto_input = false;
        let mut onto_output = false;
        let mut shell_exec = None;
        for call in syntax
            .descendants_of_kind(function, "call_expression")
            .filter_map(Call::new)
            .filter(|c| c.callee.kind_name() == "simple_identifier")
        {
            let name = call.name(source);
            if let Some((_, at)) = DUPLICATING_CALLS.iter().find(|(n, _)| *n == name) {
                match call.positional().nth(*at).map(|t| syntax::text(t, source)) {
                    Some("0" | "STDIN_FILENO") => onto_input = true,
                    Some("1" | "STDOUT_FILENO") => onto_output = true,
                    _ => {}
                }
            } else if EXEC_FUNCTIONS.contains(&name) && shell_exec.is_none() {
                shell_exec = call.positional().find_map(|argument| {
                    let path = syntax::text(argument, source).trim_matches('"');
                    SHELLS
                        .iter()
                        .find(|s| **s == path)
                        .map(|shell| (call.node, *shell))
                });
            }
        }
        if onto_input && onto_output {
            shells.extend(shell_exec);
        }
    }
    shells
}

/// Shell processes whose standard streams are set to something other than the
/// null device, with their `run()`/`launch()` call.
fn wired_shells<'t>(syntax: &SyntaxIndex<'t>) -> Vec<(Node<'t>, &'static str)> {
    let mut shells = Vec::new();
    for (function, _) in syntax
        .nodes()
        .filter(|(_, kind)| matches!(*kind, "function_declaration" | "init_declaration"))
    {
        let text = syntax.text(function);
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
        let run = syntax
            .descendants_of_kind(function, "call_expression")
            .find(|c| {
                let shown = syntax.text(*c);
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
