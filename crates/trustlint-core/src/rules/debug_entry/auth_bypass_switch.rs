use crate::declare_rule;

declare_rule! {
    /// ## What it finds
    /// An authentication, authorization, licence, paywall, jailbreak or signature
    /// check that is skipped when something outside the code says so: an environment
    /// variable (`std::env::var("SKIP_AUTH")`, `option_env!`, `env!`,
    /// `ProcessInfo.processInfo.environment["DISABLE_AUTH"]`), a launch argument
    /// (`--no-auth`, `CommandLine.arguments.contains("-skipLogin")`), a hidden HTTP
    /// header or cookie (`X-Debug-Bypass`), a config or `UserDefaults` flag named like
    /// `disable_auth`/`skip_verification`, or a hard-coded date or build number. The
    /// finding points at the condition.
    ///
    /// ## Why it matters
    /// Whoever learns the switch gets in without credentials. Environment variables
    /// and launch arguments are set by anyone who controls the process (a container
    /// spec, a jailbroken device, a CI runner); hidden headers are found by anyone
    /// who reads the binary or fuzzes the API. Switches meant for development are
    /// forgotten and ship.
    ///
    /// ## Example
    /// ```rust
    /// async fn require_auth(req: Request, next: Next) -> Response {
    ///     if std::env::var("SKIP_AUTH").is_ok() || req.headers().contains_key("x-debug-bypass") {
    ///         return next.run(req).await;
    ///     }
    ///     check_token(req, next).await
    /// }
    /// ```
    /// ```swift
    /// if CommandLine.arguments.contains("-skipLicenseCheck") {
    ///     return .licensed
    /// }
    /// ```
    ///
    /// ## Instead
    /// Remove the switch. Tests that need an authenticated caller use test
    /// credentials or a test-only identity provider behind `#[cfg(test)]`
    /// (Swift: `#if DEBUG` plus a test target); local development uses a real
    /// local account.
    ///
    /// ## References
    /// - CWE-288: Authentication Bypass Using an Alternate Path or Channel
    /// - CWE-489: Active Debug Code
    pub static RULE = {
        id: "debug-entry/auth-bypass-switch",
        summary: "Authentication or licence check is skipped by an environment, argument, header or flag switch",
        cwe: [288, 489],
        severity: High,
        confidence: Medium,
        languages: [Rust, Swift],
    }
}
