//! Build-time code that reaches outside the build: in `build.rs` and in
//! proc-macro crates, network clients, spawned shells or downloaders, and file
//! writes to paths not built from `OUT_DIR`.

use crate::Context;
use crate::build_gates::gate;
use crate::local_flow::{LocalFlow, Origin, Sources, command_builds};
use crate::syn_helpers::{
    callee_path, macro_name, path_ends_with, range_of, string_literal, strip, words,
};
use syn::visit::Visit;
use trustlint_core::rules::debug_entry::build_script_network::RULE;
use trustlint_core::{Diagnostic, RuleMeta, Severity};

pub static RULES: &[&RuleMeta] = &[&RULE];

const NETWORK_CALLS: &[&str] = &[
    "TcpStream::connect",
    "UdpSocket::bind",
    "reqwest::get",
    "blocking::get",
    "reqwest::Client::new",
    "blocking::Client::new",
    "ureq::get",
    "ureq::post",
    "ureq::put",
    "ureq::agent",
    "Easy::new",
    "attohttpc::get",
    "attohttpc::post",
    "minreq::get",
    "minreq::post",
];

const DOWNLOADERS_AND_SHELLS: &[&str] = &[
    "curl",
    "wget",
    "sh",
    "bash",
    "zsh",
    "powershell",
    "pwsh",
    "cmd",
    "nc",
    "ncat",
];

const WRITES: &[&str] = &[
    "fs::write",
    "File::create",
    "fs::copy",
    "fs::rename",
    "fs::create_dir_all",
];

struct OutDir;

impl Sources for OutDir {
    fn expr(&self, expr: &syn::Expr) -> Option<Origin> {
        let names_out_dir = match strip(expr) {
            syn::Expr::Call(call) => {
                callee_path(call).is_some_and(|p| p.ends_with("var") || p.ends_with("var_os"))
                    && call
                        .args
                        .first()
                        .and_then(string_literal)
                        .is_some_and(|(n, _)| n == "OUT_DIR")
            }
            syn::Expr::Macro(m) => {
                macro_name(&m.mac) == "env" && m.mac.tokens.to_string().contains("OUT_DIR")
            }
            _ => false,
        };
        names_out_dir.then(|| Origin::new(range_of(expr), "OUT_DIR"))
    }

    /// `fn generate_header(out_dir: &Path, ..)`: build scripts hand the output
    /// directory to their helpers under Cargo's name for it.
    fn param(&self, param: &syn::PatType) -> Option<Origin> {
        let syn::Pat::Ident(binding) = &*param.pat else {
            return None;
        };
        (words(&binding.ident.to_string()) == ["out", "dir"])
            .then(|| Origin::new(range_of(&binding.ident), "the out_dir parameter"))
    }
}

/// Only shipped build-time code is reported: a build script, or a file that may
/// define a procedural macro (its attribute names it).
pub fn may_report(cx: &Context<'_>) -> bool {
    let mentions = cx.mentions();
    cx.may_ship()
        && (is_build_script(cx.source.path)
            || ["proc_macro", "proc_macro_derive", "proc_macro_attribute"]
                .iter()
                .any(|attribute| mentions.has(attribute)))
}

fn is_build_script(path: &str) -> bool {
    path == "build.rs" || path.ends_with("/build.rs")
}

fn is_build_time_code(path: &str, file: &syn::File) -> bool {
    let proc_macro = |attrs: &[syn::Attribute]| {
        attrs.iter().any(|a| {
            a.path().is_ident("proc_macro")
                || a.path().is_ident("proc_macro_derive")
                || a.path().is_ident("proc_macro_attribute")
        })
    };
    is_build_script(path)
        || file
            .items
            .iter()
            .any(|item| matches!(item, syn::Item::Fn(f) if proc_macro(&f.attrs)))
}

pub fn check(cx: &mut Context<'_>) {
    let Some(file) = cx.syntax() else { return };
    if !is_build_time_code(cx.source.path, file) {
        return;
    }
    let gates = cx.build_gates();
    let mut found = Vec::new();
    for body in cx.fn_bodies().iter() {
        let out_dir = LocalFlow::analyse(&OutDir, Some(body.sig), body.block);
        let mut calls = Calls {
            out_dir: &out_dir,
            found: &mut found,
        };
        calls.visit_block(body.block);
        for build in command_builds(body.block) {
            if let Some(program) = build.program_name()
                && DOWNLOADERS_AND_SHELLS.contains(&program.as_str())
            {
                found.push(Diagnostic::new(
                    &RULE,
                    build.range(),
                    format!("build-time code runs `{program}`; it runs on every developer machine and CI runner that builds this crate"),
                ));
            }
        }
    }
    for diagnostic in found {
        let diagnostic = diagnostic.with_help("vendor what the build needs, write generated files only under OUT_DIR, and fail with a clear message instead of fetching or running tools");
        if let Some(diagnostic) = gate(&gates, diagnostic) {
            cx.report(diagnostic);
        }
    }
}

struct Calls<'a, 's> {
    out_dir: &'a LocalFlow<'s>,
    found: &'a mut Vec<Diagnostic>,
}

impl<'ast> Visit<'ast> for Calls<'_, '_> {
    fn visit_expr_call(&mut self, call: &'ast syn::ExprCall) {
        let callee = callee_path(call).unwrap_or_default();
        if NETWORK_CALLS.iter().any(|p| path_ends_with(&callee, p)) {
            self.found.push(Diagnostic::new(
                &RULE,
                range_of(call),
                format!("build-time code opens a network connection (`{callee}`); it runs with the developer's privileges on every build"),
            ));
        } else if WRITES.iter().any(|p| path_ends_with(&callee, p)) {
            // `fs::copy(from, to)` writes its second argument; the others their first.
            let target = if callee.ends_with("copy") || callee.ends_with("rename") {
                call.args.iter().nth(1)
            } else {
                call.args.first()
            };
            if let Some(target) = target
                && self.out_dir.origin(target).is_none()
            {
                self.found.push(
                    Diagnostic::new(
                        &RULE,
                        range_of(call),
                        "build-time code writes to a path that is not under OUT_DIR; builds must not change files outside their output directory",
                    )
                    .with_severity(Severity::Medium),
                );
            }
        }
        syn::visit::visit_expr_call(self, call);
    }

    fn visit_item(&mut self, _item: &'ast syn::Item) {}
}
