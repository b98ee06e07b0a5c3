use crate::declare_rule;

declare_rule! {
    /// ## What it finds
    /// A binary key store committed to the repository, recognised by its name:
    /// PKCS#12 bundles (`.p12`, `.pfx`), Java and Android key stores (`.jks`,
    /// `.keystore`, `.bks`) and Apple signing bundles exported with their private
    /// key. Text key files (`.pem`, `.key`, `id_rsa`, `AuthKey_….p8`) are read
    /// and reported by `credentials/private-key` when they hold a private key.
    ///
    /// ## Why it matters
    /// Key stores hold signing identities: an Apple distribution certificate's
    /// key or an Android upload key lets anyone sign builds as you. Their
    /// passwords are often weak or committed next to them.
    ///
    /// ## Example
    /// ```rust
    /// // certs/ios_distribution.p12 committed next to Fastfile
    /// let identity = include_bytes!("../certs/ios_distribution.p12");
    /// ```
    /// ```swift
    /// // Resources/client.p12 shipped in the bundle
    /// let data = try Data(contentsOf: Bundle.main.url(forResource: "client", withExtension: "p12")!)
    /// ```
    ///
    /// ## Instead
    /// Remove the file from the repository and its history, revoke the
    /// certificate, and keep signing identities in CI secrets, fastlane match
    /// with an encrypted store, or the platform keychain.
    ///
    /// ## References
    /// - RFC 7292: PKCS #12
    /// - CWE-321: Use of Hard-coded Cryptographic Key
    /// - CWE-798: Use of Hard-coded Credentials
    pub static RULE = {
        id: "credentials/key-file",
        summary: "Private key store file is committed",
        cwe: [321, 798],
        severity: High,
        confidence: Medium,
        languages: [Config],
    }
}
