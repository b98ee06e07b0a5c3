//! The scan API that the CLI and the LSP server share: discover files, dispatch
//! each to its analyzer on a worker with a large stack, locate and redact the
//! findings, apply suppressions, config and baselines.

mod analyzers;
pub mod deep;
pub mod git;
mod input;
mod project;
mod settings;
mod walk;

pub use analyzers::{all_rules, analyzers_for, find_rule, is_analyzed};
pub use input::analyze_bytes;
pub use project::{gather_project_context, is_project_file};
pub use settings::{RuleFilter, Settings, SettingsError, load_settings};
pub use walk::{ScanError, ScanInput, ScanResult, ScanStats, scan, scan_paths};

use std::cell::LazyCell;
use std::panic::AssertUnwindSafe;
use trustlint_core::{
    Analyzer, FileAnalysis, Finding, Language, LineIndex, ProjectContext, ReuseCache, SourceFile,
    TextRange, is_test_path,
};

/// Stack for analyzer threads: syn and the tree walkers recurse once per nesting
/// level, and scanned code can nest ten thousand levels deep.
pub const ANALYZER_STACK_SIZE: usize = 256 * 1024 * 1024;

/// The outcome of analysing one file's text.
#[derive(Debug, Default)]
pub struct FileOutcome {
    pub findings: Vec<Finding>,
    /// Problems with the file, with the 1-based line where known.
    pub errors: Vec<(Option<usize>, String)>,
}

/// Analyses one file's text (from disk, the git index or an editor buffer) without
/// project context. `path` is relative to the scan root, `/`-separated. Never panics:
/// an analyzer panic becomes an error entry. Call on a thread with [`ANALYZER_STACK_SIZE`].
pub fn analyze_text(path: &str, text: &str, settings: &Settings) -> FileOutcome {
    analyze_text_in_project(path, text, settings, &ProjectContext::default())
}

/// [`analyze_text`] with the project's context files (see [`gather_project_context`]).
pub fn analyze_text_in_project(
    path: &str,
    text: &str,
    settings: &Settings,
    project: &ProjectContext,
) -> FileOutcome {
    analyze_document(path, text, settings, project, &mut DocumentCache::default())
}

/// What the analyzers keep between analyses of one open document (see
/// [`analyze_document`]), e.g. the Swift syntax tree. Keep one per document and
/// drop it with the document; it holds about a copy of the text and its tree.
#[derive(Debug, Default)]
pub struct DocumentCache {
    per_analyzer: Vec<(Language, ReuseCache)>,
}

impl DocumentCache {
    fn of(&mut self, language: Language) -> &mut ReuseCache {
        let at = match self.per_analyzer.iter().position(|(l, _)| *l == language) {
            Some(at) => at,
            None => {
                self.per_analyzer.push((language, ReuseCache::default()));
                self.per_analyzer.len() - 1
            }
        };
        &mut self.per_analyzer[at].1
    }
}

/// [`analyze_text_in_project`] for a document that is analysed again after every
/// edit (an editor buffer): the analyzers re-use what `cache` kept from the
/// previous analysis of the same document (tree-sitter re-parses only the edited
/// part of a Swift file). The outcome is the same as `analyze_text_in_project`'s
/// on `text`, whatever the cache holds; a fresh cache just means a full analysis.
pub fn analyze_document(
    path: &str,
    text: &str,
    settings: &Settings,
    project: &ProjectContext,
    cache: &mut DocumentCache,
) -> FileOutcome {
    let source = SourceFile {
        path,
        text,
        is_test_path: is_test_path(path),
    };
    let mut analysis = FileAnalysis::default();
    let mut errors = Vec::new();
    for analyzer in analyzers_for(path) {
        let reuse = cache.of(analyzer.language());
        match run_analyzer(analyzer, &source, settings, project, reuse) {
            Ok(one) => {
                analysis.diagnostics.extend(one.diagnostics);
                analysis.errors.extend(one.errors);
            }
            Err(message) => errors.push((None, message)),
        }
    }
    // Lines are only counted for files with something to report.
    let index = LazyCell::new(|| LineIndex::new(text));
    let all_secrets: Vec<TextRange> = analysis
        .diagnostics
        .iter()
        .flat_map(|d| d.secrets.iter().copied())
        .collect();
    let findings: Vec<Finding> = analysis
        .diagnostics
        .into_iter()
        .filter(|d| settings.rules.is_enabled(d.rule))
        .map(|d| {
            let mut finding = Finding::locate(d, path, text, &index, &all_secrets);
            finding.severity = settings.severity_of(finding.rule, finding.severity);
            finding
        })
        .collect();
    let mut findings = trustlint_core::suppress::apply_suppressions(
        findings,
        path,
        text,
        &all_secrets,
        |name| find_rule(name).is_some() || trustlint_core::Category::parse(name).is_some(),
        |name| settings.rules.is_name_enabled(name),
    );
    findings.retain(|f| settings.rules.is_enabled(f.rule));
    trustlint_core::finding::number_fingerprints(&mut findings);
    errors.extend(
        analysis
            .errors
            .into_iter()
            .map(|e| (e.range.map(|r| index.line_of(r.start)), e.message)),
    );
    FileOutcome { findings, errors }
}

/// Runs one analyzer; a panic becomes an error message instead of ending the scan.
fn run_analyzer(
    analyzer: &dyn Analyzer,
    source: &SourceFile<'_>,
    settings: &Settings,
    project: &ProjectContext,
    cache: &mut ReuseCache,
) -> Result<FileAnalysis, String> {
    std::panic::catch_unwind(AssertUnwindSafe(|| {
        analyzer.analyze_reusing(source, &settings.config, project, cache)
    }))
    .map_err(|panic| {
        let what = panic
            .downcast_ref::<&str>()
            .map(|s| (*s).to_owned())
            .or_else(|| panic.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "unknown panic".to_owned());
        format!(
            "internal error in the {} analyzer: {what}",
            analyzer.language().as_str()
        )
    })
}
