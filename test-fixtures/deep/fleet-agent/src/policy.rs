//! Signed, encrypted policies pushed by the control plane.

use crate::secrets;
use aes_gcm::aead::{Aead, KeyInit};
use aes_gcm::{Aes256Gcm, Nonce};

pub fn decrypt_policy(blob: &[u8]) -> Option<Vec<u8>> {
    let cipher = Aes256Gcm::new_from_slice(secrets::policy_key()).ok()?;
    cipher.decrypt(Nonce::from_slice(&blob[..12]), &blob[12..]).ok()
}

/// Keys provisioned at enrolment and read from disk are fine.
pub fn decrypt_with_enrolled_key(blob: &[u8]) -> Option<Vec<u8>> {
    let key = std::fs::read("/var/lib/fleet-agent/enrolment.key").ok()?;
    let cipher = Aes256Gcm::new_from_slice(&key).ok()?;
    cipher.decrypt(Nonce::from_slice(&blob[..12]), &blob[12..]).ok()
}

pub fn decrypt_legacy_policy(blob: &[u8]) -> Option<Vec<u8>> {
    let cipher = Aes256Gcm::new_from_slice(&secrets::LEGACY_POLICY_KEY).ok()?;
    cipher.decrypt(Nonce::from_slice(&blob[..12]), &blob[12..]).ok()
}
