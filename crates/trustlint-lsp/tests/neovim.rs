//! End to end with a real editor: headless Neovim runs `tests/neovim/client.lua`
//! against the `trustlint-lsp` binary, on a Rust and a Swift file with planted
//! keys, and writes what it saw and did to a JSON file checked here.

use serde_json::Value;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const KEY: &str = "AKIA4TQ7PZ3WEXD2LHKN";
const TIMEOUT: Duration = Duration::from_secs(90);

#[test]
fn neovim_shows_findings_and_applies_fixes() {
    if Command::new("nvim").arg("--version").output().is_err() {
        println!("SKIPPED: nvim not found (apt-get install neovim)");
        return;
    }
    let workspace = tempfile::tempdir().unwrap();
    let root = workspace.path();
    std::fs::create_dir_all(root.join("src")).unwrap();
    std::fs::create_dir_all(root.join("Sources/App")).unwrap();
    // "ü" before the key: Neovim converts UTF-16 columns to bytes.
    let rust = format!(
        "//! Exports reports for the Zürich office.\n\npub fn upload() {{\n    let access_key_id = \"{KEY}\"; // für S3\n    send(access_key_id);\n}}\n"
    );
    std::fs::write(root.join("src/keys.rs"), &rust).unwrap();
    let swift = format!(
        "import Foundation\n\nfinal class Uploader {{\n    private let accessKeyId = \"{KEY}\"\n}}\n"
    );
    std::fs::write(root.join("Sources/App/Keys.swift"), &swift).unwrap();
    let result_path = root.join("result.json");

    let mut nvim = Command::new("nvim")
        .args(["--headless", "--clean", "-u", "NONE", "-c"])
        .arg(format!(
            "luafile {}/tests/neovim/client.lua",
            env!("CARGO_MANIFEST_DIR")
        ))
        .env("TRUSTLINT_LSP_BIN", env!("CARGO_BIN_EXE_trustlint-lsp"))
        .env("TRUSTLINT_WORKSPACE", root)
        .env("TRUSTLINT_RESULT", &result_path)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .spawn()
        .expect("nvim starts");
    let started = Instant::now();
    while nvim.try_wait().unwrap().is_none() {
        if started.elapsed() > TIMEOUT {
            let _ = nvim.kill();
            panic!("nvim did not finish within {TIMEOUT:?}");
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    let result: Value = serde_json::from_str(
        &std::fs::read_to_string(&result_path).expect("the client script writes its result"),
    )
    .unwrap();
    assert_eq!(result["ok"], true, "client script failed: {result:#}");
    assert_eq!(result["offset_encoding"], "utf-16");

    let [rust_finding] = result["rust"].as_array().unwrap().as_slice() else {
        panic!("one Rust finding expected: {result:#}")
    };
    assert_eq!(rust_finding["code"], "credentials/aws-access-key");
    assert_eq!(rust_finding["source"], "trustlint");
    assert_eq!(rust_finding["severity"], 1, "Error");
    let key_column = rust.lines().nth(3).unwrap().find(KEY).unwrap();
    assert_eq!(rust_finding["lnum"], 3);
    assert_eq!(rust_finding["col"], key_column);
    assert_eq!(rust_finding["end_col"], key_column + KEY.len());
    assert!(!rust_finding["message"].as_str().unwrap().contains(KEY));

    let [swift_finding] = result["swift"].as_array().unwrap().as_slice() else {
        panic!("one Swift finding expected: {result:#}")
    };
    assert_eq!(swift_finding["code"], "credentials/aws-access-key");
    assert_eq!(swift_finding["lnum"], 3);
    assert_eq!(
        swift_finding["col"],
        swift.lines().nth(3).unwrap().find(KEY).unwrap()
    );

    assert_eq!(result["rust_allow_applied"], true, "{result:#}");
    assert_eq!(
        result["rust_allow_line"],
        "    // trustlint:allow(credentials/aws-access-key) -- "
    );
    assert_eq!(result["swift_fix_applied"], true, "{result:#}");
    assert_eq!(
        result["swift_fixed_line"],
        "    private let accessKeyId = Bundle.main.object(forInfoDictionaryKey: \"ACCESS_KEY_ID\") as? String ?? \"\""
    );
    assert_eq!(result["exit_code"], 0, "shutdown, exit, status 0");
}
