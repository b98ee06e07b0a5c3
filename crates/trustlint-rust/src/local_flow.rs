//! A small intra-function data flow: which local variables hold data from a
//! source (a request, a socket, a download, …), followed through `let` bindings,
//! assignments, `if let`/`for` patterns, method chains, calls, `format!` and
//! reads into buffers. Deliberately local and cheap: it answers "does this
//! argument come from there" for debug-entry checks without a whole-program engine.

use crate::syn_helpers::{
    call_path, callee_path, macro_arguments, macro_name, path_ends_with, pattern_bindings,
    range_of, root_ident, strip,
};
use std::collections::HashMap;
use syn::visit::Visit;
use trustlint_core::{FlowStep, TextRange};

/// Where tainted data came from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Origin {
    pub range: TextRange,
    pub note: String,
}

impl Origin {
    pub fn new(range: TextRange, note: impl Into<String>) -> Origin {
        Origin {
            range,
            note: note.into(),
        }
    }

    pub fn step(&self) -> FlowStep {
        FlowStep {
            range: self.range,
            note: self.note.clone(),
        }
    }
}

/// Recognises the expressions (and function parameters) a check treats as sources.
pub trait Sources {
    fn expr(&self, expr: &syn::Expr) -> Option<Origin>;
    fn param(&self, _param: &syn::PatType) -> Option<Origin> {
        None
    }
}

/// The tainted locals of one function body.
pub struct LocalFlow<'s> {
    sources: &'s dyn Sources,
    tainted: HashMap<String, Origin>,
}

/// Methods that fill their argument with what the receiver reads.
const READS_INTO_ARGUMENT: &[&str] = &[
    "read",
    "read_line",
    "read_to_string",
    "read_to_end",
    "read_exact",
    "read_buf",
    "recv",
    "recv_from",
    "peek",
];

/// Macros whose result is built from their arguments.
const FORMATTING_MACROS: &[&str] = &["format", "concat", "vec", "format_args"];

impl<'s> LocalFlow<'s> {
    pub fn analyse(
        sources: &'s dyn Sources,
        sig: Option<&syn::Signature>,
        block: &syn::Block,
    ) -> LocalFlow<'s> {
        let mut flow = LocalFlow {
            sources,
            tainted: HashMap::new(),
        };
        if let Some(sig) = sig {
            for input in &sig.inputs {
                if let syn::FnArg::Typed(param) = input
                    && let Some(origin) = sources.param(param)
                {
                    flow.taint_pattern(&param.pat, &origin);
                }
            }
        }
        // Twice, so values tainted late in a loop body reach uses earlier in it.
        for _ in 0..2 {
            let mut walker = Propagate { flow: &mut flow };
            walker.visit_block(block);
        }
        flow
    }

    /// Where the value of `expr` came from, if it came from a source.
    pub fn origin(&self, expr: &syn::Expr) -> Option<Origin> {
        if let Some(origin) = self.sources.expr(expr) {
            return Some(origin);
        }
        match expr {
            syn::Expr::Path(p) if p.path.segments.len() == 1 => self
                .tainted
                .get(&p.path.segments[0].ident.to_string())
                .cloned(),
            syn::Expr::MethodCall(call) => self
                .origin(&call.receiver)
                .or_else(|| call.args.iter().find_map(|a| self.origin(a))),
            syn::Expr::Call(call) => call.args.iter().find_map(|a| self.origin(a)),
            syn::Expr::Macro(m) => self.macro_origin(&m.mac),
            syn::Expr::Field(e) => self.origin(&e.base),
            syn::Expr::Index(e) => self.origin(&e.expr),
            syn::Expr::Reference(e) => self.origin(&e.expr),
            syn::Expr::Paren(e) => self.origin(&e.expr),
            syn::Expr::Group(e) => self.origin(&e.expr),
            syn::Expr::Unary(e) => self.origin(&e.expr),
            syn::Expr::Cast(e) => self.origin(&e.expr),
            syn::Expr::Try(e) => self.origin(&e.expr),
            syn::Expr::Await(e) => self.origin(&e.base),
            syn::Expr::Binary(e) => self.origin(&e.left).or_else(|| self.origin(&e.right)),
            syn::Expr::Array(e) => e.elems.iter().find_map(|a| self.origin(a)),
            syn::Expr::Tuple(e) => e.elems.iter().find_map(|a| self.origin(a)),
            syn::Expr::Struct(e) => e.fields.iter().find_map(|f| self.origin(&f.expr)),
            syn::Expr::Block(b) => self.tail_origin(&b.block),
            syn::Expr::Unsafe(u) => self.tail_origin(&u.block),
            _ => None,
        }
    }

    fn tail_origin(&self, block: &syn::Block) -> Option<Origin> {
        match block.stmts.last() {
            Some(syn::Stmt::Expr(tail, None)) => self.origin(tail),
            _ => None,
        }
    }

    fn macro_origin(&self, mac: &syn::Macro) -> Option<Origin> {
        if !FORMATTING_MACROS.contains(&macro_name(mac).as_str()) {
            return None;
        }
        let (args, inline) = macro_arguments(mac);
        args.iter()
            .find_map(|a| self.origin(a))
            .or_else(|| inline.iter().find_map(|n| self.tainted.get(n).cloned()))
    }

    fn taint_pattern(&mut self, pat: &syn::Pat, origin: &Origin) {
        let mut names = Vec::new();
        pattern_bindings(pat, &mut names);
        for name in names {
            self.tainted.entry(name).or_insert_with(|| origin.clone());
        }
    }
}

struct Propagate<'f, 's> {
    flow: &'f mut LocalFlow<'s>,
}

impl<'ast> Visit<'ast> for Propagate<'_, '_> {
    fn visit_local(&mut self, local: &'ast syn::Local) {
        if let Some(init) = &local.init
            && let Some(origin) = self.flow.origin(&init.expr)
        {
            self.flow.taint_pattern(&local.pat, &origin);
        }
        syn::visit::visit_local(self, local);
    }

    fn visit_expr_let(&mut self, expr: &'ast syn::ExprLet) {
        if let Some(origin) = self.flow.origin(&expr.expr) {
            self.flow.taint_pattern(&expr.pat, &origin);
        }
        syn::visit::visit_expr_let(self, expr);
    }

    fn visit_expr_for_loop(&mut self, expr: &'ast syn::ExprForLoop) {
        if let Some(origin) = self.flow.origin(&expr.expr) {
            self.flow.taint_pattern(&expr.pat, &origin);
        }
        syn::visit::visit_expr_for_loop(self, expr);
    }

    fn visit_expr_match(&mut self, expr: &'ast syn::ExprMatch) {
        if let Some(origin) = self.flow.origin(&expr.expr) {
            for arm in &expr.arms {
                self.flow.taint_pattern(&arm.pat, &origin);
            }
        }
        syn::visit::visit_expr_match(self, expr);
    }

    fn visit_expr_assign(&mut self, expr: &'ast syn::ExprAssign) {
        if let Some(origin) = self.flow.origin(&expr.right)
            && let Some(name) = root_ident(&expr.left)
        {
            self.flow.tainted.entry(name).or_insert(origin);
        }
        syn::visit::visit_expr_assign(self, expr);
    }

    fn visit_expr_method_call(&mut self, call: &'ast syn::ExprMethodCall) {
        if let Some(origin) = self.flow.origin(&call.receiver) {
            let method = call.method.to_string();
            for arg in &call.args {
                match strip(arg) {
                    // `stream.lines().for_each(|line| ..)`: the closure sees the data.
                    syn::Expr::Closure(closure) => {
                        for input in &closure.inputs {
                            self.flow.taint_pattern(input, &origin);
                        }
                    }
                    other if READS_INTO_ARGUMENT.contains(&method.as_str()) => {
                        if let Some(name) = root_ident(other) {
                            self.flow.tainted.entry(name).or_insert(origin.clone());
                        }
                    }
                    _ => {}
                }
            }
        }
        syn::visit::visit_expr_method_call(self, call);
    }

    fn visit_expr_call(&mut self, call: &'ast syn::ExprCall) {
        // `io::copy(&mut source, &mut sink)` and `io::Read::read_to_string(&mut s, &mut buf)`.
        let callee = callee_path(call).unwrap_or_default();
        let copies = path_ends_with(&callee, "io::copy") || path_ends_with(&callee, "copy");
        if copies
            && call.args.len() == 2
            && let Some(origin) = self.flow.origin(&call.args[0])
            && let Some(name) = root_ident(&call.args[1])
        {
            self.flow.tainted.entry(name).or_insert(origin);
        }
        syn::visit::visit_expr_call(self, call);
    }

    // Items nested in a body are separate functions with their own flow.
    fn visit_item(&mut self, _item: &'ast syn::Item) {}
}

/// A `std::process::Command` (or tokio's) being built: the program and every
/// builder call made on it, whether chained or on a variable.
pub struct CommandBuild<'ast> {
    pub new_call: &'ast syn::ExprCall,
    pub program: &'ast syn::Expr,
    /// Builder calls in source order (`arg`, `args`, `stdin`, `spawn`, …).
    pub links: Vec<&'ast syn::ExprMethodCall>,
}

impl CommandBuild<'_> {
    /// The program's literal name without directories (`/bin/sh` → `sh`), if literal.
    pub fn program_name(&self) -> Option<String> {
        crate::syn_helpers::string_literal(self.program).map(|(value, _)| {
            let name = value.rsplit(['/', '\\']).next().unwrap_or_default();
            name.trim_end_matches(".exe").to_ascii_lowercase()
        })
    }

    pub fn runs_shell(&self) -> bool {
        self.program_name().is_some_and(|name| {
            matches!(
                name.as_str(),
                "sh" | "bash" | "zsh" | "dash" | "ksh" | "fish" | "cmd" | "powershell" | "pwsh"
            )
        })
    }

    pub fn range(&self) -> TextRange {
        range_of(self.new_call)
    }
}

/// Whether an expression is `Command::new(..)` (std, tokio, async-process).
pub fn command_new(expr: &syn::Expr) -> Option<&syn::ExprCall> {
    match strip(expr) {
        syn::Expr::Call(call)
            if call_path(strip(expr)).is_some_and(|p| path_ends_with(&p, "Command::new"))
                && call.args.len() == 1 =>
        {
            Some(call)
        }
        _ => None,
    }
}

/// Every command built in a function body.
pub fn command_builds(block: &syn::Block) -> Vec<CommandBuild<'_>> {
    let mut finder = CommandFinder::default();
    finder.visit_block(block);
    finder.builds
}

#[derive(Default)]
struct CommandFinder<'ast> {
    builds: Vec<CommandBuild<'ast>>,
    /// Variable name → index in `builds`.
    variables: HashMap<String, usize>,
}

impl<'ast> CommandFinder<'ast> {
    fn build_for_root(&mut self, root: &'ast syn::Expr) -> Option<usize> {
        if let Some(new_call) = command_new(root) {
            let range = range_of(new_call);
            if let Some(index) = self.builds.iter().position(|b| b.range() == range) {
                return Some(index);
            }
            self.builds.push(CommandBuild {
                new_call,
                program: &new_call.args[0],
                links: Vec::new(),
            });
            return Some(self.builds.len() - 1);
        }
        match strip(root) {
            syn::Expr::Path(p) if p.path.segments.len() == 1 => self
                .variables
                .get(&p.path.segments[0].ident.to_string())
                .copied(),
            _ => None,
        }
    }
}

impl<'ast> Visit<'ast> for CommandFinder<'ast> {
    fn visit_local(&mut self, local: &'ast syn::Local) {
        syn::visit::visit_local(self, local);
        if let Some(init) = &local.init {
            let (_, root) = crate::syn_helpers::method_chain(&init.expr);
            let builds_command = matches!(
                strip(&init.expr),
                syn::Expr::MethodCall(m) if !matches!(m.method.to_string().as_str(), "spawn" | "output" | "status")
            ) || command_new(&init.expr).is_some();
            if builds_command && let Some(index) = self.build_for_root(root) {
                let mut names = Vec::new();
                pattern_bindings(&local.pat, &mut names);
                for name in names {
                    self.variables.insert(name, index);
                }
            }
        }
    }

    fn visit_expr_method_call(&mut self, call: &'ast syn::ExprMethodCall) {
        // Inner links first, so links are recorded in source order.
        syn::visit::visit_expr_method_call(self, call);
        let (_, root) = crate::syn_helpers::method_chain(&call.receiver);
        if let Some(index) = self.build_for_root(root) {
            self.builds[index].links.push(call);
        }
    }

    fn visit_expr_call(&mut self, call: &'ast syn::ExprCall) {
        syn::visit::visit_expr_call(self, call);
        if callee_path(call).is_some_and(|p| path_ends_with(&p, "Command::new"))
            && call.args.len() == 1
        {
            let range = range_of(call);
            if !self.builds.iter().any(|b| b.range() == range) {
                self.builds.push(CommandBuild {
                    new_call: call,
                    program: &call.args[0],
                    links: Vec::new(),
                });
            }
        }
    }

    fn visit_item(&mut self, _item: &'ast syn::Item) {}
}
