use crate::declare_rule;

declare_rule! {
    /// ## What it finds
    /// GitHub tokens: classic personal access tokens (`ghp_`), OAuth tokens
    /// (`gho_`), user-to-server and server-to-server tokens of GitHub Apps
    /// (`ghu_`, `ghs_`), refresh tokens (`ghr_`) and fine-grained personal
    /// access tokens (`github_pat_`). Tokens of the `gh?_` family end with a
    /// CRC32 checksum; values whose checksum does not match are not reported.
    ///
    /// ## Why it matters
    /// A token acts as its user or app on every repository and organisation it
    /// was granted: reading private code, pushing commits, changing workflows.
    /// Leaked tokens are found by scrapers within minutes.
    ///
    /// ## Example
    /// ```rust
    /// let client = Octocrab::builder().personal_token("ghp_…").build()?;
    /// ```
    /// ```swift
    /// request.setValue("token ghp_…", forHTTPHeaderField: "Authorization")
    /// ```
    ///
    /// ## Instead
    /// Revoke the token in GitHub's settings. In CI use the workflow's
    /// `GITHUB_TOKEN` or an app installation token; elsewhere read a token from
    /// the environment or the keychain at run time.
    ///
    /// ## References
    /// - GitHub blog: "Behind GitHub's new authentication token formats" (2021)
    /// - GitHub Docs: "About authentication to GitHub"
    /// - CWE-798: Use of Hard-coded Credentials
    pub static RULE = {
        id: "credentials/github-token",
        summary: "GitHub token is hardcoded",
        cwe: [798],
        severity: High,
        confidence: High,
        languages: [Rust, Swift, Config],
    }
}
