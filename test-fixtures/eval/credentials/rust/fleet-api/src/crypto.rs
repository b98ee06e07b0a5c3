use aes_gcm::{aead::{Aead, KeyInit, OsRng}, Aes256Gcm, Key, Nonce};
use chacha20poly1305::ChaCha20Poly1305;
use hmac::{Hmac, Mac};
use sha2::Sha256;

const TOKEN_KEY: [u8; 32] = [0x51, 0xe4, 0xe5, 0xdc, 0xf3, 0xeb, 0x19, 0x6e, 0xfc, 0x41, 0xe6, 0x8d, 0x49, 0x98, 0x1d, 0x4f, 0xa9, 0x9a, 0x27, 0xe6, 0xea, 0xfd, 0xaf, 0x76, 0x1a, 0x13, 0xa1, 0x40, 0xd3, 0xf3, 0xca, 0xfc];
static COOKIE_KEY: [u8; 32] = [0x9e, 0xd7, 0x1c, 0x46, 0x44, 0x7c, 0x08, 0x01, 0x0b, 0x73, 0xeb, 0xc1, 0x6e, 0xc0, 0x31, 0x61, 0x84, 0x78, 0xe8, 0xf3, 0xa5, 0xc2, 0xb4, 0xe0, 0xf6, 0xfa, 0xe4, 0xb5, 0xaa, 0xbe, 0x06, 0xc5];
const HMAC_KEY: &[u8] = b"zrn3xDWieevnePDRroHOGyPpnMyTbMS2";
const IV: [u8; 16] = [0x30, 0x57, 0x68, 0x12, 0x9a, 0xce, 0x3d, 0x3d, 0xa7, 0x17, 0xdf, 0x7a, 0xec, 0x5e, 0xee, 0x1b];
const PBKDF2_SALT: &[u8] = b"wQ9aKXW9RlTPud0r";

pub fn token_cipher() -> Aes256Gcm {
    Aes256Gcm::new(Key::<Aes256Gcm>::from_slice(&TOKEN_KEY))
}

pub fn cookie_cipher() -> ChaCha20Poly1305 {
    ChaCha20Poly1305::new_from_slice(&COOKIE_KEY).expect("32-byte key")
}

pub fn webhook_mac() -> Hmac<Sha256> {
    Hmac::<Sha256>::new_from_slice(HMAC_KEY).expect("any key length")
}

pub fn legacy_cbc(data: &mut [u8]) {
    let cipher = cbc::Encryptor::<aes::Aes256>::new(&TOKEN_KEY.into(), &IV.into());
    cipher.encrypt_padded_mut::<block_padding::Pkcs7>(data, data.len()).ok();
}

pub fn derive_with_fixed_salt(password: &[u8]) -> [u8; 32] {
    let mut out = [0u8; 32];
    pbkdf2::pbkdf2_hmac::<Sha256>(password, PBKDF2_SALT, 100_000, &mut out);
    out
}

pub fn seal(plain: &[u8]) -> Vec<u8> {
    let cipher = Aes256Gcm::new_from_slice(b"xA7C15KeuLCQMgFCv0yiadNaD6b731et").unwrap();
    let nonce = Nonce::from_slice(&plain[..12]);
    cipher.encrypt(nonce, plain).unwrap()
}

pub fn seal_with_hex_key(plain: &[u8]) -> Vec<u8> {
    let key = hex::decode("3c09336d4015606b953c99b8d967b4c442c33b61369a5116e3f3072bd1eb3676").unwrap();
    let cipher = ChaCha20Poly1305::new_from_slice(&key).unwrap();
    cipher.encrypt(Nonce::from_slice(&[0u8; 12]), plain).unwrap()
}

pub fn sign(body: &[u8]) -> Vec<u8> {
    let mut mac = Hmac::<Sha256>::new_from_slice(b"NtubLifcpvXqAPcpTAKb1vFhkT0ngRCOGglL1iBC").unwrap();
    mac.update(body);
    mac.finalize().into_bytes().to_vec()
}

pub fn ring_key() -> ring::hmac::Key {
    ring::hmac::Key::new(ring::hmac::HMAC_SHA256, b"fL9WK2Jx8vNqhF874xXj1ekpDoQ2GZo6")
}

pub fn aes_key() -> Key<Aes256Gcm> {
    *Key::<Aes256Gcm>::from_slice(&hex_literal::hex!("bd47e12fd4554c91dbd35ce6c3b757989c70e7d281d5b6e374ea99eb5da55038"))
}

pub fn derive(password: &[u8]) -> [u8; 32] {
    let mut out = [0u8; 32];
    pbkdf2::pbkdf2_hmac::<Sha256>(password, b"vGEjiPirGvn7NvJp", 600_000, &mut out);
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
const CRC_TABLE_SEED: [u8; 8] = [0x6c, 0xb3, 0xcc, 0xf4, 0x45, 0x07, 0x96, 0x0a];
