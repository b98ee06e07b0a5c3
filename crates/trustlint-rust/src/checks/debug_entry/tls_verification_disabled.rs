//! TLS verification switched off: reqwest/native-tls `danger_accept_invalid_*`,
//! ureq `disable_verification`, openssl `SslVerifyMode::NONE` and
//! `verify_hostname(false)`, and rustls certificate verifiers that accept every
//! certificate.

use crate::Context;
use crate::build_gates::gate;
use crate::mentions::Mentions;
use crate::syn_helpers::{method_call_range, path_string, range_of, strip};
use syn::visit::Visit;
use trustlint_core::rules::debug_entry::tls_verification_disabled::RULE;
use trustlint_core::{Diagnostic, RuleMeta, Severity};

pub static RULES: &[&RuleMeta] = &[&RULE];

const HELP: &str = "keep verification on; trust a private CA with `add_root_certificate` or a rustls `RootCertStore`, and use a locally trusted certificate (mkcert) in development";

/// Only shipped code is reported, and only what [`may_call`] finds named in the text.
pub fn may_report(cx: &Context<'_>) -> bool {
    cx.may_ship() && may_call(cx.mentions())
}

pub fn check(cx: &mut Context<'_>) {
    let Some(file) = cx.syntax() else { return };
    let gates = cx.build_gates();
    let mut finder = Finder::default();
    finder.visit_file(file);
    for diagnostic in finder.found {
        if let Some(diagnostic) = gate(&gates, diagnostic) {
            cx.report(diagnostic);
        }
    }
}

/// Every finding is one of the switches below, `SslVerifyMode::NONE` or a
/// `verify_server_cert` method; a file whose text names none of them has none.
fn may_call(mentions: &Mentions<'_>) -> bool {
    DISABLE_WHEN_TRUE
        .iter()
        .chain(DISABLE_WHEN_FALSE)
        .any(|(method, _)| mentions.has(method))
        || mentions.has("verify_server_cert")
        || (mentions.has("NONE") && mentions.words().any(|w| w.ends_with("SslVerifyMode")))
}

#[derive(Default)]
struct Finder {
    found: Vec<Diagnostic>,
}

/// Builder methods that switch a check off when given `true`.
const DISABLE_WHEN_TRUE: &[(&str, &str)] = &[
    ("danger_accept_invalid_certs", "certificate verification"),
    ("danger_accept_invalid_hostnames", "host name verification"),
    ("disable_verification", "certificate verification"),
];

/// Builder methods that switch a check off when given `false`.
const DISABLE_WHEN_FALSE: &[(&str, &str)] = &[
    ("verify_hostname", "host name verification"),
    ("use_sni", "server name indication"),
];

impl Finder {
    fn switch(&mut self, call: &syn::ExprMethodCall, what: &str, disabling: bool) {
        let Some(arg) = call.args.first() else { return };
        let range = method_call_range(call);
        match strip(arg) {
            syn::Expr::Lit(syn::ExprLit {
                lit: syn::Lit::Bool(value),
                ..
            }) => {
                if value.value == disabling {
                    self.found.push(
                        Diagnostic::new(
                            &RULE,
                            range,
                            format!("`{}` turns TLS {what} off: anyone on the network path can impersonate the server and read or change the traffic", call.method),
                        )
                        .with_help(HELP),
                    );
                }
            }
            _ => self.found.push(
                Diagnostic::new(
                    &RULE,
                    range,
                    format!("`{}` lets configuration turn TLS {what} off; one wrong setting in production exposes all traffic to interception", call.method),
                )
                .with_severity(Severity::Medium)
                .with_help("remove the switch, or refuse it outside development builds and trust a private CA instead"),
            ),
        }
    }

    /// A rustls `verify_server_cert` whose every exit is `Ok(ServerCertVerified::assertion())`.
    fn accepts_everything(block: &syn::Block) -> bool {
        let text = quote::ToTokens::to_token_stream(block)
            .to_string()
            .replace(' ', "");
        text.contains("ServerCertVerified::assertion()")
            && !text.contains("verify_server_cert(")
            && !text.contains("Err(")
            && !text.contains('?')
    }
}

impl<'ast> Visit<'ast> for Finder {
    fn visit_expr_method_call(&mut self, call: &'ast syn::ExprMethodCall) {
        let method = call.method.to_string();
        if let Some((_, what)) = DISABLE_WHEN_TRUE.iter().find(|(m, _)| *m == method) {
            self.switch(call, what, true);
        } else if let Some((_, what)) = DISABLE_WHEN_FALSE.iter().find(|(m, _)| *m == method) {
            self.switch(call, what, false);
        }
        syn::visit::visit_expr_method_call(self, call);
    }

    fn visit_expr_path(&mut self, path: &'ast syn::ExprPath) {
        if path_string(&path.path).ends_with("SslVerifyMode::NONE") {
            self.found.push(
                Diagnostic::new(
                    &RULE,
                    range_of(path),
                    "`SslVerifyMode::NONE` turns OpenSSL certificate verification off: anyone on the network path can impersonate the peer",
                )
                .with_help("use `SslVerifyMode::PEER` (the default for `SslConnector`) and add a private CA to the trust store if needed"),
            );
        }
        syn::visit::visit_expr_path(self, path);
    }

    fn visit_impl_item_fn(&mut self, item: &'ast syn::ImplItemFn) {
        if item.sig.ident == "verify_server_cert" && Finder::accepts_everything(&item.block) {
            self.found.push(
                Diagnostic::new(
                    &RULE,
                    range_of(&item.sig.ident),
                    "this rustls certificate verifier accepts every server certificate, so TLS no longer proves who the server is",
                )
                .with_help("use rustls' `WebPkiServerVerifier` with a `RootCertStore`; to pin a private CA, add it to the root store instead of replacing the verifier"),
            );
        }
        syn::visit::visit_impl_item_fn(self, item);
    }
}
