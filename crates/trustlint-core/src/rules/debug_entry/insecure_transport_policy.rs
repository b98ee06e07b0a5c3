use crate::declare_rule;

declare_rule! {
    /// ## What it finds
    /// App Transport Security switched off or weakened in an `Info.plist`:
    /// `NSAllowsArbitraryLoads` or `NSAllowsArbitraryLoadsInWebContent` set to true,
    /// `NSExceptionAllowsInsecureHTTPLoads` (or its `NSTemporary…` twin) for a domain
    /// other than `localhost`, and `NSExceptionMinimumTLSVersion` of `TLSv1.0` or
    /// `TLSv1.1`; and in code, a TLS minimum of 1.0/1.1 or SSL 3
    /// (`tlsMinimumSupportedProtocolVersion = .TLSv10`,
    /// `sec_protocol_options_set_min_tls_protocol_version(options, .TLSv11)`,
    /// `tlsMinimumSupportedProtocol = .tlsProtocol1`).
    ///
    /// Not reported: `NSAllowsLocalNetworking`, exceptions for `localhost`,
    /// `127.0.0.1` and `*.local`, and an `NSAllowsArbitraryLoads` that iOS 10 and
    /// later ignore because `NSAllowsLocalNetworking`,
    /// `NSAllowsArbitraryLoadsInWebContent` or `NSAllowsArbitraryLoadsForMedia` is set
    /// next to it (kept for iOS 9 only).
    ///
    /// ## Why it matters
    /// Plain HTTP and TLS 1.0/1.1 let anyone on the same Wi-Fi, a hostile hotspot or a
    /// compromised router read and rewrite the app's traffic: session tokens, personal
    /// data and downloaded content. App Review asks for a justification for these keys
    /// because they are so often left over from development against a staging server.
    ///
    /// ## Example
    /// ```xml
    /// <key>NSAppTransportSecurity</key>
    /// <dict>
    ///     <key>NSAllowsArbitraryLoads</key>
    ///     <true/>
    /// </dict>
    /// ```
    /// ```swift
    /// let configuration = URLSessionConfiguration.default
    /// configuration.tlsMinimumSupportedProtocolVersion = .TLSv10
    /// ```
    ///
    /// ## Instead
    /// Serve every host over HTTPS with TLS 1.2 or later and delete the keys. If one
    /// legacy host cannot be fixed yet, scope an exception to that domain only and
    /// track its removal; use `NSAllowsLocalNetworking` for local development servers.
    ///
    /// ## References
    /// - Apple: "Preventing Insecure Network Connections" (App Transport Security keys)
    /// - CWE-319: Cleartext Transmission of Sensitive Information
    /// - CWE-326: Inadequate Encryption Strength
    pub static RULE = {
        id: "debug-entry/insecure-transport-policy",
        summary: "App Transport Security or the TLS minimum is weakened",
        cwe: [319, 326],
        severity: Medium,
        confidence: High,
        languages: [Swift, Config],
    }
}
