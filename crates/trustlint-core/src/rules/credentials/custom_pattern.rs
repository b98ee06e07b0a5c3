use crate::declare_rule;

declare_rule! {
    /// ## What it finds
    /// A secret matching one of the patterns the project configured in
    /// `trustlint.toml` under `[credentials] patterns`, e.g. an internal
    /// service's key prefix. The message names the pattern.
    ///
    /// ## Why it matters
    /// In-house tokens are as valuable as provider keys but no public format
    /// list knows them; the team that issues them can describe them.
    ///
    /// ## Example
    /// ```rust
    /// // trustlint.toml: patterns = [{ name = "Acme deploy token", regex = "acme_[0-9a-f]{32}", keywords = ["acme_"] }]
    /// let token = "acme_4f1c0e9b7a2d5c8e3f6a1b4d7c0e9f2a";
    /// ```
    /// ```swift
    /// let token = "acme_4f1c0e9b7a2d5c8e3f6a1b4d7c0e9f2a"
    /// ```
    ///
    /// ## Instead
    /// Revoke the token and load it at run time from the environment, a secret
    /// manager or the keychain.
    ///
    /// ## References
    /// - trustlint configuration: `[credentials] patterns`
    /// - CWE-798: Use of Hard-coded Credentials
    pub static RULE = {
        id: "credentials/custom-pattern",
        summary: "Secret matching a configured pattern is hardcoded",
        cwe: [798],
        severity: High,
        confidence: Medium,
        languages: [Rust, Swift, Config],
    }
}
