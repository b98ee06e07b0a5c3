//! What a check sees: the syntax tree, the file's string literals and the config.

use crate::build_gates::BuildGates;
use crate::dataflow::FileFlows;
use crate::literals::StringLiteral;
use crate::privacy_manifest::ProjectManifests;
use std::cell::OnceCell;
use std::rc::Rc;
use trustlint_core::{Config, Diagnostic, ProjectContext, SourceFile, TextRange};

pub struct Context<'a> {
    pub source: &'a SourceFile<'a>,
    pub config: &'a Config,
    pub tree: &'a tree_sitter::Tree,
    pub literals: Vec<StringLiteral>,
    /// Project-level files (privacy manifests) gathered by the engine.
    pub project: &'a ProjectContext,
    test_code: Vec<TextRange>,
    diagnostics: Vec<Diagnostic>,
    build_gates: OnceCell<BuildGates>,
    data_flows: OnceCell<Rc<FileFlows>>,
    privacy_manifests: OnceCell<Rc<ProjectManifests>>,
}

impl<'a> Context<'a> {
    pub(crate) fn new(
        source: &'a SourceFile<'a>,
        config: &'a Config,
        tree: &'a tree_sitter::Tree,
        literals: Vec<StringLiteral>,
        project: &'a ProjectContext,
    ) -> Context<'a> {
        Context {
            source,
            config,
            tree,
            literals,
            project,
            test_code: crate::test_code::test_regions(tree, source.text),
            diagnostics: Vec::new(),
            build_gates: OnceCell::new(),
            data_flows: OnceCell::new(),
            privacy_manifests: OnceCell::new(),
        }
    }

    /// Which code ships in release device builds (`#if DEBUG`, test code).
    pub fn build_gates(&self) -> &BuildGates {
        self.build_gates
            .get_or_init(|| BuildGates::new(self.tree, self.source.text, self.source.is_test_path))
    }

    /// The file's data flows, computed once for all data-upload checks.
    pub fn data_flows(&self) -> Rc<FileFlows> {
        self.data_flows
            .get_or_init(|| {
                Rc::new(crate::dataflow::analyze(
                    self.tree,
                    self.source.text,
                    self.config,
                ))
            })
            .clone()
    }

    /// The project's privacy manifests, parsed on first use.
    pub fn privacy_manifests(&self) -> Rc<ProjectManifests> {
        self.privacy_manifests
            .get_or_init(|| Rc::new(ProjectManifests::from_project(self.project)))
            .clone()
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
