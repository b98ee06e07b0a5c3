use crate::declare_rule;

declare_rule! {
    /// ## What it finds
    /// A literal credential in an `Authorization` (or `Proxy-Authorization`)
    /// header value: `Bearer …`, `Token …`, or `Basic …` that decodes to
    /// `user:password`. Templates (`Bearer ${TOKEN}`, `"Bearer \(token)"`,
    /// `format!("Bearer {token}")`) are not reported; bearer tokens must be long
    /// and look generated.
    ///
    /// ## Why it matters
    /// A header value is the credential itself, ready to replay: anyone who
    /// reads the code can call the API as the app.
    ///
    /// ## Example
    /// ```rust
    /// req.header("Authorization", "Bearer 7fQ2xLp9Wm4Zk8Rt3Vb6Nc1Hd5Js0Ya");
    /// ```
    /// ```swift
    /// request.setValue("Basic YXBpOldxOExtMlp4OVB2NA==", forHTTPHeaderField: "Authorization")
    /// ```
    ///
    /// ## Instead
    /// Revoke the credential. Obtain tokens at run time (OAuth, your backend)
    /// and build the header from a variable.
    ///
    /// ## References
    /// - RFC 6750: OAuth 2.0 Bearer Token Usage
    /// - RFC 7617: The 'Basic' HTTP Authentication Scheme
    /// - CWE-798: Use of Hard-coded Credentials
    pub static RULE = {
        id: "credentials/auth-header-value",
        summary: "Authorization header value is hardcoded",
        cwe: [798],
        severity: High,
        confidence: Medium,
        languages: [Rust, Swift, Config],
    }
}
