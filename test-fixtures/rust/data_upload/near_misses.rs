//! Near misses: code that reads something sensitive-sounding or talks to a host that
//! looks suspicious, but does not upload sensitive data. Every line must stay silent.

use std::collections::HashMap;
use std::fs;
use std::io::Write;

const STATUS_URL: &str = "https://status.example.com/v1/ping";

pub fn known_hosts_for_local_ssh() -> Vec<String> {
    // Parsing known_hosts to connect over SSH: local use.
    let path = dirs::home_dir().unwrap().join(".ssh/known_hosts");
    fs::read_to_string(path).unwrap_or_default().lines().map(str::to_owned).collect()
}

pub fn ssh_key_exists() -> bool {
    dirs::home_dir().unwrap().join(".ssh/id_ed25519").exists()
}

pub fn key_path_in_error(client: &reqwest::blocking::Client) {
    // Only the *name* of the file goes into the error report.
    let path = dirs::home_dir().unwrap().join(".ssh/id_rsa");
    let message = format!("could not find key at {}", path.display());
    let _ = client.post(STATUS_URL).body(message).send();
}

pub fn cookies_of_our_own_jar(client: &reqwest::blocking::Client, jar: &HashMap<String, String>) {
    let session = jar.get("session").cloned().unwrap_or_default();
    let _ = client.get(STATUS_URL).header("Cookie", session).send();
}

pub fn hostname_compared_not_sent(client: &reqwest::blocking::Client) {
    let is_build_box = whoami::hostname().starts_with("ci-");
    let _ = client.post(STATUS_URL).json(&is_build_box).send();
}

pub fn env_dump_to_local_file() -> std::io::Result<()> {
    let mut out = fs::File::create("env.txt")?;
    for (k, v) in std::env::vars() {
        writeln!(out, "{k}={v}")?;
    }
    Ok(())
}

pub fn env_dump_to_child_process() {
    let vars: HashMap<String, String> = std::env::vars().collect();
    let _ = std::process::Command::new("cargo").envs(&vars).arg("build").status();
}

pub fn clipboard_written_not_read(text: &str) {
    let mut board = arboard::Clipboard::new().unwrap();
    let _ = board.set_text(text.to_owned());
}

pub fn webhook_with_static_text(client: &reqwest::blocking::Client) {
    // Our own Slack notification of a deploy, with a static message, is still a
    // webhook: reported as a destination, but no data flows there.
    let _ = client.get(STATUS_URL).send();
}

pub fn user_supplied_url(client: &reqwest::blocking::Client, url: &str) {
    // The destination comes from the caller: nothing to resolve.
    let _ = client.post(url).body("ping").send();
}

pub fn os_and_arch(client: &reqwest::blocking::Client) {
    let platform = format!("{}-{}", std::env::consts::OS, std::env::consts::ARCH);
    let cpus = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1);
    let _ = client.post(STATUS_URL).json(&(platform, cpus)).send();
}

pub fn random_install_id(client: &reqwest::blocking::Client) {
    let id = uuid::Uuid::new_v4().to_string();
    let _ = client.post(STATUS_URL).header("X-Install", id).send();
}

pub fn process_count_only(client: &reqwest::blocking::Client) {
    let sys = sysinfo::System::new_all();
    let count = sys.processes().len();
    let _ = client.post(STATUS_URL).json(&count).send();
}

pub fn keyring_password_for_local_decrypt(vault: &[u8]) -> Vec<u8> {
    let password = keyring::Entry::new("app", "vault").unwrap().get_password().unwrap_or_default();
    vault.iter().zip(password.bytes().cycle()).map(|(b, k)| b ^ k).collect()
}

pub fn map_named_client(cache: &mut HashMap<String, String>) -> Option<String> {
    // A map named like a client: `get` with a key is not a request.
    let http_cache = cache;
    http_cache.get("last-etag").cloned()
}

pub fn passwd_named_variable(client: &reqwest::blocking::Client, form_password: &str) {
    // A login form's password sent to our own login endpoint as a credential.
    let _ = client
        .post("https://accounts.example.com/login")
        .basic_auth("user", Some(form_password))
        .send();
}

pub fn telegram_link_in_docs() -> &'static str {
    "Join us at https://t.me/example or via https://api.telegram.org docs"
}

pub fn reversed_text_not_a_destination(name: &str) -> String {
    name.chars().rev().collect()
}
