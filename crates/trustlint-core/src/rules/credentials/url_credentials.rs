use crate::declare_rule;

declare_rule! {
    /// ## What it finds
    /// A password in the user-info part of a URL or connection string:
    /// `postgres://app:…@db.internal/app`, `https://deploy:…@git.example.org`,
    /// `mongodb+srv://…`, `redis://:…@cache`, `amqp://…`. Placeholders,
    /// templates (`${DB_PASSWORD}`) and dev-container defaults where the
    /// password equals the user (`postgres:postgres@localhost`) are not
    /// reported; other passwords for local hosts (`localhost`, compose service
    /// names like `db`, `*.local`, `*.test`) are reported at low severity.
    ///
    /// ## Why it matters
    /// Connection strings are copied into logs, crash reports and error
    /// messages, and the database or broker behind them holds the data users
    /// trusted you with.
    ///
    /// ## Example
    /// ```rust
    /// let pool = PgPool::connect("postgres://app:…@db.prod.internal/app").await?;
    /// ```
    /// ```swift
    /// let url = URL(string: "https://deploy:…@git.example.org/app.git")!
    /// ```
    ///
    /// ## Instead
    /// Change the password. Build the URL at run time from a password in the
    /// environment or a secret manager, or use IAM/identity-based
    /// authentication where the service supports it.
    ///
    /// ## References
    /// - RFC 3986 §3.2.1: "Use of the format user:password in the userinfo field is deprecated"
    /// - CWE-798: Use of Hard-coded Credentials
    /// - CWE-259: Use of Hard-coded Password
    pub static RULE = {
        id: "credentials/url-credentials",
        summary: "Password is hardcoded in a URL or connection string",
        cwe: [798, 259],
        severity: High,
        confidence: Medium,
        languages: [Rust, Swift, Config],
    }
}
