//! Telemetry of a desktop app (Tauri-style). Events go out only when the user turned
//! telemetry on; one legacy path forgot the check.

use serde::Serialize;

const TELEMETRY_URL: &str = "https://telemetry.notes-app.io/v2/events";

#[derive(Serialize)]
struct Event<'a> {
    name: &'a str,
    app_version: &'a str,
    install_id: String,
}

#[derive(Clone)]
pub struct Settings {
    pub telemetry_enabled: bool,
    pub install_id: String,
}

pub struct Telemetry {
    client: reqwest::Client,
    settings: Settings,
}

impl Telemetry {
    pub fn new(settings: Settings) -> Self {
        Telemetry {
            client: reqwest::Client::new(),
            settings,
        }
    }

    fn device_fingerprint(&self) -> String {
        let id = machine_uid::get().unwrap_or_default();
        let mac = mac_address::get_mac_address()
            .ok()
            .flatten()
            .map(|m| m.to_string())
            .unwrap_or_default();
        format!("{id}:{mac}")
    }

    pub async fn track(&self, name: &str) {
        if !self.settings.telemetry_enabled {
            return;
        }
        let event = Event {
            name,
            app_version: env!("CARGO_PKG_VERSION"),
            install_id: self.device_fingerprint(),
        };
        let _ = self.client.post(TELEMETRY_URL).json(&event).send().await;
    }

    pub async fn track_anonymous(&self, name: &str) {
        // Random per-install id chosen by the app, not the device's: silent.
        let event = Event {
            name,
            app_version: env!("CARGO_PKG_VERSION"),
            install_id: self.settings.install_id.clone(),
        };
        let _ = self.client.post(TELEMETRY_URL).json(&event).send().await;
    }

    pub async fn legacy_ping(&self) {
        let fingerprint = self.device_fingerprint();
        let _ = self
            .client
            .post(TELEMETRY_URL)
            .query(&[("fp", fingerprint.as_str())]) //~ data-upload/device-id-to-network
            .send()
            .await;
    }

    pub async fn startup(&self) {
        if self.settings.telemetry_enabled {
            self.report_hardware().await;
        }
    }

    // Only ever called from `startup`, inside the consent check.
    async fn report_hardware(&self) {
        let host = sysinfo::System::host_name().unwrap_or_default();
        let _ = self.client.post(TELEMETRY_URL).body(host).send().await;
    }
}

pub async fn usage_report(client: &reqwest::Client, has_consent: bool) {
    let mut sys = sysinfo::System::new_all();
    sys.refresh_all();
    let processes: Vec<String> = sys
        .processes()
        .values()
        .map(|p| p.name().to_string_lossy().into_owned())
        .collect();
    if has_consent {
        let _ = client.post(TELEMETRY_URL).json(&processes).send().await;
    }
    let _ = client.post(TELEMETRY_URL).json(&processes).send().await; //~ data-upload/sensitive-data-to-network
    let count = processes.len();
    let _ = client.post(TELEMETRY_URL).json(&count).send().await;
}
