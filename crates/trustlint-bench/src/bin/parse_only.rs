//! The floor under a trustlint scan: walk the same trees, read every Rust or Swift
//! file and parse it the way the analyzers do (proc-macro2 lexing then syn for Rust,
//! tree-sitter-swift for Swift), on the same number of threads, and nothing else.
//! `bench/run.sh` times this beside `trustlint scan` to show what the analysis
//! costs on top of parsing.
//!
//! ```sh
//! trustlint-parse-only rust|swift PATH...
//! ```

use rayon::prelude::*;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// The allocator `trustlint` uses, so the two are compared like for like.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Same as the engine's analyzer stack: real code nests deeply.
const WORKER_STACK_SIZE: usize = 256 * 1024 * 1024;

#[derive(Clone, Copy)]
enum Parser {
    Syn,
    TreeSitterSwift,
}

impl Parser {
    fn extension(self) -> &'static str {
        match self {
            Parser::Syn => "rs",
            Parser::TreeSitterSwift => "swift",
        }
    }
}

/// What one pass saw, printed so that a run that parsed nothing is obvious.
#[derive(Default)]
struct Tally {
    files: usize,
    bytes: usize,
    failed: usize,
}

impl Tally {
    fn add(mut self, other: Tally) -> Tally {
        self.files += other.files;
        self.bytes += other.bytes;
        self.failed += other.failed;
        self
    }
}

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let parser = match args.next().as_deref() {
        Some("rust") => Parser::Syn,
        Some("swift") => Parser::TreeSitterSwift,
        _ => {
            eprintln!("usage: trustlint-parse-only rust|swift PATH...");
            return ExitCode::from(2);
        }
    };
    let roots: Vec<PathBuf> = args.map(PathBuf::from).collect();
    let files = discover(&roots, parser.extension());
    let pool = rayon::ThreadPoolBuilder::new()
        .stack_size(WORKER_STACK_SIZE)
        .build()
        .expect("worker threads");
    let tally = pool.install(|| {
        files
            .par_iter()
            .map_init(
                || TreeSitterParser::new(parser),
                |swift, path| parse_file(path, parser, swift),
            )
            .reduce(Tally::default, Tally::add)
    });
    eprintln!(
        "parsed {} files, {:.1} MB, {} with syntax errors",
        tally.files,
        tally.bytes as f64 / 1e6,
        tally.failed
    );
    ExitCode::SUCCESS
}

/// Files with `extension` under `roots`, gitignore-aware like the engine's walk.
fn discover(roots: &[PathBuf], extension: &str) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for root in roots {
        let walker = ignore::WalkBuilder::new(root)
            .hidden(false)
            .require_git(false)
            .build();
        files.extend(
            walker
                .filter_map(Result::ok)
                .filter(|entry| entry.file_type().is_some_and(|t| t.is_file()))
                .map(ignore::DirEntry::into_path)
                .filter(|path| path.extension().is_some_and(|e| e == extension)),
        );
    }
    files
}

/// A tree-sitter parser per worker thread, created once like the analyzer's.
struct TreeSitterParser(Option<tree_sitter::Parser>);

impl TreeSitterParser {
    fn new(parser: Parser) -> TreeSitterParser {
        TreeSitterParser(matches!(parser, Parser::TreeSitterSwift).then(|| {
            let mut swift = tree_sitter::Parser::new();
            swift
                .set_language(&tree_sitter_swift::LANGUAGE.into())
                .expect("tree-sitter-swift grammar matches the runtime");
            swift
        }))
    }
}

fn parse_file(path: &Path, parser: Parser, swift: &mut TreeSitterParser) -> Tally {
    let Ok(text) = std::fs::read_to_string(path) else {
        return Tally::default();
    };
    let parsed = match (parser, swift.0.as_mut()) {
        (Parser::TreeSitterSwift, Some(swift)) => swift
            .parse(&text, None)
            .is_some_and(|tree| !tree.root_node().has_error()),
        _ => {
            let parsed = text
                .parse::<proc_macro2::TokenStream>()
                .ok()
                .and_then(|tokens| syn::parse2::<syn::File>(tokens).ok())
                .is_some();
            proc_macro2::extra::invalidate_current_thread_spans();
            parsed
        }
    };
    Tally {
        files: 1,
        bytes: text.len(),
        failed: usize::from(!parsed),
    }
}
