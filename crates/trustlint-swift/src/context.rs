//! What a check sees: the syntax tree and its index, the file's string literals and
//! the config, plus what several checks derive from them, computed once per file.

use crate::bindings::BoundValue;
use crate::build_gates::BuildGates;
use crate::dataflow::FileFlows;
use crate::entry_taint::Taint;
use crate::literals::StringLiteral;
use crate::privacy_manifest::ProjectManifests;
use crate::syntax_index::SyntaxIndex;
use std::cell::{OnceCell, RefCell};
use std::collections::HashMap;
use std::rc::Rc;
use tree_sitter::Node;
use trustlint_core::{Config, Diagnostic, ProjectContext, SourceFile, TextRange};

pub struct Context<'a> {
    pub source: &'a SourceFile<'a>,
    pub config: &'a Config,
    pub tree: &'a tree_sitter::Tree,
    /// Every node of the tree, walked once for all checks.
    pub syntax: &'a SyntaxIndex<'a>,
    pub literals: Vec<StringLiteral>,
    /// Project-level files (privacy manifests) gathered by the engine.
    pub project: &'a ProjectContext,
    test_code: Vec<TextRange>,
    diagnostics: Vec<Diagnostic>,
    build_gates: OnceCell<BuildGates<'a>>,
    bound_values: OnceCell<Vec<BoundValue>>,
    /// Outside-data taint of each function (or the top level) a check asked about.
    taints: RefCell<HashMap<usize, Rc<Taint<'a>>>>,
    data_flows: OnceCell<Rc<FileFlows>>,
}

impl<'a> Context<'a> {
    pub(crate) fn new(
        source: &'a SourceFile<'a>,
        config: &'a Config,
        tree: &'a tree_sitter::Tree,
        syntax: &'a SyntaxIndex<'a>,
        project: &'a ProjectContext,
    ) -> Context<'a> {
        Context {
            source,
            config,
            tree,
            syntax,
            literals: crate::literals::collect(syntax),
            project,
            test_code: crate::test_code::test_regions(syntax),
            diagnostics: Vec::new(),
            build_gates: OnceCell::new(),
            bound_values: OnceCell::new(),
            taints: RefCell::new(HashMap::new()),
            data_flows: OnceCell::new(),
        }
    }

    /// Which code ships in release device builds (`#if DEBUG`, test code).
    pub fn build_gates(&self) -> &BuildGates<'a> {
        self.build_gates
            .get_or_init(|| BuildGates::new(self.syntax, self.source.is_test_path))
    }

    /// The string values bound to names (see [`crate::bindings`]).
    pub fn bound_values(&self) -> &[BoundValue] {
        self.bound_values
            .get_or_init(|| crate::bindings::bound_values(self.syntax, &self.literals))
    }

    /// The outside-data taint of `scope` (see [`crate::entry_taint::scope_of`]).
    pub fn taint_of_scope(&self, scope: Node<'a>) -> Rc<Taint<'a>> {
        self.taints
            .borrow_mut()
            .entry(scope.id())
            .or_insert_with(|| Rc::new(Taint::of_scope(scope, self.syntax, false)))
            .clone()
    }

    /// The file's data flows, computed once for all data-upload checks.
    pub fn data_flows(&self) -> Rc<FileFlows> {
        self.data_flows
            .get_or_init(|| Rc::new(crate::dataflow::analyze(self.syntax, self.config)))
            .clone()
    }

    /// The project's privacy manifests, parsed on first use.
    pub fn privacy_manifests(&self) -> Rc<ProjectManifests> {
        ProjectManifests::of_project(self.project)
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

    /// What the checks reported since the last call, in the order they reported it.
    pub(crate) fn take_reported(&mut self) -> Vec<Diagnostic> {
        std::mem::take(&mut self.diagnostics)
    }
}
