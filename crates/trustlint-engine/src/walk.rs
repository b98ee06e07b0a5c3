//! File discovery and the parallel scan of the working tree.

use crate::input::analyze_bytes_in_project;
use crate::{ANALYZER_STACK_SIZE, FileOutcome, Settings, gather_project_context, is_analyzed};
use rayon::prelude::*;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
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
}

/// Scans `paths` (files or directories) and reports paths relative to `root`.
/// `jobs` is the number of worker threads (0: one per core).
pub fn scan_paths(root: &Path, paths: &[PathBuf], settings: &Settings, jobs: usize) -> ScanResult {
    let started = Instant::now();
    let mut errors = Vec::new();
    let files = discover(root, paths, settings, &mut errors);
    let project = gather_project_context(root);
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(jobs)
        .stack_size(ANALYZER_STACK_SIZE)
        .thread_name(|i| format!("trustlint-worker-{i}"))
        .build();
    let outcomes: Vec<(String, u64, FileOutcome)> = match pool {
        Ok(pool) => pool.install(|| {
            files
                .par_iter()
                .map(|(path, shown)| {
                    let (bytes, outcome) = scan_file(path, shown, settings, &project);
                    (shown.clone(), bytes, outcome)
                })
                .collect()
        }),
        Err(err) => {
            errors.push(ScanError {
                path: String::new(),
                line: None,
                message: format!("cannot start worker threads: {err}"),
            });
            Vec::new()
        }
    };
    let mut result = ScanResult::default();
    for (shown, bytes, outcome) in outcomes {
        result.stats.files += 1;
        result.stats.bytes += bytes;
        result.findings.extend(outcome.findings);
        errors.extend(outcome.errors.into_iter().map(|(line, message)| ScanError {
            path: shown.clone(),
            line,
            message,
        }));
    }
    result
        .findings
        .sort_by(|a, b| (&a.path, a.start, a.rule.id).cmp(&(&b.path, b.start, b.rule.id)));
    errors.sort_by(|a, b| (&a.path, a.line).cmp(&(&b.path, b.line)));
    result.errors = errors;
    result.stats.duration_ms = started.elapsed().as_millis();
    result
}

/// Files under `paths` that an analyzer reads, gitignore-aware, with the path to show.
fn discover(
    root: &Path,
    paths: &[PathBuf],
    settings: &Settings,
    errors: &mut Vec<ScanError>,
) -> Vec<(PathBuf, String)> {
    let excludes = match exclude_matcher(&settings.config.scan.exclude) {
        Ok(excludes) => excludes,
        Err(message) => {
            errors.push(ScanError {
                path: settings
                    .config_path
                    .as_ref()
                    .map(|p| p.display().to_string())
                    .unwrap_or_default(),
                line: None,
                message,
            });
            return Vec::new();
        }
    };
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
        let walker = ignore::WalkBuilder::new(path)
            .hidden(false)
            .follow_links(false)
            .require_git(false)
            .filter_entry(|entry| entry.file_name() != ".git")
            .build_parallel();
        walker.run(|| {
            Box::new(|entry| {
                match entry {
                    Ok(entry) => {
                        let is_file = entry.file_type().is_some_and(|t| t.is_file());
                        let is_symlink = entry.path_is_symlink();
                        let shown = display_path(root, entry.path());
                        let wanted = is_analyzed(&shown) && !excludes.is_match(&shown);
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
    let shown = relative
        .components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/");
    if shown.is_empty() {
        path.file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default()
    } else {
        shown
    }
}

/// Reads and analyses one file; the bytes read count toward the stats.
fn scan_file(
    path: &Path,
    shown: &str,
    settings: &Settings,
    project: &ProjectContext,
) -> (u64, FileOutcome) {
    let error = |message: String| FileOutcome {
        findings: Vec::new(),
        errors: vec![(None, message)],
    };
    let limit = settings.config.scan.max_file_size;
    match std::fs::metadata(path) {
        Ok(meta) if meta.len() > limit => {
            return (
                0,
                error(format!(
                    "file is {} bytes, above the {limit}-byte limit (`scan.max-file-size`); not analysed",
                    meta.len()
                )),
            );
        }
        Ok(_) => {}
        Err(err) => return (0, error(format!("cannot read: {err}"))),
    }
    match std::fs::read(path) {
        Ok(bytes) => (
            bytes.len() as u64,
            analyze_bytes_in_project(shown, &bytes, settings, project),
        ),
        Err(err) => (0, error(format!("cannot read: {err}"))),
    }
}
