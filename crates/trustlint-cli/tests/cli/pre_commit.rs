//! The real pre-commit framework (`pip install pre-commit`; `.ci/run` installs it)
//! running this repository's own `.pre-commit-hooks.yaml`.

use crate::support::*;
use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::Command;

fn pre_commit_installed() -> bool {
    Command::new("pre-commit")
        .arg("--version")
        .output()
        .is_ok_and(|output| output.status.success())
}

fn checkout_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// `PATH` with the freshly built `trustlint` first, as the `language: system` hook
/// expects an installed one.
fn path_with_trustlint() -> OsString {
    let bin_dir = trustlint_bin()
        .parent()
        .expect("the binary's directory")
        .to_path_buf();
    let rest = std::env::var_os("PATH").unwrap_or_default();
    std::env::join_paths(std::iter::once(bin_dir).chain(std::env::split_paths(&rest)))
        .expect("PATH entries without separators")
}

#[test]
fn pre_commit_framework_blocks_a_staged_secret_and_passes_a_clean_commit() {
    if !pre_commit_installed() {
        println!("SKIPPED: pre-commit is not installed (`python3 -m pip install pre-commit`)");
        return;
    }
    // pre-commit clones hook repositories at a revision: a repository holding this
    // checkout's hook definitions (the `system` hook needs nothing else).
    let hooks_yaml = std::fs::read_to_string(checkout_root().join(".pre-commit-hooks.yaml"))
        .expect("the repository's .pre-commit-hooks.yaml");
    let hooks = git_repo(&[(".pre-commit-hooks.yaml", &hooks_yaml)]);
    let rev = commit_all(hooks.path(), "hooks");
    let config = format!(
        "repos:\n  - repo: {}\n    rev: {rev}\n    hooks:\n      - id: trustlint-system\n",
        hooks.path().display()
    );
    let dir = git_repo(&[
        ("src/main.rs", CLEAN_MAIN),
        (".pre-commit-config.yaml", &config),
    ]);
    commit_all(dir.path(), "init");
    let cache = tempfile::tempdir().expect("pre-commit cache");
    let with_pre_commit = |command: &mut Command| {
        command
            .env("PRE_COMMIT_HOME", cache.path())
            .env("PATH", path_with_trustlint())
            .env("NO_COLOR", "1");
    };
    let mut install = Command::new("pre-commit");
    install.arg("install").current_dir(dir.path());
    with_pre_commit(&mut install);
    let installed = run(&mut install);
    assert_eq!(installed.code, 0, "{installed}");

    write(dir.path(), "src/main.rs", leaky_main().as_bytes());
    git(dir.path(), &["add", "-A"]);
    let mut commit = git_command(dir.path());
    commit.args(["commit", "-m", "add key"]);
    with_pre_commit(&mut commit);
    let blocked = run(&mut commit);
    assert_ne!(blocked.code, 0, "{blocked}");
    let output = blocked.all_output();
    assert!(
        output.contains("trustlint") && output.contains("Failed"),
        "{blocked}"
    );
    assert!(output.contains("--> src/main.rs:2:26"), "{blocked}");
    assert!(output.contains(AWS_RULE), "{blocked}");
    blocked.assert_no_full_secret();
    assert_eq!(git(dir.path(), &["rev-list", "--count", "HEAD"]), "1");

    write(dir.path(), "src/main.rs", CLEAN_MAIN.as_bytes());
    write(
        dir.path(),
        "src/lib.rs",
        b"pub fn retries() -> u32 {\n    3\n}\n",
    );
    git(dir.path(), &["add", "-A"]);
    let mut commit = git_command(dir.path());
    commit.args(["commit", "-m", "retries"]);
    with_pre_commit(&mut commit);
    let passed = run(&mut commit);
    assert_eq!(passed.code, 0, "{passed}");
    assert!(passed.all_output().contains("Passed"), "{passed}");
    assert_eq!(git(dir.path(), &["rev-list", "--count", "HEAD"]), "2");
}

/// The `language: rust` hook is built by `cargo install --bins --path .` at the
/// repository root (minutes of release build, too slow for the suite); what must
/// hold is that pre-commit accepts the manifest and that its entry is the binary
/// the root package installs.
#[test]
fn hook_manifest_is_valid_and_its_rust_entry_is_the_root_package_binary() {
    if !pre_commit_installed() {
        println!("SKIPPED: pre-commit is not installed (`python3 -m pip install pre-commit`)");
        return;
    }
    let manifest = checkout_root().join(".pre-commit-hooks.yaml");
    let validated = run(Command::new("pre-commit")
        .arg("validate-manifest")
        .arg(&manifest));
    assert_eq!(validated.code, 0, "{validated}");

    let hooks = std::fs::read_to_string(&manifest).expect("manifest");
    let root_manifest =
        std::fs::read_to_string(checkout_root().join("Cargo.toml")).expect("root Cargo.toml");
    let rust_hook = hooks
        .split("\n- id: ")
        .find(|hook| hook.starts_with("trustlint\n"))
        .expect("a hook with id `trustlint`");
    assert!(rust_hook.contains("\n  language: rust\n"), "{rust_hook}");
    let entry = rust_hook
        .lines()
        .find_map(|line| line.strip_prefix("  entry: "))
        .expect("entry");
    assert!(
        root_manifest.contains(&format!("[[bin]]\nname = \"{entry}\"")),
        "the root package installs `{entry}`"
    );
    // It must not be the `trustlint` binary of trustlint-cli: `cargo install` of
    // both into one environment would collide.
    assert_ne!(entry, "trustlint");
}
