//! Git inputs: the staged index (`--staged`), lines changed since a revision
//! (`--since`), and every blob that ever entered the history (`history`).
//! Reads the object database directly (libgit2); never runs hooks or filters.

use crate::input::analyze_bytes;
use crate::walk::{ScanError, ScanResult};
use crate::{ANALYZER_STACK_SIZE, FileOutcome, Settings, is_analyzed};
use git2::{
    Delta, DiffFindOptions, DiffOptions, Oid, Repository, Sort, TreeWalkMode, TreeWalkResult,
};
use rayon::prelude::*;
use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::path::{Path, PathBuf};
use std::time::Instant;
use trustlint_core::ProjectContext;

/// A file's content as git holds it, with the repository-relative path.
struct Blob {
    path: String,
    id: Oid,
}

/// Where a secret or entry point first entered the history.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Provenance {
    pub commit: String,
    /// `YYYY-MM-DD` of the author date, UTC.
    pub author_date: String,
    pub summary: String,
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

/// The repository's working directory, which `--staged` and `--since` findings are relative to.
pub fn repository_root(start: &Path) -> Result<PathBuf, String> {
    let repo = open(start)?;
    repo.workdir().map(Path::to_path_buf).ok_or_else(|| {
        format!(
            "{}: the repository has no working directory",
            start.display()
        )
    })
}

/// Scans what will be committed: the staged content of every added, modified,
/// renamed or copied file (deleted files are gone from the commit and skipped).
/// Works in a repository without any commit yet.
pub fn scan_staged(start: &Path, settings: &Settings, jobs: usize) -> Result<ScanResult, String> {
    let started = Instant::now();
    let repo = open(start)?;
    let index = repo
        .index()
        .map_err(|e| format!("cannot read the git index: {}", e.message()))?;
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
            is_analyzed(&path).then_some(Blob {
                path,
                id: file.id(),
            })
        })
        .collect();
    let mut result = analyze_blobs(&repo, blobs, settings, jobs)?;
    result.stats.duration_ms = started.elapsed().as_millis();
    Ok(result)
}

/// 1-based line numbers added or changed since `rev`, per repository-relative path,
/// comparing `rev`'s tree with the working tree (committed and uncommitted changes,
/// untracked files included).
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
/// first, so each finding is reported at the commit and path where its content
/// first appeared. Commits reachable from `since` are left out.
pub fn scan_history(
    start: &Path,
    since: Option<&str>,
    branches: &[String],
    settings: &Settings,
    jobs: usize,
) -> Result<(ScanResult, Vec<Provenance>), String> {
    let started = Instant::now();
    let repo = open(start)?;
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
    if let Some(since) = since {
        let id = repo
            .revparse_single(since)
            .and_then(|o| o.peel_to_commit())
            .map_err(|e| format!("`--since {since}`: {}", e.message()))?
            .id();
        walk.hide(id).map_err(|e| e.message().to_owned())?;
    }
    let mut seen = HashSet::new();
    let mut blobs = Vec::new();
    let mut introduced_by = Vec::new();
    for commit_id in walk {
        let commit_id = commit_id.map_err(|e| e.message().to_owned())?;
        let commit = repo
            .find_commit(commit_id)
            .map_err(|e| e.message().to_owned())?;
        let tree = commit.tree().map_err(|e| e.message().to_owned())?;
        let provenance = Provenance {
            commit: commit_id.to_string(),
            author_date: civil_date(commit.author().when().seconds()),
            summary: commit
                .summary()
                .ok()
                .flatten()
                .unwrap_or_default()
                .to_owned(),
        };
        tree.walk(TreeWalkMode::PreOrder, |dir, entry| {
            if entry.kind() == Some(git2::ObjectType::Blob) {
                let path = format!("{dir}{}", entry.name().unwrap_or_default());
                if is_analyzed(&path) && seen.insert(entry.id()) {
                    blobs.push(Blob {
                        path,
                        id: entry.id(),
                    });
                    introduced_by.push(provenance.clone());
                }
            }
            TreeWalkResult::Ok
        })
        .map_err(|e| e.message().to_owned())?;
    }
    let by_blob: BTreeMap<(String, Oid), Provenance> = blobs
        .iter()
        .zip(introduced_by)
        .map(|(blob, provenance)| ((blob.path.clone(), blob.id), provenance))
        .collect();
    let (mut result, origins) = analyze_blobs_with_ids(&repo, blobs, settings, jobs)?;
    let provenance = origins
        .iter()
        .map(|key| {
            by_blob
                .get(key)
                .cloned()
                .expect("every analysed blob was listed")
        })
        .collect();
    result.stats.duration_ms = started.elapsed().as_millis();
    Ok((result, provenance))
}

fn analyze_blobs(
    repo: &Repository,
    blobs: Vec<Blob>,
    settings: &Settings,
    jobs: usize,
) -> Result<ScanResult, String> {
    analyze_blobs_with_ids(repo, blobs, settings, jobs).map(|(result, _)| result)
}

/// Analyses blobs in parallel; also returns, for each finding, the (path, blob id) it came from.
fn analyze_blobs_with_ids(
    repo: &Repository,
    blobs: Vec<Blob>,
    settings: &Settings,
    jobs: usize,
) -> Result<(ScanResult, Vec<(String, Oid)>), String> {
    // libgit2 objects are not Sync: read contents up front, analyse in parallel.
    let mut contents = Vec::with_capacity(blobs.len());
    let mut read_errors = Vec::new();
    for blob in blobs {
        match repo.find_blob(blob.id) {
            Ok(object) => contents.push((blob.path, blob.id, object.content().to_vec())),
            Err(err) => read_errors.push(ScanError {
                path: blob.path,
                line: None,
                message: format!("cannot read the blob from git: {}", err.message()),
            }),
        }
    }
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(jobs)
        .stack_size(ANALYZER_STACK_SIZE)
        .build()
        .map_err(|e| format!("cannot start worker threads: {e}"))?;
    let outcomes: Vec<(String, Oid, u64, FileOutcome)> = pool.install(|| {
        contents
            .into_par_iter()
            .map(|(path, id, bytes)| {
                let outcome = analyze_bytes(&path, &bytes, settings, &ProjectContext::default());
                (path, id, bytes.len() as u64, outcome)
            })
            .collect()
    });
    let mut result = ScanResult::default();
    let mut origins = Vec::new();
    result.errors = read_errors;
    for (path, id, bytes, outcome) in outcomes {
        result.stats.files += 1;
        result.stats.bytes += bytes;
        result.scanned.push(path.clone());
        origins.extend(outcome.findings.iter().map(|_| (path.clone(), id)));
        result.findings.extend(outcome.findings);
        result
            .errors
            .extend(outcome.errors.into_iter().map(|(line, message)| ScanError {
                path: path.clone(),
                line,
                message,
            }));
    }
    Ok((result, origins))
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
    use super::civil_date;

    #[test]
    fn civil_dates() {
        assert_eq!(civil_date(0), "1970-01-01");
        assert_eq!(civil_date(951_782_400), "2000-02-29");
        assert_eq!(civil_date(1_764_288_000), "2025-11-28");
    }
}
