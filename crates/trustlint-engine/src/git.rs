//! Git inputs: the staged index (`--staged`), lines changed since a revision
//! (`--since`), and every blob that ever entered the history (`history`).
//! Reads the object database directly (libgit2); never runs hooks or filters.
//! Paths in results are relative to the repository's working directory.

use crate::input::analyze_bytes;
use crate::walk::{Excludes, ScanError, ScanResult};
use crate::{ANALYZER_STACK_SIZE, FileOutcome, Settings, is_analyzed};
use git2::{
    Delta, DiffFindOptions, DiffOptions, Index, Oid, Repository, Sort, TreeWalkMode, TreeWalkResult,
};
use rayon::prelude::*;
use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::path::{Path, PathBuf};
use std::time::Instant;
use trustlint_core::{Introduction, ProjectContext};

/// Blob bytes read from the object database before a batch is analysed: bounds the
/// memory of a history scan while keeping every worker busy.
const BATCH_BYTES: usize = 64 * 1024 * 1024;

/// A file's content as git holds it, with the repository-relative path.
struct Blob {
    path: String,
    id: Oid,
    /// History scans: the index of the commit that introduced the blob.
    commit: usize,
}

fn open(start: &Path) -> Result<Repository, String> {
    Repository::discover(start).map_err(|err| {
        format!(
            "{}: not in a git repository: {}",
            start.display(),
            err.message()
        )
    })
}

/// The repository's working directory (canonical), which `--staged`, `--since`
/// and history findings are relative to.
pub fn repository_root(start: &Path) -> Result<PathBuf, String> {
    workdir(&open(start)?)
}

/// What history findings are relative to: the working directory, or the git
/// directory of a bare repository (a server's or a backup's mirror), which has
/// history but no working tree.
pub fn history_root(start: &Path) -> Result<PathBuf, String> {
    Ok(root_of(&open(start)?))
}

fn root_of(repo: &Repository) -> PathBuf {
    workdir(repo).unwrap_or_else(|_| {
        std::fs::canonicalize(repo.path()).unwrap_or_else(|_| repo.path().to_path_buf())
    })
}

fn workdir(repo: &Repository) -> Result<PathBuf, String> {
    let workdir = repo.workdir().ok_or_else(|| {
        format!(
            "{}: the repository has no working directory",
            repo.path().display()
        )
    })?;
    Ok(std::fs::canonicalize(workdir).unwrap_or_else(|_| workdir.to_path_buf()))
}

/// Where git looks for the repository's hooks: `core.hooksPath` when set (relative
/// to the working directory, as git reads it), else `hooks/` in the git directory
/// (shared by every worktree).
pub fn hooks_dir(start: &Path) -> Result<PathBuf, String> {
    let repo = open(start)?;
    let configured = repo
        .config()
        .and_then(|mut config| config.snapshot())
        .map_err(|e| format!("cannot read the git config: {}", e.message()))?
        .get_path("core.hooksPath")
        .ok();
    Ok(match configured {
        Some(path) => workdir(&repo).map(|root| root.join(&path)).unwrap_or(path),
        None => repo.commondir().join("hooks"),
    })
}

/// The index git means. Git points its hooks at a temporary index through
/// `GIT_INDEX_FILE` for `git commit -a` and `git commit <paths>`; the repository's
/// own index does not hold what is being committed then.
fn staged_index(repo: &Repository) -> Result<Index, String> {
    match std::env::var_os("GIT_INDEX_FILE") {
        Some(file) => {
            // Relative to the current directory, like every git command reads it.
            let file = std::path::absolute(&file).unwrap_or_else(|_| PathBuf::from(&file));
            Index::open(&file).map_err(|e| {
                format!(
                    "cannot read the git index {} (GIT_INDEX_FILE): {}",
                    file.display(),
                    e.message()
                )
            })
        }
        None => repo
            .index()
            .map_err(|e| format!("cannot read the git index: {}", e.message())),
    }
}

/// Scans what will be committed: the staged content of every added, modified,
/// renamed or copied file (deleted files are gone from the commit and skipped).
/// `within` (files or directories; empty: the whole repository) limits the files;
/// the config's `scan.exclude` applies. Works in a repository without any commit yet.
pub fn scan_staged(
    start: &Path,
    within: &[PathBuf],
    settings: &Settings,
    jobs: usize,
) -> Result<ScanResult, String> {
    let started = Instant::now();
    let repo = open(start)?;
    let root = workdir(&repo)?;
    let prefixes = repository_prefixes(&root, within)?;
    let index = staged_index(&repo)?;
    let head_tree = match repo.head() {
        Ok(head) => Some(
            head.peel_to_tree()
                .map_err(|e| format!("cannot read HEAD: {}", e.message()))?,
        ),
        // A repository without commits has no HEAD: everything staged is new.
        Err(_) => None,
    };
    let mut options = DiffOptions::new();
    options.ignore_submodules(true);
    let mut diff = repo
        .diff_tree_to_index(head_tree.as_ref(), Some(&index), Some(&mut options))
        .map_err(|e| format!("cannot compare the index with HEAD: {}", e.message()))?;
    diff.find_similar(Some(DiffFindOptions::new().renames(true).copies(true)))
        .map_err(|e| format!("cannot detect renames: {}", e.message()))?;
    let excludes = match Excludes::new(settings, &root) {
        Ok(excludes) => excludes,
        Err(error) => {
            return Ok(ScanResult {
                errors: vec![error],
                ..ScanResult::default()
            });
        }
    };
    let blobs: Vec<Blob> = diff
        .deltas()
        .filter(|d| {
            matches!(
                d.status(),
                Delta::Added | Delta::Modified | Delta::Renamed | Delta::Copied
            )
        })
        .filter_map(|d| {
            let file = d.new_file();
            let path = file.path()?.to_string_lossy().replace('\\', "/");
            let wanted = is_analyzed(&path)
                && is_within(&path, &prefixes)
                && !excludes.is_excluded(&root.join(&path));
            wanted.then_some(Blob {
                path,
                id: file.id(),
                commit: 0,
            })
        })
        .collect();
    let mut result = ScanResult::default();
    analyze_blobs(
        &repo,
        blobs,
        settings,
        jobs,
        &mut result,
        |blob, outcome, result| {
            result.findings.extend(outcome.findings);
            push_errors(&mut result.errors, &blob.path, outcome.errors);
        },
    )?;
    finish(&mut result, started);
    Ok(result)
}

/// `within` as repository-relative, `/`-separated prefixes (`""` is the whole repository).
fn repository_prefixes(root: &Path, within: &[PathBuf]) -> Result<Vec<String>, String> {
    within
        .iter()
        .map(|path| {
            let absolute =
                std::fs::canonicalize(path).map_err(|err| format!("{}: {err}", path.display()))?;
            let relative = absolute.strip_prefix(root).map_err(|_| {
                format!(
                    "{}: outside the git repository at {}",
                    path.display(),
                    root.display()
                )
            })?;
            Ok(relative
                .components()
                .map(|c| c.as_os_str().to_string_lossy())
                .collect::<Vec<_>>()
                .join("/"))
        })
        .collect()
}

fn is_within(path: &str, prefixes: &[String]) -> bool {
    prefixes.is_empty()
        || prefixes.iter().any(|prefix| {
            prefix.is_empty()
                || path == prefix
                || path
                    .strip_prefix(prefix.as_str())
                    .is_some_and(|rest| rest.starts_with('/'))
        })
}

/// 1-based line numbers added or changed since `rev`, per repository-relative path,
/// comparing `rev`'s tree with the working tree (committed and uncommitted changes,
/// untracked files included). A file that was only renamed has no changed lines.
pub fn changed_lines_since(
    start: &Path,
    rev: &str,
) -> Result<BTreeMap<String, BTreeSet<usize>>, String> {
    let repo = open(start)?;
    let tree = repo
        .revparse_single(rev)
        .and_then(|object| object.peel_to_tree())
        .map_err(|e| format!("`--since {rev}`: {}", e.message()))?;
    let mut options = DiffOptions::new();
    options
        .include_untracked(true)
        .recurse_untracked_dirs(true)
        .show_untracked_content(true)
        .ignore_submodules(true)
        .context_lines(0);
    let mut diff = repo
        .diff_tree_to_workdir_with_index(Some(&tree), Some(&mut options))
        .map_err(|e| {
            format!(
                "cannot compare {rev} with the working tree: {}",
                e.message()
            )
        })?;
    diff.find_similar(Some(DiffFindOptions::new().renames(true)))
        .map_err(|e| format!("cannot detect renames: {}", e.message()))?;
    let mut changed: BTreeMap<String, BTreeSet<usize>> = BTreeMap::new();
    diff.foreach(
        &mut |_, _| true,
        None,
        None,
        Some(&mut |delta, _hunk, line| {
            if let (Some(path), Some(number)) = (delta.new_file().path(), line.new_lineno())
                && line.origin() == '+'
            {
                changed
                    .entry(path.to_string_lossy().replace('\\', "/"))
                    .or_default()
                    .insert(number as usize);
            }
            true
        }),
    )
    .map_err(|e| format!("cannot read the diff since {rev}: {}", e.message()))?;
    Ok(changed)
}

/// Keeps only findings that start on a line changed since `rev`. `result` must be a
/// scan rooted at the repository's working directory.
pub fn retain_changed_since(
    result: &mut ScanResult,
    start: &Path,
    rev: &str,
) -> Result<(), String> {
    let changed = changed_lines_since(start, rev)?;
    result.findings.retain(|f| {
        changed
            .get(&f.path)
            .is_some_and(|lines| lines.contains(&f.start.line))
    });
    Ok(())
}

/// Scans every blob reachable from `branches` (default: HEAD) once, oldest commit
/// first, and reports each finding once, at the commit and path where it first
/// appeared ([`trustlint_core::Finding::introduced`]); later versions of the file
/// that still hold it do not report it again. With `since`, only what entered after
/// that commit is scanned: its tree counts as already seen.
pub fn scan_history(
    start: &Path,
    since: Option<&str>,
    branches: &[String],
    settings: &Settings,
    jobs: usize,
) -> Result<ScanResult, String> {
    let started = Instant::now();
    let repo = open(start)?;
    let root = root_of(&repo);
    let excludes = match Excludes::new(settings, &root) {
        Ok(excludes) => excludes,
        Err(error) => {
            return Ok(ScanResult {
                errors: vec![error],
                ..ScanResult::default()
            });
        }
    };
    let mut walk = repo.revwalk().map_err(|e| e.message().to_owned())?;
    walk.set_sorting(Sort::TOPOLOGICAL | Sort::REVERSE | Sort::TIME)
        .map_err(|e| e.message().to_owned())?;
    if branches.is_empty() {
        walk.push_head()
            .map_err(|e| format!("cannot read HEAD: {}", e.message()))?;
    }
    for branch in branches {
        let id = repo
            .revparse_single(branch)
            .and_then(|o| o.peel_to_commit())
            .map_err(|e| format!("`--branch {branch}`: {}", e.message()))?
            .id();
        walk.push(id).map_err(|e| e.message().to_owned())?;
    }
    // Objects already considered: a tree seen before holds only blobs seen before,
    // so each commit costs only the trees it changed.
    let mut seen: HashSet<Oid> = HashSet::new();
    if let Some(since) = since {
        let commit = repo
            .revparse_single(since)
            .and_then(|o| o.peel_to_commit())
            .map_err(|e| format!("`--since {since}`: {}", e.message()))?;
        walk.hide(commit.id()).map_err(|e| e.message().to_owned())?;
        let tree = commit.tree().map_err(|e| e.message().to_owned())?;
        seen.insert(tree.id());
        tree.walk(TreeWalkMode::PreOrder, |_, entry| {
            seen.insert(entry.id());
            TreeWalkResult::Ok
        })
        .map_err(|e| e.message().to_owned())?;
    }
    let mut commits: Vec<Introduction> = Vec::new();
    let mut blobs = Vec::new();
    for commit_id in walk {
        let commit_id = commit_id.map_err(|e| e.message().to_owned())?;
        let commit = repo
            .find_commit(commit_id)
            .map_err(|e| e.message().to_owned())?;
        let tree = commit.tree().map_err(|e| e.message().to_owned())?;
        if !seen.insert(tree.id()) {
            continue;
        }
        let commit_index = commits.len();
        commits.push(Introduction {
            commit: commit_id.to_string(),
            author_date: civil_date(commit.author().when().seconds()),
        });
        tree.walk(TreeWalkMode::PreOrder, |dir, entry| {
            match entry.kind() {
                Some(git2::ObjectType::Tree) if !seen.insert(entry.id()) => {
                    return TreeWalkResult::Skip;
                }
                Some(git2::ObjectType::Blob) => {
                    let path = format!("{dir}{}", entry.name().unwrap_or_default());
                    if is_analyzed(&path)
                        && seen.insert(entry.id())
                        && !excludes.is_excluded(&root.join(&path))
                    {
                        blobs.push(Blob {
                            path,
                            id: entry.id(),
                            commit: commit_index,
                        });
                    }
                }
                _ => {}
            }
            TreeWalkResult::Ok
        })
        .map_err(|e| e.message().to_owned())?;
    }
    let mut reported: HashSet<String> = HashSet::new();
    let mut errors_seen: HashSet<(String, Option<usize>, String)> = HashSet::new();
    let mut result = ScanResult::default();
    analyze_blobs(
        &repo,
        blobs,
        settings,
        jobs,
        &mut result,
        |blob, outcome, result| {
            for mut finding in outcome.findings {
                // Fingerprints hash the rule, path and flagged text (not the line), so a
                // finding that survives later edits of its file is the same fingerprint.
                if reported.insert(finding.fingerprint.clone()) {
                    finding.introduced = Some(commits[blob.commit].clone());
                    result.findings.push(finding);
                }
            }
            let fresh: Vec<_> = outcome
                .errors
                .into_iter()
                .filter(|(line, message)| {
                    errors_seen.insert((blob.path.clone(), *line, message.clone()))
                })
                .collect();
            push_errors(&mut result.errors, &blob.path, fresh);
        },
    )?;
    finish(&mut result, started);
    Ok(result)
}

fn push_errors(errors: &mut Vec<ScanError>, path: &str, file_errors: Vec<(Option<usize>, String)>) {
    errors.extend(file_errors.into_iter().map(|(line, message)| ScanError {
        path: path.to_owned(),
        line,
        message,
    }));
}

/// Sorts the result as a working-tree scan is sorted and stamps the duration.
fn finish(result: &mut ScanResult, started: Instant) {
    result
        .findings
        .sort_by(|a, b| (&a.path, a.start, a.rule.id).cmp(&(&b.path, b.start, b.rule.id)));
    result
        .errors
        .sort_by(|a, b| (&a.path, a.line).cmp(&(&b.path, b.line)));
    result.scanned.sort();
    result.scanned.dedup();
    result.stats.duration_ms = started.elapsed().as_millis();
}

/// Analyses `blobs` on worker threads, in batches of about [`BATCH_BYTES`], and hands
/// each outcome to `merge` in `blobs` order (oldest first for history scans).
fn analyze_blobs(
    repo: &Repository,
    blobs: Vec<Blob>,
    settings: &Settings,
    jobs: usize,
    result: &mut ScanResult,
    mut merge: impl FnMut(&Blob, FileOutcome, &mut ScanResult),
) -> Result<(), String> {
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(jobs)
        .stack_size(ANALYZER_STACK_SIZE)
        .thread_name(|i| format!("trustlint-worker-{i}"))
        .build()
        .map_err(|e| format!("cannot start worker threads: {e}"))?;
    let mut blobs = blobs.into_iter().peekable();
    while blobs.peek().is_some() {
        // libgit2 objects are not Sync: read a batch of contents, then analyse it in parallel.
        let mut batch = Vec::new();
        let mut batch_bytes = 0;
        while batch_bytes < BATCH_BYTES
            && let Some(blob) = blobs.next()
        {
            match repo.find_blob(blob.id) {
                Ok(object) => {
                    batch_bytes += object.size();
                    batch.push((blob, object.content().to_vec()));
                }
                Err(err) => result.errors.push(ScanError {
                    path: blob.path,
                    line: None,
                    message: format!("cannot read the blob from git: {}", err.message()),
                }),
            }
        }
        let outcomes: Vec<(Blob, u64, FileOutcome)> = pool.install(|| {
            batch
                .into_par_iter()
                .map(|(blob, bytes)| {
                    let outcome =
                        analyze_bytes(&blob.path, &bytes, settings, &ProjectContext::default());
                    (blob, bytes.len() as u64, outcome)
                })
                .collect()
        });
        for (blob, bytes, outcome) in outcomes {
            result.stats.files += 1;
            result.stats.bytes += bytes;
            result.scanned.push(blob.path.clone());
            merge(&blob, outcome, result);
        }
    }
    Ok(())
}

/// `YYYY-MM-DD` (UTC) for seconds since the Unix epoch (Howard Hinnant's civil-from-days).
fn civil_date(seconds: i64) -> String {
    let days = seconds.div_euclid(86_400);
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let day_of_era = z.rem_euclid(146_097);
    let year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let month_index = (5 * day_of_year + 2) / 153;
    let day = day_of_year - (153 * month_index + 2) / 5 + 1;
    let month = if month_index < 10 {
        month_index + 3
    } else {
        month_index - 9
    };
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}")
}

#[cfg(test)]
mod tests {
    use super::{civil_date, is_within};

    #[test]
    fn civil_dates() {
        assert_eq!(civil_date(0), "1970-01-01");
        assert_eq!(civil_date(951_782_400), "2000-02-29");
        assert_eq!(civil_date(1_764_288_000), "2025-11-28");
    }

    #[test]
    fn within_matches_whole_path_components() {
        assert!(is_within("src/main.rs", &[]));
        assert!(is_within("src/main.rs", &[String::new()]));
        assert!(is_within("src/main.rs", &["src".to_owned()]));
        assert!(is_within("src/main.rs", &["src/main.rs".to_owned()]));
        assert!(!is_within("src2/main.rs", &["src".to_owned()]));
    }
}
