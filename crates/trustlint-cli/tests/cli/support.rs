//! Running the built binaries on throwaway projects.

use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::Command;

/// Fake but format-valid AWS key ids. Tests assert that none of them ever appears
/// in full in any output.
pub const FAKE_AWS_KEY: &str = "AKIA4TQ7PZ3WEXD2LHKN";
pub const OTHER_FAKE_AWS_KEY: &str = "AKIA3HJW6QXT2MPR7ZLD";

pub const AWS_RULE: &str = "credentials/aws-access-key";

/// A Rust file that uses [`FAKE_AWS_KEY`] on line 2, column 25.
pub fn leaky_main() -> String {
    format!(
        "fn main() {{\n    let access_key_id = \"{FAKE_AWS_KEY}\";\n    println!(\"{{access_key_id}}\");\n}}\n"
    )
}

pub const CLEAN_MAIN: &str = "fn main() {\n    println!(\"hello\");\n}\n";

/// A temporary directory holding `files` (`/`-separated relative paths).
pub fn project(files: &[(&str, &str)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temporary directory");
    for (path, text) in files {
        write(dir.path(), path, text.as_bytes());
    }
    dir
}

pub fn write(dir: &Path, path: &str, bytes: &[u8]) {
    let path = dir.join(path);
    std::fs::create_dir_all(path.parent().expect("parent")).expect("create directories");
    std::fs::write(path, bytes).expect("write file");
}

/// What a run of a binary printed and returned.
#[derive(Debug)]
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    pub fn json(&self) -> Value {
        serde_json::from_str(&self.stdout)
            .unwrap_or_else(|err| panic!("stdout is not JSON ({err}):\n{}", self.stdout))
    }

    /// Rule ids of a JSON report's findings, in report order.
    pub fn rules(&self) -> Vec<String> {
        self.json()["findings"]
            .as_array()
            .expect("findings")
            .iter()
            .map(|f| f["rule"].as_str().expect("rule").to_owned())
            .collect()
    }

    /// Fails (without printing any secret) when a fake key appears in full.
    pub fn assert_no_full_secret(&self) {
        for key in [FAKE_AWS_KEY, OTHER_FAKE_AWS_KEY] {
            assert!(
                !self.stdout.contains(key) && !self.stderr.contains(key),
                "a fake AWS key id appears in full in the output"
            );
        }
    }
}

impl std::fmt::Display for Run {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "exit {}\n--- stdout\n{}\n--- stderr\n{}",
            self.code, self.stdout, self.stderr
        )
    }
}

pub fn trustlint_bin() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_trustlint"))
}

pub fn cargo_trustlint_bin() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_cargo-trustlint"))
}

/// `trustlint` in `dir`, without colour settings from the environment.
pub fn trustlint_command(dir: &Path) -> Command {
    let mut command = Command::new(trustlint_bin());
    command
        .current_dir(dir)
        .env_remove("NO_COLOR")
        .env_remove("CLICOLOR_FORCE")
        .env_remove("CLICOLOR");
    command
}

/// Runs `trustlint ARGS` in `dir`, without colour settings from the environment.
pub fn trustlint(dir: &Path, args: &[&str]) -> Run {
    run(trustlint_command(dir).args(args))
}

pub fn run(command: &mut Command) -> Run {
    let output = command.output().expect("the binary runs");
    Run {
        code: output.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    }
}

/// Validates `sarif` against the official SARIF 2.1.0 schema (draft-04), offline.
pub fn assert_valid_sarif(sarif: &Value) {
    let schema_path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../test-fixtures/sarif/sarif-2.1.0-rtm.5.json");
    let schema: Value =
        serde_json::from_str(&std::fs::read_to_string(schema_path).expect("SARIF schema"))
            .expect("schema is JSON");
    let validator = jsonschema::draft4::options()
        .offline()
        .should_validate_formats(true)
        .build(&compilable(schema))
        .expect("the SARIF schema compiles without fetching anything");
    let problems: Vec<String> = validator
        .iter_errors(sarif)
        .map(|err| format!("{} at {}", err, err.instance_path()))
        .collect();
    assert!(
        problems.is_empty(),
        "invalid SARIF:\n{}",
        problems.join("\n")
    );
}

/// The schema as published, except for one pattern: the `language` properties' pattern
/// has a stray `]` (a literal in ECMA-262 regexes) that Rust regex engines reject,
/// so jsonschema's check of the schema itself fails. It is escaped; nothing else changes.
fn compilable(mut schema: Value) -> Value {
    fn escape(value: &mut Value, fixed: &mut usize) {
        match value {
            Value::String(s) if s == "^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}]?$" => {
                *s = r"^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}\]?$".to_owned();
                *fixed += 1;
            }
            Value::Array(items) => items.iter_mut().for_each(|v| escape(v, fixed)),
            Value::Object(map) => map.values_mut().for_each(|v| escape(v, fixed)),
            _ => {}
        }
    }
    let mut fixed = 0;
    escape(&mut schema, &mut fixed);
    assert_eq!(fixed, 2, "the schema changed; revisit this workaround");
    schema
}
