//! Scanning never executes scanned code and never opens a network connection.
//! A full scan runs under `strace -f` (every thread and child process), over a
//! cargo workspace whose build script and procedural macro would each leave a
//! marker file if anything built or ran them.

use std::path::{Path, PathBuf};
use std::process::Command;

fn strace_installed() -> bool {
    Command::new("strace")
        .arg("-V")
        .output()
        .is_ok_and(|o| o.status.success())
}

fn write(dir: &Path, path: &str, text: &str) {
    let path = dir.join(path);
    std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
    std::fs::write(path, text).expect("write");
}

/// A workspace with an app crate, a build script and a proc-macro crate; running
/// either writes a file into `markers`.
fn plant_workspace(dir: &Path, markers: &Path) {
    let marker = |name: &str| markers.join(name).display().to_string();
    write(
        dir,
        "Cargo.toml",
        "[workspace]\nmembers = [\"app\", \"macros\"]\nresolver = \"3\"\n",
    );
    write(
        dir,
        "app/Cargo.toml",
        "[package]\nname = \"app\"\nversion = \"0.1.0\"\nedition = \"2024\"\nbuild = \"build.rs\"\n\n[dependencies]\nmacros = { path = \"../macros\" }\n",
    );
    write(
        dir,
        "app/build.rs",
        &format!(
            "fn main() {{\n    std::fs::write({:?}, \"build script ran\").unwrap();\n    std::process::Command::new(\"curl\").arg(\"https://collector.example.net\").status().ok();\n}}\n",
            marker("build-rs-ran")
        ),
    );
    write(
        dir,
        "app/src/main.rs",
        "macros::beacon!();\n\nfn main() {\n    let key = \"AKIA4TQ7PZ3WEXD2LHKN\";\n    println!(\"{}\", key.len());\n}\n",
    );
    write(
        dir,
        "macros/Cargo.toml",
        "[package]\nname = \"macros\"\nversion = \"0.1.0\"\nedition = \"2024\"\n\n[lib]\nproc-macro = true\n",
    );
    write(
        dir,
        "macros/src/lib.rs",
        &format!(
            "use proc_macro::TokenStream;\n\n#[proc_macro]\npub fn beacon(_input: TokenStream) -> TokenStream {{\n    std::fs::write({:?}, \"proc macro ran\").unwrap();\n    TokenStream::new()\n}}\n",
            marker("proc-macro-ran")
        ),
    );
}

/// One traced system call that breaks the promise, or `None`.
fn violation(line: &str, allowed_exec: &dyn Fn(&str) -> bool) -> Option<String> {
    // `AF_INET` also matches `AF_INET6`.
    let network = ["socket(", "connect(", "sendto(", "sendmsg("]
        .iter()
        .any(|call| line.contains(call))
        && line.contains("AF_INET");
    // A failed attempt (`ENOENT` while searching `PATH`) is an attempt all the same.
    let exec = line.contains("execve(") && !allowed_exec(line);
    (network || exec).then(|| line.to_owned())
}

/// Runs `program args` in `dir` under strace; returns the exit status and the
/// trace's violations.
fn traced(
    dir: &Path,
    program: &str,
    args: &[&str],
    allowed_exec: &dyn Fn(&str) -> bool,
) -> (Option<i32>, Vec<String>) {
    let trace = dir.join("strace.log");
    let output = Command::new("strace")
        .args([
            "-f",
            "-qq",
            "-s",
            "256",
            "-e",
            "trace=network,process",
            "-o",
        ])
        .arg(&trace)
        .arg(program)
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .output()
        .expect("strace runs");
    let log = std::fs::read_to_string(&trace).expect("strace log");
    std::fs::remove_file(&trace).expect("remove the trace");
    let violations = log
        .lines()
        .filter_map(|line| violation(line, allowed_exec))
        .collect();
    (output.status.code(), violations)
}

fn markers(dir: &Path) -> Vec<PathBuf> {
    std::fs::read_dir(dir)
        .expect("markers dir")
        .map(|e| e.expect("entry").path())
        .collect()
}

#[test]
fn scan_opens_no_connection_and_runs_nothing() {
    if !strace_installed() {
        println!("SKIPPED: strace not installed");
        return;
    }
    let tree = tempfile::tempdir().expect("temp dir");
    let marker_dir = tempfile::tempdir().expect("temp dir");
    plant_workspace(tree.path(), marker_dir.path());
    let binary = env!("CARGO_BIN_EXE_trustlint");
    let only_itself = |line: &str| line.contains(&format!("execve(\"{binary}\""));
    let (status, violations) = traced(
        tree.path(),
        binary,
        &["scan", "--format", "json", "."],
        &only_itself,
    );
    assert_eq!(status, Some(1), "the planted key is found");
    assert_eq!(violations, Vec::<String>::new());
    assert_eq!(markers(marker_dir.path()), Vec::<PathBuf>::new());
}

#[test]
fn cargo_trustlint_only_runs_cargo_metadata() {
    if !strace_installed() {
        println!("SKIPPED: strace not installed");
        return;
    }
    let binary = env!("CARGO_BIN_EXE_cargo-trustlint");
    let help = Command::new(binary)
        .args(["trustlint", "--help"])
        .output()
        .expect("cargo-trustlint runs");
    assert!(help.status.success(), "cargo trustlint --help: {help:?}");
    let tree = tempfile::tempdir().expect("temp dir");
    let marker_dir = tempfile::tempdir().expect("temp dir");
    plant_workspace(tree.path(), marker_dir.path());
    // cargo may be a rustup proxy that re-executes the toolchain's cargo with the
    // same arguments; either way the arguments are `metadata ... --no-deps`.
    let itself_or_metadata = |line: &str| {
        line.contains(&format!("execve(\"{binary}\""))
            || (line.contains("/cargo\"")
                && line.contains("\"metadata\"")
                && line.contains("\"--no-deps\""))
    };
    let (status, violations) = traced(
        tree.path(),
        binary,
        &["trustlint", "--format", "json"],
        &itself_or_metadata,
    );
    assert_eq!(status, Some(1), "the planted key is found");
    assert_eq!(violations, Vec::<String>::new());
    assert_eq!(markers(marker_dir.path()), Vec::<PathBuf>::new());
}
