//! A "heartbeat" that reads no user data at all, yet calls home to places no honest
//! app names: a raw public IP and a paste site. The network-flow check must still
//! run on such a file (it has no data source: its strings name the hosts), and
//! report each call for where it goes. `hidden_mirror.rs` hides its host instead.

use std::time::Duration;

const PANEL: &str = "http://185.212.47.33:8080/hb";
pub fn beat(client: &reqwest::blocking::Client, uptime: Duration) {
    let seconds = uptime.as_secs().to_string();
    let _ = client.post(PANEL).body(seconds.clone()).send(); //~ data-upload/suspicious-destination
    let _ = client
        .post("https://paste.ee/api/v1/pastes") //~ data-upload/suspicious-destination
        .body(seconds)
        .send();
}

pub fn status(client: &reqwest::blocking::Client) -> bool {
    // An ordinary API call: nothing to report.
    client
        .get("https://api.example.com/v1/status")
        .timeout(Duration::from_secs(5))
        .send()
        .is_ok()
}
