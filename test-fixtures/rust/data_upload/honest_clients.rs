//! Honest network code that must stay silent: API clients, update checks, uploads of
//! the user's own documents, secrets used as credentials, sensitive reads used
//! locally, and maps whose `get`/`insert` look like HTTP calls.

use std::collections::HashMap;
use std::env;
use std::time::Duration;

const API: &str = "https://api.weatherly.app/v3";
const USER_AGENT: &str = concat!("weatherly/", env!("CARGO_PKG_VERSION"));

pub struct ApiClient {
    http: reqwest::Client,
    token: String,
}

impl ApiClient {
    pub fn from_env() -> Self {
        let token = env::var("WEATHERLY_API_KEY").unwrap_or_default();
        let http = reqwest::Client::builder()
            .user_agent(USER_AGENT)
            .timeout(Duration::from_secs(10))
            .build()
            .expect("client");
        ApiClient { http, token }
    }

    pub async fn forecast(&self, city: &str) -> reqwest::Result<String> {
        self.http
            .get(format!("{API}/forecast"))
            .query(&[("city", city), ("units", "metric")])
            .bearer_auth(&self.token)
            .send()
            .await?
            .text()
            .await
    }

    pub async fn save_favourite(&self, city: &str) -> reqwest::Result<()> {
        self.http
            .post(format!("{API}/favourites"))
            .header("Authorization", format!("Bearer {}", self.token))
            .json(&serde_json::json!({ "city": city }))
            .send()
            .await?;
        Ok(())
    }
}

pub fn update_check() -> Result<bool, ureq::Error> {
    let current = env!("CARGO_PKG_VERSION");
    let latest = ureq::get("https://releases.weatherly.app/latest.txt")
        .call()?
        .into_string()?;
    Ok(latest.trim() != current)
}

pub async fn upload_document(client: &reqwest::Client, path: &std::path::Path) -> reqwest::Result<()> {
    // The user picked this file to upload.
    let bytes = tokio::fs::read(path).await.unwrap_or_default();
    client.put(format!("{API}/documents")).body(bytes).send().await?;
    Ok(())
}

pub fn cache_lookup(cache: &HashMap<String, String>, key: &str) -> Option<String> {
    // `get`/`insert` on a map are not HTTP calls, whatever the key.
    let host = whoami::hostname();
    let mut local: HashMap<String, String> = HashMap::new();
    local.insert(host.clone(), key.to_owned());
    cache.get(&host).cloned()
}

pub fn greet_user() -> String {
    let user = whoami::realname();
    format!("Welcome back, {user}!")
}

pub fn show_hostname_in_title(window: &mut Window) {
    let host = hostname::get().map(|h| h.to_string_lossy().into_owned()).unwrap_or_default();
    window.set_title(&format!("Weatherly on {host}"));
}

pub fn write_config(dir: &std::path::Path) -> std::io::Result<()> {
    let user = whoami::username();
    std::fs::write(dir.join("owner"), user)
}

pub async fn crash_counter(client: &reqwest::Client, crashes: u32) {
    let _ = client
        .post(format!("{API}/crashes"))
        .json(&serde_json::json!({ "count": crashes, "version": env!("CARGO_PKG_VERSION") }))
        .send()
        .await;
}

pub async fn keyring_login(client: &reqwest::Client) -> reqwest::Result<()> {
    // A stored password sent as the credential of its own service.
    let entry = keyring::Entry::new("weatherly", "default").unwrap();
    let password = entry.get_password().unwrap_or_default();
    client
        .post(format!("{API}/session"))
        .basic_auth("me", Some(password))
        .send()
        .await?;
    Ok(())
}

pub async fn proxy_from_env(client: &reqwest::Client) -> reqwest::Result<()> {
    let endpoint = env::var("WEATHERLY_ENDPOINT").unwrap_or_else(|_| API.to_owned());
    let log_level = env::var("RUST_LOG").unwrap_or_default();
    client
        .post(format!("{endpoint}/client-config"))
        .json(&serde_json::json!({ "log": log_level }))
        .send()
        .await?;
    Ok(())
}

pub fn discord_bot_reads_api(client: &reqwest::blocking::Client, token: &str) {
    // The Discord REST API (not a webhook) with the bot's own token.
    let _ = client
        .get("https://discord.com/api/v10/users/@me")
        .header("Authorization", format!("Bot {token}"))
        .send();
}

pub fn private_network_device(client: &reqwest::blocking::Client) {
    // A LAN device's address is not a suspicious destination.
    let _ = client.get("http://192.168.1.1/status").send();
    let _ = client.post("http://10.0.0.5:8123/api/states").body("{}").send();
}

pub fn docs_ip(client: &reqwest::blocking::Client) {
    let _ = client.get("http://203.0.113.10/example").send();
}

pub fn hostname_length_metric(client: &reqwest::blocking::Client) {
    let long_name = whoami::hostname().len() > 15;
    let _ = client
        .post(format!("{API}/metrics"))
        .json(&serde_json::json!({ "long_hostname": long_name }))
        .send();
}

pub fn env_presence(client: &reqwest::blocking::Client) {
    let in_ci = env::var("CI").is_ok() || env::var("GITHUB_ACTIONS").is_ok();
    let _ = client.post(format!("{API}/ci")).json(&in_ci).send();
}

pub struct Window;

impl Window {
    fn set_title(&mut self, _title: &str) {}
}

#[cfg(test)]
mod tests {
    #[test]
    fn mock_server_receives_hostname() {
        let host = whoami::hostname();
        let client = reqwest::blocking::Client::new();
        let _ = client.post("http://127.0.0.1:9999/mock").body(host).send();
    }
}
