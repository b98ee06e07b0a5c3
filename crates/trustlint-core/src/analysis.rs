//! The contract between the engine and the language analyzers.

use crate::config::Config;
use crate::diagnostic::FileAnalysis;
use crate::rule::{Language, RuleMeta};
use std::any::Any;

/// One file to analyse, already read and decoded.
#[derive(Clone, Copy, Debug)]
pub struct SourceFile<'a> {
    /// Relative to the scan root, `/`-separated.
    pub path: &'a str,
    pub text: &'a str,
    /// The path alone says this is test code (`tests/`, `benches/`, `*Tests.swift`, …).
    /// Analyzers add what the syntax says (`#[cfg(test)]`, `XCTestCase`).
    pub is_test_path: bool,
}

/// A file that describes the whole project rather than one source file (an Apple
/// privacy manifest, `PrivacyInfo.xcprivacy`). The engine gathers the files that
/// analyzers ask for ([`Analyzer::wants_project_file`]) under the scan root before
/// analysing, and hands them to every analysis, since analyzers see one file at a time.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProjectFile {
    /// Relative to the scan root, `/`-separated.
    pub path: String,
    /// Raw bytes: some project files (binary plists) are not text.
    pub bytes: Vec<u8>,
}

/// Every project file gathered for a scan; empty when the caller gathered none.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ProjectContext {
    pub files: Vec<ProjectFile>,
}

/// What an analyzer keeps from one analysis of a document for the next analysis
/// of the same document, e.g. the Swift syntax tree an editor buffer was parsed
/// into, so that re-analysing after an edit re-parses only what changed. Only the
/// analyzer that filled it knows what is inside; everyone else just keeps it next
/// to the document (one per analyzer) and drops it when the document goes away.
#[derive(Default)]
pub struct ReuseCache(Option<Box<dyn Any + Send>>);

impl ReuseCache {
    /// Takes out what was stored, if it is a `T`; the cache is empty afterwards,
    /// so an analysis that panics half-way leaves nothing stale behind.
    pub fn take<T: Any>(&mut self) -> Option<T> {
        let stored = self.0.take()?;
        stored.downcast().ok().map(|boxed| *boxed)
    }

    pub fn store<T: Any + Send>(&mut self, state: T) {
        self.0 = Some(Box::new(state));
    }
}

impl std::fmt::Debug for ReuseCache {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let state = if self.0.is_some() { "filled" } else { "empty" };
        f.debug_tuple("ReuseCache").field(&state).finish()
    }
}

/// A language analyzer. Analyzers are independent of each other and of files,
/// the CLI and the LSP: they get text and return diagnostics.
pub trait Analyzer: Sync + Send {
    fn language(&self) -> Language;

    /// Every rule this analyzer can report.
    fn rules(&self) -> &'static [&'static RuleMeta];

    /// Whether this analyzer reads the file at `path` (relative, `/`-separated).
    fn handles(&self, path: &str) -> bool;

    /// Whether this analyzer judges the file at `path` by its name alone, so binary
    /// content (a `.p12` key store) is handed over as empty text instead of being
    /// rejected as binary.
    fn judges_by_path(&self, path: &str) -> bool {
        let _ = path;
        false
    }

    /// Analyses one file. Must not panic on any input and must return the findings
    /// that could still be made next to any errors.
    fn analyze(&self, file: &SourceFile<'_>, config: &Config) -> FileAnalysis;

    /// Whether the file at `path` describes the project and should be handed to
    /// every analysis through [`ProjectContext`].
    fn wants_project_file(&self, _path: &str) -> bool {
        false
    }

    /// Whether this analyzer's [`Analyzer::analyze_in_project`] reads the project
    /// context. Gathering it walks the whole scan root, so a scan does that only
    /// when one of the files it analyses is handled by such an analyzer.
    fn uses_project_context(&self) -> bool {
        false
    }

    /// Analyses one file knowing the project's context files. Analyzers that use no
    /// project context keep the default, which ignores it.
    fn analyze_in_project(
        &self,
        file: &SourceFile<'_>,
        config: &Config,
        _project: &ProjectContext,
    ) -> FileAnalysis {
        self.analyze(file, config)
    }

    /// [`Analyzer::analyze_in_project`] for a document analysed again and again
    /// (an editor buffer): `cache` holds what this analyzer kept from the previous
    /// analysis of the same document and receives what it keeps from this one.
    /// The findings must be exactly those of `analyze_in_project` on the same
    /// text, whatever the cache holds. The default keeps nothing.
    fn analyze_reusing(
        &self,
        file: &SourceFile<'_>,
        config: &Config,
        project: &ProjectContext,
        cache: &mut ReuseCache,
    ) -> FileAnalysis {
        let _ = cache;
        self.analyze_in_project(file, config, project)
    }
}

/// Path conventions for test code shared by all analyzers. Cargo's `examples/` count:
/// example programs are built for people reading the crate, never into what it
/// ships. A Rust file named `tests.rs` or `test.rs` is, by convention, the body of
/// a `#[cfg(test)] mod tests;` declared in its parent.
pub fn is_test_path(path: &str) -> bool {
    let segments: Vec<&str> = path.split('/').collect();
    let (dirs, file) = segments.split_at(segments.len().saturating_sub(1));
    let file = file.first().copied().unwrap_or_default();
    dirs.iter().any(|dir| {
        matches!(
            *dir,
            "tests"
                | "test"
                | "benches"
                | "examples"
                | "Tests"
                | "UITests"
                | "testdata"
                | "__tests__"
        ) || dir.ends_with("Tests")
            || dir.ends_with("test-suite")
            || dir.ends_with("test_suite")
    }) || matches!(file, "tests.rs" | "test.rs")
        || file.ends_with("Tests.swift")
        || file.ends_with("Test.swift")
        || file.ends_with("_test.rs")
        || file.ends_with("_tests.rs")
}

#[cfg(test)]
mod tests {
    use super::is_test_path;

    #[test]
    fn recognises_test_paths() {
        assert!(is_test_path("tests/api.rs"));
        assert!(is_test_path("crates/x/benches/b.rs"));
        assert!(is_test_path("AppTests/LoginTests.swift"));
        assert!(is_test_path("Sources/LoginViewTests.swift"));
        assert!(is_test_path("src/uri/tests.rs"));
        assert!(is_test_path("examples/upload.rs"));
        assert!(is_test_path(
            "aws-signing-test-suite/v4/get-vanilla/context.json"
        ));
        assert!(!is_test_path("src/testing.rs"));
        assert!(!is_test_path("src/attestation.rs"));
        assert!(!is_test_path("src/main.rs"));
        assert!(!is_test_path("Sources/App/Latest.swift"));
    }
}
