//! What a check sees: the parsed file, its string literals, the config, and where
//! test code is. What several checks need (the build gates, the function bodies,
//! the bound values) is worked out once per file, when a check first asks.

use crate::bindings::BoundValue;
use crate::build_gates::BuildGates;
use crate::literals::StringLiteral;
use crate::mentions::Mentions;
use crate::statements::Statements;
use crate::syn_helpers::{FnBody, for_each_word};
use foldhash::{HashSet, HashSetExt};
use std::borrow::Cow;
use std::cell::OnceCell;
use std::rc::Rc;
use trustlint_core::{Config, Diagnostic, SourceFile, TextRange};

pub struct Context<'a> {
    pub source: &'a SourceFile<'a>,
    pub config: &'a Config,
    /// Parsed when a check first asks, see [`Context::syntax`].
    syntax: &'a crate::LazySyntax<'a>,
    pub literals: Vec<StringLiteral>,
    /// Whether checks may spare work that cannot change what they find: the
    /// gates, and the functions the data-flow pass leaves out. Tests compare
    /// the findings with and without.
    pub(crate) spares_work: bool,
    /// Every identifier of the file, `None` when it is not to be parsed.
    identifiers: Option<Vec<Cow<'a, str>>>,
    /// The statement of each literal, `None` when proc-macro2 read the file.
    statements: Option<Statements>,
    /// Ranges of test items and doc comments; computed when first needed.
    test_code: OnceCell<Vec<TextRange>>,
    mentions: OnceCell<Mentions<'a>>,
    name_words: OnceCell<HashSet<String>>,
    build_gates: OnceCell<Rc<BuildGates>>,
    fn_bodies: OnceCell<Rc<[FnBody<'a>]>>,
    bound_values: OnceCell<Rc<[BoundValue]>>,
    diagnostics: Vec<Diagnostic>,
}

impl<'a> Context<'a> {
    pub(crate) fn new(
        source: &'a SourceFile<'a>,
        config: &'a Config,
        syntax: &'a crate::LazySyntax<'a>,
        literals: Vec<StringLiteral>,
        identifiers: Option<Vec<Cow<'a, str>>>,
        statements: Option<Statements>,
    ) -> Context<'a> {
        Context {
            source,
            config,
            syntax,
            literals,
            spares_work: true,
            identifiers,
            statements,
            test_code: OnceCell::new(),
            mentions: OnceCell::new(),
            name_words: OnceCell::new(),
            build_gates: OnceCell::new(),
            fn_bodies: OnceCell::new(),
            bound_values: OnceCell::new(),
            diagnostics: Vec::new(),
        }
    }

    /// Whether any of the file can be compiled into a release build. Test files
    /// (`tests/`, `benches/`, `*_test.rs`) cannot: their build gates and test-code
    /// ranges cover everything, so the debug-entry and data-upload checks, which
    /// report only shipped code, skip them.
    pub fn may_ship(&self) -> bool {
        !self.source.is_test_path
    }

    /// The parsed file, `None` when it did not parse; checks that need syntax then
    /// do nothing. The first call parses the file, so a check asks only once its
    /// cheaper tests (its gate, the file's words) have not ruled it out.
    pub fn syntax(&self) -> Option<&'a syn::File> {
        self.syntax.get()
    }

    /// The words of the file, for checks to rule themselves out cheaply.
    pub fn mentions(&self) -> &Mentions<'a> {
        self.mentions
            .get_or_init(|| Mentions::new(self.source.text))
    }

    /// The lower-case words ([`crate::syn_helpers::split_words`]) of every
    /// identifier and string literal of the file, doc comments included (the
    /// empty set when it will not be parsed): every word a check reads from the
    /// names and literals of syntax, and none of the words of plain comments.
    pub fn name_words(&self) -> &HashSet<String> {
        self.name_words.get_or_init(|| {
            let Some(identifiers) = &self.identifiers else {
                return HashSet::new();
            };
            // Most names recur many times in a file; each is split once, and
            // each word is copied once.
            let mut split: HashSet<&str> = HashSet::new();
            let mut words: HashSet<String> = HashSet::new();
            let mut keep = |word: &str| {
                if !words.contains(word) {
                    words.insert(word.to_owned());
                }
            };
            for identifier in identifiers {
                if split.insert(identifier) {
                    for_each_word(identifier, &mut keep);
                }
            }
            for literal in &self.literals {
                for_each_word(&literal.value, &mut keep);
            }
            words
        })
    }

    /// The values of the string literals written in code: doc comments reach the
    /// tokens as `#[doc = "…"]` literals, but are never an expression, a binding
    /// or a `key: value` pair, and build nothing that runs.
    pub fn code_literals(&self) -> impl Iterator<Item = &str> + '_ {
        self.literals
            .iter()
            .filter(|literal| !is_doc_comment(self.source.text, literal.range))
            .map(|literal| literal.value.as_str())
    }

    /// The code literals (not doc comments) with their index in [`Context::literals`].
    pub(crate) fn indexed_code_literals(&self) -> impl Iterator<Item = (usize, &StringLiteral)> {
        self.literals
            .iter()
            .enumerate()
            .filter(|(_, literal)| !is_doc_comment(self.source.text, literal.range))
    }

    /// Which statement each literal is in ([`crate::statements`]), `None` when the
    /// hand lexer left the file to proc-macro2.
    pub(crate) fn statements(&self) -> Option<&Statements> {
        self.statements.as_ref()
    }

    /// The literals written in `range` of the text, in source order.
    pub(crate) fn literals_in(&self, range: std::ops::Range<usize>) -> &[StringLiteral] {
        let first = self
            .literals
            .partition_point(|literal| literal.range.start < range.start);
        let end = first
            + self.literals[first..].partition_point(|literal| literal.range.end <= range.end);
        &self.literals[first..end]
    }

    /// Whether `needle` is written in `range` of the text outside its string
    /// literals (and doc comments, which are literals too), as an operator of the
    /// code would be.
    pub(crate) fn written_outside_literals(
        &self,
        needle: char,
        range: std::ops::Range<usize>,
    ) -> bool {
        let text = self.source.text;
        let mut from = range.start;
        for literal in self.literals_in(range.clone()) {
            if text[from..literal.range.start].contains(needle) {
                return true;
            }
            from = from.max(literal.range.end);
        }
        text[from..range.end.max(from)].contains(needle)
    }

    /// The identifier-like words written in `range` of the text outside its string
    /// literals: identifiers, keywords, and the words of plain comments (a few
    /// more words than the names, never fewer).
    pub(crate) fn words_in(&self, range: std::ops::Range<usize>) -> Vec<&'a str> {
        let text: &'a str = self.source.text;
        let mut words = Vec::new();
        let mut from = range.start;
        let gaps = self
            .literals_in(range.clone())
            .iter()
            .map(|literal| literal.range.start..literal.range.end)
            .chain(std::iter::once(range.end..range.end));
        for literal in gaps {
            words.extend(
                text[from..literal.start]
                    .split(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
                    .filter(|word| word.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_')),
            );
            from = literal.end;
        }
        words
    }

    /// Which code ships in release builds (empty when the file did not parse).
    pub fn build_gates(&self) -> Rc<BuildGates> {
        Rc::clone(self.build_gates.get_or_init(|| {
            Rc::new(match self.syntax() {
                Some(file) => BuildGates::collect(file, self.source.is_test_path),
                None => BuildGates::default(),
            })
        }))
    }

    /// Every function body of the file (none when it did not parse).
    pub fn fn_bodies(&self) -> Rc<[FnBody<'a>]> {
        Rc::clone(self.fn_bodies.get_or_init(|| match self.syntax() {
            Some(file) => crate::syn_helpers::fn_bodies(file).into(),
            None => Rc::new([]),
        }))
    }

    /// Every string value bound to a name (none when the file did not parse).
    pub fn bound_values(&self) -> Rc<[BoundValue]> {
        Rc::clone(self.bound_values.get_or_init(|| match self.syntax() {
            Some(file) => crate::bindings::bound_values(file).into(),
            None => Rc::new([]),
        }))
    }

    fn test_code(&self) -> &[TextRange] {
        self.test_code.get_or_init(|| {
            let mut test_code = self
                .syntax()
                .map(crate::test_code::test_regions)
                .unwrap_or_default();
            // Doc comments reach the token stream as `#[doc = "…"]` string literals;
            // the code in them is rustdoc examples, compiled and run as doctests.
            test_code.extend(
                self.literals
                    .iter()
                    .filter(|literal| is_doc_comment(self.source.text, literal.range))
                    .map(|literal| literal.range),
            );
            test_code
        })
    }

    pub fn report(&mut self, diagnostic: Diagnostic) {
        self.diagnostics.push(diagnostic);
    }

    /// Whether `range` is test code: a test path, or inside `#[cfg(test)]`/`#[test]` items.
    pub fn is_test_code(&self, range: TextRange) -> bool {
        self.source.is_test_path || self.test_code().iter().any(|t| t.contains_range(range))
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

    /// Whether a credential found by a heuristic (not a provider format) may be
    /// reported anywhere in the file: it is not a test file, or the `[credentials]
    /// test-code` policy reports such findings in test code.
    pub fn may_report_heuristic_credentials(&self) -> bool {
        !self.source.is_test_path
            || self
                .config
                .credentials
                .test_code
                .reports_in_test_code(false)
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
pub(crate) fn is_doc_comment(text: &str, range: TextRange) -> bool {
    text.get(range.start..)
        .is_some_and(|literal| literal.starts_with("//") || literal.starts_with("/*"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn name_words_of(text: &str) -> Vec<String> {
        let source = SourceFile {
            path: "src/lib.rs",
            text,
            is_test_path: false,
        };
        let config = Config::default();
        let read = crate::read(text);
        let cx = Context::new(
            &source,
            &config,
            &read.syntax,
            read.literals,
            read.identifiers,
            read.statements,
        );
        let mut words: Vec<String> = cx.name_words().iter().cloned().collect();
        words.sort();
        proc_macro2::extra::invalidate_current_thread_spans();
        words
    }

    /// Doc comments count as `#[doc = "…"]` attributes (so `doc` is a name), and
    /// lifetimes as identifiers; plain comments count for nothing.
    #[test]
    fn name_words_are_the_words_of_identifiers_and_literals() {
        let text = "/// Reads the `ApiToken`.\n\
            fn read_api_token<'life>(x: &'life str) -> String { // plainComment\n\
            format!(\"{x}: Bearer\") }\n";
        assert_eq!(
            name_words_of(text),
            [
                "api", "bearer", "doc", "fn", "format", "life", "read", "reads", "str", "string",
                "the", "token", "x"
            ]
        );
        assert_eq!(
            name_words_of("fn broken() { \"unterminated }"),
            Vec::<String>::new()
        );
    }
}
