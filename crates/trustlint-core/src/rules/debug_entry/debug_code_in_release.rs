use crate::declare_rule;

declare_rule! {
    /// ## What it finds
    /// Debug-only code that is compiled into release builds: handlers and menus that
    /// dump secrets or the environment, disable checks, or exist only as test
    /// backdoors (functions named like `debug_*`, `dump_env`, `backdoor`,
    /// `test_login`) that are not behind `#[cfg(debug_assertions)]`, `#[cfg(test)]`
    /// or a non-default feature (Swift: `#if DEBUG`). An `if cfg!(debug_assertions)`
    /// branch is reported at `low`: the condition is false in release builds, but
    /// the code, its strings and its symbols still ship. Code behind
    /// `#[cfg(feature = "..")]` counts as gated (trustlint reads one file at a time
    /// and cannot see whether `Cargo.toml` enables the feature by default).
    ///
    /// ## Why it matters
    /// Debug helpers are written to bypass the rules: they print tokens, trust the
    /// caller, reset state. In a release build they are an entry point that nobody
    /// reviews, and their strings in the binary tell attackers where to look.
    ///
    /// ## Example
    /// ```rust
    /// pub fn dump_env() -> String {
    ///     std::env::vars().map(|(k, v)| format!("{k}={v}\n")).collect()
    /// }
    /// ```
    /// ```swift
    /// func showDebugMenu() {   // not inside #if DEBUG
    ///     present(DebugMenuViewController(), animated: true)
    /// }
    /// ```
    ///
    /// ## Instead
    /// Gate the code with `#[cfg(debug_assertions)]` or `#[cfg(test)]` (Swift:
    /// `#if DEBUG`), or move it to a dev-only crate or target; prefer compile-time
    /// gates over `cfg!()`/runtime checks so the code does not ship at all.
    ///
    /// ## References
    /// - CWE-489: Active Debug Code
    /// - CWE-912: Hidden Functionality
    pub static RULE = {
        id: "debug-entry/debug-code-in-release",
        summary: "Debug-only code is compiled into release builds",
        cwe: [489, 912],
        severity: Medium,
        confidence: Medium,
        languages: [Rust, Swift],
    }
}
