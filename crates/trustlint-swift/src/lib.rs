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
        let diagnostics = std::thread::scope(|scope| {
            let pending_data_flows = (file.text.len() >= PARALLEL_DATA_FLOW_BYTES)
                .then(|| data_flows_beside(scope, &syntax, config))
                .flatten();
            let mut cx = Context::new(file, config, &tree, &syntax, project, pending_data_flows);
            for check in checks::CHECKS {
                (check.run)(&mut cx);
            }
            cx.into_diagnostics()
        });
        cache.store(incremental::PreviousParse::new(file.text, tree));
        FileAnalysis {
            diagnostics,
            errors,
        }
    }
}

/// Files from this size on have their data flows (the costliest analysis, about a
/// third of the time) computed on a second thread while the other checks run: an
/// editor waits for one large file, where the second core is otherwise idle. Below
/// it, starting a thread costs more than it saves.
const PARALLEL_DATA_FLOW_BYTES: usize = 8 * 1024;

/// Starts computing the data flows of `syntax` on a thread of `scope`; `None`
/// when no thread can be started (the checks then compute them when asked).
fn data_flows_beside<'scope>(
    scope: &'scope std::thread::Scope<'scope, '_>,
    syntax: &'scope SyntaxIndex<'scope>,
    config: &'scope Config,
) -> Option<std::sync::mpsc::Receiver<dataflow::FileFlows>> {
    let (send, receive) = std::sync::mpsc::channel();
    std::thread::Builder::new()
        .name("trustlint-swift-flows".to_owned())
        .spawn_scoped(scope, move || {
            // The checks may not have asked for the flows (nothing left to receive them).
            let _ = send.send(dataflow::analyze(syntax, config));
        })
        .ok()?;
    Some(receive)
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
