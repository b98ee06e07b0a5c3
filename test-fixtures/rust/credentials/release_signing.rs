//! `shipit`, a small release tool: signs artifacts and uploads them over SSH.
//! Keys must come from the machine, never from the repository.

use std::path::PathBuf;

/// Compiled in "so the CI runner does not need the file". It does now.
static DEPLOY_KEY: &str = include_str!("../keys/id_ed25519"); //~ credentials/embedded-key-file
static SIGNING_IDENTITY: &[u8] = include_bytes!("../certs/release-signing.p12"); //~ credentials/embedded-key-file
const TLS_KEY_PEM: &[u8] = include_bytes!(concat!(env!("CARGO_MANIFEST_DIR"), "/tls/server-key.pem")); //~ credentials/embedded-key-file
const ANDROID_UPLOAD_KEYSTORE: &[u8] = std::include_bytes!("../android/upload.jks"); //~ credentials/embedded-key-file
const APNS_AUTH_KEY: &str = include_str!("../secrets/AuthKey_8X2J4K9QZP.p8"); //~ credentials/embedded-key-file

lazy_static::lazy_static! {
    static ref LICENSE_SIGNER: Vec<u8> = include_bytes!("../keys/license.key").to_vec(); //~ credentials/embedded-key-file
}

// Public material is meant to be shared: none of these are findings.
static DEPLOY_KEY_PUB: &str = include_str!("../keys/id_ed25519.pub");
static SERVER_CERT: &[u8] = include_bytes!("../tls/cert.pem");
static ROOT_CA: &[u8] = include_bytes!("../tls/ca.pem");
static CHAIN: &[u8] = include_bytes!("../tls/fullchain.pem");
static SERVER_CRT: &[u8] = include_bytes!("../tls/server.crt");
static UPDATE_VERIFY_KEY: &[u8] = include_bytes!("../keys/public.pem");
static ROOT_CERT: &[u8] = include_bytes!("../tls/root-ca.pem");
static README: &str = include_str!("../README.md");
static SCHEMA: &str = include_str!("schema/keys.sql");
static KEY_TEMPLATE: &str = include_str!("templates/key_rotation.md");

pub struct ReleaseConfig {
    pub ssh_key_path: PathBuf,
    pub identity_path: PathBuf,
}

impl ReleaseConfig {
    pub fn from_env() -> Option<ReleaseConfig> {
        Some(ReleaseConfig {
            ssh_key_path: std::env::var_os("SHIPIT_SSH_KEY")?.into(),
            identity_path: std::env::var_os("SHIPIT_IDENTITY")?.into(),
        })
    }

    pub fn load_key(&self) -> std::io::Result<String> {
        std::fs::read_to_string(&self.ssh_key_path)
    }

    pub fn default_key_path() -> PathBuf {
        dirs::home_dir().unwrap_or_default().join(".ssh/id_ed25519")
    }
}

#[cfg(test)]
mod tests {
    // A throwaway key generated for the SSH test server.
    const TEST_HOST_KEY: &str = include_str!("../testdata/ssh_host_ed25519_key.pem");
}
