use crate::declare_rule;

declare_rule! {
    /// ## What it finds
    /// A private key file compiled into the program or shipped in the app bundle:
    /// Rust `include_str!`/`include_bytes!` of `id_rsa`, `id_ed25519`, `*.key`,
    /// `*.p12`, `*.pfx`, `*.p8`, `*.jks`, `*.keystore` or a `*.pem` whose name does
    /// not say certificate; Swift `Bundle.path(forResource:ofType:)` and
    /// `Bundle.url(forResource:withExtension:)` of such files. Public keys and
    /// certificates (`*.pub`, `*.crt`, `cert.pem`, `ca.pem`, `fullchain.pem`,
    /// `public.pem`) are public by design and not reported.
    ///
    /// ## Why it matters
    /// Whatever `include_bytes!` reads ends up verbatim in the binary, and every
    /// file in an app bundle can be unzipped from the IPA. A TLS, SSH or signing
    /// key shipped that way is readable by everyone who has a copy, and lets them
    /// impersonate the server, log in to the host, or sign as you.
    ///
    /// ## Example
    /// ```rust
    /// const DEPLOY_KEY: &str = include_str!("../keys/id_ed25519");
    /// ```
    /// ```swift
    /// let identity = Bundle.main.url(forResource: "client-identity", withExtension: "p12")
    /// ```
    ///
    /// ## Instead
    /// Remove the key from the repository and rotate it. Read keys at run time
    /// from a path given by configuration, the keychain, or a secret manager; on
    /// iOS, provision client identities through MDM or the keychain rather than
    /// the bundle.
    ///
    /// ## References
    /// - OWASP MASVS-CRYPTO-2: keys are not hardcoded
    /// - CWE-321: Use of Hard-coded Cryptographic Key
    /// - CWE-798: Use of Hard-coded Credentials
    pub static RULE = {
        id: "credentials/embedded-key-file",
        summary: "Private key file is compiled into the program",
        cwe: [321, 798],
        severity: High,
        confidence: Medium,
        languages: [Rust, Swift],
    }
}

/// Extensions of files that hold a private key or a key store.
const PRIVATE_KEY_EXTENSIONS: [(&str, &str); 8] = [
    ("key", "private key"),
    ("p12", "PKCS#12 key store"),
    ("pfx", "PKCS#12 key store"),
    ("p8", "PKCS#8 private key"),
    ("jks", "Java key store"),
    ("keystore", "key store"),
    ("bks", "key store"),
    ("ppk", "PuTTY private key"),
];

/// OpenSSH's default private key names.
const SSH_PRIVATE_KEY_NAMES: [&str; 4] = ["id_rsa", "id_dsa", "id_ecdsa", "id_ed25519"];

/// Words in a `.pem`/`.key` name that say it holds public material (a certificate,
/// a chain, a public key) rather than a private key.
const PUBLIC_MATERIAL_WORDS: [&str; 10] = [
    "cert",
    "certificate",
    "ca",
    "chain",
    "fullchain",
    "public",
    "pub",
    "root",
    "bundle",
    "trust",
];

/// What private key a file holds, judged by its name alone (`server.p12`,
/// `id_ed25519`, `tls-key.pem`), or `None` for certificates, public keys and other
/// files. `name` may be a path; only its last component counts.
pub fn private_key_file_kind(name: &str) -> Option<&'static str> {
    let file = name
        .rsplit(['/', '\\'])
        .next()
        .unwrap_or(name)
        .to_ascii_lowercase();
    if SSH_PRIVATE_KEY_NAMES.contains(&file.as_str()) {
        return Some("SSH private key");
    }
    let (stem, extension) = file.rsplit_once('.')?;
    let says_public = stem
        .split(|c: char| !c.is_ascii_alphanumeric())
        .any(|word| PUBLIC_MATERIAL_WORDS.contains(&word));
    match extension {
        "pem" if !says_public => Some("PEM private key"),
        "key" if says_public => None,
        _ => PRIVATE_KEY_EXTENSIONS
            .iter()
            .find(|(ext, _)| *ext == extension)
            .map(|(_, kind)| *kind),
    }
}

#[cfg(test)]
mod tests {
    use super::private_key_file_kind;

    #[test]
    fn private_keys_by_name_but_not_certificates() {
        assert_eq!(
            private_key_file_kind("../keys/id_ed25519"),
            Some("SSH private key")
        );
        assert_eq!(
            private_key_file_kind("certs/server.p12"),
            Some("PKCS#12 key store")
        );
        assert_eq!(
            private_key_file_kind("tls/server-key.pem"),
            Some("PEM private key")
        );
        assert_eq!(private_key_file_kind("signing.key"), Some("private key"));
        for public in [
            "id_ed25519.pub",
            "cert.pem",
            "ca.pem",
            "fullchain.pem",
            "tls/server.crt",
            "public.key",
            "root-ca.pem",
            "Cargo.toml",
        ] {
            assert_eq!(private_key_file_kind(public), None, "{public}");
        }
    }
}
