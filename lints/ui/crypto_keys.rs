// Keys for an offline licence file, spread over modules the way real code is.
use aes_gcm::aead::{Aead, KeyInit};
use aes_gcm::{Aes256Gcm, Nonce};
use hmac::{Hmac, Mac};
use sha2::Sha256;

mod keys {
    pub const LICENCE_KEY: [u8; 32] = [
        0x3f, 0x9a, 0x11, 0x42, 0x8c, 0xd0, 0x7e, 0x55, 0x21, 0x9b, 0xe4, 0x03, 0x6a, 0x70, 0xc8, 0x1d,
        0x94, 0x2b, 0x5f, 0xaa, 0x06, 0xee, 0x31, 0x78, 0xbd, 0x4c, 0x90, 0x17, 0x63, 0xf2, 0x28, 0xd9,
    ];

    pub fn signing_secret() -> &'static [u8] {
        b"licence-signing-v2-7f3c1e9a2b6d"
    }
}

mod vault {
    /// Loaded at run time: not a finding.
    pub fn load_key() -> Vec<u8> {
        std::fs::read("/run/secrets/licence.key").unwrap_or_default()
    }
}

pub fn decrypt_licence(blob: &[u8]) -> Option<Vec<u8>> {
    let cipher = Aes256Gcm::new_from_slice(&keys::LICENCE_KEY).ok()?;
    cipher.decrypt(Nonce::from_slice(&blob[..12]), &blob[12..]).ok()
}

pub fn sign(payload: &[u8]) -> Vec<u8> {
    let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(keys::signing_secret()).expect("any length");
    mac.update(payload);
    mac.finalize().into_bytes().to_vec()
}

pub fn decrypt_with_stored_key(blob: &[u8]) -> Option<Vec<u8>> {
    let key = vault::load_key();
    let cipher = Aes256Gcm::new_from_slice(&key).ok()?;
    cipher.decrypt(Nonce::from_slice(&blob[..12]), &blob[12..]).ok()
}

fn main() {
    let _ = (decrypt_licence(&[0; 40]), sign(b"x"), decrypt_with_stored_key(&[0; 40]));
}
