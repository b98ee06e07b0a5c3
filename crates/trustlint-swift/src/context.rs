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
        self.diagnostics
    }
}
