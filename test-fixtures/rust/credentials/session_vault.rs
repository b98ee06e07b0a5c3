//! Encrypts session blobs and webhook signatures for the billing service. The
//! first version kept its keys in the source; the later functions do it right.

use aes_gcm::aead::{Aead, AeadCore, KeyInit, OsRng};
use aes_gcm::{Aes128Gcm, Aes256Gcm, Key, Nonce};
use argon2::password_hash::{PasswordHasher, SaltString};
use argon2::Argon2;
use chacha20poly1305::{ChaCha20Poly1305, XChaCha20Poly1305};
use hex_literal::hex;
use hmac::{Hmac, Mac};
use openssl::pkey::PKey;
use openssl::symm::{self, Cipher, Crypter, Mode};
use ring::{aead, hmac as ring_hmac, pbkdf2};
use sha2::Sha256;
use std::num::NonZeroU32;

type HmacSha256 = Hmac<Sha256>;

const SESSION_KEY: &[u8; 32] = b"k3Jd9a0QmZ7xLw2pR5tY8uV1bN4cE6gH"; //~ credentials/hardcoded-crypto-key
const WEBHOOK_SIGNING_KEY: [u8; 32] = [ //~ credentials/hardcoded-crypto-key
    0x4f, 0x1a, 0x9c, 0x22, 0x7e, 0x05, 0xd3, 0x88, 0x61, 0xbb, 0x2f, 0x90, 0x13, 0xe4, 0x5a, 0x76,
    0xc8, 0x3d, 0x0e, 0xa1, 0x57, 0xf6, 0x29, 0x84, 0x6b, 0xdc, 0x11, 0x9f, 0x40, 0x73, 0xae, 0x35,
];
static LEGACY_IV: [u8; 16] = [0x42; 16]; //~ credentials/hardcoded-crypto-key
const PBKDF2_SALT: &[u8] = b"billing-service-salt-v1"; //~ credentials/hardcoded-crypto-key
const PBKDF2_ROUNDS: u32 = 600_000;
/// The key size in bytes, not a key.
const KEY_LEN: usize = 32;
/// Version tags are byte arrays too.
const FORMAT_TAG: [u8; 4] = [0x42, 0x56, 0x01, 0x00];

pub fn session_cipher() -> Aes256Gcm {
    Aes256Gcm::new_from_slice(SESSION_KEY).expect("32-byte key")
}

pub fn webhook_mac(body: &[u8]) -> Vec<u8> {
    let mut mac = HmacSha256::new_from_slice(&WEBHOOK_SIGNING_KEY).expect("any key size");
    mac.update(body);
    mac.finalize().into_bytes().to_vec()
}

pub fn legacy_decrypt(data: &[u8]) -> Vec<u8> {
    let key = hex!("000102030405060708090a0b0c0d0e0f"); //~ credentials/hardcoded-crypto-key
    symm::decrypt(Cipher::aes_128_cbc(), &key, Some(&LEGACY_IV), data).unwrap_or_default()
}

pub fn legacy_encrypt(data: &[u8]) -> Vec<u8> {
    let mut crypter = Crypter::new(
        Cipher::aes_128_cbc(),
        Mode::Encrypt,
        b"0f1e2d3c4b5a6978", //~ credentials/hardcoded-crypto-key
        None,
    )
    .expect("cipher");
    let mut out = vec![0; data.len() + 16];
    let n = crypter.update(data, &mut out).unwrap_or(0);
    out.truncate(n);
    out
}

pub fn export_token_cipher() -> ChaCha20Poly1305 {
    ChaCha20Poly1305::new(Key::<ChaCha20Poly1305>::from_slice(
        b"an example very very secret key.", //~ credentials/hardcoded-crypto-key
    ))
}

pub fn fixed_nonce_encrypt(plaintext: &[u8]) -> Vec<u8> {
    let cipher = Aes128Gcm::new_from_slice(&hex!("2b7e151628aed2a6abf7158809cf4f3c")).unwrap(); //~ credentials/hardcoded-crypto-key
    let nonce = Nonce::from_slice(b"unique nonce"); //~ credentials/hardcoded-crypto-key
    cipher.encrypt(nonce, plaintext).unwrap_or_default()
}

pub fn ring_sealing_key() -> aead::LessSafeKey {
    let unbound = aead::UnboundKey::new(
        &aead::AES_256_GCM,
        &hex::decode("603deb1015ca71be2b73aef0857d77811f352c073b6108d72d9810a30914dff4").unwrap(), //~ credentials/hardcoded-crypto-key
    )
    .expect("key");
    aead::LessSafeKey::new(unbound)
}

pub fn api_signature(payload: &[u8]) -> ring_hmac::Tag {
    let key = ring_hmac::Key::new(ring_hmac::HMAC_SHA256, b"sig-key-2f8a7c1e9d4b6a3f"); //~ credentials/hardcoded-crypto-key
    ring_hmac::sign(&key, payload)
}

pub fn openssl_hmac_key() -> PKey<openssl::pkey::Private> {
    PKey::hmac(b"openssl-hmac-secret-for-callbacks").expect("key") //~ credentials/hardcoded-crypto-key
}

pub fn derive_export_key(passphrase: &[u8]) -> [u8; KEY_LEN] {
    let mut out = [0u8; KEY_LEN];
    pbkdf2::derive(
        pbkdf2::PBKDF2_HMAC_SHA256,
        NonZeroU32::new(PBKDF2_ROUNDS).unwrap(),
        PBKDF2_SALT,
        passphrase,
        &mut out,
    );
    out
}

pub fn derive_admin_key() -> [u8; 32] {
    let mut out = [0u8; 32];
    pbkdf2::derive(
        pbkdf2::PBKDF2_HMAC_SHA256,
        NonZeroU32::new(100_000).unwrap(),
        &[0x13; 16], //~ credentials/hardcoded-crypto-key
        b"admin-master-password", //~ credentials/hardcoded-crypto-key
        &mut out,
    );
    out
}

pub fn hash_with_fixed_salt(password: &str) -> String {
    let salt = SaltString::from_b64("c2FsdHNhbHRzYWx0c2FsdA").unwrap(); //~ credentials/hardcoded-crypto-key
    Argon2::default()
        .hash_password(password.as_bytes(), &salt)
        .map(|h| h.to_string())
        .unwrap_or_default()
}

pub fn xchacha_from_base64() -> XChaCha20Poly1305 {
    use base64::Engine;
    let raw = base64::engine::general_purpose::STANDARD
        .decode("qL8dT3mV0wX9yZ2aB5cD7eF1gH4iJ6kL8mN0oP2qR4s=") //~ credentials/hardcoded-crypto-key
        .unwrap();
    XChaCha20Poly1305::new_from_slice(&raw).unwrap()
}

// ---- The right way: nothing below is a finding. ----

pub fn fresh_cipher() -> (Aes256Gcm, Vec<u8>) {
    let key = Aes256Gcm::generate_key(&mut OsRng);
    (Aes256Gcm::new(&key), key.to_vec())
}

pub fn cipher_from_env() -> Option<Aes256Gcm> {
    let encoded = std::env::var("SESSION_KEY_HEX").ok()?;
    let key = hex::decode(encoded).ok()?;
    Aes256Gcm::new_from_slice(&key).ok()
}

pub fn cipher_from_keyring(entry: &keyring::Entry) -> Option<Aes256Gcm> {
    let secret = entry.get_secret().ok()?;
    Aes256Gcm::new_from_slice(&secret).ok()
}

pub fn random_nonce_encrypt(cipher: &Aes256Gcm, plaintext: &[u8]) -> Vec<u8> {
    let nonce = Aes256Gcm::generate_nonce(&mut OsRng);
    let mut out = nonce.to_vec();
    out.extend(cipher.encrypt(&nonce, plaintext).unwrap_or_default());
    out
}

pub fn filled_buffer_key(rng: &mut impl rand::RngCore) -> Aes256Gcm {
    let mut key = [0u8; 32];
    rng.fill_bytes(&mut key);
    Aes256Gcm::new_from_slice(&key).expect("32 bytes")
}

pub fn hash_user_password(password: &str) -> String {
    let salt = SaltString::generate(&mut OsRng);
    Argon2::default()
        .hash_password(password.as_bytes(), &salt)
        .map(|h| h.to_string())
        .unwrap_or_default()
}

pub fn mac_with(key: &[u8], body: &[u8]) -> Vec<u8> {
    let mut mac = HmacSha256::new_from_slice(key).expect("any key size");
    mac.update(body);
    mac.finalize().into_bytes().to_vec()
}

/// Labels and routes are text, not key material, although `Description` and
/// `Destination` start like the DES cipher's type name.
pub fn audit_entry() -> (Description, Destination) {
    (
        Description::new("session sealed with AES-256-GCM"),
        Destination::new("billing-audit"),
    )
}

pub fn tagged(body: &[u8]) -> Vec<u8> {
    let mut out = FORMAT_TAG.to_vec();
    out.extend_from_slice(body);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEST_VECTOR_KEY: [u8; 32] = [0u8; 32];

    #[test]
    fn round_trips_with_the_zero_key() {
        let cipher = Aes256Gcm::new_from_slice(&TEST_VECTOR_KEY).unwrap();
        let nonce = Nonce::from_slice(&[0u8; 12]);
        let sealed = cipher.encrypt(nonce, b"hello".as_ref()).unwrap();
        assert_eq!(cipher.decrypt(nonce, sealed.as_ref()).unwrap(), b"hello");
    }

    #[test]
    fn nist_vector() {
        let cipher = Aes128Gcm::new_from_slice(&hex!("feffe9928665731c6d6a8f9467308308")).unwrap();
        let mac = HmacSha256::new_from_slice(b"Jefe").unwrap();
        drop((cipher, mac));
    }
}
