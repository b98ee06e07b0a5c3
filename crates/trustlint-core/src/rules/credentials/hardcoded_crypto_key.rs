use crate::declare_rule;

declare_rule! {
    /// ## What it finds
    /// A constant key, IV, nonce, salt or password handed to a cryptographic API:
    /// byte strings, byte arrays, `hex!`/hex- or base64-decoded literals and
    /// `Data("…".utf8)`, directly or through a constant of the same file.
    ///
    /// Rust: RustCrypto (`Aes256Gcm::new_from_slice`, `Key::<_>::from_slice`,
    /// `KeyInit::new`, `KeyIvInit::new`, `Hmac::<_>::new_from_slice`,
    /// `ChaCha20Poly1305::new`), `ring` (`aead::UnboundKey::new`, `hmac::Key::new`,
    /// `pbkdf2::derive`), `openssl` (`Crypter::new`, `PKey::hmac`,
    /// `symm::encrypt`), PBKDF2, scrypt, argon2 and bcrypt.
    /// Swift: CryptoKit `SymmetricKey(data:)` and nonces, CommonCrypto `CCCrypt`,
    /// `CCHmac` and `CCKeyDerivationPBKDF`, CryptoSwift (`AES(key:iv:)`,
    /// `HMAC(key:)`, `PKCS5.PBKDF2(password:salt:)`), RNCryptor passwords, Realm
    /// `encryptionKey`, SQLCipher `sqlite3_key` and GRDB `usePassphrase`.
    ///
    /// All-zero keys in test code are test vectors and never reported.
    ///
    /// ## Why it matters
    /// Encryption is only as secret as its key. A key compiled into the program is
    /// in every copy of the binary or app bundle, where `strings` or a
    /// disassembler finds it; whoever has it decrypts every customer's data and
    /// forges every MAC. A fixed IV or nonce breaks AES-GCM and ChaCha20-Poly1305
    /// outright, and a fixed salt lets one precomputed table crack every password.
    ///
    /// ## Example
    /// ```rust
    /// const KEY: &[u8; 32] = b"0123456789abcdef0123456789abcdef";
    /// let cipher = Aes256Gcm::new_from_slice(KEY)?;
    /// ```
    /// ```swift
    /// let key = SymmetricKey(data: Data("0123456789abcdef0123456789abcdef".utf8))
    /// ```
    ///
    /// ## Instead
    /// Generate keys at run time (`Aes256Gcm::generate_key(OsRng)`,
    /// `SymmetricKey(size: .bits256)`) and keep them in the platform keychain or a
    /// key management service; derive keys from user secrets with a random
    /// per-user salt; draw a fresh nonce for every message. Rotate any key that
    /// was committed.
    ///
    /// ## References
    /// - OWASP Cryptographic Storage Cheat Sheet
    /// - CWE-321: Use of Hard-coded Cryptographic Key
    /// - CWE-329: Generation of Predictable IV with CBC Mode
    /// - CWE-760: Use of a One-Way Hash with a Predictable Salt
    /// - CWE-259: Use of Hard-coded Password
    pub static RULE = {
        id: "credentials/hardcoded-crypto-key",
        summary: "Cryptographic key, IV, salt or password is a constant",
        cwe: [321, 329, 760, 259],
        severity: High,
        confidence: High,
        languages: [Rust, Swift],
    }
}
