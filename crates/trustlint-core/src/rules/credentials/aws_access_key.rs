use crate::declare_rule;

declare_rule! {
    /// ## What it finds
    /// An AWS access key id (`AKIA…`, `ASIA…` and the other documented four-letter
    /// prefixes followed by 16 upper-case base-32 characters) in source code or a
    /// config file. AWS's documentation example `AKIAIOSFODNN7EXAMPLE` is ignored.
    ///
    /// ## Why it matters
    /// A key id is half of an AWS credential and is usually committed next to its
    /// secret access key. Anyone who reads the repository, the app bundle or the
    /// binary can act as that IAM user; leaked keys are scraped from public
    /// repositories within minutes.
    ///
    /// ## Example
    /// ```rust
    /// let client = S3Client::new_with("AKIA2E0A8F3B244C9986", secret, "eu-west-1");
    /// ```
    /// ```swift
    /// let credentials = AWSStaticCredentialsProvider(accessKey: "AKIA2E0A8F3B244C9986", secretKey: secret)
    /// ```
    ///
    /// ## Instead
    /// Revoke the key in IAM first: it is compromised once committed. Then load
    /// credentials at run time from the environment, an instance/task role, or a
    /// secret manager (`aws_config::load_from_env()`, Cognito on iOS).
    ///
    /// ## References
    /// - AWS IAM: "Managing access keys for IAM users" (key id prefixes)
    /// - CWE-798: Use of Hard-coded Credentials
    pub static RULE = {
        id: "credentials/aws-access-key",
        summary: "AWS access key id is hardcoded",
        cwe: [798],
        severity: High,
        confidence: High,
        languages: [Rust, Swift, Config],
    }
}
