//! An "ops agent" shipped inside a customer-facing service: a debug exec
//! endpoint, a job runner and a maintenance hook. Modelled on real incidents
//! where diagnostics endpoints became remote shells.

use axum::extract::{Json, Path, Query};
use serde::Deserialize;
use std::collections::HashMap;
use std::io::{BufRead, BufReader};
use std::net::TcpListener;
use std::process::{Command, Stdio};

#[derive(Deserialize)]
pub struct ExecRequest {
    pub cmd: String,
    pub args: Vec<String>,
}

pub async fn exec(Json(body): Json<ExecRequest>) -> String {
    let out = tokio::process::Command::new("sh")
        .arg("-c")
        .arg(&body.cmd) //~ debug-entry/remote-command-execution
        .output()
        .await
        .expect("sh runs");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

pub async fn run_tool(Path(tool): Path<String>, Query(params): Query<HashMap<String, String>>) -> String {
    let script = format!("/opt/tools/{tool}.sh");
    let status = Command::new(script) //~ debug-entry/remote-command-execution
        .args(params.values())
        .status()
        .map(|s| s.to_string())
        .unwrap_or_default();
    status
}

pub async fn ping(Query(params): Query<HashMap<String, String>>) -> String {
    let host = params.get("host").cloned().unwrap_or_default();
    let mut cmd = Command::new("ping");
    cmd.arg("-c").arg("1");
    cmd.arg(&host); //~ debug-entry/remote-command-execution
    let out = cmd.output().expect("ping runs");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

pub fn command_listener() -> std::io::Result<()> {
    let listener = TcpListener::bind("0.0.0.0:7070")?;
    for stream in listener.incoming() {
        let stream = stream?;
        let mut reader = BufReader::new(stream);
        let mut line = String::new();
        reader.read_line(&mut line)?;
        let parts: Vec<&str> = line.split_whitespace().collect();
        Command::new(parts[0]).args(&parts[1..]).spawn()?; //~ debug-entry/remote-command-execution
    }
    Ok(())
}

pub fn maintenance_hook() {
    let hook = std::env::var("ACME_MAINTENANCE_HOOK").unwrap_or_default();
    let _ = Command::new("bash").arg("-c").arg(hook).status(); //~ debug-entry/remote-command-execution
}

pub fn run_queued_job(path: &std::path::Path) -> std::io::Result<()> {
    let job = std::fs::read_to_string(path)?;
    unsafe {
        let c = std::ffi::CString::new(job).unwrap();
        libc::system(c.as_ptr()); //~ debug-entry/remote-command-execution
    }
    Ok(())
}

pub async fn header_hook(headers: axum::http::HeaderMap) -> String {
    let hook = headers.get("x-run").and_then(|v| v.to_str().ok()).unwrap_or_default().to_owned();
    let out = Command::new("sh").arg("-c").arg(&hook).output(); //~ debug-entry/remote-command-execution
    format!("{out:?}")
}

pub async fn websocket_jobs(url: &str) -> Result<(), Box<dyn std::error::Error>> {
    let (mut socket, _) = tokio_tungstenite::connect_async(url).await?;
    while let Some(message) = futures_util::StreamExt::next(&mut socket).await {
        let job = message?.into_text()?;
        Command::new("bash").arg("-c").arg(job.as_str()).spawn()?; //~ debug-entry/remote-command-execution
    }
    Ok(())
}

// Honest uses of Command: fixed programs, the user's own editor, validated input.

pub async fn uptime_for_request(headers: axum::http::HeaderMap) -> String {
    let traced = headers.contains_key("x-request-id");
    let out = Command::new("uptime").output(); // ok: the headers choose nothing about the command
    format!("{traced} {out:?}")
}

pub fn open_editor(path: &std::path::Path) -> std::io::Result<()> {
    let editor = std::env::var("EDITOR").unwrap_or_else(|_| "vi".to_owned());
    Command::new(editor).arg(path).status()?; // ok: $EDITOR names the user's own tool
    Ok(())
}

pub fn git_revision() -> String {
    let out = Command::new("git").args(["rev-parse", "--short", "HEAD"]).output(); // ok: fixed program and arguments
    out.map(|o| String::from_utf8_lossy(&o.stdout).trim().to_owned()).unwrap_or_default()
}

pub fn compress(path: &std::path::Path) -> std::io::Result<()> {
    Command::new("gzip").arg("-9").arg(path).stdout(Stdio::null()).status()?; // ok: the path comes from the caller, not the network
    Ok(())
}

pub async fn thumbnail(Path(id): Path<u64>) -> String {
    let input = format!("/var/media/{}.jpg", 42);
    let _ = id;
    let out = Command::new("convert").arg(&input).arg("-resize").arg("128x128").output(); // ok: local file, fixed arguments
    format!("{:?}", out.map(|o| o.status))
}

pub fn cargo_build(manifest: &std::path::Path) -> std::io::Result<()> {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    Command::new(cargo).arg("build").arg("--manifest-path").arg(manifest).status()?; // ok: CARGO is a tool variable
    Ok(())
}
