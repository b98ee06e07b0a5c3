//! What a check sees: the syntax tree, the file's string literals and the config.

use crate::build_gates::BuildGates;
use crate::literals::StringLiteral;
use std::cell::OnceCell;
use trustlint_core::{Config, Diagnostic, SourceFile, TextRange};

pub struct Context<'a> {
    pub source: &'a SourceFile<'a>,
    pub config: &'a Config,
    pub tree: &'a tree_sitter::Tree,
    pub literals: Vec<StringLiteral>,
    test_code: Vec<TextRange>,
    diagnostics: Vec<Diagnostic>,
    build_gates: OnceCell<BuildGates>,
}

impl<'a> Context<'a> {
    pub(crate) fn new(
        source: &'a SourceFile<'a>,
        config: &'a Config,
        tree: &'a tree_sitter::Tree,
        literals: Vec<StringLiteral>,
    ) -> Context<'a> {
        Context {
            source,
            config,
            tree,
            literals,
            test_code: crate::test_code::test_regions(tree, source.text),
            diagnostics: Vec::new(),
            build_gates: OnceCell::new(),
        }
    }

    /// Which code ships in release device builds (`#if DEBUG`, test code).
    pub fn build_gates(&self) -> &BuildGates {
        self.build_gates
            .get_or_init(|| BuildGates::new(self.tree, self.source.text, self.source.is_test_path))
    }

    pub fn report(&mut self, diagnostic: Diagnostic) {
        self.diagnostics.push(diagnostic);
    }

    /// Whether `range` is test code: a test path, a file importing a test framework,
    /// an `XCTestCase` subclass, or a `@Test`/`@Suite` declaration.
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

    /// The source text of a node.
    pub fn text(&self, node: tree_sitter::Node<'_>) -> &'a str {
        self.source
            .text
            .get(node.start_byte()..node.end_byte())
            .unwrap_or_default()
    }

    pub fn range(node: tree_sitter::Node<'_>) -> TextRange {
        TextRange::new(node.start_byte(), node.end_byte())
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
