//! Client for the Ledgerline payments gateway, as the first contractor wrote it:
//! credentials everywhere. Later code in the file reads them from the environment.

use reqwest::header::{AUTHORIZATION, HeaderMap, HeaderValue};
use serde::Deserialize;
use serde_json::json;
use std::collections::HashMap;

const GATEWAY_URL: &str = "https://api.ledgerline.example/v2";
const DB_PASSWORD: &str = "Tr0ub4dor&3-prod"; //~ credentials/generic-secret
const MERCHANT_API_KEY: &str = "mk_9fQ2xLr7TzV4pWc8NbH3sJ6dK1aY5eU0"; //~ credentials/generic-secret
static WEBHOOK_SECRET: &str = "whk_7Gq1Zt9XbV3nR6mL2pC8sD4fH0jK5wYe"; //~ credentials/generic-secret
pub const REPORTING_TOKEN: &str = "rpt-4b9f2c7e1a8d3f6b0c5e9a2d7f1b4c8e"; //~ credentials/generic-secret
const PASSWORD_MIN_LENGTH: usize = 12;
const API_KEY_HEADER: &str = "X-Api-Key";
const TOKEN_URL: &str = "https://auth.ledgerline.example/oauth/token";
const PASSWORD_FIELD: &str = "password";
const SECRET_NAME: &str = "ledgerline/prod/api-key";
const EMPTY_PASSWORD: &str = "";
const API_KEY_ENV: &str = "LEDGERLINE_API_KEY";

pub struct GatewayConfig {
    pub base_url: String,
    pub api_key: String,
    pub client_secret: String,
    pub password: String,
    pub timeout_secs: u64,
}

#[derive(Deserialize)]
pub struct LoginForm {
    #[serde(rename = "password")]
    pub pass: String,
    #[serde(rename = "api_key")]
    pub key: String,
}

#[derive(clap::Parser)]
pub struct Cli {
    #[arg(long = "token", env = "LEDGERLINE_TOKEN")]
    pub token: Option<String>,
    #[arg(long = "password", help = "Enter your password")]
    pub password: Option<String>,
}

impl GatewayConfig {
    pub fn hardcoded() -> GatewayConfig {
        GatewayConfig {
            base_url: GATEWAY_URL.to_string(),
            api_key: "lk_live_8Jd2Qp5Xw9Rt3Vy7Nb4Mc6Lz1Ks0Ha".to_string(), //~ credentials/generic-secret
            client_secret: String::from("cs_6Yh3Tn8Wq1Zr5Xm9Bv2Lp7Kd4Fg0Sj"), //~ credentials/generic-secret
            password: "Winter2019!".into(), //~ credentials/generic-secret
            timeout_secs: 30,
        }
    }

    pub fn from_env() -> Result<GatewayConfig, std::env::VarError> {
        Ok(GatewayConfig {
            base_url: std::env::var("LEDGERLINE_URL").unwrap_or_else(|_| GATEWAY_URL.to_string()),
            api_key: std::env::var(API_KEY_ENV)?,
            client_secret: std::env::var("LEDGERLINE_CLIENT_SECRET")?,
            password: std::env::var("LEDGERLINE_DB_PASSWORD")?,
            timeout_secs: 30,
        })
    }

    pub fn placeholder() -> GatewayConfig {
        GatewayConfig {
            base_url: GATEWAY_URL.to_string(),
            api_key: "YOUR_API_KEY".to_string(),
            client_secret: "<client-secret>".to_string(),
            password: "changeme".to_string(),
            timeout_secs: 30,
        }
    }

    pub fn rotate_secret(&mut self) {
        self.client_secret = "cs_2Pq8Wz5Xn1Rv7Tb4Ym9Lk3Jh6Gf0Dc".to_owned(); //~ credentials/generic-secret
        self.password = String::new();
    }
}

pub fn legacy_client() -> reqwest::Client {
    let mut headers = HeaderMap::new();
    headers.insert("X-Api-Key", HeaderValue::from_static("xk_3Nf7Rb1Wq9Zt5Vm2Lp8Kc4Hd6Js0Ga")); //~ credentials/generic-secret
    headers.insert(API_KEY_HEADER, HeaderValue::from_static("application/json"));
    reqwest::Client::builder().default_headers(headers).build().unwrap()
}

pub async fn charge(client: &reqwest::Client, cents: u64) -> reqwest::Result<reqwest::Response> {
    client
        .post(format!("{GATEWAY_URL}/charges"))
        .basic_auth("merchant-4471", Some("p4ss-Ledger-2021")) //~ credentials/generic-secret
        .header("X-Client-Secret", "cs_9Tk4Wn7Qz2Xb5Rm8Lv1Pj6Hd3Gf0Ya") //~ credentials/generic-secret
        .json(&json!({
            "amount": cents,
            "currency": "EUR",
            "api_key": "lk_live_5Hd8Qw2Zr7Xt1Vb4Nm9Lc3Kp6Js0Fa", //~ credentials/generic-secret
            "password": PASSWORD_FIELD,
        }))
        .send()
        .await
}

pub async fn refund(client: &reqwest::Client, id: &str) -> reqwest::Result<reqwest::Response> {
    client
        .post(format!("{GATEWAY_URL}/refunds/{id}"))
        .bearer_auth("rf_1Qa7Zw4Xs9Ed2Cr5Vf8Tg3Bh6Yn0Uj") //~ credentials/generic-secret
        .send()
        .await
}

pub async fn settle(client: &reqwest::Client, token: &str) -> reqwest::Result<reqwest::Response> {
    client
        .post(format!("{GATEWAY_URL}/settlements"))
        .bearer_auth(token)
        .header(AUTHORIZATION, format!("Bearer {token}"))
        .header("X-Api-Key", std::env::var(API_KEY_ENV).unwrap_or_default())
        .header("Content-Type", "application/json")
        .send()
        .await
}

pub fn oauth_form() -> Vec<(&'static str, &'static str)> {
    vec![
        ("grant_type", "client_credentials"),
        ("client_id", "ledgerline-reporting"),
        ("client_secret", "9c1f4b7e2a5d8f3b6e0c9a4d7f2b5e8c"), //~ credentials/generic-secret
        ("scope", "reports:read"),
    ]
}

pub fn legacy_params() -> HashMap<&'static str, String> {
    let mut params = HashMap::new();
    params.insert("merchant", "4471".to_string());
    params.insert("secret", "sx_4Lm8Pq1Wz6Xr3Tn9Vb2Kd7Hj5Gf0Ca".to_string()); //~ credentials/generic-secret
    params.insert("password_hint", "the usual one".to_string());
    params
}

pub fn db_url() -> String {
    let db_password = "Qz7!mPv2#Lr9"; //~ credentials/generic-secret
    format!("host=db.ledgerline.internal user=ledger password={db_password}")
}

pub fn admin_credentials() -> (&'static str, &'static str) {
    let admin_password = concat!("Ledger", "Adm1n", "-2020"); //~ credentials/generic-secret
    ("admin", admin_password)
}

pub fn api_secret() -> &'static str {
    "as_8Rf3Tq6Wz1Xn9Vb4Lm7Kp2Hj5Gd0Sa" //~ credentials/generic-secret
}

pub struct SigningKeys;

impl SigningKeys {
    const HMAC_SECRET: &'static str = "hs_6Wp2Zq9Xr4Tn7Vb1Lm5Kd8Hj3Gf0Ya"; //~ credentials/generic-secret
    const KEY_ID: &'static str = "key-2021-04";
}

// ---- Silent: names, labels, placeholders, lookups. ----

pub fn labels() -> Vec<&'static str> {
    let password_label = "Password";
    let password_prompt = "Enter your password";
    let token_placeholder = "paste your token here";
    let api_key_title = "API key";
    let secret_hint = "Stored in 1Password";
    vec![password_label, password_prompt, token_placeholder, api_key_title, secret_hint]
}

pub fn localization_keys() -> [&'static str; 3] {
    let password = "login.password.placeholder";
    let token = "settings.api_token.title";
    let secret = "onboarding.secret_key.hint";
    [password, token, secret]
}

pub fn lookups(store: &SecretStore) -> Option<String> {
    let password = std::env::var("DB_PASSWORD").ok()?;
    let api_key = store.get("ledgerline/api-key")?;
    let token = keyring::Entry::new("ledgerline", "token").ok()?.get_password().ok()?;
    let secret = dotenvy::var("LEDGERLINE_SECRET").ok()?;
    Some(format!("{password}{api_key}{token}{secret}"))
}

pub fn templates(user: &str) -> Vec<String> {
    let password = format!("{}-{}", user, "suffix");
    let token = "{{ ledgerline_token }}".to_string();
    let api_key = "${LEDGERLINE_API_KEY}".to_string();
    let secret = "%(secret)s".to_string();
    vec![password, token, api_key, secret]
}

pub fn identifiers() -> Vec<&'static str> {
    let token_type = "Bearer";
    let api_key_id = "3f2c9a1e-7b4d-4e8f-a6c5-0d9b8e7f6a51";
    let password_regex = r"^(?=.*[A-Z])(?=.*\d).{12,}$";
    let secret_path = "/var/run/secrets/ledgerline/api-key";
    let password_hash_algorithm = "argon2id";
    let token_endpoint = "https://auth.ledgerline.example/oauth/token";
    vec![token_type, api_key_id, password_regex, secret_path, password_hash_algorithm, token_endpoint]
}

pub fn human_values() -> Vec<&'static str> {
    let password = "password";
    let api_key = "api_key";
    let secret = "secret";
    let token = "none";
    let client_secret = "not-a-secret";
    vec![password, api_key, secret, token, client_secret]
}

pub enum AuthMethod {
    Password,
    ApiKey,
    Token,
    ClientSecret,
}

pub fn describe(method: AuthMethod) -> &'static str {
    match method {
        AuthMethod::Password => "password",
        AuthMethod::ApiKey => "api key",
        AuthMethod::Token => "token",
        AuthMethod::ClientSecret => "client secret",
    }
}

pub fn error_messages(err: &str) -> String {
    let token_error = format!("token refresh failed: {err}");
    let password = std::env::var("PGPASSWORD").expect("PGPASSWORD must be set");
    let secret = std::fs::read_to_string("/etc/ledgerline/secret").expect("cannot read the secret file");
    format!("{token_error}{password}{secret}")
}

pub struct SecretStore;

impl SecretStore {
    pub fn get(&self, _name: &str) -> Option<String> {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEST_PASSWORD: &str = "hunter2-test";
    const TEST_API_KEY: &str = "tk_1Zx9Qw8Ec7Rv6Tb5Yn4Um3Ik2Ol0Pa";

    #[test]
    fn builds_the_form() {
        let config = GatewayConfig {
            base_url: "http://localhost:8080".into(),
            api_key: TEST_API_KEY.into(),
            client_secret: "cs_test_9Xq2Wz7Rn4Tb1Vm8Lp5Kd3Hj6Gf0".into(),
            password: TEST_PASSWORD.into(),
            timeout_secs: 1,
        };
        assert_eq!(config.timeout_secs, 1);
    }
}
