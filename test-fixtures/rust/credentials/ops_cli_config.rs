//! `opsctl`, an operations CLI. Its first release compiled every environment's
//! credentials into the binary; `Profile::from_env` is the replacement.

use std::env;

pub const SMTP_PASSWORD: &str = "Pw-u8jzPde0Ig!"; //~ credentials/generic-secret
pub const REDIS_PASSWORD: &str = "Pw-xLd6GncfBA!"; //~ credentials/generic-secret
pub const LDAP_BIND_PASSWORD: &str = "Pw-epfJBd0Kh8!"; //~ credentials/generic-secret
pub const ADMIN_PASSWORD: &str = "Pw-oOOL8dKLzd!"; //~ credentials/generic-secret
pub const BACKUP_PASSPHRASE: &str = "Pw-ocJ2isAjIh!"; //~ credentials/generic-secret
pub const SIGNING_SECRET: &str = "KtJ0RlgLKOmxgJTeKdNnFRIBXuDL7Dxt"; //~ credentials/generic-secret
pub const SESSION_SECRET: &str = "pYlSXpfKtHF4vUCsMehGAkWvj7FAc9Qe"; //~ credentials/generic-secret
pub const JWT_SECRET: &str = "WJKY40uvSwMFLZDe1f8rESQedUStPKR0"; //~ credentials/generic-secret
pub const COOKIE_SECRET: &str = "CsTy4Qwb8DwkNhFdnXsiVpzz63FfkCzJ"; //~ credentials/generic-secret
pub const CSRF_SECRET: &str = "r4i0B3JrTAwR4y9ojfljoQoaF1Llqsaj"; //~ credentials/generic-secret
pub const INTERNAL_API_KEY: &str = "AIxNKu8iS2G8NPRVdD53X83RZJzzzzgE"; //~ credentials/generic-secret
pub const PARTNER_API_KEY: &str = "pk9Xw2Lq7Zr4Tn1Vb8Mc3Hd6Js0Fa5Ye"; //~ credentials/generic-secret
pub const METRICS_API_KEY: &str = "MxEhh2FDEEtfjgVvVqE1SkHbn88HxjSI"; //~ credentials/generic-secret
pub const SEARCH_API_KEY: &str = "6bWHtP3fS2qHx6kwXoIIXGvOoNZYW2mZ"; //~ credentials/generic-secret
pub const GEOCODER_API_KEY: &str = "p0zVZomHFwUbbYrEqmSM9wCZ7Uw9xfog"; //~ credentials/generic-secret
pub const CI_ACCESS_TOKEN: &str = "oEmvnEN5N1aE6PwZPf1Qh6yYTWmE4lBY"; //~ credentials/generic-secret
pub const DEPLOY_TOKEN: &str = "OvfZ8UzDzV8fUkkibjL5DZPjN0MEQ7wj"; //~ credentials/generic-secret
pub const REFRESH_TOKEN: &str = "JJibaZUPgHV7iB3m03nbqnsGpWLuqIA1"; //~ credentials/generic-secret
pub const SERVICE_ACCOUNT_TOKEN: &str = "id6Vw5DQL05HA064GiIjHGb3CXlMaXZj"; //~ credentials/generic-secret
pub const WEBHOOK_TOKEN: &str = "ljENUhJduRHHJEYXg4JdpmrcXgGCJbW5"; //~ credentials/generic-secret
pub const OAUTH_CLIENT_SECRET: &str = "6eCuNGMGmSrCGIZEG8pSH4487q7J58m1"; //~ credentials/generic-secret
pub const SSO_CLIENT_SECRET: &str = "CiAhzCueQpBenQtYh5Xj8TPQxjq4i9Do"; //~ credentials/generic-secret
pub const ENCRYPTION_SECRET: &str = "V8gz4FkQ1okTBGzvAmwufUxbvJDCTbyv"; //~ credentials/generic-secret
pub const MASTER_KEY_SECRET: &str = "HNsG9eh6Yo4gfqrc5XlrWi0B26R08qzj"; //~ credentials/generic-secret
pub const LICENSE_KEY: &str = "I6GKFSufrdZSlB5er8bOfZqfM2oeq3hD"; //~ credentials/generic-secret

pub const SMTP_HOST: &str = "smtp.opsctl.example";
pub const SMTP_PORT: u16 = 587;
pub const REDIS_URL: &str = "redis://cache.opsctl.internal:6379";
pub const PASSWORD_ENV: &str = "OPSCTL_ADMIN_PASSWORD";
pub const TOKEN_TTL_SECS: u64 = 3600;
pub const API_KEY_HEADER_NAME: &str = "X-Opsctl-Key";
pub const SECRET_MANAGER_PATH: &str = "opsctl/prod";
pub const JWT_ALGORITHM: &str = "HS256";
pub const LICENSE_KEY_FILE: &str = "/etc/opsctl/license.key";
pub const DEPLOY_TOKEN_SCOPE: &str = "deploy:write";
pub const REFRESH_TOKEN_COOKIE: &str = "opsctl_refresh";
pub const CLIENT_SECRET_ENV: &str = "OPSCTL_CLIENT_SECRET";
pub const SESSION_SECRET_LEN: usize = 64;
pub const PASSWORD_PROMPT: &str = "Admin password: ";
pub const TOKEN_PREFIX: &str = "opsctl_";

pub struct Profile {
    pub smtp_password: String,
    pub api_key: String,
    pub deploy_token: String,
}

impl Profile {
    pub fn from_env() -> Option<Profile> {
        Some(Profile {
            smtp_password: env::var("OPSCTL_SMTP_PASSWORD").ok()?,
            api_key: env::var("OPSCTL_API_KEY").ok()?,
            deploy_token: env::var("OPSCTL_DEPLOY_TOKEN").ok()?,
        })
    }

    pub fn redacted(&self) -> String {
        format!("smtp_password=*** api_key=*** deploy_token=***")
    }
}
