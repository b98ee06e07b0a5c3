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
        let mut test_code = syntax
            .map(crate::test_code::test_regions)
            .unwrap_or_default();
        // Doc comments reach the token stream as `#[doc = "…"]` string literals;
        // the code in them is rustdoc examples, compiled and run as doctests.
        test_code.extend(
            literals
                .iter()
                .filter(|literal| is_doc_comment(source.text, literal.range))
                .map(|literal| literal.range),
        );
        Context {
            source,
            config,
            syntax,
            literals,
            test_code,
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
        // One finding per secret: a provider format over an Authorization value or
        // a URL password, and any specific rule over a name-based guess.
        trustlint_secrets::keep_most_specific_credentials(&mut diagnostics);
        diagnostics
    }
}

/// Whether the string literal token at `range` is written as a doc comment (`///`,
/// `//!`, `/** */`, `/*! */`); every other string literal starts with a quote or
/// a prefix letter.
fn is_doc_comment(text: &str, range: TextRange) -> bool {
    text.get(range.start..)
        .is_some_and(|literal| literal.starts_with("//") || literal.starts_with("/*"))
}
