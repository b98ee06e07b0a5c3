//! trustlint's Rust analyzer. Each file is lexed once with proc-macro2 (so string
//! literals are found even inside macro bodies and in files that do not parse), then
//! parsed with syn; every check in `checks/` runs over the result.

mod access_words;
pub mod bindings;
mod build_gates;
mod checks;
mod constants;
mod context;
mod dataflow;
mod literals;
mod local_flow;
mod mentions;
mod syn_helpers;
mod test_code;

pub use constants::FileConstants;
pub use context::Context;
pub use literals::StringLiteral;

use std::cell::RefCell;
use std::sync::LazyLock;
use trustlint_core::{
    AnalysisError, Analyzer, Config, FileAnalysis, Language, RuleMeta, SourceFile, TextRange,
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

pub struct RustAnalyzer;

impl Analyzer for RustAnalyzer {
    fn language(&self) -> Language {
        Language::Rust
    }

    fn rules(&self) -> &'static [&'static RuleMeta] {
        RULES.as_slice()
    }

    fn handles(&self, path: &str) -> bool {
        path.ends_with(".rs")
    }

    fn analyze(&self, file: &SourceFile<'_>, config: &Config) -> FileAnalysis {
        let analysis = analyze_source(file, config);
        // proc-macro2 keeps every parsed file's text in a per-thread map; long-lived
        // threads (the walker's workers, the LSP server) must release it per file.
        proc_macro2::extra::invalidate_current_thread_spans();
        analysis
    }
}

fn analyze_source(file: &SourceFile<'_>, config: &Config) -> FileAnalysis {
    // proc-macro2 measures byte offsets from the start of what it lexes; a BOM or
    // shebang line is blanked (same length) rather than cut so offsets stay true.
    let text = blank_preamble(file.text);
    let _lines = AsciiLines::set(&text);
    let mut errors = Vec::new();
    let tokens = match text.parse::<proc_macro2::TokenStream>() {
        Ok(tokens) => Some(tokens),
        Err(err) => {
            errors.push(lex_error(&err));
            None
        }
    };
    // One walk over the tokens finds the literals and how deep brackets nest.
    let scanned = tokens.as_ref().map(literals::collect).unwrap_or_default();
    let syntax = tokens
        .filter(|_| {
            let too_deep = scanned.deepest > MAX_PARSED_NESTING;
            if too_deep {
                errors.push(AnalysisError {
                    range: None,
                    message: format!(
                        "brackets nest more than {MAX_PARSED_NESTING} levels deep; the file was not parsed, only string literals were checked"
                    ),
                });
            }
            !too_deep
        })
        .and_then(|tokens| match syn::parse2::<syn::File>(tokens) {
                Ok(syntax) => Some(syntax),
                Err(err) => {
                    errors.push(AnalysisError {
                        range: Some(span_range(err.span())),
                        message: format!(
                            "Rust syntax error: {err}; only string literals were checked"
                        ),
                    });
                    None
                }
            });
    let mut cx = Context::new(file, config, syntax.as_ref(), scanned.literals);
    for check in checks::CHECKS {
        (check.run)(&mut cx);
    }
    FileAnalysis {
        diagnostics: cx.into_diagnostics(),
        errors,
    }
}

/// Deepest bracket nesting handed to syn. syn's parser recurses about six frames
/// (roughly 2.7 KB of stack) per level, so the analyzer stack
/// (`trustlint_engine::ANALYZER_STACK_SIZE`, 256 MB) would overflow, aborting the
/// whole scan, near 95,000 levels; past this limit only string literals are checked.
const MAX_PARSED_NESTING: usize = 20_000;

fn blank_preamble(text: &str) -> std::borrow::Cow<'_, str> {
    let mut owned: Option<String> = None;
    if let Some(rest) = text.strip_prefix('\u{feff}') {
        owned = Some(format!("   {rest}"));
    }
    let current = owned.as_deref().unwrap_or(text);
    if current.starts_with("#!") && !current.starts_with("#![") {
        let line_end = current.find('\n').unwrap_or(current.len());
        let blanked = format!("{}{}", " ".repeat(line_end), &current[line_end..]);
        owned = Some(blanked);
    }
    match owned {
        Some(s) => std::borrow::Cow::Owned(s),
        None => std::borrow::Cow::Borrowed(text),
    }
}

fn lex_error(err: &proc_macro2::LexError) -> AnalysisError {
    AnalysisError {
        range: Some(span_range(err.span())),
        message: format!("Rust lexer error: {err}; the file was not analysed"),
    }
}

/// The byte range of a span in the text being analysed.
pub(crate) fn span_range(span: proc_macro2::Span) -> TextRange {
    ASCII_LINE_STARTS
        .with_borrow(|lines| {
            let lines = lines.as_ref()?;
            let offset =
                |at: proc_macro2::LineColumn| Some(lines.get(at.line.checked_sub(1)?)? + at.column);
            Some(TextRange::new(offset(span.start())?, offset(span.end())?))
        })
        .unwrap_or_else(|| TextRange::from(span.byte_range()))
}

thread_local! {
    /// Where the lines of the file being analysed start, when its text is ASCII.
    /// proc-macro2 counts positions in characters and turns them into byte
    /// offsets through a per-file map whose lookups and inserts cost more than
    /// the checks asking for them; for ASCII text a character is a byte, and
    /// the line and column of a position locate it directly.
    static ASCII_LINE_STARTS: RefCell<Option<Vec<usize>>> = const { RefCell::new(None) };
}

/// Holds [`ASCII_LINE_STARTS`] for one file, and clears it when dropped, panics
/// included, so that no other file's spans are read against it.
struct AsciiLines;

impl AsciiLines {
    fn set(text: &str) -> AsciiLines {
        let lines = text.is_ascii().then(|| {
            std::iter::once(0)
                .chain(text.match_indices('\n').map(|(at, _)| at + 1))
                .collect()
        });
        ASCII_LINE_STARTS.set(lines);
        AsciiLines
    }
}

impl Drop for AsciiLines {
    fn drop(&mut self) {
        ASCII_LINE_STARTS.set(None);
    }
}
