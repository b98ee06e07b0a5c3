//! Bad input from the file system and from the files themselves: sizes, depth,
//! line counts, file counts, symbolic links, vanished and unreadable files,
//! non-UTF-8 names, and a hostile `trustlint.toml`. Each test asserts what the
//! user sees: an error entry or the findings that could still be made, never a
//! crash, hang or stack overflow, and the rest of the scan goes on.
//!
//! Timings are printed (`cargo test -- --nocapture`) and recorded in
//! docs/robustness.md; the tests only bound them generously, since CI machines
//! are shared.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};
use trustlint_engine::{ScanResult, Settings, load_settings, scan_paths};

const PLANTED_KEY: &str = "AKIA4TQ7PZ3WEXD2LHKN";

/// Far above what any of these inputs takes on a quiet machine (see
/// docs/robustness.md); a scan that exceeds it is a hang in practice.
const HANG: Duration = Duration::from_secs(300);

fn write(dir: &Path, path: &str, text: impl AsRef<[u8]>) -> PathBuf {
    let path = dir.join(path);
    std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
    std::fs::write(&path, text).expect("write");
    path
}

fn rust_with_key(key: &str) -> String {
    format!("pub fn client() -> Client {{\n    Client::new(\"{key}\")\n}}\n")
}

/// Scans `root` as `trustlint scan ROOT` would, with two workers, and prints the time.
fn scan_dir(what: &str, root: &Path, settings: &Settings) -> ScanResult {
    let started = Instant::now();
    let result = scan_paths(root, &[root.to_path_buf()], settings, 2);
    let took = started.elapsed();
    println!("{what}: {} files in {took:?}", result.stats.files);
    assert!(took < HANG, "{what} took {took:?}");
    result
}

fn keys_found(result: &ScanResult) -> Vec<(String, usize)> {
    result
        .findings
        .iter()
        .filter(|f| f.rule.id == "credentials/aws-access-key")
        .map(|f| (f.path.clone(), f.start.line))
        .collect()
}

fn errors(result: &ScanResult) -> Vec<(String, String)> {
    result
        .errors
        .iter()
        .map(|e| (e.path.clone(), e.message.clone()))
        .collect()
}

/// No analyzer panicked: the engine reports a caught panic as an internal error.
fn assert_no_internal_error(result: &ScanResult) {
    for error in &result.errors {
        assert!(
            !error.message.contains("internal error"),
            "{}: {}",
            error.path,
            error.message
        );
    }
}

// ---------------------------------------------------------------------------
// Size

#[test]
fn file_over_configured_size_limit_is_an_error_entry_and_the_scan_goes_on() {
    let dir = tempfile::tempdir().expect("temp dir");
    let big = format!("{}// {}\n", rust_with_key(PLANTED_KEY), "x".repeat(2048));
    write(dir.path(), "src/big.rs", big);
    write(dir.path(), "src/small.rs", rust_with_key(PLANTED_KEY));
    let mut settings = Settings::default();
    settings.config.scan.max_file_size = 1024;
    let result = scan_dir("configured limit", dir.path(), &settings);
    assert_eq!(keys_found(&result), [("src/small.rs".to_owned(), 2)]);
    let errors = errors(&result);
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert_eq!(errors[0].0, "src/big.rs");
    assert!(
        errors[0].1.contains("above the 1024-byte limit"),
        "{}",
        errors[0].1
    );
}

#[test]
fn file_over_default_10_mib_limit_is_skipped_without_being_read() {
    let dir = tempfile::tempdir().expect("temp dir");
    // A sparse file: 11 MiB on paper, nothing on disk, so the test stays cheap; the
    // size check runs on metadata before any byte is read.
    let huge = std::fs::File::create(dir.path().join("huge.rs")).expect("create");
    huge.set_len(11 * 1024 * 1024).expect("set length");
    write(dir.path(), "ok.rs", rust_with_key(PLANTED_KEY));
    let result = scan_dir("default limit", dir.path(), &Settings::default());
    assert_eq!(keys_found(&result), [("ok.rs".to_owned(), 2)]);
    assert_eq!(
        errors(&result),
        [(
            "huge.rs".to_owned(),
            "file is 11534336 bytes, above the 10485760-byte limit (`scan.max-file-size`); not analysed"
                .to_owned()
        )]
    );
    assert_eq!(result.stats.bytes, rust_with_key(PLANTED_KEY).len() as u64);
}

// ---------------------------------------------------------------------------
// Shape of the text

#[test]
fn rust_nested_100_000_levels_deep_does_not_overflow_the_stack() {
    let depth = 100_000;
    let dir = tempfile::tempdir().expect("temp dir");
    let nested = format!(
        "pub fn deep() -> i32 {{\n    let key = \"{PLANTED_KEY}\";\n    {}1{}\n}}\n",
        "(".repeat(depth),
        ")".repeat(depth)
    );
    write(dir.path(), "src/deep.rs", nested);
    // Unbalanced: the lexer gives up, which must also be an error, not a crash.
    write(dir.path(), "src/open.rs", "(".repeat(depth));
    let result = scan_dir("Rust nested 100,000 deep", dir.path(), &Settings::default());
    assert_no_internal_error(&result);
    assert_eq!(keys_found(&result), [("src/deep.rs".to_owned(), 2)]);
    let errors = errors(&result);
    assert!(
        errors.iter().any(|(path, message)| path == "src/deep.rs"
            && message.contains("nest more than 20000 levels deep")),
        "{errors:?}"
    );
    assert!(
        errors
            .iter()
            .any(|(path, message)| path == "src/open.rs" && message.contains("Rust lexer error")),
        "{errors:?}"
    );
}

#[test]
fn swift_nested_100_000_levels_deep_does_not_overflow_the_stack() {
    let depth = 100_000;
    let dir = tempfile::tempdir().expect("temp dir");
    let nested = format!(
        "let awsKeyId = \"{PLANTED_KEY}\"\nlet matrix = {}1{}\n",
        "[".repeat(depth),
        "]".repeat(depth)
    );
    write(dir.path(), "Sources/Deep.swift", nested);
    write(dir.path(), "Sources/Open.swift", "[".repeat(depth));
    let result = scan_dir(
        "Swift nested 100,000 deep",
        dir.path(),
        &Settings::default(),
    );
    assert_no_internal_error(&result);
    assert_eq!(keys_found(&result), [("Sources/Deep.swift".to_owned(), 1)]);
}

#[test]
fn ten_megabyte_single_line_is_analysed() {
    let dir = tempfile::tempdir().expect("temp dir");
    // A generated table on one line, with a key at the far end of it.
    let mut line = String::from("pub static TABLE: &[u32] = &[");
    while line.len() < 10_000_000 {
        line.push_str("4294967295,");
    }
    line.push_str(&format!("]; pub static KEY: &str = \"{PLANTED_KEY}\";"));
    write(dir.path(), "src/table.rs", &line);
    let mut env = String::from("BLOB=");
    env.push_str(&"QUJD".repeat(2_500_000));
    env.push_str(&format!(" AWS_ACCESS_KEY_ID={PLANTED_KEY}"));
    write(dir.path(), ".env", &env);
    let result = scan_dir("10 MB single line", dir.path(), &Settings::default());
    assert_no_internal_error(&result);
    assert_eq!(
        keys_found(&result),
        [(".env".to_owned(), 1), ("src/table.rs".to_owned(), 1)]
    );
}

#[test]
fn million_line_file_is_analysed() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut text = String::with_capacity(9_000_000);
    text.push_str("pub fn count() -> u64 {\n    let mut n = 0;\n");
    for _ in 0..1_000_000 {
        text.push_str("n += 1;\n");
    }
    text.push_str(&format!("    let key = \"{PLANTED_KEY}\";\n    n\n}}\n"));
    write(dir.path(), "src/count.rs", &text);
    let result = scan_dir("a million lines", dir.path(), &Settings::default());
    assert_no_internal_error(&result);
    assert_eq!(
        keys_found(&result),
        [("src/count.rs".to_owned(), 1_000_003)]
    );
}

// ---------------------------------------------------------------------------
// Many files

/// 10,000 rather than 100,000 files keeps `cargo test` quick on CI; the walk and
/// the worker pool are the same code at any count (docs/robustness.md has the
/// 100,000-file measurement).
#[test]
fn ten_thousand_small_files() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut planted = Vec::new();
    for i in 0..10_000 {
        let path = format!("m{:02}/f{i:05}.rs", i % 100);
        if i % 1000 == 0 {
            write(dir.path(), &path, rust_with_key(PLANTED_KEY));
            planted.push((path, 2));
        } else {
            write(dir.path(), &path, format!("pub const N: u32 = {i};\n"));
        }
    }
    let result = scan_dir("10,000 files", dir.path(), &Settings::default());
    assert_eq!(result.stats.files, 10_000);
    assert_eq!(keys_found(&result), planted);
    assert_eq!(errors(&result), []);
}

// ---------------------------------------------------------------------------
// Symbolic links, vanished and unreadable files, odd names

#[test]
fn symlink_loops_end_and_each_file_is_read_once() {
    let dir = tempfile::tempdir().expect("temp dir");
    write(dir.path(), "a/b/key.rs", rust_with_key(PLANTED_KEY));
    std::os::unix::fs::symlink("../..", dir.path().join("a/b/up")).expect("symlink");
    std::os::unix::fs::symlink(".", dir.path().join("a/here")).expect("symlink");
    std::os::unix::fs::symlink("self.rs", dir.path().join("a/self.rs")).expect("symlink");
    let result = scan_dir("symlink loops", dir.path(), &Settings::default());
    assert_eq!(keys_found(&result), [("a/b/key.rs".to_owned(), 2)]);
    assert_eq!(
        errors(&result),
        [("a/self.rs".to_owned(), "broken symbolic link".to_owned())]
    );
}

#[test]
fn symlinks_out_of_the_scan_root_are_not_followed() {
    let outside = tempfile::tempdir().expect("temp dir");
    write(outside.path(), "secret.rs", rust_with_key(PLANTED_KEY));
    write(outside.path(), "dir/secret.rs", rust_with_key(PLANTED_KEY));
    let root = tempfile::tempdir().expect("temp dir");
    write(root.path(), "src/lib.rs", "pub fn honest() {}\n");
    std::os::unix::fs::symlink(
        outside.path().join("secret.rs"),
        root.path().join("src/link.rs"),
    )
    .expect("symlink");
    std::os::unix::fs::symlink(outside.path().join("dir"), root.path().join("vendored"))
        .expect("symlink");
    let result = scan_dir(
        "symlinks out of the root",
        root.path(),
        &Settings::default(),
    );
    assert_eq!(result.stats.files, 1);
    assert_eq!(keys_found(&result), []);
}

#[test]
fn file_that_vanished_before_it_was_read_is_an_error_entry() {
    let dir = tempfile::tempdir().expect("temp dir");
    let present = write(dir.path(), "present.rs", rust_with_key(PLANTED_KEY));
    let vanished = dir.path().join("vanished.rs");
    let result = scan_paths(dir.path(), &[vanished, present], &Settings::default(), 2);
    assert_eq!(keys_found(&result), [("present.rs".to_owned(), 2)]);
    let errors = errors(&result);
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(errors[0].0.ends_with("vanished.rs"), "{errors:?}");
    assert_eq!(errors[0].1, "no such file or directory");
}

/// Whether this process bypasses file permissions (root in CI containers).
fn permissions_are_enforced(probe_dir: &Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    std::fs::metadata(probe_dir).expect("metadata").uid() != 0
}

#[test]
fn unreadable_directory_is_an_error_entry_and_the_scan_goes_on() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().expect("temp dir");
    if !permissions_are_enforced(dir.path()) {
        println!("SKIPPED: running as root, permissions are not enforced");
        return;
    }
    write(dir.path(), "locked/key.rs", rust_with_key(PLANTED_KEY));
    write(dir.path(), "open/key.rs", rust_with_key(PLANTED_KEY));
    let locked = dir.path().join("locked");
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o000)).expect("chmod");
    let result = scan_dir("unreadable directory", dir.path(), &Settings::default());
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o755)).expect("chmod");
    assert_eq!(keys_found(&result), [("open/key.rs".to_owned(), 2)]);
    let errors = errors(&result);
    assert!(
        errors
            .iter()
            .any(|(path, message)| path == "locked" && message.contains("Permission denied")),
        "{errors:?}"
    );
}

#[test]
fn non_utf8_file_name_is_scanned_and_shown_lossily() {
    use std::os::unix::ffi::OsStrExt;
    let dir = tempfile::tempdir().expect("temp dir");
    let name = std::ffi::OsStr::from_bytes(b"caf\xe9.rs");
    std::fs::write(dir.path().join(name), rust_with_key(PLANTED_KEY)).expect("write");
    let result = scan_dir("non-UTF-8 name", dir.path(), &Settings::default());
    assert_eq!(keys_found(&result), [("caf\u{fffd}.rs".to_owned(), 2)]);
}

// ---------------------------------------------------------------------------
// A hostile trustlint.toml in the scanned repository

#[test]
fn exclude_patterns_with_parent_components_read_nothing_outside_the_root() {
    let outside = tempfile::tempdir().expect("temp dir");
    let root_parent = tempfile::tempdir().expect("temp dir");
    let root = root_parent.path().join("repo");
    write(root_parent.path(), "sibling.rs", rust_with_key(PLANTED_KEY));
    write(
        &root,
        "trustlint.toml",
        format!(
            "[scan]\nexclude = [\"../**\", \"../sibling.rs\", \"{}/**\", \"/..\"]\n",
            outside.path().display()
        ),
    );
    write(&root, "src/key.rs", rust_with_key(PLANTED_KEY));
    let settings = load_settings(&root, None, &[], &[]).expect("valid config");
    let result = scan_dir("exclude with ../", &root, &settings);
    assert_eq!(keys_found(&result), [("src/key.rs".to_owned(), 2)]);
    // src/key.rs and the config itself, which is read for secrets like any TOML file.
    assert_eq!(result.stats.files, 2);
}

#[test]
fn nested_config_does_not_silence_the_rest_of_the_repository() {
    let dir = tempfile::tempdir().expect("temp dir");
    write(dir.path(), "src/key.rs", rust_with_key(PLANTED_KEY));
    // A vendored crate ships a config that turns everything off.
    write(
        dir.path(),
        "vendor/lib/trustlint.toml",
        "[rules]\nignore = [\"credentials\", \"debug-entry\", \"data-upload\"]\n[scan]\nexclude = [\"**\"]\n",
    );
    write(
        dir.path(),
        "vendor/lib/src/key.rs",
        rust_with_key(PLANTED_KEY),
    );
    let settings = load_settings(dir.path(), None, &[], &[]).expect("no config at the root");
    assert_eq!(settings.config_path, None);
    let result = scan_dir("nested config", dir.path(), &settings);
    assert_eq!(
        keys_found(&result),
        [
            ("src/key.rs".to_owned(), 2),
            ("vendor/lib/src/key.rs".to_owned(), 2)
        ]
    );
}

#[test]
fn config_cannot_name_a_command_to_run() {
    let dir = tempfile::tempdir().expect("temp dir");
    let marker = dir.path().join("marker");
    write(
        dir.path(),
        "trustlint.toml",
        format!(
            "[scan]\ncommand = \"touch {0}\"\n\n[hooks]\npre-scan = \"touch {0}\"\n",
            marker.display()
        ),
    );
    let err = load_settings(dir.path(), None, &[], &[]).expect_err("unknown keys are errors");
    let message = err.to_string();
    assert!(
        message.contains("trustlint.toml:") && message.contains("unknown field"),
        "{message}"
    );
    assert!(!marker.exists());
}

#[test]
fn invalid_secret_pattern_is_one_config_error_naming_the_pattern() {
    let dir = tempfile::tempdir().expect("temp dir");
    write(
        dir.path(),
        "trustlint.toml",
        "[credentials]\npatterns = [\n  { name = \"Acme deploy token\", regex = \"acme_[0-9a-f{32}\" },\n]\n",
    );
    write(dir.path(), "src/key.rs", rust_with_key(PLANTED_KEY));
    write(dir.path(), ".env", "ACME=1\n");
    let err = load_settings(dir.path(), None, &[], &[])
        .expect_err("a pattern that cannot be used is not skipped silently");
    let message = err.to_string();
    assert!(
        message.contains("trustlint.toml:3:") && message.contains("`Acme deploy token`"),
        "{message}"
    );
}

#[test]
fn symlinked_config_pointing_outside_the_repository_is_refused() {
    let outside = tempfile::tempdir().expect("temp dir");
    let silencing = write(
        outside.path(),
        "trustlint.toml",
        "[rules]\nignore = [\"credentials\"]\n",
    );
    let repo = tempfile::tempdir().expect("temp dir");
    std::fs::create_dir(repo.path().join(".git")).expect("mkdir");
    std::os::unix::fs::symlink(&silencing, repo.path().join("trustlint.toml")).expect("symlink");
    write(repo.path(), "src/key.rs", rust_with_key(PLANTED_KEY));
    let err = load_settings(repo.path(), None, &[], &[])
        .expect_err("a config from outside the repository is not applied silently");
    let message = err.to_string();
    assert!(
        message.contains("trustlint.toml") && message.contains("outside the repository"),
        "{message}"
    );
}

#[test]
fn symlinked_config_inside_the_repository_is_read() {
    let repo = tempfile::tempdir().expect("temp dir");
    std::fs::create_dir(repo.path().join(".git")).expect("mkdir");
    write(
        repo.path(),
        "config/trustlint.toml",
        "[rules]\nignore = [\"credentials/generic-secret\"]\n",
    );
    write(repo.path(), "app/src/key.rs", rust_with_key(PLANTED_KEY));
    std::os::unix::fs::symlink(
        "../config/trustlint.toml",
        repo.path().join("app/trustlint.toml"),
    )
    .expect("symlink");
    let settings =
        load_settings(&repo.path().join("app"), None, &[], &[]).expect("shared config is read");
    assert_eq!(settings.rules.ignore, ["credentials/generic-secret"]);
}

// ---------------------------------------------------------------------------
// Regressions

/// Each standalone suppression searched forward for the next code line, so a
/// file of nothing but suppression comments took quadratic time (20,000 lines:
/// over four minutes).
#[test]
fn file_of_50_000_suppression_comments_is_not_quadratic() {
    let dir = tempfile::tempdir().expect("temp dir");
    let comments =
        "// trustlint:allow(credentials/aws-access-key) -- rotated test key\n".repeat(50_000);
    write(
        dir.path(),
        "src/allow.rs",
        format!("{comments}pub fn f() {{}}\n"),
    );
    let result = scan_dir(
        "50,000 suppression comments",
        dir.path(),
        &Settings::default(),
    );
    let unused = result
        .findings
        .iter()
        .filter(|f| f.rule.id == "trustlint/unused-suppression")
        .count();
    assert_eq!(unused, 50_000);
}
