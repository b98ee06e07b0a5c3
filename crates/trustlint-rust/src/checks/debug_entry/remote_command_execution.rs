//! Commands built from outside data: a request extractor, a socket read, an
//! environment variable or a file's contents reaching `Command::new`/`.arg`/
//! `.args` (std, tokio) or `libc::system`. Followed through one function with
//! `LocalFlow`; the finding points at the call that takes the data.

use crate::Context;
use crate::build_gates::gate;
use crate::local_flow::{LocalFlow, Origin, Sources, command_builds};
use crate::mentions::Mentions;
use crate::syn_helpers::{
    call_path, callee_path, method_call_range, path_ends_with, range_of, string_literal, type_name,
};
use syn::visit::Visit;
use trustlint_core::rules::debug_entry::remote_command_execution::RULE;
use trustlint_core::{Diagnostic, RuleMeta};

pub static RULES: &[&RuleMeta] = &[&RULE];

const HELP: &str = "remove the endpoint, or run a fixed program with allow-listed arguments (never through `sh -c`) for an authenticated, authorised caller";

/// Environment variables that name the user's own tools (running them is the point),
/// or that cargo sets for a build script (`RUSTC_WORKSPACE_WRAPPER`, `OUT_DIR`,
/// `TARGET`, …): a build script probing the compiler or running bindgen with them
/// runs what the person building chose.
const TOOL_VARIABLES: &[&str] = &[
    "RUSTC_WORKSPACE_WRAPPER",
    "OUT_DIR",
    "TARGET",
    "HOST",
    "CARGO_MANIFEST_DIR",
    "CARGO_ENCODED_RUSTFLAGS",
    "EDITOR",
    "VISUAL",
    "SHELL",
    "PAGER",
    "BROWSER",
    "CC",
    "CXX",
    "AR",
    "LD",
    "RUSTC",
    "RUSTC_WRAPPER",
    "CARGO",
    "MAKE",
    "GIT",
    "TERM",
    "HOME",
    "PATH",
    "TMPDIR",
    "USER",
    "DIFF",
    "MERGE",
    "GIT_EDITOR",
    "RUSTDOC",
    "PKG_CONFIG",
];

/// Extractor and connection types whose values come from the network.
const REMOTE_TYPES: &[&str] = &[
    "Json",
    "Query",
    "Form",
    "Request",
    "HttpRequest",
    "Bytes",
    "Multipart",
    "Payload",
    "TcpStream",
    "WebSocket",
    "Message",
    "RawQuery",
    "TypedHeader",
    "HeaderMap",
];

struct RemoteInput;

impl Sources for RemoteInput {
    fn expr(&self, expr: &syn::Expr) -> Option<Origin> {
        if let syn::Expr::MethodCall(call) = expr
            && matches!(call.method.to_string().as_str(), "incoming" | "accept")
            && call.args.is_empty()
        {
            return Some(Origin::new(
                range_of(expr),
                "a network connection is accepted here",
            ));
        }
        let callee = call_path(expr)?;
        let syn::Expr::Call(call) = crate::syn_helpers::strip(expr) else {
            return None;
        };
        if path_ends_with(&callee, "env::var") || path_ends_with(&callee, "env::var_os") {
            let (name, _) = string_literal(call.args.first()?)?;
            return (!TOOL_VARIABLES.contains(&name.as_str())).then(|| {
                Origin::new(
                    range_of(expr),
                    format!("the environment variable `{name}` is read here"),
                )
            });
        }
        if path_ends_with(&callee, "fs::read_to_string") || path_ends_with(&callee, "fs::read") {
            return Some(Origin::new(
                range_of(expr),
                "a file's contents are read here",
            ));
        }
        // `connect_async` is tokio-tungstenite's web socket client.
        if path_ends_with(&callee, "TcpStream::connect")
            || path_ends_with(&callee, "UdpSocket::bind")
            || path_ends_with(&callee, "connect_async")
        {
            return Some(Origin::new(
                range_of(expr),
                "a network connection is opened here",
            ));
        }
        None
    }

    fn param(&self, param: &syn::PatType) -> Option<Origin> {
        let name = type_name(&param.ty)?;
        // `Path<String>` is axum/actix's path extractor; `&Path` is a file path.
        let remote = REMOTE_TYPES.contains(&name.as_str())
            || (name == "Path" && matches!(&*param.ty, syn::Type::Path(_)));
        remote.then(|| {
            Origin::new(
                range_of(param),
                format!("request data arrives through the `{name}` parameter"),
            )
        })
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
    let mut found = Vec::new();
    for body in cx.fn_bodies().iter() {
        let flow = LocalFlow::analyse(&RemoteInput, Some(body.sig), body.block);
        for build in command_builds(body.block) {
            let mut sink = flow
                .origin(build.program)
                .map(|origin| (range_of(build.new_call), origin, "runs a program named by"));
            for link in &build.links {
                if sink.is_some() {
                    break;
                }
                if matches!(link.method.to_string().as_str(), "arg" | "args")
                    && let Some(origin) = link.args.iter().find_map(|a| flow.origin(a))
                {
                    sink = Some((method_call_range(link), origin, "passes to a command"));
                }
            }
            if let Some((range, origin, what)) = sink {
                let shell = if build.runs_shell() {
                    " through a shell"
                } else {
                    ""
                };
                found.push(
                    Diagnostic::new(
                        &RULE,
                        range,
                        format!("this {what} data from outside the program{shell}; whoever controls that input runs commands with the program's privileges"),
                    )
                    .with_flow(vec![origin.step()])
                    .with_help(HELP),
                );
            }
        }
        let mut system = SystemCalls {
            flow: &flow,
            found: &mut found,
        };
        system.visit_block(body.block);
    }
    for diagnostic in found {
        if let Some(diagnostic) = gate(&gates, diagnostic) {
            cx.report(diagnostic);
        }
    }
}

/// Every finding is a `Command::new` build or a `libc::system`/`libc::popen` call;
/// a file whose text names neither has none.
fn may_call(mentions: &Mentions<'_>) -> bool {
    ["Command::new", "libc::system", "libc::popen"]
        .iter()
        .any(|sink| mentions.has_path(sink))
}

/// `libc::system(cmd)` / `libc::popen(cmd, ..)` with outside data.
struct SystemCalls<'a, 's> {
    flow: &'a LocalFlow<'s>,
    found: &'a mut Vec<Diagnostic>,
}

impl<'ast> Visit<'ast> for SystemCalls<'_, '_> {
    fn visit_expr_call(&mut self, call: &'ast syn::ExprCall) {
        let callee = callee_path(call).unwrap_or_default();
        if (path_ends_with(&callee, "libc::system") || path_ends_with(&callee, "libc::popen"))
            && let Some(origin) = call.args.first().and_then(|a| self.flow.origin(a))
        {
            self.found.push(
                Diagnostic::new(
                    &RULE,
                    range_of(call),
                    "this passes data from outside the program to a shell; whoever controls that input runs commands with the program's privileges",
                )
                .with_flow(vec![origin.step()])
                .with_help(HELP),
            );
        }
        syn::visit::visit_expr_call(self, call);
    }

    fn visit_item(&mut self, _item: &'ast syn::Item) {}
}
