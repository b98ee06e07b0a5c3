//! What a check sees: the parsed file, its string literals, the config, and where
//! test code is.

use crate::literals::StringLiteral;
use trustlint_core::{Config, Diagnostic, SourceFile, TextRange};

pub struct Context<'a> {
    pub source: &'a SourceFile<'a>,
    pub config: &'a Config,
    /// `None` when the file did not parse; checks that need syntax then do nothing.
    pub syntax: Option<&'a syn::File>,
    pub literals: Vec<StringLiteral>,
    test_code: Vec<TextRange>,
    diagnostics: Vec<Diagnostic>,
}

impl<'a> Context<'a> {
    pub(crate) fn new(
        source: &'a SourceFile<'a>,
        config: &'a Config,
        syntax: Option<&'a syn::File>,
        literals: Vec<StringLiteral>,
    ) -> Context<'a> {
        Context {
            source,
            config,
            syntax,
            literals,
            test_code: syntax
                .map(crate::test_code::test_regions)
                .unwrap_or_default(),
            diagnostics: Vec::new(),
        }
    }

    pub fn report(&mut self, diagnostic: Diagnostic) {
        self.diagnostics.push(diagnostic);
    }

    /// Whether `range` is test code: a test path, or inside `#[cfg(test)]`/`#[test]` items.
    pub fn is_test_code(&self, range: TextRange) -> bool {
        self.source.is_test_path || self.test_code.iter().any(|t| t.contains_range(range))
    }

    /// Whether a credential finding at `range` is reported under the configured
    /// `[credentials] test-code` policy. `is_provider_token` is true for values with
    /// a provider's format, false for findings made by heuristics (names, randomness,
    /// crypto API arguments).
    pub fn reports_credential(&self, range: TextRange, is_provider_token: bool) -> bool {
        !self.is_test_code(range)
            || self
                .config
                .credentials
                .test_code
                .reports_in_test_code(is_provider_token)
    }

    pub(crate) fn into_diagnostics(self) -> Vec<Diagnostic> {
        let mut diagnostics = self.diagnostics;
        // A name-based finding adds nothing when a more specific credential rule
        // (a crypto API, a provider format) already reports the same value.
        let generic = &trustlint_core::rules::credentials::generic_secret::RULE;
        let specific: Vec<TextRange> = diagnostics
            .iter()
            .filter(|d| {
                d.rule != generic && d.rule.category() == trustlint_core::Category::Credentials
            })
            .map(|d| d.range)
            .collect();
        diagnostics.retain(|d| {
            d.rule != generic
                || !specific
                    .iter()
                    .any(|s| s.start < d.range.end && d.range.start < s.end)
        });
        diagnostics
    }
}
