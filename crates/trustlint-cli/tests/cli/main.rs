//! The command lines as users run them: the built `trustlint` and
//! `cargo-trustlint` binaries on throwaway projects. One test binary, so the
//! suite links once.

mod bad_input;
mod baseline;
mod cargo_subcommand;
mod corpus_triage;
mod deep;
mod demo;
mod git;
mod pre_commit;
mod report_formats;
mod scan;
mod support;
