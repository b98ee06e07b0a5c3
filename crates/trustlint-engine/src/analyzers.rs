//! The analyzers and the rules they report, in one place.

use std::sync::LazyLock;
use trustlint_core::{Analyzer, RuleMeta};
use trustlint_secrets::ConfigAnalyzer;

static CONFIG_ANALYZER: LazyLock<ConfigAnalyzer> = LazyLock::new(ConfigAnalyzer::new);

pub(crate) static ANALYZERS: LazyLock<[&'static dyn Analyzer; 3]> = LazyLock::new(|| {
    [
        &trustlint_rust::RustAnalyzer,
        &trustlint_swift::SwiftAnalyzer,
        &*CONFIG_ANALYZER,
    ]
});

/// The analyzers that read `path`: an `Info.plist` is read both for secrets and
/// for its transport-security settings.
pub fn analyzers_for(path: &str) -> impl Iterator<Item = &'static dyn Analyzer> + '_ {
    ANALYZERS.iter().copied().filter(move |a| a.handles(path))
}

/// Whether an analyzer judges `path` by its name, so binary content is expected.
pub fn judged_by_path(path: &str) -> bool {
    analyzers_for(path).any(|a| a.judges_by_path(path))
}

/// Whether any analyzer reads `path`.
pub fn is_analyzed(path: &str) -> bool {
    analyzers_for(path).next().is_some()
}

/// Every rule trustlint knows, in id order.
pub fn all_rules() -> &'static [&'static RuleMeta] {
    trustlint_core::rules::RULES
}

pub fn find_rule(id: &str) -> Option<&'static RuleMeta> {
    all_rules().iter().copied().find(|r| r.id == id)
}
