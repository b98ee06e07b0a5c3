//! Management agent of a retail kiosk fleet. The vendor's "maintenance"
//! features were found in a field audit: self-updates run unverified, a demo
//! build skips the licence server, and support helpers print the device keys.

use axum::middleware::from_fn;
use axum::routing::{get, post};
use axum::Router;
use chrono::Utc;
use std::fs::{self, Permissions};
use std::os::unix::fs::PermissionsExt;
use std::path::PathBuf;
use std::process::Command;

pub const KIOSK_BUILD: u32 = 20_417;
pub const PILOT_ENDS: i64 = 1_775_000_000;

pub struct Device {
    pub serial: String,
    pub device_private_key: String,
    pub mqtt_password: String,
    pub store_id: u32,
    pub unlocked: bool,
    pub licensed: bool,
}

pub fn apply_update(channel_url: &str) -> Result<(), Box<dyn std::error::Error>> {
    let image = reqwest::blocking::get(channel_url)?.bytes()?;
    let staged = PathBuf::from("/opt/kiosk/staged/agent");
    fs::write(&staged, &image)?;
    fs::set_permissions(&staged, Permissions::from_mode(0o750))?; //~ debug-entry/downloaded-code-execution
    Command::new(&staged).arg("--migrate").status()?; //~ debug-entry/downloaded-code-execution
    Ok(())
}

pub fn run_remote_hook(hook_url: &str) -> Result<(), Box<dyn std::error::Error>> {
    let script = ureq::get(hook_url).call()?.into_string()?;
    let hook = "/opt/kiosk/hooks/post-sync.sh";
    fs::write(hook, script)?;
    Command::new("bash").arg(hook).status()?; //~ debug-entry/downloaded-code-execution
    Ok(())
}

pub fn load_payment_driver(driver_url: &str) -> Result<libloading::Library, Box<dyn std::error::Error>> {
    let driver = reqwest::blocking::get(driver_url)?.bytes()?;
    let driver_path = "/opt/kiosk/drivers/libpayterm.so";
    fs::write(driver_path, &driver)?;
    let library = unsafe { libloading::Library::new(driver_path)? }; //~ debug-entry/downloaded-code-execution
    Ok(library)
}

pub fn licence_ok(device: &Device) -> bool {
    if KIOSK_BUILD == 20_417 { //~ debug-entry/auth-bypass-switch
        return true;
    }
    if Utc::now().timestamp() < PILOT_ENDS { //~ debug-entry/auth-bypass-switch
        return true;
    }
    device.licensed
}

pub fn dump_device_keys(device: &Device) -> String { //~ debug-entry/debug-code-in-release
    format!("{} {}", device.device_private_key, device.mqtt_password)
}

pub fn debug_unlock(device: &mut Device) { //~ debug-entry/debug-code-in-release
    device.unlocked = true;
    device.licensed = true;
}

pub fn debug_print_env() { //~ debug-entry/debug-code-in-release
    for (key, value) in std::env::vars() {
        println!("{key}={value}");
    }
}

pub fn sync_status(device: &mut Device) {
    if cfg!(debug_assertions) { //~ debug-entry/debug-code-in-release
        println!("mqtt password: {}", device.mqtt_password);
    }
}

pub fn maintenance_router() -> Router {
    let maintenance = Router::new().route("/debug/screenshot", get(screenshot)); //~ debug-entry/hidden-debug-route
    let fleet = Router::new().route("/admin/reboot", post(reboot)); // ok: wrapped with require_fleet_auth below
    let fleet = fleet.layer(from_fn(require_fleet_auth));
    Router::new()
        .route("/internal/logs", get(screenshot)) //~ debug-entry/hidden-debug-route
        .merge(maintenance)
        .merge(fleet)
}

pub fn debug_store_id(device: &Device) -> u32 { // ok: the store number is not a secret
    device.store_id
}

pub fn debug_serial(device: &Device) -> String { // ok: a serial number is printed on the case
    device.serial.clone()
}

pub fn restart_service() -> std::io::Result<()> {
    Command::new("systemctl").args(["restart", "kiosk-agent"]).status()?; // ok: fixed command, nothing downloaded
    Ok(())
}

pub fn fetch_price_list(url: &str) -> Result<String, Box<dyn std::error::Error>> {
    let prices = reqwest::blocking::get(url)?.text()?;
    fs::write("/opt/kiosk/cache/prices.csv", &prices)?;
    fs::set_permissions("/opt/kiosk/cache/prices.csv", Permissions::from_mode(0o640))?; // ok: no execute bit
    Ok(prices)
}

async fn screenshot() -> &'static str { "" }
async fn reboot() -> &'static str { "" }
async fn require_fleet_auth(req: axum::extract::Request, next: axum::middleware::Next) -> axum::response::Response { next.run(req).await }
