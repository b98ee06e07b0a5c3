//! `cargo trustlint` on a throwaway cargo project.

use crate::support::*;
use std::path::Path;
use std::process::Command;

fn cargo_project() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temporary directory");
    let run = run(Command::new(env!("CARGO"))
        .args(["init", "--vcs", "none", "--name", "keyholder", "--offline"])
        .current_dir(dir.path()));
    assert_eq!(run.code, 0, "cargo init: {run}");
    dir
}

/// `cargo trustlint ARGS` through cargo itself, with the built binary on `PATH`.
fn cargo_trustlint(dir: &Path, args: &[&str]) -> Run {
    let bin_dir = cargo_trustlint_bin().parent().unwrap().to_path_buf();
    let path = std::env::join_paths(
        std::iter::once(bin_dir).chain(std::env::split_paths(&std::env::var_os("PATH").unwrap())),
    )
    .unwrap();
    run(Command::new(env!("CARGO"))
        .arg("trustlint")
        .args(args)
        .env("PATH", path)
        // The workspace's own target directory is the one that must be skipped.
        .env_remove("CARGO_TARGET_DIR")
        .current_dir(dir))
}

#[test]
fn cargo_trustlint_scans_the_workspace() {
    let project = cargo_project();
    let run = cargo_trustlint(project.path(), &[]);
    assert_eq!(run.code, 0, "the fresh project is clean: {run}");

    write(project.path(), "src/main.rs", leaky_main().as_bytes());
    // Build output is never scanned, whatever it holds.
    write(
        project.path(),
        "target/debug/build/keyholder-1/out/generated.rs",
        leaky_main().as_bytes(),
    );
    // From a subdirectory too: the root is the workspace, not the current directory.
    let run = cargo_trustlint(&project.path().join("src"), &["--format", "json"]);
    assert_eq!(run.code, 1, "{run}");
    let report = run.json();
    let paths: Vec<&str> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["path"].as_str().unwrap())
        .collect();
    assert_eq!(paths, ["src/main.rs"], "{run}");
    run.assert_no_full_secret();
}

#[test]
fn manifest_path_works_from_another_directory() {
    let project = cargo_project();
    write(project.path(), "src/main.rs", leaky_main().as_bytes());
    let elsewhere = tempfile::tempdir().unwrap();
    let manifest = project.path().join("Cargo.toml");
    let run = crate::support::run(
        Command::new(cargo_trustlint_bin())
            .arg("trustlint")
            .arg("--manifest-path")
            .arg(&manifest)
            .current_dir(elsewhere.path()),
    );
    assert_eq!(run.code, 1, "{run}");
    assert!(run.stdout.contains(" --> src/main.rs:2:26"), "{run}");
    run.assert_no_full_secret();
}

#[test]
fn outside_a_cargo_project_is_an_error() {
    let elsewhere = tempfile::tempdir().unwrap();
    let run = crate::support::run(
        Command::new(cargo_trustlint_bin())
            .arg("trustlint")
            .current_dir(elsewhere.path()),
    );
    assert_eq!(run.code, 2, "{run}");
    assert!(
        run.stderr.starts_with("error: `cargo metadata` failed: "),
        "{run}"
    );
}
