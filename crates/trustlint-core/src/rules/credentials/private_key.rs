use crate::declare_rule;

declare_rule! {
    /// ## What it finds
    /// A private key with its body: PEM blocks (`-----BEGIN RSA PRIVATE KEY-----`,
    /// `EC`, `DSA`, PKCS#8 `PRIVATE KEY` and `ENCRYPTED PRIVATE KEY`), OpenSSH
    /// keys, PGP private key blocks, PuTTY key files and age secret keys
    /// (`AGE-SECRET-KEY-1…`), including PEM text escaped inside JSON as in
    /// Google service-account files. Public keys and certificates are not reported.
    ///
    /// ## Why it matters
    /// A private key is an identity: whoever has it can sign as you, decrypt
    /// what was sent to you, log in to servers that trust it, or impersonate
    /// your TLS endpoint or app. Keys cannot be revoked as quickly as tokens.
    ///
    /// ## Example
    /// ```rust
    /// const SIGNING_KEY: &str = "-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC…\n-----END PRIVATE KEY-----";
    /// ```
    /// ```swift
    /// let pem = "-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEIB…\n-----END EC PRIVATE KEY-----"
    /// ```
    ///
    /// ## Instead
    /// Replace the key pair and revoke any certificate issued for it. Keep
    /// private keys in a secret manager, an HSM/KMS, or the platform keychain
    /// (Secure Enclave on Apple devices) and load them at run time.
    ///
    /// ## References
    /// - RFC 7468: Textual Encodings of PKIX, PKCS, and CMS Structures
    /// - CWE-321: Use of Hard-coded Cryptographic Key
    /// - CWE-798: Use of Hard-coded Credentials
    pub static RULE = {
        id: "credentials/private-key",
        summary: "Private key is hardcoded",
        cwe: [321, 798],
        severity: Critical,
        confidence: High,
        languages: [Rust, Swift, Config],
    }
}
