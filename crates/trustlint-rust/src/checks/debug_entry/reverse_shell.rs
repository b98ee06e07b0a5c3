//! Reverse shells: a connection to a hard-coded address wired to a shell's
//! standard streams (`.stdin(Stdio::from(stream))`, `from_raw_fd(stream.as_raw_fd())`)
//! or copied into and out of a spawned shell's pipes.

use crate::Context;
use crate::build_gates::gate;
use crate::local_flow::{LocalFlow, Origin, Sources, command_builds, command_new};
use crate::mentions::Mentions;
use crate::syn_helpers::{
    call_path, callee_path, method_call_range, method_chain, path_ends_with, range_of, strip,
};
use syn::visit::Visit;
use trustlint_core::rules::debug_entry::reverse_shell::RULE;
use trustlint_core::{Diagnostic, RuleMeta, TextRange};

pub static RULES: &[&RuleMeta] = &[&RULE];

const HELP: &str = "remove it, treat the machine and its credentials as compromised, and find out how the code got in";

/// Calls that open the connection a reverse shell hands over.
const CONNECTS: [&str; 3] = [
    "TcpStream::connect",
    "UnixStream::connect",
    "TcpStream::connect_timeout",
];

/// `TcpStream::connect` to a literal or a constant address.
struct HardcodedConnection;

impl Sources for HardcodedConnection {
    fn expr(&self, expr: &syn::Expr) -> Option<Origin> {
        let callee = call_path(expr)?;
        let connects = CONNECTS.iter().any(|p| path_ends_with(&callee, p));
        let syn::Expr::Call(call) = strip(expr) else {
            return None;
        };
        let fixed = call.args.first().is_some_and(is_fixed_address);
        (connects && fixed).then(|| {
            Origin::new(
                range_of(expr),
                "a connection to a hard-coded address is opened here",
            )
        })
    }
}

fn is_fixed_address(expr: &syn::Expr) -> bool {
    match strip(expr) {
        syn::Expr::Lit(_) => true,
        syn::Expr::Tuple(t) => t.elems.first().is_some_and(is_fixed_address),
        syn::Expr::Path(p) => p.path.segments.last().is_some_and(|s| {
            s.ident
                .to_string()
                .chars()
                .all(|c| c.is_uppercase() || c == '_' || c.is_ascii_digit())
        }),
        syn::Expr::Macro(m) => crate::syn_helpers::macro_name(&m.mac) == "format",
        _ => false,
    }
}

/// A spawned shell process and what is taken from it (`child.stdin.take()`).
struct SpawnedShell;

impl Sources for SpawnedShell {
    fn expr(&self, expr: &syn::Expr) -> Option<Origin> {
        let (calls, root) = method_chain(expr);
        let spawned = calls.iter().any(|c| c.method == "spawn");
        let shell = command_new(root).is_some_and(|new_call| {
            crate::syn_helpers::string_literal(&new_call.args[0]).is_some_and(|(p, _)| {
                let name = p
                    .rsplit(['/', '\\'])
                    .next()
                    .unwrap_or_default()
                    .trim_end_matches(".exe")
                    .to_ascii_lowercase();
                matches!(
                    name.as_str(),
                    "sh" | "bash" | "zsh" | "dash" | "cmd" | "powershell" | "pwsh"
                )
            })
        });
        (spawned && shell).then(|| Origin::new(range_of(expr), "a shell is spawned here"))
    }
}

/// Only shipped code is reported, and only what [`may_call`] finds named in the text.
pub fn may_report(cx: &Context<'_>) -> bool {
    cx.may_ship() && may_call(cx.mentions())
}

pub fn check(cx: &mut Context<'_>) {
    if cx.syntax().is_none() {
        return;
    }
    let gates = cx.build_gates();
    let mut found: Vec<(TextRange, Origin)> = Vec::new();
    for body in cx.fn_bodies().iter() {
        let connection = LocalFlow::analyse(&HardcodedConnection, None, body.block);
        for build in command_builds(body.block) {
            let wired = build.links.iter().find_map(|link| {
                let stdio = matches!(
                    link.method.to_string().as_str(),
                    "stdin" | "stdout" | "stderr"
                );
                let origin = link.args.iter().find_map(|a| connection.origin(a))?;
                stdio.then(|| (method_call_range(link), origin))
            });
            found.extend(wired);
        }
        let shell = LocalFlow::analyse(&SpawnedShell, None, body.block);
        let mut copies = Copies {
            connection: &connection,
            shell: &shell,
            found: &mut found,
        };
        copies.visit_block(body.block);
    }
    found.sort_by_key(|(range, _)| *range);
    found.dedup_by_key(|(range, _)| *range);
    for (range, origin) in found {
        let diagnostic = Diagnostic::new(
            &RULE,
            range,
            "a connection to a hard-coded address is wired to a shell: this is a reverse shell that hands whoever listens there control of the machine",
        )
        .with_flow(vec![origin.step()])
        .with_help(HELP);
        if let Some(diagnostic) = gate(&gates, diagnostic) {
            cx.report(diagnostic);
        }
    }
}

/// Every finding needs a connection opened by one of [`CONNECTS`] wired to a `Command::new` build or a `copy` call; a
/// file whose text lacks either side has none.
fn may_call(mentions: &Mentions<'_>) -> bool {
    CONNECTS.iter().any(|path| mentions.has_path(path))
        && (mentions.has_path("Command::new") || mentions.has("copy"))
}

/// `io::copy(&mut stream, &mut shell_stdin)` and the other direction.
struct Copies<'a, 's> {
    connection: &'a LocalFlow<'s>,
    shell: &'a LocalFlow<'s>,
    found: &'a mut Vec<(TextRange, Origin)>,
}

impl<'ast> Visit<'ast> for Copies<'_, '_> {
    fn visit_expr_call(&mut self, call: &'ast syn::ExprCall) {
        let callee = callee_path(call).unwrap_or_default();
        if path_ends_with(&callee, "copy") && call.args.len() == 2 {
            let (from, to) = (&call.args[0], &call.args[1]);
            let socket = self
                .connection
                .origin(from)
                .or_else(|| self.connection.origin(to));
            let joins_shell = self.shell.origin(from).is_some() || self.shell.origin(to).is_some();
            if let (Some(origin), true) = (socket, joins_shell) {
                self.found.push((range_of(call), origin));
            }
        }
        syn::visit::visit_expr_call(self, call);
    }

    fn visit_item(&mut self, _item: &'ast syn::Item) {}
}
