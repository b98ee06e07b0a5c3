//! The analyzers and the rules they report, in one place.

use trustlint_core::{Analyzer, RuleMeta};

static ANALYZERS: [&dyn Analyzer; 2] = [&trustlint_rust::RustAnalyzer, &trustlint_swift::SwiftAnalyzer];

/// The analyzer that reads `path`, if any.
pub fn analyzer_for(path: &str) -> Option<&'static dyn Analyzer> {
    ANALYZERS.iter().copied().find(|a| a.handles(path))
}

/// Every rule trustlint knows, in id order.
pub fn all_rules() -> &'static [&'static RuleMeta] {
    trustlint_core::rules::RULES
}

pub fn find_rule(id: &str) -> Option<&'static RuleMeta> {
    all_rules().iter().copied().find(|r| r.id == id)
}
