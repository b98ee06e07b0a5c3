//! `cargo trustlint`: cargo runs `cargo-trustlint trustlint [ARGS]`; this is
//! `trustlint scan [ARGS]` rooted at the workspace that `cargo metadata` names.
//! `cargo metadata --no-deps --offline` reads manifests only: it resolves no
//! dependencies, builds nothing, runs no build script and opens no connection.

use crate::EXIT_ERROR;
use crate::args::ScanArgs;
use crate::commands::{Scope, scan};
use clap::Parser;
use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::Command;

#[derive(Debug, Parser)]
#[command(
    name = "cargo-trustlint",
    bin_name = "cargo trustlint",
    version,
    about = "Scans the current cargo workspace for hardcoded credentials, hidden debug entry points and unauthorized data uploads"
)]
struct CargoCli {
    /// The workspace's (or a member's) `Cargo.toml`; default: found from the current directory.
    #[arg(long, value_name = "PATH")]
    manifest_path: Option<PathBuf>,
    #[command(flatten)]
    scan: ScanArgs,
}

/// Runs `cargo-trustlint` with its process arguments and returns the exit status.
pub fn run_cargo_subcommand(args: impl IntoIterator<Item = OsString>) -> u8 {
    let mut args: Vec<OsString> = args.into_iter().collect();
    // Cargo passes the subcommand name first; a direct `cargo-trustlint` run does not.
    if args.get(1).is_some_and(|arg| arg == "trustlint") {
        args.remove(1);
    }
    let cli = match CargoCli::try_parse_from(args) {
        Ok(cli) => cli,
        Err(err) => {
            // --help and --version print to stdout and succeed; usage errors exit 2.
            let _ = err.print();
            return if err.use_stderr() { EXIT_ERROR } else { 0 };
        }
    };
    let outcome = workspace(cli.manifest_path.as_deref()).and_then(|workspace| {
        let scope = Scope {
            root: Some(workspace.root),
            skip_dirs: workspace.target_dir.into_iter().collect(),
        };
        scan(&cli.scan, &scope)
    });
    outcome.unwrap_or_else(|message| {
        eprintln!("error: {message}");
        EXIT_ERROR
    })
}

struct Workspace {
    root: PathBuf,
    /// Cargo's build output (`target/`), never scanned: it holds generated code and
    /// packaged copies of the sources.
    target_dir: Option<PathBuf>,
}

fn workspace(manifest_path: Option<&Path>) -> Result<Workspace, String> {
    // Cargo tells its subcommands which cargo runs them.
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let mut command = Command::new(cargo);
    command.args([
        "metadata",
        "--no-deps",
        "--format-version",
        "1",
        "--offline",
    ]);
    if let Some(manifest_path) = manifest_path {
        command.arg("--manifest-path").arg(manifest_path);
    }
    let output = command
        .output()
        .map_err(|err| format!("cannot run `cargo metadata`: {err}"))?;
    if !output.status.success() {
        return Err(format!(
            "`cargo metadata` failed: {}",
            String::from_utf8_lossy(&output.stderr).trim()
        ));
    }
    let metadata: serde_json::Value = serde_json::from_slice(&output.stdout)
        .map_err(|err| format!("`cargo metadata` printed invalid JSON: {err}"))?;
    let path_of = |key: &str| {
        metadata
            .get(key)
            .and_then(|v| v.as_str())
            .map(PathBuf::from)
    };
    let root = path_of("workspace_root")
        .ok_or_else(|| "`cargo metadata` printed no `workspace_root`".to_owned())?;
    let target_dir = path_of("target_directory").and_then(|dir| std::fs::canonicalize(dir).ok());
    Ok(Workspace { root, target_dir })
}
