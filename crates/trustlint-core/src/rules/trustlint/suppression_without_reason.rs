use crate::declare_rule;

declare_rule! {
    /// ## What it finds
    /// A `trustlint:allow(...)` comment without a reason after ` -- `. Such a comment
    /// does not suppress anything: the finding it was meant for is still reported.
    ///
    /// ## Why it matters
    /// Reviewers and auditors must be able to see why a hardcoded key, a debug route
    /// or an upload was accepted. A silent allow is indistinguishable from a cover-up.
    ///
    /// ## Example
    /// ```rust
    /// // trustlint:allow(debug-entry/magic-password-check)
    /// if password == "letmein" { return Ok(Session::admin()); }
    /// ```
    ///
    /// ## Instead
    /// ```rust
    /// // trustlint:allow(credentials/aws-access-key) -- AWS documentation example key, not a real credential
    /// ```
    ///
    /// ## References
    /// - trustlint's suppression syntax: `trustlint:allow(<rule-or-category>[, ...]) -- <reason>`.
    pub static RULE = {
        id: "trustlint/suppression-without-reason",
        summary: "A suppression comment gives no reason",
        cwe: [],
        severity: Medium,
        confidence: High,
        languages: [Rust, Swift, Config],
    }
}
