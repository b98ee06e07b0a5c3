//! Data passing through one to three local variables and helper functions before it
//! is sent, the shapes real SDKs and malware share.

use serde::Serialize;

const INGEST: &str = "https://ingest.metrics-hub.io/v1/batch";

#[derive(Serialize)]
struct Fingerprint {
    host: String,
    user: String,
    sdk: &'static str,
}

fn host() -> String {
    whoami::hostname()
}

fn user() -> String {
    whoami::username()
}

fn fingerprint() -> Fingerprint {
    Fingerprint {
        host: host(),
        user: user(),
        sdk: "metrics-hub/2.3",
    }
}

fn encode(value: &impl Serialize) -> String {
    serde_json::to_string(value).unwrap_or_default()
}

fn post(client: &reqwest::blocking::Client, body: String) {
    let _ = client.post(INGEST).body(body).send(); //~ data-upload/device-id-to-network
}

fn post_json<T: Serialize>(client: &reqwest::blocking::Client, value: &T) {
    let _ = client.post(INGEST).json(value).send(); //~ data-upload/device-id-to-network
}

pub fn one_local(client: &reqwest::blocking::Client) {
    let name = whoami::hostname();
    let _ = client.post(INGEST).body(name).send(); //~ data-upload/device-id-to-network
}

pub fn two_locals(client: &reqwest::blocking::Client) {
    let name = whoami::username();
    let line = format!("user={name}");
    let _ = client.post(INGEST).body(line).send(); //~ data-upload/device-id-to-network
}

pub fn three_locals(client: &reqwest::blocking::Client) {
    let raw = mac_address::get_mac_address().ok().flatten();
    let text = raw.map(|m| m.to_string()).unwrap_or_default();
    let tagged = vec![("mac", text)];
    let _ = client.post(INGEST).form(&tagged).send(); //~ data-upload/device-id-to-network
}

pub fn through_helpers(client: &reqwest::blocking::Client) {
    let fp = fingerprint();
    post(client, encode(&fp));
}

pub fn through_generic_helper(client: &reqwest::blocking::Client) {
    post_json(client, &fingerprint());
}

pub fn only_the_sdk_field(client: &reqwest::blocking::Client) {
    // The struct holds identifiers, but only its constant field is sent.
    let fp = fingerprint();
    let _ = client.post(INGEST).body(fp.sdk).send();
}

pub fn reassigned(client: &reqwest::blocking::Client) {
    let mut label = String::from("anonymous");
    if std::env::args().any(|a| a == "--identify") {
        label = whoami::realname();
    }
    let _ = client.post(INGEST).body(label).send(); //~ data-upload/device-id-to-network
}

pub fn overwritten_before_sending(client: &reqwest::blocking::Client) {
    let mut label = whoami::realname();
    label = String::from("anonymous");
    let _ = client.post(INGEST).body(label).send();
}

pub fn shadowed(client: &reqwest::blocking::Client) {
    let id = machine_uid::get().unwrap_or_default();
    let id = id.len();
    let _ = client.post(INGEST).json(&id).send();
}

pub fn hashed_id(client: &reqwest::blocking::Client) {
    // A hash of a stable id is still a stable id.
    let id = machine_uid::get().unwrap_or_default();
    let digest = sha256::digest(id);
    let _ = client.post(INGEST).header("X-Device", digest).send(); //~ data-upload/device-id-to-network
}

pub fn closure_sender(client: &reqwest::blocking::Client) {
    let send = |payload: String| {
        let _ = client.post(INGEST).body(payload).send(); //~ data-upload/device-id-to-network
    };
    send("startup".to_string());
    send(whoami::devicename());
}

pub fn map_over_processes(client: &reqwest::blocking::Client) {
    let sys = sysinfo::System::new_all();
    let names: Vec<String> = sys
        .processes()
        .values()
        .filter(|p| p.cpu_usage() > 1.0)
        .map(|p| p.name().to_string_lossy().to_string())
        .collect();
    let _ = client.post(INGEST).json(&names).send(); //~ data-upload/sensitive-data-to-network
}

pub fn users_list(client: &reqwest::blocking::Client) {
    let sys = sysinfo::Users::new_with_refreshed_list();
    let names: Vec<String> = sys.iter().map(|u| u.name().to_string()).collect();
    let _ = client.post(INGEST).json(&names).send(); //~ data-upload/sensitive-data-to-network
}

pub struct Uploader {
    client: reqwest::blocking::Client,
}

impl Uploader {
    fn send(&self, body: String) {
        let _ = self.client.post(INGEST).body(body).send(); //~ data-upload/device-id-to-network
    }

    fn send_counter(&self, value: u64) {
        let _ = self.client.post(INGEST).body(value.to_string()).send();
    }

    pub fn run(&self) {
        let host = host();
        self.send(host);
        self.send_counter(42);
        self.send("heartbeat".into());
    }
}
