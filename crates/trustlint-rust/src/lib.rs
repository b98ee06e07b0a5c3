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
mod lexer;
mod literals;
mod local_flow;
mod mentions;
mod statements;
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

/// A check: the rules it may report, its gate and the function that looks for them.
pub struct Check {
    pub rules: &'static [&'static RuleMeta],
    /// Whether `run` may report anything in this file, judged cheaply from the
    /// file's words and literals without its syntax; when no running check asks
    /// for the syntax, the file is never parsed.
    pub may_report: fn(&Context<'_>) -> bool,
    pub run: fn(&mut Context<'_>),
}

/// Expands the generated check list (`src/checks/mod.rs`) into `CHECKS`.
macro_rules! check_registry {
    ($($category:ident :: $check:ident),* $(,)?) => {
        /// Every check under `src/checks/`, in file order.
        pub static CHECKS: &[$crate::Check] = &[$($crate::Check {
            rules: $category::$check::RULES,
            may_report: $category::$check::may_report,
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
        let analysis = analyze_source(file, config, true);
        // proc-macro2 keeps every parsed file's text in a per-thread map; long-lived
        // threads (the walker's workers, the LSP server) must release it per file.
        proc_macro2::extra::invalidate_current_thread_spans();
        analysis
    }
}

/// Analyses one file. A check runs only when its gate ([`Check::may_report`])
/// lets it, and the file is parsed only when a running check first asks for its
/// syntax. With `spare_work` false (tests comparing the two), every check runs,
/// and does all its work ([`Context::spares_work`]).
fn analyze_source(file: &SourceFile<'_>, config: &Config, spare_work: bool) -> FileAnalysis {
    // proc-macro2 measures byte offsets from the start of what it lexes; a BOM or
    // shebang line is blanked (same length) rather than cut so offsets stay true.
    let text = blank_preamble(file.text);
    let _lines = AsciiLines::set(&text);
    let read = read(&text);
    let mut errors = read.errors;
    let mut cx = Context::new(
        file,
        config,
        &read.syntax,
        read.literals,
        read.identifiers,
        read.statements,
    );
    cx.spares_work = spare_work;
    for check in checks::CHECKS {
        if !spare_work || (check.may_report)(&cx) {
            (check.run)(&mut cx);
        }
    }
    let diagnostics = cx.into_diagnostics();
    errors.extend(read.syntax.into_error());
    FileAnalysis {
        diagnostics,
        errors,
    }
}

/// A file as the checks first see it: its string literals, its names, and its
/// syntax, parsed when first asked for.
pub(crate) struct Read<'t> {
    pub literals: Vec<StringLiteral>,
    /// Every identifier, `None` when the file is not to be parsed: names are read
    /// only from files that are, like the syntax.
    pub identifiers: Option<Vec<std::borrow::Cow<'t, str>>>,
    pub syntax: LazySyntax<'t>,
    pub statements: Option<statements::Statements>,
    pub errors: Vec<AnalysisError>,
}

/// Reads `text` with the hand lexer ([`lexer::scan`]), or with proc-macro2 when
/// the text holds something the hand lexer leaves to it.
pub(crate) fn read(text: &str) -> Read<'_> {
    let mut errors = Vec::new();
    let (scanned, input) = match lexer::scan(text) {
        Some(scanned) => (scanned, Some(SyntaxInput::Text(text))),
        None => match text.parse::<proc_macro2::TokenStream>() {
            // One walk over the tokens finds the literals and how deep brackets nest.
            Ok(tokens) => (
                literals::collect(&tokens, text),
                Some(SyntaxInput::Tokens(tokens)),
            ),
            Err(err) => {
                errors.push(lex_error(&err));
                (literals::Scanned::default(), None)
            }
        },
    };
    let too_deep = scanned.deepest > MAX_PARSED_NESTING;
    if too_deep {
        errors.push(AnalysisError {
            range: None,
            message: format!(
                "brackets nest more than {MAX_PARSED_NESTING} levels deep; the file was not parsed, only string literals were checked"
            ),
        });
    }
    let input = input.filter(|_| !too_deep);
    Read {
        statements: scanned.statements,
        literals: scanned.literals,
        identifiers: input.is_some().then_some(scanned.identifiers),
        syntax: LazySyntax {
            input,
            parsed: std::cell::OnceCell::new(),
        },
        errors,
    }
}

/// The file's syntax tree, parsed the first time a check asks. A file no check
/// asks about is not parsed, so its syntax errors go unreported.
pub(crate) struct LazySyntax<'t> {
    /// `None` when the file is not to be parsed (it did not lex, or nests too deep).
    input: Option<SyntaxInput<'t>>,
    parsed: std::cell::OnceCell<Option<Result<syn::File, AnalysisError>>>,
}

/// What the syntax is parsed from.
enum SyntaxInput<'t> {
    /// Tokens proc-macro2 lexed up front, for a file the hand lexer left to it.
    Tokens(proc_macro2::TokenStream),
    /// Text only the hand lexer has read; proc-macro2 lexes it when it is parsed.
    Text(&'t str),
}

impl LazySyntax<'_> {
    /// The parsed file, or `None` when it is not to be parsed or did not parse.
    pub(crate) fn get(&self) -> Option<&syn::File> {
        let parsed = self.parsed.get_or_init(|| {
            let tokens = match self.input.as_ref()? {
                // A token stream is shared, not copied, when cloned.
                SyntaxInput::Tokens(tokens) => tokens.clone(),
                SyntaxInput::Text(text) => match text.parse::<proc_macro2::TokenStream>() {
                    Ok(tokens) => tokens,
                    // The hand lexer leaves every text proc-macro2 rejects to it, so
                    // this is not expected; its literals have been checked.
                    Err(err) => {
                        return Some(Err(AnalysisError {
                            range: Some(span_range(err.span())),
                            message: format!(
                                "Rust lexer error: {err}; only string literals were checked"
                            ),
                        }));
                    }
                },
            };
            Some(
                syn::parse2::<syn::File>(tokens).map_err(|err| AnalysisError {
                    range: Some(span_range(err.span())),
                    message: format!("Rust syntax error: {err}; only string literals were checked"),
                }),
            )
        });
        parsed.as_ref()?.as_ref().ok()
    }

    /// The syntax error, when the file was parsed and did not parse.
    fn into_error(self) -> Option<AnalysisError> {
        self.parsed.into_inner()??.err()
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

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use std::path::{Path, PathBuf};

    fn analyze(path: &str, text: &str, spare_work: bool) -> FileAnalysis {
        let file = SourceFile {
            path,
            text,
            is_test_path: trustlint_core::is_test_path(path),
        };
        let analysis = analyze_source(&file, &Config::default(), spare_work);
        proc_macro2::extra::invalidate_current_thread_spans();
        analysis
    }

    /// The `.rs` files under `dir`, leaving out the downloaded corpora unless
    /// `with_corpora`.
    pub(crate) fn rust_files(dir: &Path, with_corpora: bool, found: &mut Vec<PathBuf>) {
        for entry in std::fs::read_dir(dir).expect("fixture directory reads") {
            let path = entry.expect("fixture entry reads").path();
            if path.is_dir() {
                if with_corpora || !path.ends_with("corpora") {
                    rust_files(&path, with_corpora, found);
                }
            } else if path.extension().is_some_and(|ext| ext == "rs") {
                found.push(path);
            }
        }
    }

    /// The gates and the data-flow pass's choice of functions only spare work:
    /// every Rust fixture gets the same findings when every check runs on every
    /// file, and evaluates every function, as when they decide.
    #[test]
    fn sparing_work_changes_no_finding() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../test-fixtures");
        let mut files = Vec::new();
        rust_files(&root, false, &mut files);
        assert!(files.len() > 50, "found only {} fixtures", files.len());
        for path in files {
            // The bad-input fixtures include files that are not UTF-8.
            let Ok(text) = std::fs::read_to_string(&path) else {
                continue;
            };
            let relative = path.strip_prefix(&root).unwrap().to_string_lossy();
            let shown = |analysis: FileAnalysis| format!("{:#?}", analysis.diagnostics);
            assert_eq!(
                shown(analyze(&relative, &text, true)),
                shown(analyze(&relative, &text, false)),
                "{relative}"
            );
        }
    }

    /// A key in a doc comment is reported where it is written, whichever lexer read
    /// the file (a non-ASCII name leaves it to proc-macro2), escapes or not.
    #[test]
    fn keys_in_doc_comments_are_located_exactly() {
        let key = "AKIA4TQ7PZ3WEXD2LHKN";
        let cases = [
            format!("/// Example key {key} for the docs\npub fn f() {{}}\n"),
            format!("//! Set `key = \"{key}\"`\tthen run.\r\npub fn f() {{}}\n"),
            format!("/** Example key {key} */\npub fn café() {{}}\n"),
        ];
        // The message names the case, not its text: a key is never printed whole.
        for (case, text) in cases.iter().enumerate() {
            let analysis = analyze("src/lib.rs", text, true);
            let start = text.find(key).unwrap();
            let ranges: Vec<TextRange> = analysis.diagnostics.iter().map(|d| d.range).collect();
            assert_eq!(
                ranges,
                [TextRange::new(start, start + key.len())],
                "case {case}"
            );
        }
    }

    /// A file in which no check can find anything is not parsed, so a syntax error
    /// in it goes unreported; the same error next to a credential comparison is.
    #[test]
    fn files_no_check_needs_are_not_parsed() {
        let plain = "pub fn gcd(mut a: u64, mut b: u64) -> u64 {\n    while b != 0 { let t = b; b = a % b; a = t; }\n    a\n}\nfn broken() { let = 1; }\n";
        let errors = |text: &str| -> Vec<String> {
            analyze("src/math.rs", text, true)
                .errors
                .into_iter()
                .map(|error| error.message)
                .collect()
        };
        assert_eq!(errors(plain), Vec::<String>::new());
        let suspicious =
            format!("{plain}fn admit(password: &str) -> bool {{ password == \"letmein\" }}\n");
        let reported = errors(&suspicious);
        assert!(
            reported.len() == 1 && reported[0].starts_with("Rust syntax error"),
            "{reported:?}"
        );
    }
}
