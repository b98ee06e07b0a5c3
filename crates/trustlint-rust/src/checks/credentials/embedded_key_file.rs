//! Private key files compiled into the binary with `include_str!`/`include_bytes!`,
//! also when the include sits inside another macro's body (`lazy_static!`, `vec!`).
//! Which names are private keys is the rule's own, language-neutral decision
//! ([`embedded_key_file::private_key_file_kind`]).

use crate::Context;
use proc_macro2::{TokenStream, TokenTree};
use syn::visit::Visit;
use trustlint_core::rules::credentials::embedded_key_file;
use trustlint_core::{Diagnostic, RuleMeta, TextRange};

pub static RULES: &[&RuleMeta] = &[&embedded_key_file::RULE];

const INCLUDE_MACROS: [&str; 2] = ["include_str", "include_bytes"];

/// Every finding is an `include_str!`/`include_bytes!` of a path, written as a
/// string literal, that names a private key file, in code whose heuristic
/// credential findings are reported.
pub fn may_report(cx: &Context<'_>) -> bool {
    cx.may_report_heuristic_credentials()
        && cx.mentions().has_any(&INCLUDE_MACROS)
        && cx
            .code_literals()
            .any(|path| embedded_key_file::private_key_file_kind(path).is_some())
}

pub fn check(cx: &mut Context<'_>) {
    let Some(syntax) = cx.syntax() else { return };
    let mut finder = IncludeFinder::default();
    finder.visit_file(syntax);
    for include in finder.includes {
        let Some(kind) = embedded_key_file::private_key_file_kind(&include.path) else {
            continue;
        };
        if !cx.reports_credential(include.range, false) {
            continue;
        }
        let macro_name = include.macro_name;
        cx.report(
            Diagnostic::new(
                &embedded_key_file::RULE,
                include.range,
                format!("{kind} `{}` is compiled into the binary by `{macro_name}!`", include.path),
            )
            .with_help("remove the key from the repository and rotate it; read it at run time from a path in the configuration, the OS keychain or a secret manager"),
        );
    }
}

struct Include {
    macro_name: &'static str,
    /// The last path literal of the macro's arguments (the file name part of
    /// `concat!(env!("CARGO_MANIFEST_DIR"), "/keys/id_rsa")`).
    path: String,
    range: TextRange,
}

#[derive(Default)]
struct IncludeFinder {
    includes: Vec<Include>,
}

impl IncludeFinder {
    /// Looks for `include_*!(…)` in a macro body's tokens.
    fn scan_tokens(&mut self, tokens: &TokenStream) {
        let trees: Vec<TokenTree> = tokens.clone().into_iter().collect();
        for (i, tree) in trees.iter().enumerate() {
            match tree {
                TokenTree::Ident(ident) => {
                    let is_bang =
                        matches!(trees.get(i + 1), Some(TokenTree::Punct(p)) if p.as_char() == '!');
                    if let (true, Some(TokenTree::Group(args))) = (is_bang, trees.get(i + 2)) {
                        self.include(&ident.to_string(), &args.stream());
                    }
                }
                TokenTree::Group(group) => self.scan_tokens(&group.stream()),
                TokenTree::Punct(_) | TokenTree::Literal(_) => {}
            }
        }
    }

    fn include(&mut self, macro_name: &str, args: &TokenStream) {
        let Some(&macro_name) = INCLUDE_MACROS.iter().find(|m| **m == macro_name) else {
            return;
        };
        if let Some((path, range)) = last_string_literal(args) {
            self.includes.push(Include {
                macro_name,
                path,
                range,
            });
        }
    }
}

fn last_string_literal(tokens: &TokenStream) -> Option<(String, TextRange)> {
    tokens
        .clone()
        .into_iter()
        .fold(None, |last, tree| match tree {
            TokenTree::Literal(literal) => match syn::Lit::new(literal.clone()) {
                syn::Lit::Str(s) => Some((s.value(), crate::span_range(literal.span()))),
                _ => last,
            },
            TokenTree::Group(group) => last_string_literal(&group.stream()).or(last),
            TokenTree::Ident(_) | TokenTree::Punct(_) => last,
        })
}

impl<'ast> Visit<'ast> for IncludeFinder {
    fn visit_macro(&mut self, mac: &'ast syn::Macro) {
        match mac.path.segments.last() {
            Some(last) if INCLUDE_MACROS.contains(&last.ident.to_string().as_str()) => {
                self.include(&last.ident.to_string(), &mac.tokens);
            }
            _ => self.scan_tokens(&mac.tokens),
        }
    }
}
