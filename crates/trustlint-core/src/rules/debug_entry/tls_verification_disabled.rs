use crate::declare_rule;

declare_rule! {
    /// ## What it finds
    /// TLS certificate or host name verification switched off: reqwest/native-tls
    /// `danger_accept_invalid_certs(true)` and `danger_accept_invalid_hostnames(true)`,
    /// a rustls `dangerous().set_certificate_verifier(..)` whose `verify_server_cert`
    /// accepts everything, openssl `SslVerifyMode::NONE`, and connectors (hyper-tls,
    /// hyper-rustls, ureq) built on those. In Swift, a `URLSessionDelegate` that
    /// answers a server-trust challenge with `.useCredential` without evaluating the
    /// trust (`SecTrustEvaluateWithError`), or Alamofire's `DisabledTrustEvaluator`.
    /// A switch driven by configuration (`danger_accept_invalid_certs(cfg.insecure)`)
    /// is reported at a lower severity.
    ///
    /// ## Why it matters
    /// Without verification anyone on the network path (public Wi-Fi, a compromised
    /// router, a corporate proxy) can impersonate the server, read every request —
    /// passwords, tokens, personal data — and change every response, including
    /// updates. Switches added "for the staging server" ship to production.
    ///
    /// ## Example
    /// ```rust
    /// let client = reqwest::Client::builder()
    ///     .danger_accept_invalid_certs(true)
    ///     .build()?;
    /// ```
    /// ```swift
    /// func urlSession(_ session: URLSession, didReceive challenge: URLAuthenticationChallenge,
    ///                 completionHandler: @escaping (URLSession.AuthChallengeDisposition, URLCredential?) -> Void) {
    ///     completionHandler(.useCredential, URLCredential(trust: challenge.protectionSpace.serverTrust!))
    /// }
    /// ```
    ///
    /// ## Instead
    /// Keep verification on. For a private CA, add its root certificate
    /// (`add_root_certificate`, a rustls `RootCertStore`, Swift: evaluate the trust
    /// against pinned anchors with `SecTrustSetAnchorCertificates`); for
    /// development, use a locally trusted certificate (mkcert) instead of a switch.
    ///
    /// ## References
    /// - CWE-295: Improper Certificate Validation
    /// - OWASP MASVS-NETWORK-1
    pub static RULE = {
        id: "debug-entry/tls-verification-disabled",
        summary: "TLS certificate or host name verification is disabled",
        cwe: [295],
        severity: High,
        confidence: High,
        languages: [Rust, Swift],
    }
}
