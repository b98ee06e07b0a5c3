//! A CLI's panic handler that uploads crash reports. The first version sent the
//! hostname and user name with every report; the consented path is the fixed one.

use std::panic::PanicHookInfo;
use std::time::{SystemTime, UNIX_EPOCH};

const CRASH_ENDPOINT: &str = "https://crash.toolsmith.dev/api/v1/reports";
const APP_VERSION: &str = env!("CARGO_PKG_VERSION");

pub struct CrashReport {
    pub version: String,
    pub message: String,
    pub machine: String,
    pub crash_count: u32,
}

fn machine_label() -> String {
    let host = hostname::get()
        .map(|h| h.to_string_lossy().into_owned())
        .unwrap_or_else(|_| "unknown".into());
    let user = whoami::username();
    format!("{user}@{host}")
}

fn build_report(info: &PanicHookInfo<'_>, crash_count: u32) -> CrashReport {
    CrashReport {
        version: APP_VERSION.to_string(),
        message: info.to_string(),
        machine: machine_label(),
        crash_count,
    }
}

pub fn install_unconsented_hook() {
    std::panic::set_hook(Box::new(|info| {
        let report = build_report(info, 1);
        let body = serde_json::json!({
            "version": report.version,
            "message": report.message,
            "machine": report.machine,
        });
        let _ = ureq::post(CRASH_ENDPOINT).send_json(body); //~ data-upload/device-id-to-network
    }));
}

pub fn upload_minimal(report: &CrashReport) {
    // Only the version and the counter leave the machine: silent.
    let body = serde_json::json!({ "version": report.version, "count": report.crash_count });
    let _ = ureq::post(CRASH_ENDPOINT).send_json(body);
}

pub fn upload_with_header(info: &PanicHookInfo<'_>) -> Result<(), ureq::Error> {
    let report = build_report(info, 1);
    ureq::post(CRASH_ENDPOINT)
        .set("X-Machine", &report.machine) //~ data-upload/device-id-to-network
        .send_string(&report.message)?;
    Ok(())
}

pub struct Preferences {
    pub crash_reporting_enabled: bool,
}

pub fn upload_if_allowed(prefs: &Preferences, info: &PanicHookInfo<'_>) {
    if prefs.crash_reporting_enabled {
        let report = build_report(info, 1);
        let _ = ureq::post(CRASH_ENDPOINT).send_string(&report.machine);
    }
}

pub fn upload_after_early_return(prefs: &Preferences, info: &PanicHookInfo<'_>) {
    if !prefs.crash_reporting_enabled {
        return;
    }
    let report = build_report(info, 2);
    let _ = ureq::post(CRASH_ENDPOINT).send_string(&report.machine);
}

pub fn print_locally(info: &PanicHookInfo<'_>) {
    // Printing the machine label for the user is local use.
    let report = build_report(info, 0);
    eprintln!("crash on {}: {}", report.machine, report.message);
    let stamp = SystemTime::now().duration_since(UNIX_EPOCH).unwrap().as_secs();
    std::fs::write(format!("/tmp/crash-{stamp}.txt"), report.machine).ok();
}

pub fn query_string_leak(client: &reqwest::blocking::Client) {
    let host = gethostname::gethostname().to_string_lossy().to_string();
    let url = format!("{CRASH_ENDPOINT}?v={APP_VERSION}&host={host}");
    let _ = client.get(url).send(); //~ data-upload/device-id-to-network
}

pub fn version_check(client: &reqwest::blocking::Client) {
    let url = format!("{CRASH_ENDPOINT}/latest?current={APP_VERSION}");
    let _ = client.get(url).send();
}
