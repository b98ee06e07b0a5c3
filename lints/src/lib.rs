//! trustlint's type-aware tier: lints that need the compiler's name resolution,
//! types and constant evaluation. Each lint maps onto a trustlint rule id (see
//! `RULE_IDS`); `cargo trustlint --deep` runs this library through Dylint and
//! folds the results into trustlint's reports.
#![feature(rustc_private)]
#![warn(unused_extern_crates)]

dylint_linting::dylint_library!();

extern crate rustc_ast;
extern crate rustc_data_structures;
extern crate rustc_hir;
extern crate rustc_lint;
extern crate rustc_middle;
extern crate rustc_session;
extern crate rustc_span;

mod catalogue;
mod flow;
mod hardcoded_crypto_key;
mod network_exfiltration;
mod remote_command_execution;

#[unsafe(no_mangle)]
pub fn register_lints(sess: &rustc_session::Session, lint_store: &mut rustc_lint::LintStore) {
    dylint_linting::init_config(sess);
    lint_store.register_lints(&[
        hardcoded_crypto_key::HARDCODED_CRYPTO_KEY,
        network_exfiltration::ENV_VARS_TO_NETWORK,
        network_exfiltration::KEY_FILE_TO_NETWORK,
        remote_command_execution::REMOTE_COMMAND_EXECUTION,
    ]);
    lint_store.register_late_lint_pass(Box::new(|_| Box::<hardcoded_crypto_key::HardcodedCryptoKey>::default()));
    lint_store.register_late_lint_pass(Box::new(|_| Box::new(network_exfiltration::NetworkExfiltration)));
    lint_store.register_late_lint_pass(Box::new(|_| Box::new(remote_command_execution::RemoteCommandExecution)));
}

#[test]
fn ui() {
    dylint_testing::ui_test_examples(env!("CARGO_PKG_NAME"));
}
