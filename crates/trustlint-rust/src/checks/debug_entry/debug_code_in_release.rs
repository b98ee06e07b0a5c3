//! Debug helpers compiled into release builds: functions named like debug tools
//! (`debug_*`, `dump_*`, `__debug*`, `*backdoor*`, `dev_only*`, `god_mode`) whose
//! body dumps the environment (`env::vars`), returns or prints secrets, or grants
//! access / skips checks, and that are not behind `#[cfg(debug_assertions)]`,
//! `#[cfg(test)]` or a feature. An `if cfg!(debug_assertions)` branch doing the
//! same is reported at low: it is never taken in release, but it ships.

use crate::Context;
use crate::access_words::names_skipped_check;
use crate::build_gates::{BuildGates, ReleaseExposure, is_cfg_debug_check};
use crate::mentions::{Mentions, contains_ignoring_case};
use crate::syn_helpers::{callee_path, macro_arguments, path_ends_with, range_of, strip, words};
use syn::visit::Visit;
use trustlint_core::rules::debug_entry::debug_code_in_release::RULE;
use trustlint_core::{Diagnostic, RuleMeta, Severity};

pub static RULES: &[&RuleMeta] = &[&RULE];

const HELP: &str = "put the function behind #[cfg(debug_assertions)] (or #[cfg(test)], or a non-default feature) so it is not compiled into release builds, or delete it";

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
        let name = body.sig.ident.to_string();
        let range = range_of(&body.sig.ident);
        let shipped_helper =
            is_debug_name(&name) && gates.exposure(range) == ReleaseExposure::Shipped;
        let danger = shipped_helper
            .then(|| dangerous(body.block))
            .flatten()
            // `fn debug_details(f: &mut fmt::Formatter, event: &Event)` is `Debug`
            // formatting: it shows fields to whoever formats the value, as every
            // `#[derive(Debug)]` does, and is no debug tool left in the build.
            .filter(|what| !(*what == EXPOSES_SECRETS && writes_to_formatter(body.sig)));
        if let Some(what) = danger {
            found.push(
                Diagnostic::new(
                    &RULE,
                    range,
                    format!("the debug helper `{name}` {what} and is compiled into release builds: it has no #[cfg(debug_assertions)], #[cfg(test)] or feature gate"),
                )
                .with_help(HELP),
            );
        }
        if danger.is_none() {
            let mut branches = RuntimeDebugBranches {
                gates: &gates,
                found: &mut found,
            };
            branches.visit_block(body.block);
        }
    }
    found.sort_by_key(|d: &Diagnostic| d.range);
    found.dedup_by_key(|d| d.range);
    for diagnostic in found {
        cx.report(diagnostic);
    }
}

/// Every finding is a function with a debug name (an identifier, so a run of
/// the text) or an `if cfg!(debug_assertions)` branch.
fn may_call(mentions: &Mentions<'_>) -> bool {
    (mentions.has_macro_call("cfg") && mentions.has("debug_assertions"))
        || mentions.has_non_ascii_identifier()
        || mentions.words().any(|word| {
            ["debug", "dump", "backdoor", "dev", "god"]
                .iter()
                .any(|part| contains_ignoring_case(word, part))
                && is_debug_name(word)
        })
}

/// `debug_*`, `dump_*`, `__debug*`, `*backdoor*`, `dev_only*`, `god_mode`.
fn is_debug_name(name: &str) -> bool {
    let name_words = words(name);
    let first = name_words.first().map(String::as_str);
    matches!(first, Some("debug" | "dump"))
        || name.starts_with("__debug")
        || name_words.iter().any(|w| w == "backdoor")
        || name_words.windows(2).any(|pair| {
            matches!(
                (pair[0].as_str(), pair[1].as_str()),
                ("dev", "only") | ("god", "mode") | ("debug", "only")
            )
        })
}

const EXPOSES_SECRETS: &str = "exposes secrets";

/// Whether a function takes a `fmt::Formatter` to write into.
fn writes_to_formatter(sig: &syn::Signature) -> bool {
    sig.inputs.iter().any(|input| {
        matches!(input, syn::FnArg::Typed(typed)
            if crate::syn_helpers::words_of(&typed.ty).iter().any(|w| w == "formatter"))
    })
}

/// What a debug body does that must not ship, if anything.
fn dangerous(block: &syn::Block) -> Option<&'static str> {
    let mut scan = BodyScan::default();
    scan.visit_block(block);
    if scan.dumps_environment {
        Some("dumps the process environment")
    } else if scan.exposes_secret {
        Some(EXPOSES_SECRETS)
    } else if scan.grants_access {
        Some("grants access or skips checks")
    } else {
        None
    }
}

/// `if cfg!(debug_assertions) { <dangerous> }`.
struct RuntimeDebugBranches<'a> {
    gates: &'a BuildGates,
    found: &'a mut Vec<Diagnostic>,
}

impl<'ast> Visit<'ast> for RuntimeDebugBranches<'_> {
    fn visit_expr_if(&mut self, expr: &'ast syn::ExprIf) {
        let range = range_of(&expr.cond);
        if is_cfg_debug_check(&expr.cond)
            && self.gates.exposure(range) != ReleaseExposure::Excluded
            && let Some(what) = dangerous(&expr.then_branch)
        {
            self.found.push(
                Diagnostic::new(
                    &RULE,
                    range,
                    format!("this debug-only branch {what}; `cfg!(debug_assertions)` is evaluated at run time, so the code and its strings are still compiled into release builds: gate it with #[cfg(debug_assertions)] instead"),
                )
                .with_severity(Severity::Low)
                .with_help(HELP),
            );
        }
        syn::visit::visit_expr_if(self, expr);
    }

    fn visit_item(&mut self, _item: &'ast syn::Item) {}
}

/// Identifier words that name a secret value.
fn names_secret(name_words: &[String]) -> bool {
    const SECRET: &[&str] = &[
        "secret",
        "secrets",
        "password",
        "passwd",
        "token",
        "tokens",
        "credential",
        "credentials",
        "apikey",
        "privkey",
        "passphrase",
        "mnemonic",
        "seed",
    ];
    name_words.iter().any(|w| SECRET.contains(&w.as_str()))
        || name_words.windows(2).any(|pair| {
            pair[1] == "key"
                && matches!(
                    pair[0].as_str(),
                    "private" | "signing" | "secret" | "api" | "encryption" | "master"
                )
        })
}

/// Calls whose result does not reveal their argument (`redact(&token)`, `token.len()`).
fn hides_value(name: &str) -> bool {
    let name_words = words(name);
    const HIDING: &[&str] = &[
        "redact",
        "redacted",
        "mask",
        "masked",
        "hash",
        "len",
        "some",
        "none",
        "empty",
        "sha256",
        "fingerprint",
        "count",
        "exists",
    ];
    name_words.iter().any(|w| HIDING.contains(&w.as_str()))
}

#[derive(Default)]
struct BodyScan {
    dumps_environment: bool,
    exposes_secret: bool,
    grants_access: bool,
}

impl<'ast> Visit<'ast> for BodyScan {
    fn visit_expr_call(&mut self, call: &'ast syn::ExprCall) {
        let callee = callee_path(call).unwrap_or_default();
        if path_ends_with(&callee, "env::vars") || path_ends_with(&callee, "env::vars_os") {
            self.dumps_environment = true;
        }
        let last = callee.rsplit("::").next().unwrap_or_default();
        if hides_value(last) {
            return;
        }
        let last_words = words(last);
        if names_skipped_check(&last_words)
            || last_words.iter().any(|w| {
                matches!(
                    w.as_str(),
                    "impersonate" | "grant" | "elevate" | "backdoor" | "sudo"
                )
            })
        {
            self.grants_access = true;
        }
        syn::visit::visit_expr_call(self, call);
    }

    fn visit_expr_method_call(&mut self, call: &'ast syn::ExprMethodCall) {
        let method = call.method.to_string();
        // `env::vars().count()` and `env::vars().map(|(name, _)| name)` show no values.
        let whole = syn::Expr::MethodCall(call.clone());
        let (links, root) = crate::syn_helpers::method_chain(&whole);
        let on_env = crate::syn_helpers::call_path(root)
            .is_some_and(|p| path_ends_with(&p, "env::vars") || path_ends_with(&p, "env::vars_os"));
        if on_env && links.iter().any(|l| l.method == "count" || drops_values(l)) {
            return;
        }
        if hides_value(&method) {
            return;
        }
        let method_words = words(&method);
        if names_skipped_check(&method_words)
            || method_words.iter().any(|w| {
                matches!(
                    w.as_str(),
                    "impersonate" | "grant" | "elevate" | "backdoor" | "sudo"
                )
            })
            || method_words
                .windows(2)
                .any(|p| p[0] == "set" && p[1] == "admin")
        {
            self.grants_access = true;
        }
        syn::visit::visit_expr_method_call(self, call);
    }

    fn visit_expr_field(&mut self, field: &'ast syn::ExprField) {
        if let syn::Member::Named(name) = &field.member
            && names_secret(&words(&name.to_string()))
        {
            self.exposes_secret = true;
        }
        syn::visit::visit_expr_field(self, field);
    }

    fn visit_expr_path(&mut self, path: &'ast syn::ExprPath) {
        if let Some(last) = path.path.segments.last()
            && names_secret(&words(&last.ident.to_string()))
        {
            self.exposes_secret = true;
        }
        syn::visit::visit_expr_path(self, path);
    }

    fn visit_expr_assign(&mut self, assign: &'ast syn::ExprAssign) {
        // `user.is_admin = true`, `session.role = Role::Admin`.
        let target = crate::syn_helpers::words_of(&assign.left);
        let value = crate::syn_helpers::words_of(&assign.right);
        let grants = matches!(strip(&assign.right), syn::Expr::Lit(syn::ExprLit { lit: syn::Lit::Bool(b), .. }) if b.value)
            || value.iter().any(|w| w == "admin" || w == "superuser");
        if grants
            && target.iter().any(|w| {
                matches!(
                    w.as_str(),
                    "admin"
                        | "authenticated"
                        | "authorized"
                        | "verified"
                        | "licensed"
                        | "role"
                        | "premium"
                        | "superuser"
                )
            })
        {
            self.grants_access = true;
        }
        if switches_session_identity(&target, &assign.right) {
            self.grants_access = true;
        }
        syn::visit::visit_expr_assign(self, assign);
    }

    fn visit_macro(&mut self, mac: &'ast syn::Macro) {
        // `format!`/`println!` arguments are expressions; `json!` bodies are raw tokens.
        let (args, inline) = macro_arguments(mac);
        if args.is_empty() && !mac.tokens.is_empty() {
            let idents = identifier_words(mac.tokens.clone());
            if names_secret(&idents) {
                self.exposes_secret = true;
            }
            if idents.windows(2).any(|p| p[0] == "env" && p[1] == "vars") {
                self.dumps_environment = true;
            }
        }
        for arg in &args {
            self.visit_expr(arg);
        }
        if inline.iter().any(|name| names_secret(&words(name))) {
            self.exposes_secret = true;
        }
    }

    fn visit_item(&mut self, _item: &'ast syn::Item) {}
}

/// `session.user_id = user_id`: the session now belongs to whichever user the
/// caller names, a log-in without credentials. Clearing it to a literal
/// (`session.user_id = 0`) logs out and is not counted.
fn switches_session_identity(target: &[String], value: &syn::Expr) -> bool {
    let holds_identity = target.iter().any(|w| {
        matches!(
            w.as_str(),
            "session" | "current" | "principal" | "identity" | "auth"
        )
    });
    let names_user = target
        .iter()
        .any(|w| matches!(w.as_str(), "user" | "uid" | "account"));
    holds_identity && names_user && !matches!(strip(value), syn::Expr::Lit(_))
}

/// The words of the identifiers in raw tokens, leaving out string literals (keys
/// such as `"jwt_secret"` in a `json!` body are labels, not values).
fn identifier_words(tokens: proc_macro2::TokenStream) -> Vec<String> {
    let mut found = Vec::new();
    for tree in tokens {
        match tree {
            proc_macro2::TokenTree::Ident(ident) => {
                crate::syn_helpers::split_words(&ident.to_string(), &mut found);
            }
            proc_macro2::TokenTree::Group(group) => found.extend(identifier_words(group.stream())),
            _ => {}
        }
    }
    found
}

/// `.map(|(name, _)| ..)`: a closure over `(key, value)` pairs that ignores the value.
fn drops_values(link: &syn::ExprMethodCall) -> bool {
    link.args.iter().any(|arg| {
        let syn::Expr::Closure(closure) = strip(arg) else {
            return false;
        };
        closure.inputs.iter().any(|input| {
            matches!(input, syn::Pat::Tuple(t) if t.elems.len() == 2
                && matches!(&t.elems[1], syn::Pat::Wild(_)))
        })
    })
}
