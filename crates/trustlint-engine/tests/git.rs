//! `--staged`, `--since` and history scans on throwaway repositories built with git.

use std::path::Path;
use std::process::Command;
use trustlint_engine::{ScanResult, Settings, git};

const PLANTED_KEY: &str = "AKIA4TQ7PZ3WEXD2LHKN";
const OTHER_KEY: &str = "ASIAY34FZKBOKMUTVV7A";

fn git(dir: &Path, args: &[&str]) -> String {
    let output = Command::new("git")
        .args([
            "-c",
            "user.name=Test",
            "-c",
            "user.email=test@example.invalid",
            "-c",
            "commit.gpgsign=false",
        ])
        .args(["-c", "init.defaultBranch=main"])
        .args(args)
        .current_dir(dir)
        .env("GIT_AUTHOR_DATE", "2024-03-01T12:00:00Z")
        .env("GIT_COMMITTER_DATE", "2024-03-01T12:00:00Z")
        .output()
        .expect("git runs");
    assert!(
        output.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8_lossy(&output.stdout).trim().to_owned()
}

fn repo() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    git(dir.path(), &["init", "-q"]);
    dir
}

fn write(dir: &Path, path: &str, text: &str) {
    let path = dir.join(path);
    std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
    std::fs::write(path, text).expect("write");
}

fn rust_with_key(key: &str) -> String {
    format!("pub fn client() -> Client {{\n    Client::new(\"{key}\")\n}}\n")
}

fn located(result: &ScanResult) -> Vec<(String, usize)> {
    result
        .findings
        .iter()
        .filter(|f| f.rule.id == "credentials/aws-access-key")
        .map(|f| (f.path.clone(), f.start.line))
        .collect()
}

fn staged(dir: &Path) -> ScanResult {
    git::scan_staged(dir, &Settings::default(), 1).expect("staged scan")
}

#[test]
fn staged_secret_is_found_even_when_the_working_tree_is_clean() {
    let dir = repo();
    write(dir.path(), "src/aws.rs", &rust_with_key(PLANTED_KEY));
    git(dir.path(), &["add", "."]);
    write(dir.path(), "src/aws.rs", "pub fn client() {}\n");
    assert_eq!(located(&staged(dir.path())), [("src/aws.rs".to_owned(), 2)]);
}

#[test]
fn unstaged_secret_in_the_working_tree_is_not_reported() {
    let dir = repo();
    write(dir.path(), "src/aws.rs", "pub fn client() {}\n");
    git(dir.path(), &["add", "."]);
    git(dir.path(), &["commit", "-qm", "init"]);
    write(dir.path(), "src/aws.rs", &rust_with_key(PLANTED_KEY));
    assert!(located(&staged(dir.path())).is_empty());
}

#[test]
fn partly_staged_file_is_judged_by_its_staged_lines() {
    let dir = repo();
    write(dir.path(), "src/aws.rs", "// config\n");
    git(dir.path(), &["add", "."]);
    git(dir.path(), &["commit", "-qm", "init"]);
    write(
        dir.path(),
        "src/aws.rs",
        &format!("// config\n{}", rust_with_key(PLANTED_KEY)),
    );
    git(dir.path(), &["add", "."]);
    // Unstaged edits above the key move it in the working tree, not in the index.
    write(
        dir.path(),
        "src/aws.rs",
        &format!(
            "// one\n// two\n// three\n// config\n{}",
            rust_with_key(PLANTED_KEY)
        ),
    );
    assert_eq!(located(&staged(dir.path())), [("src/aws.rs".to_owned(), 3)]);
}

#[test]
fn renamed_file_is_reported_at_its_new_path_and_deleted_files_are_skipped() {
    let dir = repo();
    write(dir.path(), "src/old.rs", &rust_with_key(PLANTED_KEY));
    write(dir.path(), "src/gone.rs", &rust_with_key(OTHER_KEY));
    git(dir.path(), &["add", "."]);
    git(dir.path(), &["commit", "-qm", "init"]);
    git(dir.path(), &["mv", "src/old.rs", "src/new.rs"]);
    git(dir.path(), &["rm", "-q", "src/gone.rs"]);
    assert_eq!(located(&staged(dir.path())), [("src/new.rs".to_owned(), 2)]);
}

#[test]
fn staged_binary_file_is_an_error_entry_not_a_crash() {
    let dir = repo();
    std::fs::write(dir.path().join("blob.rs"), b"fn main() {}\0\x01\x02").expect("write");
    write(dir.path(), "src/aws.rs", &rust_with_key(PLANTED_KEY));
    git(dir.path(), &["add", "."]);
    let result = staged(dir.path());
    assert_eq!(located(&result), [("src/aws.rs".to_owned(), 2)]);
    assert!(
        result
            .errors
            .iter()
            .any(|e| e.path == "blob.rs" && e.message.contains("binary"))
    );
}

#[test]
fn empty_repository_without_head_scans_what_is_staged() {
    let dir = repo();
    assert!(staged(dir.path()).findings.is_empty());
    write(
        dir.path(),
        "App/Keys.swift",
        &format!("let awsKey = \"{PLANTED_KEY}\"\n"),
    );
    git(dir.path(), &["add", "."]);
    assert_eq!(
        located(&staged(dir.path())),
        [("App/Keys.swift".to_owned(), 1)]
    );
}

#[test]
fn since_keeps_only_findings_on_changed_lines() {
    let dir = repo();
    write(dir.path(), "src/aws.rs", &rust_with_key(OTHER_KEY));
    git(dir.path(), &["add", "."]);
    git(dir.path(), &["commit", "-qm", "old key"]);
    let base = git(dir.path(), &["rev-parse", "HEAD"]);
    write(
        dir.path(),
        "src/aws.rs",
        &format!("{}{}", rust_with_key(OTHER_KEY), rust_with_key(PLANTED_KEY)),
    );
    git(dir.path(), &["commit", "-qam", "new key"]);
    write(dir.path(), "src/untracked.rs", &rust_with_key(PLANTED_KEY));
    let settings = Settings::default();
    let root = git::repository_root(dir.path()).expect("root");
    let mut result = trustlint_engine::scan_paths(&root, std::slice::from_ref(&root), &settings, 1);
    assert_eq!(located(&result).len(), 3);
    git::retain_changed_since(&mut result, dir.path(), &base).expect("since");
    assert_eq!(
        located(&result),
        [
            ("src/aws.rs".to_owned(), 5),
            ("src/untracked.rs".to_owned(), 2)
        ]
    );
}

#[test]
fn history_reports_a_deleted_secret_at_the_commit_that_introduced_it() {
    let dir = repo();
    write(dir.path(), "README.md", "service\n");
    git(dir.path(), &["add", "."]);
    git(dir.path(), &["commit", "-qm", "first"]);
    write(dir.path(), "src/aws.rs", &rust_with_key(PLANTED_KEY));
    git(dir.path(), &["add", "."]);
    git(dir.path(), &["commit", "-qm", "add uploader"]);
    let introduced = git(dir.path(), &["rev-parse", "HEAD"]);
    write(dir.path(), "src/other.rs", "pub fn f() {}\n");
    git(dir.path(), &["add", "."]);
    git(dir.path(), &["commit", "-qm", "unrelated"]);
    git(dir.path(), &["rm", "-q", "src/aws.rs"]);
    git(dir.path(), &["commit", "-qm", "remove key"]);

    let (result, provenance) =
        git::scan_history(dir.path(), None, &[], &Settings::default(), 1).expect("history");
    assert_eq!(located(&result), [("src/aws.rs".to_owned(), 2)]);
    let index = result
        .findings
        .iter()
        .position(|f| f.rule.id == "credentials/aws-access-key")
        .expect("finding");
    assert_eq!(provenance[index].commit, introduced);
    assert_eq!(provenance[index].author_date, "2024-03-01");
    assert_eq!(provenance[index].summary, "add uploader");
}
