//! Settings for the fleet API: the production values were compiled in.

use std::collections::HashMap;
use std::time::Duration;

pub const DB_PASSWORD: &str = "Harbor67%cobalt";
pub const ADMIN_PASSWORD: &str = "huFwIJ3%WEjQ*Td";
pub const SMTP_PASSWORD: &str = "Winter56%saffron";
pub const API_KEY: &str = "pslxF2TYKqCQECBnk94jSMKWltq3BkDi";
pub const API_SECRET: &str = "bMayTYkwIW9HSt0IRKLT3XBNoPPz9XGP";
pub const CLIENT_SECRET: &str = "qDjJc82rlhXFJMqvNBiakuCPuiHZoIHV6jpXVVRh";
pub const SIGNING_SECRET: &str = "6ca7425eeb5248a1b4ede3246318775c60c5b94c7e05e52f929bb4a02937b0bb";
pub const WEBHOOK_SECRET: &str = "wOyxzgzCuAcL7g4uCt77ehIRhy5dau41";
pub const SESSION_SECRET: &str = "Rd3hU18AxxkNWy4c7YfSY73t4ltKueZCXoeXZpkxhcLHFhXp";
pub const ACCESS_TOKEN: &str = "NZFOIHMmbV5V0syS2oHrUCf2RG4YzXYXgR0bvyMS";
pub const AUTH_TOKEN: &str = "jeTabsIUxKl2y1zIxzFvBmFYOkfElJ1o";
pub const PRIVATE_TOKEN: &str = "Jhv2cpyqjzGQzL6KFmVhmRZdywpIVuQc";
pub const ENCRYPTION_PASSPHRASE: &str = "velvet-harbor-cobalt-3699";
pub const MASTER_KEY: &str = "6d489bbcf97f2e57c57e206ab666e2d0";
pub const REDIS_PASSWORD: &str = "K2URYxMGoOzQE@";
pub const LDAP_BIND_PASSWORD: &str = "Juniper93!velvet";
pub const PARTNER_API_KEY: &str = "ucAAodRShlvUxynvfp2bY9uMyyet62SE";
pub const INTERNAL_API_TOKEN: &str = "4xFrOB7h9jXKfE6mJlwXSgutwqiAzfhQVYrc";
pub const HMAC_SECRET: &str = "ac5960b926cc9a072b4b0e7c1841e5c323628717";
pub const JWT_SECRET: &str = "H7HjNTqd3z5uZdKIyzk72R6DNrJXonveegrGNqJNrK7ixSathRVUbPE741kqA5He";

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
        password: "Harbor48!winter".into(),
        api_key: "ISCDbgQlABdVoDBRqPuzjm0vqcNzwWQj".into(),
    }
}

pub fn partner_headers() -> HashMap<&'static str, String> {
    let mut headers = HashMap::new();
    headers.insert("X-Api-Key", "QtajrfdUHuPzDG1ialo8NFWy39oz5V0R".to_string());
    headers.insert("client_secret", "DD0dH9atlD1Mtk7QyYZ64Z5fj00RAdMCEOe6RP9G".to_string());
    headers.insert("X-Request-Timeout", "30".to_string());
    headers.insert("Accept", "application/json".to_string());
    headers
}

pub fn database() -> sqlx::postgres::PgConnectOptions {
    sqlx::postgres::PgConnectOptions::new()
        .host("db.internal.acme-fleet.io")
        .username("fleet")
        .password("Velvet90!marble")
        .database("fleet")
}

pub async fn fetch_manifest(client: &reqwest::Client) -> reqwest::Result<String> {
    client
        .get("https://registry.acme-fleet.io/manifest.json")
        .basic_auth("deploy", Some("41bnDOQvY%jEFuxIO"))
        .timeout(Duration::from_secs(10))
        .send()
        .await?
        .text()
        .await
}

pub fn login_form() -> [(&'static str, &'static str); 2] {
    [("username", "ops"), ("password", "Velvet69$velvet")]
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
