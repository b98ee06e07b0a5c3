//! Downloaded code that is run: bytes fetched with reqwest, ureq, curl or a raw
//! `TcpStream` written to a file (`fs::write`, `io::copy`, `write_all`,
//! `copy_to`), and that file then loaded (`libloading::Library::new`,
//! `libc::dlopen`), executed (`Command::new(path)`, a shell or interpreter given
//! the path) or made executable (`set_permissions` with an execute bit,
//! `chmod +x`). Followed through one function with `LocalFlow`; results of
//! functions named `download_*` count as downloaded files. A function that
//! checks a signature or digest is trusted to have verified the download.

use crate::Context;
use crate::build_gates::gate;
use crate::local_flow::{LocalFlow, Origin, Sources, command_builds};
use crate::mentions::Mentions;
use crate::syn_helpers::{
    call_path, callee_path, method_chain, path_ends_with, range_of, string_literal, strip, words,
    words_of,
};
use std::collections::HashMap;
use syn::visit::Visit;
use trustlint_core::rules::debug_entry::downloaded_code_execution::RULE;
use trustlint_core::{Diagnostic, FlowStep, RuleMeta, TextRange};

pub static RULES: &[&RuleMeta] = &[&RULE];

const HELP: &str = "ship code through the release channel; an updater must verify a signature over the download (minisign, TUF) with a key pinned in the binary before writing it executable or loading it";

/// Calls that fetch from the network.
const FETCH_CALLS: &[&str] = &[
    "reqwest::get",
    "reqwest::blocking::get",
    "ureq::get",
    "ureq::post",
    "ureq::request",
    "attohttpc::get",
    "minreq::get",
    "surf::get",
    "isahc::get",
    "TcpStream::connect",
    "Easy::new",
    "Easy2::new",
];

/// Programs that run the file they are given.
const INTERPRETERS: &[&str] = &[
    "sh",
    "bash",
    "zsh",
    "dash",
    "cmd",
    "powershell",
    "pwsh",
    "python",
    "python3",
    "node",
    "perl",
    "ruby",
    "osascript",
    "wscript",
    "cscript",
    "rundll32",
    "msiexec",
];

/// Words of a function body that show the download's integrity is checked.
const INTEGRITY_WORDS: &[&str] = &[
    "signature",
    "minisign",
    "signify",
    "ed25519",
    "checksum",
    "sha256",
    "sha512",
    "digest",
    "tuf",
];

struct Network;

impl Sources for Network {
    fn expr(&self, expr: &syn::Expr) -> Option<Origin> {
        if let Some(callee) = call_path(expr)
            && FETCH_CALLS.iter().any(|p| path_ends_with(&callee, p))
        {
            return Some(Origin::new(
                range_of(expr),
                format!("data is fetched over the network by `{callee}`"),
            ));
        }
        // `client.get(url).send()` (reqwest) and `agent.get(url).call()` (ureq).
        if let syn::Expr::MethodCall(call) = strip(expr)
            && matches!(call.method.to_string().as_str(), "send" | "call")
            && call.args.is_empty()
        {
            let (links, _) = method_chain(&call.receiver);
            if links.iter().any(|l| {
                matches!(l.method.to_string().as_str(), "get" | "post" | "request")
                    && l.args.len() == 1
                    && string_literal(&l.args[0]).is_none_or(|(v, _)| v.contains("://"))
            }) {
                return Some(Origin::new(
                    range_of(expr),
                    "data is fetched over the network here",
                ));
            }
        }
        None
    }
}

/// Functions named like `download_plugin`: what they return is a downloaded file.
struct DownloadCalls;

impl Sources for DownloadCalls {
    fn expr(&self, expr: &syn::Expr) -> Option<Origin> {
        let name = match strip(expr) {
            syn::Expr::Call(call) => callee_path(call)?.rsplit("::").next()?.to_owned(),
            syn::Expr::MethodCall(call) => call.method.to_string(),
            _ => return None,
        };
        words(&name)
            .iter()
            .any(|w| w == "download")
            .then(|| Origin::new(range_of(expr), format!("`{name}` downloads the file here")))
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
        let body_words = words_of(body.block);
        if body_words
            .iter()
            .any(|w| INTEGRITY_WORDS.contains(&w.as_str()))
            || (body_words.iter().any(|w| w == "verify")
                && body_words.iter().any(|w| w == "signature" || w == "sig"))
        {
            continue;
        }
        let network = LocalFlow::analyse(&Network, Some(body.sig), body.block);
        let downloads = LocalFlow::analyse(&DownloadCalls, Some(body.sig), body.block);
        let mut writes = Writes {
            network: &network,
            handles: HashMap::new(),
            aliases: HashMap::new(),
            files: Vec::new(),
        };
        writes.visit_block(body.block);
        let Writes {
            files,
            handles,
            aliases,
            ..
        } = writes;
        let downloaded = Downloaded {
            downloads: &downloads,
            files,
            aliases,
        };
        let mut sinks = Sinks {
            downloaded: &downloaded,
            executable_modes: executable_mode_variables(body.block),
            handles: &handles,
            found: &mut found,
        };
        sinks.visit_block(body.block);
        for build in command_builds(body.block) {
            let program = build.program_name();
            if let Some(flow) = downloaded.flow_to(build.program) {
                found.push(finding(range_of(build.new_call), "runs", flow));
                continue;
            }
            let runs_file = program
                .as_deref()
                .is_some_and(|p| INTERPRETERS.contains(&p));
            let chmod = program.as_deref() == Some("chmod")
                && build.links.iter().any(|l| {
                    l.args.iter().any(|a| {
                        literal_strings(a)
                            .iter()
                            .any(|s| s.contains("+x") || octal_is_executable(s))
                    })
                });
            if !(runs_file || chmod) {
                continue;
            }
            let what = if chmod { "makes executable" } else { "runs" };
            let argument = build
                .links
                .iter()
                .filter(|l| matches!(l.method.to_string().as_str(), "arg" | "args"))
                .flat_map(|l| l.args.iter())
                .flat_map(argument_parts)
                .find_map(|a| downloaded.flow_to(a));
            if let Some(flow) = argument {
                found.push(finding(range_of(build.new_call), what, flow));
            }
        }
    }
    found.sort_by_key(|d: &Diagnostic| d.range);
    found.dedup_by_key(|d| d.range);
    for diagnostic in found {
        if let Some(diagnostic) = gate(&gates, diagnostic) {
            cx.report(diagnostic);
        }
    }
}

/// Every finding runs, loads or makes executable (`Command::new`, `Library::new`,
/// `dlopen`, `LoadLibraryA`/`W`, `set_permissions`) what came from a fetch
/// ([`FETCH_CALLS`], a request chain ending in `send`/`call`) or from a call named
/// `download…`. A file whose text names no sink or no source has no finding.
fn may_call(mentions: &Mentions<'_>) -> bool {
    const SINKS: &[&str] = &[
        "Command::new",
        "Library",
        "dlopen",
        "LoadLibraryA",
        "LoadLibraryW",
        "set_permissions",
    ];
    let sinks = SINKS.iter().any(|sink| mentions.has_path(sink));
    let sources = FETCH_CALLS.iter().any(|call| mentions.has_path(call))
        || mentions.has_any(&["send", "call"])
        || mentions.has_part_ignoring_case("download")
        || mentions.has_non_ascii_identifier();
    sinks && sources
}

fn finding(range: TextRange, what: &str, flow: Vec<FlowStep>) -> Diagnostic {
    Diagnostic::new(
        &RULE,
        range,
        format!("this {what} a file downloaded at run time without checking its integrity; whoever controls the server or the network path runs code in this program"),
    )
    .with_flow(flow)
    .with_help(HELP)
}

/// The elements of `args([..])` and the argument of `arg(..)`.
fn argument_parts(expr: &syn::Expr) -> Vec<&syn::Expr> {
    match strip(expr) {
        syn::Expr::Array(array) => array.elems.iter().collect(),
        syn::Expr::Macro(m) if m.mac.path.is_ident("vec") => vec![expr],
        other => vec![other],
    }
}

/// The path inside conversions and views: `Path::new(p)`, `PathBuf::from(p)`,
/// `CString::new(p.to_str()?)`, `p.as_path()`, `&p`.
fn unwrap_path(expr: &syn::Expr) -> &syn::Expr {
    const VIEWS: &[&str] = &[
        "as_path",
        "as_ref",
        "clone",
        "to_path_buf",
        "as_os_str",
        "to_str",
        "to_string_lossy",
        "unwrap",
        "expect",
        "as_ptr",
        "display",
        "to_string",
        "into",
    ];
    const CONVERSIONS: &[&str] = &[
        "CString::new",
        "Path::new",
        "PathBuf::from",
        "OsStr::new",
        "OsString::from",
        "String::from",
    ];
    match strip(expr) {
        syn::Expr::MethodCall(m) if VIEWS.contains(&m.method.to_string().as_str()) => {
            unwrap_path(&m.receiver)
        }
        syn::Expr::Call(call)
            if call.args.len() == 1
                && callee_path(call)
                    .is_some_and(|p| CONVERSIONS.iter().any(|c| path_ends_with(&p, c))) =>
        {
            unwrap_path(&call.args[0])
        }
        other => other,
    }
}

/// What names a file path, so a write and a later load can be matched: a local,
/// a literal, or the expression's tokens.
fn path_key(expr: &syn::Expr) -> Option<String> {
    match unwrap_path(expr) {
        syn::Expr::Path(p) if p.path.segments.len() == 1 => {
            Some(p.path.segments[0].ident.to_string())
        }
        other => match string_literal(other) {
            Some((value, _)) => Some(format!("\"{value}\"")),
            None => Some(quote::ToTokens::to_token_stream(other).to_string()),
        },
    }
}

/// The path a local is another name for (`let name = CString::new(lib_path)?`).
fn alias_target(init: &syn::Expr) -> Option<String> {
    let inner = unwrap_path(init);
    let names_path = matches!(inner, syn::Expr::Path(p) if p.path.segments.len() == 1)
        || string_literal(inner).is_some();
    names_path.then(|| path_key(inner)).flatten()
}

/// A file written with downloaded bytes.
struct DownloadedFile {
    key: String,
    origin: Origin,
    write: FlowStep,
}

/// Finds the writes of downloaded data to files in one body.
struct Writes<'a, 's> {
    network: &'a LocalFlow<'s>,
    /// File handle local → the path it was opened on.
    handles: HashMap<String, String>,
    /// Local → the path it is another name for.
    aliases: HashMap<String, String>,
    files: Vec<DownloadedFile>,
}

impl Writes<'_, '_> {
    fn record(&mut self, key: Option<String>, source: &syn::Expr, at: TextRange) {
        if let (Some(key), Some(origin)) = (key, self.network.origin(source)) {
            self.files.push(DownloadedFile {
                key,
                origin,
                write: FlowStep {
                    range: at,
                    note: "the downloaded bytes are written to a file here".to_owned(),
                },
            });
        }
    }

    fn handle_path(&self, expr: &syn::Expr) -> Option<String> {
        crate::syn_helpers::root_ident(expr).and_then(|name| self.handles.get(&name).cloned())
    }
}

/// The path a `File::create(p)` / `OpenOptions::new()..open(p)` call opens.
fn opened_path(expr: &syn::Expr) -> Option<&syn::Expr> {
    match strip(expr) {
        syn::Expr::MethodCall(call)
            if matches!(call.method.to_string().as_str(), "unwrap" | "expect") =>
        {
            opened_path(&call.receiver)
        }
        syn::Expr::Call(call) if call.args.len() == 1 => {
            let callee = callee_path(call)?;
            (path_ends_with(&callee, "File::create") || path_ends_with(&callee, "File::open"))
                .then(|| &call.args[0])
        }
        syn::Expr::MethodCall(call) if call.method == "open" && call.args.len() == 1 => {
            Some(&call.args[0])
        }
        _ => None,
    }
}

impl<'ast> Visit<'ast> for Writes<'_, '_> {
    fn visit_local(&mut self, local: &'ast syn::Local) {
        if let Some(init) = &local.init
            && let Some(path) = opened_path(&init.expr)
            && let Some(key) = path_key(path)
        {
            let mut names = Vec::new();
            crate::syn_helpers::pattern_bindings(&local.pat, &mut names);
            for name in names {
                self.handles.insert(name, key.clone());
            }
        } else if let (syn::Pat::Ident(name), Some(init)) = (&local.pat, &local.init)
            && let Some(target) = alias_target(&init.expr)
        {
            self.aliases.insert(name.ident.to_string(), target);
        }
        syn::visit::visit_local(self, local);
    }

    fn visit_expr_call(&mut self, call: &'ast syn::ExprCall) {
        let callee = callee_path(call).unwrap_or_default();
        if (path_ends_with(&callee, "fs::write") || callee == "write") && call.args.len() == 2 {
            self.record(path_key(&call.args[0]), &call.args[1], range_of(call));
        }
        if path_ends_with(&callee, "copy") && call.args.len() == 2 {
            let key = self.handle_path(&call.args[1]);
            self.record(key, &call.args[0], range_of(call));
        }
        syn::visit::visit_expr_call(self, call);
    }

    fn visit_expr_method_call(&mut self, call: &'ast syn::ExprMethodCall) {
        match call.method.to_string().as_str() {
            "write_all" | "write" if call.args.len() == 1 => {
                let key = self.handle_path(&call.receiver);
                self.record(key, &call.args[0], range_of(call));
            }
            // reqwest's `response.copy_to(&mut file)`.
            "copy_to" if call.args.len() == 1 => {
                let key = self.handle_path(&call.args[0]);
                self.record(key, &call.receiver, range_of(call));
            }
            _ => {}
        }
        syn::visit::visit_expr_method_call(self, call);
    }

    fn visit_item(&mut self, _item: &'ast syn::Item) {}
}

/// Whether an octal mode literal (`0o755`, `"755"`, `0o100`) sets an execute bit.
fn octal_is_executable(text: &str) -> bool {
    let digits = text.trim_start_matches("0o").replace('_', "");
    if digits.is_empty() || !digits.chars().all(|c| ('0'..='7').contains(&c)) {
        return false;
    }
    u32::from_str_radix(&digits, 8).is_ok_and(|mode| mode & 0o111 != 0)
}

/// Whether an integer mode (`0o755`, `0o700 | 0o055`) sets an execute bit.
fn int_is_executable(expr: &syn::Expr) -> bool {
    match strip(expr) {
        syn::Expr::Lit(syn::ExprLit {
            lit: syn::Lit::Int(int),
            ..
        }) => int
            .base10_parse::<u32>()
            .is_ok_and(|mode| mode <= 0o177_777 && mode & 0o111 != 0),
        syn::Expr::Binary(b) => int_is_executable(&b.left) || int_is_executable(&b.right),
        _ => false,
    }
}

fn literal_strings(expr: &syn::Expr) -> Vec<String> {
    let mut found = Vec::new();
    for part in argument_parts(expr) {
        if let Some((value, _)) = string_literal(part) {
            found.push(value);
        }
    }
    found
}

/// Whether a permissions expression has an execute bit: `Permissions::from_mode(0o755)`.
fn is_executable_mode(expr: &syn::Expr, variables: &[String]) -> bool {
    match strip(expr) {
        syn::Expr::Call(call) => {
            callee_path(call).is_some_and(|p| p.ends_with("from_mode"))
                && call.args.first().is_some_and(int_is_executable)
        }
        syn::Expr::Path(p) if p.path.segments.len() == 1 => {
            variables.contains(&p.path.segments[0].ident.to_string())
        }
        _ => false,
    }
}

/// Locals that hold executable permissions: `let p = Permissions::from_mode(0o755)`
/// or `perms.set_mode(0o755)`.
fn executable_mode_variables(block: &syn::Block) -> Vec<String> {
    #[derive(Default)]
    struct Modes {
        names: Vec<String>,
    }
    impl<'ast> Visit<'ast> for Modes {
        fn visit_local(&mut self, local: &'ast syn::Local) {
            if let Some(init) = &local.init
                && is_executable_mode(&init.expr, &[])
            {
                crate::syn_helpers::pattern_bindings(&local.pat, &mut self.names);
            }
            syn::visit::visit_local(self, local);
        }
        fn visit_expr_method_call(&mut self, call: &'ast syn::ExprMethodCall) {
            if call.method == "set_mode"
                && call.args.first().is_some_and(int_is_executable)
                && let Some(name) = crate::syn_helpers::root_ident(&call.receiver)
            {
                self.names.push(name);
            }
            syn::visit::visit_expr_method_call(self, call);
        }
        fn visit_item(&mut self, _item: &'ast syn::Item) {}
    }
    let mut modes = Modes::default();
    modes.visit_block(block);
    modes.names
}

/// What one body downloaded: results of `download_*` calls and files written
/// with fetched bytes.
struct Downloaded<'a, 's> {
    downloads: &'a LocalFlow<'s>,
    files: Vec<DownloadedFile>,
    aliases: HashMap<String, String>,
}

impl Downloaded<'_, '_> {
    /// The path a key finally names, through a few aliases.
    fn resolve<'k>(&'k self, mut key: &'k str) -> &'k str {
        for _ in 0..4 {
            match self.aliases.get(key) {
                Some(target) if target != key => key = target,
                _ => break,
            }
        }
        key
    }

    /// How a path expression came to hold downloaded code: the fetch and the write.
    fn flow_to(&self, path: &syn::Expr) -> Option<Vec<FlowStep>> {
        if let Some(origin) = self.downloads.origin(path) {
            return Some(vec![origin.step()]);
        }
        self.flow_to_key(&path_key(path)?)
    }

    fn flow_to_key(&self, key: &str) -> Option<Vec<FlowStep>> {
        let key = self.resolve(key);
        self.files
            .iter()
            .find(|f| self.resolve(&f.key) == key)
            .map(|f| vec![f.origin.step(), f.write.clone()])
    }
}

/// Loads, permission changes and `dlopen`s of a downloaded file.
struct Sinks<'a, 'd, 's> {
    downloaded: &'a Downloaded<'d, 's>,
    executable_modes: Vec<String>,
    /// File handle local → the path it was opened on.
    handles: &'a HashMap<String, String>,
    found: &'a mut Vec<Diagnostic>,
}

impl<'ast> Visit<'ast> for Sinks<'_, '_, '_> {
    fn visit_expr_call(&mut self, call: &'ast syn::ExprCall) {
        let callee = callee_path(call).unwrap_or_default();
        let loads = path_ends_with(&callee, "Library::new")
            || path_ends_with(&callee, "Library::open")
            || path_ends_with(&callee, "dlopen")
            || path_ends_with(&callee, "LoadLibraryA")
            || path_ends_with(&callee, "LoadLibraryW");
        let chmods = path_ends_with(&callee, "set_permissions")
            && call.args.len() == 2
            && is_executable_mode(&call.args[1], &self.executable_modes);
        if (loads || chmods)
            && let Some(flow) = call.args.first().and_then(|a| self.downloaded.flow_to(a))
        {
            let what = if loads { "loads" } else { "makes executable" };
            self.found.push(finding(range_of(call), what, flow));
        }
        syn::visit::visit_expr_call(self, call);
    }

    fn visit_expr_method_call(&mut self, call: &'ast syn::ExprMethodCall) {
        // `file.set_permissions(Permissions::from_mode(0o755))` on the written handle.
        if call.method == "set_permissions"
            && call.args.len() == 1
            && is_executable_mode(&call.args[0], &self.executable_modes)
            && let Some(path) = crate::syn_helpers::root_ident(&call.receiver)
                .and_then(|handle| self.handles.get(&handle))
            && let Some(flow) = self.downloaded.flow_to_key(path)
        {
            self.found
                .push(finding(range_of(call), "makes executable", flow));
        }
        syn::visit::visit_expr_method_call(self, call);
    }

    fn visit_item(&mut self, _item: &'ast syn::Item) {}
}
