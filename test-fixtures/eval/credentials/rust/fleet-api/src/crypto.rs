use aes_gcm::{aead::{Aead, KeyInit, OsRng}, Aes256Gcm, Key, Nonce};
use chacha20poly1305::ChaCha20Poly1305;
use hmac::{Hmac, Mac};
use sha2::Sha256;

const TOKEN_KEY: [u8; 32] = [0xbf, 0xe1, 0x80, 0x48, 0x6f, 0x5f, 0xcb, 0xf0, 0xfc, 0x11, 0x1f, 0xd6, 0x72, 0x3c, 0x28, 0xd0, 0xbd, 0xdb, 0x9c, 0x90, 0xd4, 0x39, 0x96, 0x39, 0x06, 0x48, 0xb5, 0xd8, 0xbc, 0x59, 0x8c, 0xa5];
static COOKIE_KEY: [u8; 32] = [0xe6, 0x8b, 0x20, 0xd9, 0x67, 0xe8, 0x39, 0x59, 0xbd, 0xa4, 0xd2, 0xbb, 0xc0, 0x51, 0xe4, 0xe5, 0xdc, 0xf3, 0xeb, 0x19, 0x6e, 0xfc, 0x41, 0xe6, 0x8d, 0x49, 0x98, 0x1d, 0x4f, 0xa9, 0x9a, 0x27];
const HMAC_KEY: &[u8] = b"0CDFP9v4odcuiAEJGzFYtAdHiipba7b2";
const IV: [u8; 16] = [0x73, 0xeb, 0xc1, 0x6e, 0xc0, 0x31, 0x61, 0x84, 0x78, 0xe8, 0xf3, 0xa5, 0xc2, 0xb4, 0xe0, 0xf6];
const PBKDF2_SALT: &[u8] = b"FNCwvxa2yzrn3xDW";

pub fn seal(plain: &[u8]) -> Vec<u8> {
    let cipher = Aes256Gcm::new_from_slice(b"ieevnePDRroHOGyPpnMyTbMS2gH9NSkn").unwrap();
    let nonce = Nonce::from_slice(&plain[..12]);
    cipher.encrypt(nonce, plain).unwrap()
}

pub fn seal_with_hex_key(plain: &[u8]) -> Vec<u8> {
    let key = hex::decode("19c33a1d7e5e1b05a18bde2ae3feac4010e0293c09336d4015606b953c99b8d9").unwrap();
    let cipher = ChaCha20Poly1305::new_from_slice(&key).unwrap();
    cipher.encrypt(Nonce::from_slice(&[0u8; 12]), plain).unwrap()
}

pub fn sign(body: &[u8]) -> Vec<u8> {
    let mut mac = Hmac::<Sha256>::new_from_slice(b"mo1w1ZRI37iziiezgP4hSx7mYdZhms0MOuPLXkXM").unwrap();
    mac.update(body);
    mac.finalize().into_bytes().to_vec()
}

pub fn ring_key() -> ring::hmac::Key {
    ring::hmac::Key::new(ring::hmac::HMAC_SHA256, b"d0dWmS2DhFgHG56a3pexBcD3SwgmpmNt")
}

pub fn aes_key() -> Key<Aes256Gcm> {
    *Key::<Aes256Gcm>::from_slice(&hex_literal::hex!("a04217a8d17d0af3563e354de2ba83fb4257e77bd47e12fd4554c91dbd35ce6c"))
}

pub fn derive(password: &[u8]) -> [u8; 32] {
    let mut out = [0u8; 32];
    pbkdf2::pbkdf2_hmac::<Sha256>(password, b"C43pRMMBeqcNBJ2k", 600_000, &mut out);
    out
}

// Honest key handling.
pub fn fresh_key() -> Key<Aes256Gcm> {
    Aes256Gcm::generate_key(OsRng)
}

pub fn key_from_env() -> Aes256Gcm {
    let key = hex::decode(std::env::var("FLEET_AES_KEY").unwrap()).unwrap();
    Aes256Gcm::new_from_slice(&key).unwrap()
}

const ZERO_NONCE: [u8; 12] = [0; 12];
const SHA256_OF_EMPTY: &str = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
const HKDF_INFO: &[u8] = b"fleet-api session key v1";
const KEY_LEN: usize = 32;
const CRC_TABLE_SEED: [u8; 8] = [0xb2, 0x6d, 0xed, 0x36, 0x72, 0x41, 0xe8, 0xa9];
