//! File discovery and the parallel scan of the working tree.

use crate::input::analyze_bytes;
use crate::{
    ANALYZER_STACK_SIZE, FileOutcome, Settings, analyzers_for, gather_project_context, is_analyzed,
};
use rayon::prelude::*;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::Instant;
use trustlint_core::{Finding, ProjectContext};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ScanError {
    /// Relative to the scan root, `/`-separated.
    pub path: String,
    pub line: Option<usize>,
    pub message: String,
}

#[derive(Clone, Debug, Default)]
pub struct ScanStats {
    pub files: usize,
    pub bytes: u64,
    pub duration_ms: u128,
}

#[derive(Debug, Default)]
pub struct ScanResult {
    /// Sorted by path, then position, then rule.
    pub findings: Vec<Finding>,
    pub errors: Vec<ScanError>,
    pub stats: ScanStats,
    /// Every file analysed, as shown (relative to the scan root), sorted.
    pub scanned: Vec<String>,
}

/// What a scan reads. The working tree is walked here; git inputs (the staged
/// index, the files changed since a revision) are further variants whose files
/// come from their own module and go through the same [`analyze_bytes`] policy.
#[derive(Clone, Debug)]
pub enum ScanInput {
    /// Files and directories on disk, gitignore-aware.
    Paths(Vec<PathBuf>),
}

/// Scans `input` and reports paths relative to `root`. `jobs` is the number of
/// worker threads (0: one per core).
pub fn scan(root: &Path, input: &ScanInput, settings: &Settings, jobs: usize) -> ScanResult {
    match input {
        ScanInput::Paths(paths) => scan_paths(root, paths, settings, jobs),
    }
}

/// Scans `paths` (files or directories) and reports paths relative to `root`.
/// `jobs` is the number of worker threads (0: one per core).
pub fn scan_paths(root: &Path, paths: &[PathBuf], settings: &Settings, jobs: usize) -> ScanResult {
    let started = Instant::now();
    let mut errors = Vec::new();
    let files = discover(root, paths, settings, &mut errors);
    // Scanning one Rust file from a large directory must not walk all of it.
    let project = if files
        .iter()
        .any(|(_, shown)| analyzers_for(shown).any(|a| a.uses_project_context()))
    {
        gather_project_context(root)
    } else {
        ProjectContext::default()
    };
    let outcomes = run_on_workers(&files, jobs, &mut errors, |(path, shown)| {
        scan_file(path, shown, settings, &project)
    });
    collect(
        files.into_iter().map(|(_, shown)| shown),
        outcomes,
        errors,
        started,
    )
}

/// Runs `scan_one` over `items` on worker threads with [`ANALYZER_STACK_SIZE`]
/// stacks; results come back in `items` order.
fn run_on_workers<T: Sync>(
    items: &[T],
    jobs: usize,
    errors: &mut Vec<ScanError>,
    scan_one: impl Fn(&T) -> (u64, FileOutcome) + Sync,
) -> Vec<(u64, FileOutcome)> {
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(jobs)
        .stack_size(ANALYZER_STACK_SIZE)
        .thread_name(|i| format!("trustlint-worker-{i}"))
        .build();
    match pool {
        Ok(pool) => pool.install(|| items.par_iter().map(&scan_one).collect()),
        Err(err) => {
            errors.push(ScanError {
                path: String::new(),
                line: None,
                message: format!("cannot start worker threads: {err}"),
            });
            Vec::new()
        }
    }
}

/// Merges per-file outcomes (in the order of `shown`) into one sorted result.
fn collect(
    shown: impl Iterator<Item = String>,
    outcomes: Vec<(u64, FileOutcome)>,
    mut errors: Vec<ScanError>,
    started: Instant,
) -> ScanResult {
    let mut result = ScanResult::default();
    for (shown, (bytes, outcome)) in shown.zip(outcomes) {
        result.stats.files += 1;
        result.stats.bytes += bytes;
        result.findings.extend(outcome.findings);
        errors.extend(outcome.errors.into_iter().map(|(line, message)| ScanError {
            path: shown.clone(),
            line,
            message,
        }));
        result.scanned.push(shown);
    }
    result
        .findings
        .sort_by(|a, b| (&a.path, a.start, a.rule.id).cmp(&(&b.path, b.start, b.rule.id)));
    errors.sort_by(|a, b| (&a.path, a.line).cmp(&(&b.path, b.line)));
    result.errors = errors;
    result.stats.duration_ms = started.elapsed().as_millis();
    result
}

/// Files under `paths` that an analyzer reads, gitignore-aware, with the path to
/// show. Excluded and skipped directories are not descended into.
fn discover(
    root: &Path,
    paths: &[PathBuf],
    settings: &Settings,
    errors: &mut Vec<ScanError>,
) -> Vec<(PathBuf, String)> {
    let excludes = match Excludes::new(settings, root) {
        Ok(excludes) => Arc::new(excludes),
        Err(error) => {
            errors.push(error);
            return Vec::new();
        }
    };
    let skip_dirs: Arc<[PathBuf]> = settings.skip_dirs.clone().into();
    let found = Mutex::new(Vec::new());
    let walk_errors = Mutex::new(Vec::new());
    for path in paths {
        if std::fs::symlink_metadata(path).is_err() {
            walk_errors.lock().expect("walk errors").push(ScanError {
                path: path.display().to_string(),
                line: None,
                message: "no such file or directory".to_owned(),
            });
            continue;
        }
        let given = Arc::new(Located::new(path));
        let keep = {
            let (given, excludes, skip_dirs) = (
                Arc::clone(&given),
                Arc::clone(&excludes),
                Arc::clone(&skip_dirs),
            );
            move |entry: &ignore::DirEntry| {
                if entry.file_name() == ".git" {
                    return false;
                }
                let absolute = given.absolute(entry.path());
                let is_dir = entry.file_type().is_some_and(|t| t.is_dir());
                if is_dir && skip_dirs.iter().any(|skip| absolute.starts_with(skip)) {
                    return false;
                }
                !excludes.is_excluded(&absolute)
            }
        };
        let walker = ignore::WalkBuilder::new(path)
            .hidden(false)
            .follow_links(false)
            .require_git(false)
            .filter_entry(keep)
            .build_parallel();
        walker.run(|| {
            Box::new(|entry| {
                match entry {
                    Ok(entry) => {
                        let is_file = entry.file_type().is_some_and(|t| t.is_file());
                        let is_symlink = entry.path_is_symlink();
                        let shown = display_path(root, entry.path());
                        let wanted = is_analyzed(&shown);
                        if wanted && is_file {
                            found
                                .lock()
                                .expect("found files")
                                .push((entry.into_path(), shown));
                        } else if wanted && is_symlink && std::fs::metadata(entry.path()).is_err() {
                            walk_errors.lock().expect("walk errors").push(ScanError {
                                path: shown,
                                line: None,
                                message: "broken symbolic link".to_owned(),
                            });
                        }
                    }
                    Err(err) => walk_errors.lock().expect("walk errors").push(ScanError {
                        path: err_path(&err)
                            .map(|p| display_path(root, &p))
                            .unwrap_or_default(),
                        line: None,
                        message: format!("cannot read: {}", strip_path_prefix(&err)),
                    }),
                }
                ignore::WalkState::Continue
            })
        });
    }
    errors.extend(walk_errors.into_inner().expect("walk errors"));
    let mut found = found.into_inner().expect("found files");
    found.sort_by(|a, b| a.1.cmp(&b.1));
    found.dedup_by(|a, b| a.1 == b.1);
    found
}

/// A path given on the command line and its canonical form, so that every entry
/// the walker yields below it has an absolute path without a syscall per entry.
struct Located {
    given: PathBuf,
    canonical: Option<PathBuf>,
}

impl Located {
    fn new(given: &Path) -> Located {
        Located {
            given: given.to_path_buf(),
            canonical: std::fs::canonicalize(given).ok(),
        }
    }

    fn absolute(&self, entry: &Path) -> PathBuf {
        match (&self.canonical, entry.strip_prefix(&self.given)) {
            (Some(canonical), Ok(rest)) if rest.as_os_str().is_empty() => canonical.clone(),
            (Some(canonical), Ok(rest)) => canonical.join(rest),
            _ => entry.to_path_buf(),
        }
    }
}

fn slash_path(path: &Path) -> String {
    path.components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}

/// The config's `scan.exclude` patterns, which are relative to the directory holding
/// the config file (or to the scan root without one).
pub(crate) struct Excludes {
    patterns: globset::GlobSet,
    base: PathBuf,
}

impl Excludes {
    /// A bad pattern is an error entry naming the config file.
    pub(crate) fn new(settings: &Settings, root: &Path) -> Result<Excludes, ScanError> {
        let patterns =
            exclude_matcher(&settings.config.scan.exclude).map_err(|message| ScanError {
                path: settings
                    .config_path
                    .as_ref()
                    .map(|p| p.display().to_string())
                    .unwrap_or_default(),
                line: None,
                message,
            })?;
        let base = settings
            .config_path
            .as_ref()
            .and_then(|config| std::fs::canonicalize(config).ok())
            .and_then(|config| config.parent().map(Path::to_path_buf))
            .or_else(|| std::fs::canonicalize(root).ok())
            .unwrap_or_else(|| root.to_path_buf());
        Ok(Excludes { patterns, base })
    }

    /// Whether the file or directory at the canonical `absolute` path is excluded.
    pub(crate) fn is_excluded(&self, absolute: &Path) -> bool {
        let relative = absolute.strip_prefix(&self.base).unwrap_or(absolute);
        self.patterns.is_match(slash_path(relative))
    }
}

fn exclude_matcher(patterns: &[String]) -> Result<globset::GlobSet, String> {
    let mut builder = globset::GlobSetBuilder::new();
    for pattern in patterns {
        let anchored = pattern.trim_start_matches('/');
        for variant in [
            anchored.to_owned(),
            format!("{}/**", anchored.trim_end_matches('/')),
        ] {
            let glob = globset::GlobBuilder::new(&variant)
                .literal_separator(true)
                .build()
                .map_err(|err| {
                    format!("`scan.exclude` pattern `{pattern}` is not a valid glob: {err}")
                })?;
            builder.add(glob);
        }
    }
    builder
        .build()
        .map_err(|err| format!("`scan.exclude` patterns: {err}"))
}

fn err_path(err: &ignore::Error) -> Option<PathBuf> {
    match err {
        ignore::Error::WithPath { path, .. } => Some(path.clone()),
        ignore::Error::WithDepth { err, .. } | ignore::Error::WithLineNumber { err, .. } => {
            err_path(err)
        }
        _ => None,
    }
}

fn strip_path_prefix(err: &ignore::Error) -> String {
    match err {
        ignore::Error::WithPath { err, .. } => err.to_string(),
        ignore::Error::WithDepth { err, .. } => strip_path_prefix(err),
        other => other.to_string(),
    }
}

/// `path` relative to `root`, `/`-separated; as given when it lies outside `root`.
pub(crate) fn display_path(root: &Path, path: &Path) -> String {
    let relative = path.strip_prefix(root).unwrap_or(path);
    let relative = relative.strip_prefix(".").unwrap_or(relative);
    let shown = slash_path(relative);
    if shown.is_empty() {
        path.file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default()
    } else {
        shown
    }
}

/// Reads and analyses one file from disk; the bytes read count toward the stats.
fn scan_file(
    path: &Path,
    shown: &str,
    settings: &Settings,
    project: &ProjectContext,
) -> (u64, FileOutcome) {
    let limit = settings.config.scan.max_file_size;
    match std::fs::metadata(path) {
        Ok(meta) if meta.len() > limit => {
            return (0, unanalysed(too_large(meta.len(), limit)));
        }
        Ok(_) => {}
        Err(err) => return (0, unanalysed(format!("cannot read: {err}"))),
    }
    match std::fs::read(path) {
        Ok(bytes) => (
            bytes.len() as u64,
            analyze_bytes(shown, &bytes, settings, project),
        ),
        Err(err) => (0, unanalysed(format!("cannot read: {err}"))),
    }
}

/// The outcome of a file that could not be analysed at all.
fn unanalysed(message: String) -> FileOutcome {
    FileOutcome {
        findings: Vec::new(),
        errors: vec![(None, message)],
    }
}

fn too_large(size: u64, limit: u64) -> String {
    format!(
        "file is {size} bytes, above the {limit}-byte limit (`scan.max-file-size`); not analysed"
    )
}
