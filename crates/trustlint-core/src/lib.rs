//! trustlint's shared model. Knows nothing of parsers, files, the CLI or LSP:
//! analyzers produce [`Diagnostic`]s over text, the engine turns them into
//! [`Finding`]s, and reporters render findings.

pub mod analysis;
pub mod baseline;
pub mod config;
pub mod diagnostic;
pub mod encoding;
pub mod finding;
pub mod hosts;
pub mod line_index;
pub mod redact;
pub mod report;
pub mod rule;
pub mod rules;
pub mod suppress;

pub use analysis::{Analyzer, ProjectContext, ProjectFile, ReuseCache, SourceFile, is_test_path};
pub use baseline::{Baseline, BaselineEntry, BaselineError};
pub use config::{Config, ConfigError};
pub use diagnostic::{AnalysisError, Diagnostic, FileAnalysis, FlowStep, TextRange};
pub use finding::{Finding, FlowLocation, Introduction, Snippet};
pub use line_index::{LineIndex, Position};
pub use redact::redact_secret;
pub use rule::{Category, Confidence, Language, RuleMeta, Severity};

/// Expands the generated list of rule modules (`src/rules/mod.rs`) into `RULES`, the
/// metadata of every rule in the crate. Crates whose rules also carry a check
/// function define their own registry macro with the same input.
#[macro_export]
macro_rules! rule_registry {
    ($($category:ident :: $rule:ident),* $(,)?) => {
        /// Every rule declared under `src/rules/`, in file order.
        pub static RULES: &[&$crate::RuleMeta] = &[$(&$category::$rule::RULE),*];
    };
}
