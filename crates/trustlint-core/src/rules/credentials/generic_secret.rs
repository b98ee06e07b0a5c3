use crate::declare_rule;

declare_rule! {
    /// ## What it finds
    /// A literal bound to a name that says credential — a variable, field,
    /// config key or header such as `password`, `db_passwd`, `clientSecret`,
    /// `API_KEY`, `auth_token`, `private_key` — when no provider format
    /// matched. Passwords may be any non-placeholder value (people choose
    /// `hunter2` too); keys, tokens and secrets must look generated. Names that
    /// describe a credential rather than hold it (`token_url`, `passwordHint`,
    /// `keyPath`), placeholders, templates, UI text and values providers design
    /// to be public (`publishableKey`, `anonKey`, `clientToken`) are not reported.
    ///
    /// ## Why it matters
    /// Internal services, databases and in-house APIs have no recognisable key
    /// format: their credentials are found only by the name they are given.
    /// They are as valuable to an attacker as any provider key.
    ///
    /// ## Example
    /// ```rust
    /// let db_password = "Vq3xR8wLp2Nz";
    /// ```
    /// ```swift
    /// let apiSecret = "q8Zr2vLw9xPp4KdM3nTe"
    /// ```
    ///
    /// ## Instead
    /// Change the secret. Read it at run time from the environment, a secret
    /// manager, or the keychain; in config files, reference it (`${DB_PASSWORD}`)
    /// and keep the value in an untracked file or your deployment's secrets.
    ///
    /// ## References
    /// - OWASP Secrets Management Cheat Sheet
    /// - CWE-798: Use of Hard-coded Credentials
    /// - CWE-259: Use of Hard-coded Password
    pub static RULE = {
        id: "credentials/generic-secret",
        summary: "Password or secret is hardcoded",
        cwe: [798, 259],
        severity: Medium,
        confidence: Medium,
        languages: [Rust, Swift, Config],
    }
}
