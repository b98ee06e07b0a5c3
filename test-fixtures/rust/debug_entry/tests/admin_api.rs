//! Integration tests of the admin API. Test code under `tests/` never ships,
//! so the backdoors it builds for itself must not be reported.

use axum::routing::{get, post};
use axum::Router;
use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::process::Command;

fn test_app() -> Router {
    Router::new()
        .route("/__debug/reset", post(reset_db)) // ok: test path, the router exists only in tests
        .route("/admin/seed", post(reset_db)) // ok: test path
        .route("/internal/env", get(env_dump)) // ok: test path
}

fn fake_login(password: &str) -> bool {
    if password == "hunter2-test" { // ok: test path, a fixture password
        return true;
    }
    false
}

fn require_auth_for_tests() -> bool {
    if std::env::var("SKIP_AUTH").is_ok() { // ok: test path, the switch tests flip
        return true;
    }
    false
}

pub fn debug_env_snapshot() -> Vec<(String, String)> { // ok: test path, a test helper may dump env
    std::env::vars().collect()
}

#[tokio::test]
async fn downloaded_fixture_binary_runs() {
    let bytes = reqwest::get("http://127.0.0.1:9/fixture-bin").await.unwrap().bytes().await.unwrap();
    let path = std::env::temp_dir().join("fixture-bin");
    fs::write(&path, &bytes).unwrap();
    fs::set_permissions(&path, fs::Permissions::from_mode(0o755)).unwrap(); // ok: test path
    Command::new(&path).status().unwrap(); // ok: test path
}

#[test]
fn admin_routes_need_auth() {
    let _app = test_app();
    assert!(fake_login("hunter2-test"));
    assert!(!require_auth_for_tests() || std::env::var("SKIP_AUTH").is_ok());
}

async fn reset_db() -> &'static str { "" }
async fn env_dump() -> &'static str { "" }
