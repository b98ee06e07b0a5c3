use crate::declare_rule;

declare_rule! {
    /// ## What it finds
    /// A signed JSON Web Token (`eyJ….eyJ….signature`) whose header decodes to
    /// JSON with a signing algorithm. Unsigned tokens (`"alg":"none"` or an
    /// empty signature) are not credentials and are not reported, nor are
    /// Supabase `anon` keys, which Supabase designs to ship in clients.
    ///
    /// ## Why it matters
    /// A JWT is a bearer credential: whoever holds it is whoever the token says,
    /// until it expires. Hardcoded JWTs are usually long-lived service tokens
    /// (Supabase `service_role` keys, API gateway keys) that bypass user-level
    /// access rules.
    ///
    /// ## Example
    /// ```rust
    /// let auth = format!("Bearer {}", "eyJhbGciOiJIUzI1NiJ9.eyJyb2xlIjoic2VydmljZV9yb2xlIn0.…");
    /// ```
    /// ```swift
    /// let serviceKey = "eyJhbGciOiJIUzI1NiJ9.eyJyb2xlIjoic2VydmljZV9yb2xlIn0.…"
    /// ```
    ///
    /// ## Instead
    /// Revoke the token (rotate the signing secret if it cannot be revoked
    /// alone). Obtain tokens at run time from your auth flow and keep them in
    /// memory or the keychain.
    ///
    /// ## References
    /// - RFC 7519: JSON Web Token
    /// - CWE-798: Use of Hard-coded Credentials
    pub static RULE = {
        id: "credentials/jwt",
        summary: "Signed JSON Web Token is hardcoded",
        cwe: [798],
        severity: High,
        confidence: Medium,
        languages: [Rust, Swift, Config],
    }
}
