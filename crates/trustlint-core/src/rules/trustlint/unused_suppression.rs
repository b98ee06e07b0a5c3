use crate::declare_rule;

declare_rule! {
    /// ## What it finds
    /// A `trustlint:allow(...)` comment that suppresses nothing: the rule it names
    /// made no finding on its line or the line below, or the rule does not exist.
    ///
    /// ## Why it matters
    /// A stale suppression hides the next real finding that lands on that line,
    /// and a misspelt rule id never suppressed anything in the first place.
    ///
    /// ## Example
    /// ```rust
    /// // trustlint:allow(credentials/aws-access-key) -- rotated in 2024
    /// let region = "eu-west-1";
    /// ```
    ///
    /// ## Instead
    /// Delete the comment, or correct the rule id (`trustlint rules` lists them).
    ///
    /// ## References
    /// - ruff's `RUF100` (unused `noqa`) follows the same idea.
    pub static RULE = {
        id: "trustlint/unused-suppression",
        summary: "A suppression comment suppresses nothing",
        cwe: [],
        severity: Low,
        confidence: High,
        languages: [Rust, Swift, Config],
    }
}
