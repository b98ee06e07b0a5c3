//! trustlint's Swift analyzer. Each file is parsed once with tree-sitter-swift;
//! trees with ERROR nodes are still analysed (what did parse is checked) and the
//! errors are reported. Every check in `checks/` runs over the tree.

mod access_grants;
pub mod bindings;
mod build_gates;
mod checks;
mod constants;
mod context;
pub mod dataflow;
mod entry_taint;
mod fast_hash;
mod incremental;
pub mod labelled_calls;
mod literals;
pub mod privacy_manifest;
mod property_list;
mod syntax;
mod syntax_index;
mod test_code;

pub use constants::FileConstants;
pub use context::Context;
pub use literals::StringLiteral;

use std::cell::RefCell;
use std::sync::LazyLock;
use syntax_index::SyntaxIndex;
use trustlint_core::{
    AnalysisError, Analyzer, Config, FileAnalysis, Language, ProjectContext, ReuseCache, RuleMeta,
    SourceFile, TextRange,
};

/// A check: the rules it may report and the function that looks for them.
pub struct Check {
    pub rules: &'static [&'static RuleMeta],
    pub run: fn(&mut Context<'_>),
}

/// Expands the generated check list (`src/checks/mod.rs`) into `CHECKS`.
macro_rules! check_registry {
    ($($category:ident :: $check:ident),* $(,)?) => {
        /// Every check under `src/checks/`, in file order.
        pub static CHECKS: &[$crate::Check] = &[$($crate::Check {
            rules: $category::$check::RULES,
            run: $category::$check::check,
        }),*];
    };
}
use check_registry;

static RULES: LazyLock<Vec<&'static RuleMeta>> = LazyLock::new(|| {
    let mut rules: Vec<&'static RuleMeta> = checks::CHECKS
        .iter()
        .flat_map(|c| c.rules.iter().copied())
        .collect();
    rules.sort_by_key(|r| r.id);
    rules.dedup_by_key(|r| r.id);
    rules
});

/// How many syntax errors are listed per file before the rest are summarised.
const MAX_LISTED_SYNTAX_ERRORS: usize = 5;

pub struct SwiftAnalyzer;

impl Analyzer for SwiftAnalyzer {
    fn language(&self) -> Language {
        Language::Swift
    }

    fn rules(&self) -> &'static [&'static RuleMeta] {
        RULES.as_slice()
    }

    fn handles(&self, path: &str) -> bool {
        path.ends_with(".swift")
            || property_list::is_info_plist(path)
            || privacy_manifest::is_manifest_path(path)
    }

    fn wants_project_file(&self, path: &str) -> bool {
        privacy_manifest::is_manifest_path(path)
    }

    fn uses_project_context(&self) -> bool {
        true
    }

    fn analyze(&self, file: &SourceFile<'_>, config: &Config) -> FileAnalysis {
        self.analyze_in_project(file, config, &ProjectContext::default())
    }

    fn analyze_in_project(
        &self,
        file: &SourceFile<'_>,
        config: &Config,
        project: &ProjectContext,
    ) -> FileAnalysis {
        self.analyze_reusing(file, config, project, &mut ReuseCache::default())
    }

    /// Keeps the syntax tree and the text it was parsed from; the next analysis
    /// tells tree-sitter which bytes changed, so it re-parses only around them.
    fn analyze_reusing(
        &self,
        file: &SourceFile<'_>,
        config: &Config,
        project: &ProjectContext,
        cache: &mut ReuseCache,
    ) -> FileAnalysis {
        if property_list::is_info_plist(file.path) {
            return property_list::analyze(file);
        }
        if privacy_manifest::is_manifest_path(file.path) {
            return privacy_manifest::analyze_manifest_file(file.path, file.text);
        }
        let previous = cache.take::<incremental::PreviousParse>();
        let parsed = match parse(file.text, previous) {
            Ok(parsed) => parsed,
            Err(err) => {
                return FileAnalysis {
                    diagnostics: Vec::new(),
                    errors: vec![AnalysisError {
                        range: None,
                        message: format!("the Swift grammar cannot be loaded: {err}"),
                    }],
                };
            }
        };
        let Some(tree) = parsed else {
            return FileAnalysis {
                diagnostics: Vec::new(),
                errors: vec![AnalysisError {
                    range: None,
                    message: "the Swift parser gave up on this file".to_owned(),
                }],
            };
        };
        let errors = syntax_errors(&tree);
        let syntax = SyntaxIndex::new(&tree, file.text);
        let checks = Checks {
            file,
            config,
            tree: &tree,
            syntax: &syntax,
            project,
        };
        let diagnostics = std::thread::scope(|scope| {
            let beside = (file.text.len() >= PARALLEL_CHECKS_BYTES)
                .then(|| {
                    std::thread::Builder::new()
                        .name("trustlint-swift-flows".to_owned())
                        .stack_size(CHECK_THREAD_STACK_SIZE)
                        .spawn_scoped(scope, || checks.run(follows_data_flows))
                        .ok()
                })
                .flatten();
            let mut reported = match beside {
                Some(_) => checks.run(|check| !follows_data_flows(check)),
                None => checks.run(|_| true),
            };
            if let Some(beside) = beside {
                match beside.join() {
                    Ok(found) => reported.extend(found),
                    Err(panic) => std::panic::resume_unwind(panic),
                }
            }
            // Registry order, as if one thread had run every check.
            reported.sort_by_key(|(check, _)| *check);
            let mut diagnostics: Vec<_> =
                reported.into_iter().flat_map(|(_, found)| found).collect();
            // One finding per secret: a provider format over an Authorization value
            // or a URL password, and any specific rule over a name-based guess.
            trustlint_secrets::keep_most_specific_credentials(&mut diagnostics);
            diagnostics
        });
        cache.store(incremental::PreviousParse::new(file.text, tree));
        FileAnalysis {
            diagnostics,
            errors,
        }
    }
}

/// Files from this size on are checked on two threads: the data-upload checks
/// (with the data flows they share, the costliest analysis) on a second one, the
/// other checks on this one, which takes about as long. An editor waits for one
/// large file while the second core is otherwise idle. Below this size, starting a
/// thread costs more than it saves.
const PARALLEL_CHECKS_BYTES: usize = 8 * 1024;

/// The second thread's stack: the tree walkers recurse once per nesting level, and
/// scanned code can nest thousands of levels deep (the engine gives its analyzer
/// threads as much, `trustlint_engine::ANALYZER_STACK_SIZE`).
const CHECK_THREAD_STACK_SIZE: usize = 256 * 1024 * 1024;

/// What every check of one file reads.
struct Checks<'a> {
    file: &'a SourceFile<'a>,
    config: &'a Config,
    tree: &'a tree_sitter::Tree,
    syntax: &'a SyntaxIndex<'a>,
    project: &'a ProjectContext,
}

impl Checks<'_> {
    /// Runs the checks `selected` picks with a context of their own (what a context
    /// derives is only ever a function of the file), and returns what each
    /// reported, by its position in the registry.
    fn run(
        &self,
        selected: impl Fn(&Check) -> bool,
    ) -> Vec<(usize, Vec<trustlint_core::Diagnostic>)> {
        let mut cx = Context::new(self.file, self.config, self.tree, self.syntax, self.project);
        let mut reported = Vec::new();
        for (position, check) in checks::CHECKS.iter().enumerate() {
            if selected(check) {
                (check.run)(&mut cx);
                reported.push((position, cx.take_reported()));
            }
        }
        reported
    }
}

/// Whether `check` reports data uploads, which all read the file's data flows.
fn follows_data_flows(check: &Check) -> bool {
    check
        .rules
        .iter()
        .all(|rule| rule.category() == trustlint_core::Category::DataUpload)
}

/// Parses with this thread's parser, which keeps its buffers between files,
/// re-using `previous` (the same document before an edit) where it still fits.
fn parse(
    text: &str,
    previous: Option<incremental::PreviousParse>,
) -> Result<Option<tree_sitter::Tree>, tree_sitter::LanguageError> {
    thread_local! {
        static PARSER: RefCell<Option<tree_sitter::Parser>> = const { RefCell::new(None) };
    }
    PARSER.with_borrow_mut(|cached| {
        let parser = match cached {
            Some(parser) => parser,
            None => {
                let mut parser = tree_sitter::Parser::new();
                parser.set_language(&tree_sitter_swift::LANGUAGE.into())?;
                cached.insert(parser)
            }
        };
        let old_tree = previous.map(|previous| previous.edited_to(text));
        Ok(parser.parse(text, old_tree.as_ref()))
    })
}

/// ERROR and MISSING nodes, walked without recursion (files can nest deeply).
fn syntax_errors(tree: &tree_sitter::Tree) -> Vec<AnalysisError> {
    let root = tree.root_node();
    if !root.has_error() {
        return Vec::new();
    }
    let mut found = Vec::new();
    let mut cursor = root.walk();
    let mut total = 0;
    'walk: loop {
        let node = cursor.node();
        let is_error = node.is_error() || node.is_missing();
        if is_error {
            total += 1;
            if found.len() < MAX_LISTED_SYNTAX_ERRORS {
                let what = if node.is_missing() {
                    format!("missing `{}`", node.kind())
                } else {
                    "unexpected code".to_owned()
                };
                found.push(AnalysisError {
                    range: Some(TextRange::new(node.start_byte(), node.end_byte())),
                    message: format!(
                        "Swift syntax error: {what}; the rest of the file was still checked"
                    ),
                });
            }
        }
        if !is_error && node.has_error() && cursor.goto_first_child() {
            continue;
        }
        while !cursor.goto_next_sibling() {
            if !cursor.goto_parent() {
                break 'walk;
            }
        }
    }
    if total > found.len() {
        found.push(AnalysisError {
            range: None,
            message: format!("{} more Swift syntax errors", total - found.len()),
        });
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Findings of every category in a file above the two-thread size, analysed on
    /// two threads and on one.
    #[test]
    fn two_threads_find_what_one_finds() {
        let mut text = String::new();
        for fixture in [
            include_str!("../../../test-fixtures/swift/credentials/APIClient.swift"),
            include_str!("../../../test-fixtures/swift/debug_entry/NetworkClient.swift"),
            include_str!("../../../test-fixtures/swift/debug_entry/DebugMenus.swift"),
            include_str!("../../../test-fixtures/swift/data_upload/spyware/DevToolsHelper.swift"),
        ] {
            text.push_str(fixture);
        }
        assert!(text.len() >= PARALLEL_CHECKS_BYTES);
        let file = SourceFile {
            path: "Sources/App/Combined.swift",
            text: &text,
            is_test_path: false,
        };
        let config = Config::default();
        let project = ProjectContext::default();
        let two = SwiftAnalyzer.analyze(&file, &config).diagnostics;

        let tree = parse(&text, None).unwrap().unwrap();
        let syntax = SyntaxIndex::new(&tree, &text);
        let checks = Checks {
            file: &file,
            config: &config,
            tree: &tree,
            syntax: &syntax,
            project: &project,
        };
        let mut one: Vec<_> = checks
            .run(|_| true)
            .into_iter()
            .flat_map(|(_, found)| found)
            .collect();
        trustlint_secrets::keep_most_specific_credentials(&mut one);

        let categories: std::collections::BTreeSet<_> =
            one.iter().map(|d| d.rule.category()).collect();
        assert_eq!(categories.len(), 3, "{categories:?}");
        let shown = |found: &[trustlint_core::Diagnostic]| -> Vec<String> {
            found
                .iter()
                .map(|d| {
                    let fields = (d.rule.id, d.range, &d.message, &d.help, &d.secrets);
                    format!(
                        "{fields:?} {:?} {:?} {:?}",
                        d.flow, d.severity, d.confidence
                    )
                })
                .collect()
        };
        assert_eq!(shown(&two), shown(&one));
    }
}
