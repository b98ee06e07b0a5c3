//! Git workflows as users run them: `scan --staged`, `scan --since`, `history` and
//! `hook install`, on throwaway repositories built with the `git` binary.

use crate::support::*;
use std::path::Path;

/// [`leaky_main`] with `lines` comment lines above it: the key moves down.
fn leaky_main_below(lines: usize) -> String {
    format!("{}{}", "// notes\n".repeat(lines), leaky_main())
}

#[test]
fn staged_scan_judges_a_partly_staged_file_by_its_staged_content() {
    let dir = git_repo(&[("src/main.rs", CLEAN_MAIN)]);
    commit_all(dir.path(), "init");
    write(dir.path(), "src/main.rs", leaky_main().as_bytes());
    git(dir.path(), &["add", "src/main.rs"]);
    // Unstaged lines above the key: the working tree has it on line 5, the index on line 2.
    write(dir.path(), "src/main.rs", leaky_main_below(3).as_bytes());

    let run = trustlint(dir.path(), &["scan", "--staged"]);
    assert_eq!(run.code, 1, "{run}");
    assert!(run.stdout.contains("--> src/main.rs:2:26"), "{run}");
    assert!(!run.stdout.contains("src/main.rs:5"), "{run}");
    run.assert_no_full_secret();

    let json = trustlint(dir.path(), &["scan", "--staged", "--format", "json"]);
    assert_eq!(
        locations(&json.json()),
        [("src/main.rs".to_owned(), 2)],
        "{json}"
    );
    let sarif = trustlint(dir.path(), &["scan", "--staged", "--format", "sarif"]);
    assert_eq!(sarif.code, 1, "{sarif}");
    assert_valid_sarif(&sarif.json());

    // Rule selection applies to staged scans too.
    let selected = trustlint(dir.path(), &["scan", "--staged", "--select", "debug-entry"]);
    assert_eq!(selected.code, 0, "{selected}");
}

#[test]
fn staged_scan_ignores_a_secret_that_is_only_in_the_working_tree() {
    let dir = git_repo(&[("src/main.rs", CLEAN_MAIN)]);
    commit_all(dir.path(), "init");
    write(dir.path(), "src/main.rs", leaky_main().as_bytes());
    let run = trustlint(dir.path(), &["scan", "--staged"]);
    assert_eq!(run.code, 0, "{run}");
    assert!(run.stdout.contains("no findings"), "{run}");
    // The working-tree scan does see it.
    assert_eq!(trustlint(dir.path(), &["scan"]).code, 1);
}

#[test]
fn staged_scan_from_a_subdirectory_reports_paths_from_the_repository_root() {
    let dir = git_repo(&[("app/src/main.rs", &leaky_main())]);
    git(dir.path(), &["add", "-A"]);
    let run = trustlint(
        &dir.path().join("app"),
        &["scan", "--staged", "--format", "json"],
    );
    assert_eq!(run.code, 1, "{run}");
    assert_eq!(locations(&run.json()), [("app/src/main.rs".to_owned(), 2)]);
}

#[test]
fn staged_scan_honours_the_baseline() {
    let dir = git_repo(&[("src/main.rs", &leaky_main())]);
    commit_all(dir.path(), "init");
    assert_eq!(trustlint(dir.path(), &["baseline"]).code, 0);
    // The known key moves down; a new key is staged in another file.
    write(dir.path(), "src/main.rs", leaky_main_below(2).as_bytes());
    write(
        dir.path(),
        "src/upload.rs",
        leaky_main()
            .replace(FAKE_AWS_KEY, OTHER_FAKE_AWS_KEY)
            .as_bytes(),
    );
    git(dir.path(), &["add", "-A"]);
    let run = trustlint(
        dir.path(),
        &[
            "scan",
            "--staged",
            "--baseline",
            "trustlint-baseline.txt",
            "--format",
            "json",
        ],
    );
    assert_eq!(run.code, 1, "{run}");
    assert_eq!(locations(&run.json()), [("src/upload.rs".to_owned(), 2)]);
    assert_eq!(run.json()["stats"]["baselined"], 1);
}

#[test]
fn staged_scan_outside_a_repository_is_a_usage_error() {
    let dir = project(&[("src/main.rs", CLEAN_MAIN)]);
    let run = trustlint(dir.path(), &["scan", "--staged"]);
    assert_eq!(run.code, 2, "{run}");
    assert!(run.stderr.contains("not in a git repository"), "{run}");
}

#[test]
fn since_reports_only_findings_on_lines_added_after_the_revision() {
    let old_key_file = leaky_main().replace(FAKE_AWS_KEY, OTHER_FAKE_AWS_KEY);
    let dir = git_repo(&[
        ("src/legacy.rs", &old_key_file),
        ("src/main.rs", CLEAN_MAIN),
    ]);
    let base = commit_all(dir.path(), "legacy key");
    // Committed after the base: a key on a new line of an existing file.
    write(dir.path(), "src/main.rs", leaky_main().as_bytes());
    commit_all(dir.path(), "new key");
    // Not committed at all: lines above the legacy key (which does not make it new)
    // and an untracked file with a key.
    let mut moved_legacy = String::from("// moved\n");
    moved_legacy.push_str(&old_key_file);
    write(dir.path(), "src/legacy.rs", moved_legacy.as_bytes());
    write(
        dir.path(),
        "src/untracked.rs",
        leaky_main_below(1).as_bytes(),
    );

    let run = trustlint(dir.path(), &["scan", "--since", &base, "--format", "json"]);
    assert_eq!(run.code, 1, "{run}");
    assert_eq!(
        locations(&run.json()),
        [
            ("src/main.rs".to_owned(), 2),
            ("src/untracked.rs".to_owned(), 3)
        ]
    );
    let everything = trustlint(dir.path(), &["scan", "--format", "json"]);
    assert_eq!(locations(&everything.json()).len(), 3, "{everything}");

    let unknown = trustlint(dir.path(), &["scan", "--since", "no-such-rev"]);
    assert_eq!(unknown.code, 2, "{unknown}");
    assert!(
        unknown.stderr.contains("`--since no-such-rev`"),
        "{unknown}"
    );
}

#[test]
fn since_and_staged_together_are_a_usage_error() {
    let dir = git_repo(&[]);
    let run = trustlint(dir.path(), &["scan", "--staged", "--since", "HEAD"]);
    assert_eq!(run.code, 2, "{run}");
    assert!(run.stderr.contains("cannot be used with"), "{run}");
}

#[test]
fn history_finds_a_secret_that_was_added_then_removed() {
    let dir = git_repo(&[("README.md", "service\n")]);
    commit_all(dir.path(), "first");
    write(dir.path(), "src/main.rs", leaky_main().as_bytes());
    let introduced = commit_all(dir.path(), "add uploader");
    // Edited while the key stays: still the same finding, not a new one.
    write(dir.path(), "src/main.rs", leaky_main_below(1).as_bytes());
    commit_all(dir.path(), "document");
    git(dir.path(), &["rm", "-q", "src/main.rs"]);
    commit_all(dir.path(), "remove key");
    // The working tree is clean of it now.
    assert_eq!(trustlint(dir.path(), &["scan"]).code, 0);

    let run = trustlint(dir.path(), &["history", "--format", "json"]);
    assert_eq!(run.code, 1, "{run}");
    run.assert_no_full_secret();
    let report = run.json();
    let findings = report["findings"].as_array().expect("findings");
    assert_eq!(findings.len(), 1, "{run}");
    assert_eq!(findings[0]["rule"], AWS_RULE);
    assert_eq!(findings[0]["path"], "src/main.rs");
    assert_eq!(findings[0]["line"], 2);
    assert_eq!(findings[0]["commit"], introduced.as_str());
    assert_eq!(findings[0]["author_date"], "2024-03-01");

    let human = trustlint(dir.path(), &["history"]);
    assert_eq!(human.code, 1, "{human}");
    assert!(human.stdout.contains("--> src/main.rs:2:26"), "{human}");
    assert!(
        human.stdout.contains(&format!(
            "introduced in commit {} (2024-03-01)",
            &introduced[..12]
        )),
        "{human}"
    );
    human.assert_no_full_secret();

    let sarif = trustlint(dir.path(), &["history", "--format", "sarif"]);
    let report = sarif.json();
    assert_valid_sarif(&report);
    let properties = &report["runs"][0]["results"][0]["properties"];
    assert_eq!(properties["commit"], introduced.as_str(), "{sarif}");
    assert_eq!(properties["authorDate"], "2024-03-01", "{sarif}");

    // Nothing entered after the commit that removed it.
    let since = trustlint(dir.path(), &["history", "--since", "HEAD~1"]);
    assert_eq!(since.code, 0, "{since}");
}

#[test]
fn history_of_another_branch_is_scanned_with_branch() {
    let dir = git_repo(&[("README.md", "service\n")]);
    commit_all(dir.path(), "first");
    git(dir.path(), &["checkout", "-q", "-b", "experiment"]);
    write(dir.path(), "src/main.rs", leaky_main().as_bytes());
    commit_all(dir.path(), "try a key");
    git(dir.path(), &["checkout", "-q", "main"]);

    assert_eq!(trustlint(dir.path(), &["history"]).code, 0);
    let run = trustlint(
        dir.path(),
        &["history", "--branch", "experiment", "--format", "json"],
    );
    assert_eq!(
        locations(&run.json()),
        [("src/main.rs".to_owned(), 2)],
        "{run}"
    );
}

#[test]
fn history_scans_a_bare_repository() {
    // Mirrors on a git server or in a backup have no working tree; their history
    // is what a team audits before opening a repository up.
    let dir = git_repo(&[("README.md", "service\n")]);
    write(dir.path(), "src/main.rs", leaky_main().as_bytes());
    let introduced = commit_all(dir.path(), "add uploader");
    let mirror = tempfile::tempdir().expect("tempdir");
    let bare = mirror.path().join("service.git");
    let source = dir.path().to_str().expect("utf-8 path");
    git(
        mirror.path(),
        &[
            "clone",
            "-q",
            "--bare",
            source,
            bare.to_str().expect("utf-8 path"),
        ],
    );

    let run = trustlint(&bare, &["history", "--format", "json"]);
    assert_eq!(run.code, 1, "{run}");
    run.assert_no_full_secret();
    let report = run.json();
    assert_eq!(locations(&report), [("src/main.rs".to_owned(), 2)], "{run}");
    assert_eq!(
        report["findings"][0]["commit"],
        introduced.as_str(),
        "{run}"
    );
    // `--staged` needs an index and a working tree, which a bare repository lacks.
    let staged = trustlint(&bare, &["scan", "--staged"]);
    assert_eq!(staged.code, 2, "{staged}");
    assert!(staged.stderr.contains("no working directory"), "{staged}");
}

fn pre_commit_hook(dir: &Path) -> std::path::PathBuf {
    dir.join(".git/hooks/pre-commit")
}

#[test]
fn hook_install_writes_an_executable_hook_that_runs_a_staged_scan() {
    let dir = git_repo(&[]);
    let run = trustlint(dir.path(), &["hook", "install"]);
    assert_eq!(run.code, 0, "{run}");
    assert!(run.stderr.contains("installed"), "{run}");
    let hook = pre_commit_hook(dir.path());
    let script = std::fs::read_to_string(&hook).expect("hook written");
    assert!(script.starts_with("#!/bin/sh\n"), "{script}");
    assert!(script.contains("scan --staged"), "{script}");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&hook).expect("hook").permissions().mode();
        assert_eq!(mode & 0o111, 0o111, "executable: {mode:o}");
    }

    // Installing again is harmless.
    let again = trustlint(dir.path(), &["hook", "install"]);
    assert_eq!(again.code, 0, "{again}");
    assert!(again.stderr.contains("already installed"), "{again}");
    assert_eq!(std::fs::read_to_string(&hook).expect("hook"), script);
}

#[test]
fn hook_install_refuses_to_overwrite_a_foreign_hook_without_force() {
    let dir = git_repo(&[]);
    let hook = pre_commit_hook(dir.path());
    let foreign = "#!/bin/sh\nexec make lint\n";
    write(dir.path(), ".git/hooks/pre-commit", foreign.as_bytes());

    let run = trustlint(dir.path(), &["hook", "install"]);
    assert_eq!(run.code, 2, "{run}");
    assert!(
        run.stderr
            .contains("already exists and was not written by trustlint")
            && run.stderr.contains("--force"),
        "{run}"
    );
    assert_eq!(std::fs::read_to_string(&hook).expect("hook"), foreign);

    let forced = trustlint(dir.path(), &["hook", "install", "--force"]);
    assert_eq!(forced.code, 0, "{forced}");
    assert!(forced.stderr.contains("replaced"), "{forced}");
    assert!(
        std::fs::read_to_string(&hook)
            .expect("hook")
            .contains("scan --staged")
    );
}

#[test]
fn hook_install_writes_into_core_hooks_path() {
    let dir = git_repo(&[]);
    git(dir.path(), &["config", "core.hooksPath", "tools/githooks"]);
    let run = trustlint(dir.path(), &["hook", "install"]);
    assert_eq!(run.code, 0, "{run}");
    assert!(
        dir.path().join("tools/githooks/pre-commit").is_file(),
        "{run}"
    );
    assert!(!pre_commit_hook(dir.path()).exists());
}

#[test]
fn installed_hook_blocks_a_commit_with_a_staged_secret_and_passes_a_clean_one() {
    let dir = git_repo(&[("src/main.rs", CLEAN_MAIN)]);
    commit_all(dir.path(), "init");
    assert_eq!(trustlint(dir.path(), &["hook", "install"]).code, 0);

    write(dir.path(), "src/main.rs", leaky_main().as_bytes());
    git(dir.path(), &["add", "-A"]);
    let blocked = run(git_command(dir.path()).args(["commit", "-m", "add key"]));
    assert_ne!(blocked.code, 0, "{blocked}");
    assert!(
        blocked.all_output().contains("--> src/main.rs:2:26"),
        "{blocked}"
    );
    blocked.assert_no_full_secret();

    git(dir.path(), &["checkout", "-q", "HEAD", "--", "src/main.rs"]);
    write(
        dir.path(),
        "src/lib.rs",
        b"pub fn retries() -> u32 {\n    3\n}\n",
    );
    git(dir.path(), &["add", "-A"]);
    let clean = run(git_command(dir.path()).args(["commit", "-m", "retries"]));
    assert_eq!(clean.code, 0, "{clean}");
}

/// `git commit -a` commits from a temporary index (`GIT_INDEX_FILE`); the repository's
/// own index does not hold the change yet while the hook runs.
#[test]
fn regression_installed_hook_blocks_commit_all_of_a_tracked_file() {
    let dir = git_repo(&[("src/main.rs", CLEAN_MAIN)]);
    commit_all(dir.path(), "init");
    assert_eq!(trustlint(dir.path(), &["hook", "install"]).code, 0);
    write(dir.path(), "src/main.rs", leaky_main().as_bytes());
    let blocked = run(git_command(dir.path()).args(["commit", "-a", "-m", "add key"]));
    assert_ne!(blocked.code, 0, "{blocked}");
    assert!(
        blocked.all_output().contains("--> src/main.rs:2:26"),
        "{blocked}"
    );

    // `git commit <path>` likewise commits from a temporary index.
    let blocked = run(git_command(dir.path()).args(["commit", "src/main.rs", "-m", "add key"]));
    assert_ne!(blocked.code, 0, "{blocked}");
    assert!(
        blocked.all_output().contains("--> src/main.rs:2:26"),
        "{blocked}"
    );
}
