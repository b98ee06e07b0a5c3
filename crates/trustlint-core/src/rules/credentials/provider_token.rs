use crate::declare_rule;

declare_rule! {
    /// ## What it finds
    /// An API key or token of a known provider, recognised by its documented
    /// format: prefix, length, alphabet and checksum where one exists (Slack
    /// `xoxb-`, Stripe `sk_live_`, OpenAI `sk-proj-`, Anthropic `sk-ant-api03-`,
    /// GitLab `glpat-`, npm `npm_`, SendGrid `SG.`, and well over a hundred
    /// more). Formats without a distinctive prefix (Datadog, Algolia, Twilio
    /// auth tokens, …) are reported only when the provider is named next to the
    /// value. The message names the provider and the kind of key. Keys that
    /// providers design to be public (Stripe `pk_live_`, RevenueCat `appl_`,
    /// Mapbox `pk.`, Firebase client config) are not reported; test-mode keys
    /// are reported at low severity.
    ///
    /// ## Why it matters
    /// A provider key spends your money and reads your customers' data: it
    /// sends mail and SMS as you, charges cards, runs paid AI models, reads
    /// logs and databases. Keys in an app bundle or a public repository are
    /// extracted and abused automatically.
    ///
    /// ## Example
    /// ```rust
    /// let stripe = stripe::Client::new("sk_live_…");
    /// ```
    /// ```swift
    /// let slack = SlackClient(token: "xoxb-…")
    /// ```
    ///
    /// ## Instead
    /// Revoke the key in the provider's console. Servers read keys from the
    /// environment or a secret manager at deploy time; apps call your backend,
    /// which holds the key, instead of calling the provider directly.
    ///
    /// ## References
    /// - Each provider's documentation of its key formats
    /// - OWASP Secrets Management Cheat Sheet
    /// - CWE-798: Use of Hard-coded Credentials
    pub static RULE = {
        id: "credentials/provider-token",
        summary: "Provider API key or token is hardcoded",
        cwe: [798],
        severity: High,
        confidence: High,
        languages: [Rust, Swift, Config],
    }
}
