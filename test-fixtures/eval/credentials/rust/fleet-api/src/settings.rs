//! Settings for the fleet API: the production values were compiled in.

use std::collections::HashMap;
use std::time::Duration;

pub const DB_PASSWORD: &str = "Winter11#velvet";
pub const ADMIN_PASSWORD: &str = "dGx^vhCc8USJd";
pub const SMTP_PASSWORD: &str = "Falcon62!cobalt";
pub const API_KEY: &str = "VBcWuwTvGGHrC8SLDxOLm9pH4qiY3QtA";
pub const API_SECRET: &str = "wSJWYbdz4l5K2YYsWx9kRHKYSx4D3MFZ";
pub const CLIENT_SECRET: &str = "ZJWVBNmVmDeCEqpdkpl4rPrBGy0peVvHwbObx18W";
pub const SIGNING_SECRET: &str = "cd795bf8efed654598d5e400c5b9d7c8e41853f8ad405aea474736ca7425eeb5";
pub const WEBHOOK_SECRET: &str = "OeiqucxSiVDBD7Sh0LeimY3ORgdrLpNV";
pub const SESSION_SECRET: &str = "o5lynaG5yTlwsPjypDalJKDJKl56NU6PfFsesw4xW1jubesS";
pub const ACCESS_TOKEN: &str = "7Vgp7Hx7U0aZwYYwwOyxzgzCuAcL7g4uCt77ehIR";
pub const AUTH_TOKEN: &str = "hy5dau41Rd3hU18AxxkNWy4c7YfSY73t";
pub const PRIVATE_TOKEN: &str = "4ltKueZCXoeXZpkxhcLHFhXpNZFOIHMm";
pub const ENCRYPTION_PASSPHRASE: &str = "velvet-harbor-cobalt-1277";
pub const MASTER_KEY: &str = "9c78e2c30ac42009b5ccbcfad6f52f57";
pub const REDIS_PASSWORD: &str = "RfEXHtY%Y!zpz";
pub const LDAP_BIND_PASSWORD: &str = "Winter59$marble";
pub const PARTNER_API_KEY: &str = "IVuQcWknWBi9rs4wwzEPPsXoET0eHC4N";
pub const INTERNAL_API_TOKEN: &str = "kpzlGOpDe13bnMuxmn2nXDfBbi2sBR695xvR";
pub const HMAC_SECRET: &str = "c5983a6a7a1fa1dd7135abc6a270acc29fbf8d34";
pub const JWT_SECRET: &str = "XKfE6mJlwXSgutwqiAzfhQVYrcMuSyYksInaSRxK2Htenyy6tuaIGpeTwiwbD84Z";

pub struct SmtpSettings {
    pub host: String,
    pub username: String,
    pub password: String,
    pub api_key: String,
}

pub fn smtp() -> SmtpSettings {
    SmtpSettings {
        host: "smtp.mailroute.acme-fleet.io".into(),
        username: "fleet-notifier".into(),
        password: "Marble61!cobalt".into(),
        api_key: "JLicJD4lyhfPJgLKmfqKM6Jpc69Q3oH7".into(),
    }
}

pub fn partner_headers() -> HashMap<&'static str, String> {
    let mut headers = HashMap::new();
    headers.insert("X-Api-Key", "HjNTqd3z5uZdKIyzk72R6DNrJXonveeg".to_string());
    headers.insert("client_secret", "rGNqJNrK7ixSathRVUbPE741kqA5Hee62tRGL7PY".to_string());
    headers.insert("X-Request-Timeout", "30".to_string());
    headers.insert("Accept", "application/json".to_string());
    headers
}

pub fn database() -> sqlx::postgres::PgConnectOptions {
    sqlx::postgres::PgConnectOptions::new()
        .host("db.internal.acme-fleet.io")
        .username("fleet")
        .password("Winter86!velvet")
        .database("fleet")
}

pub async fn fetch_manifest(client: &reqwest::Client) -> reqwest::Result<String> {
    client
        .get("https://registry.acme-fleet.io/manifest.json")
        .basic_auth("deploy", Some("dnx02hD62GOYszQHeZS"))
        .timeout(Duration::from_secs(10))
        .send()
        .await?
        .text()
        .await
}

pub fn login_form() -> [(&'static str, &'static str); 2] {
    [("username", "ops"), ("password", "Falcon95$winter")]
}

pub struct Labels;
impl Labels {
    pub const PASSWORD: &'static str = "Password";
    pub const PASSWORD_HINT: &'static str = "Enter your password";
    pub const PASSWORD_KEY: &'static str = "settings.account.password";
    pub const TOKEN_EXPIRED: &'static str = "Your session token has expired, please sign in again.";
    pub const API_KEY_HEADER: &'static str = "X-Api-Key";
    pub const TOKEN_URL: &'static str = "https://auth.acme-fleet.io/oauth/token";
    pub const SECRET_PATH: &'static str = "/var/run/secrets/fleet/api-key";
}

pub const DB_PASSWORD_ENV: &str = "FLEET_DB_PASSWORD";
pub const API_KEY_ENV: &str = "FLEET_API_KEY";
pub const CLIENT_SECRET_ENV: &str = "FLEET_CLIENT_SECRET";
pub const SESSION_SECRET_ENV: &str = "FLEET_SESSION_SECRET";
pub const WEBHOOK_SECRET_ENV: &str = "FLEET_WEBHOOK_SECRET";

pub const DEFAULT_PASSWORD: &str = "changeme";
pub const API_KEY_PLACEHOLDER: &str = "YOUR_API_KEY";
pub const TOKEN_TEMPLATE: &str = "${FLEET_TOKEN}";
pub const CLIENT_SECRET_DEFAULT: &str = "<client-secret>";
pub const SECRET_MASK: &str = "********";
pub const API_TOKEN_SAMPLE: &str = "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx";
pub const PASSWORD_UNSET: &str = "";
pub const AUTH_TOKEN_TODO: &str = "TODO";
pub const PASSWORD_MIN_LEN: &str = "12";
pub const TOKEN_TTL: &str = "01:00:00";
pub const SECRET_NAME: &str = "fleet/prod/api-key";
pub const API_KEY_VERSION: &str = "2024-06-01";

pub fn token_from_env() -> Option<String> {
    std::env::var("FLEET_API_TOKEN").ok()
}

pub fn password_from_file() -> std::io::Result<String> {
    std::fs::read_to_string("/run/secrets/db_password")
}
