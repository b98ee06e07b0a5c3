use crate::declare_rule;

declare_rule! {
    /// ## What it finds
    /// An AWS secret access key: 40 base64 characters bound to a name that says
    /// so (`aws_secret_access_key`, `SecretAccessKey`, `AWS_SECRET`) or written
    /// next to an AWS access key id. A bare 40-character string elsewhere is not
    /// reported: without that context it is indistinguishable from a hash.
    ///
    /// ## Why it matters
    /// The secret key is the half of an AWS credential that signs requests.
    /// With it and the key id, anyone who reads the repository, the app bundle
    /// or the binary acts as that IAM user, usually with far more access than
    /// the app needs.
    ///
    /// ## Example
    /// ```rust
    /// let secret_access_key = "k3Vb9QzR7mXwT2pLc8NfY5hJ0sDg4aE6uWq1iKoZ";
    /// ```
    /// ```swift
    /// let awsSecretAccessKey = "k3Vb9QzR7mXwT2pLc8NfY5hJ0sDg4aE6uWq1iKoZ"
    /// ```
    ///
    /// ## Instead
    /// Deactivate and delete the key pair in IAM, then check CloudTrail for its
    /// use. Give servers a role (instance profile, task role, IRSA) and apps
    /// temporary credentials from Cognito or your backend.
    ///
    /// ## References
    /// - AWS IAM: "Managing access keys for IAM users"
    /// - CWE-798: Use of Hard-coded Credentials
    pub static RULE = {
        id: "credentials/aws-secret-key",
        summary: "AWS secret access key is hardcoded",
        cwe: [798],
        severity: Critical,
        confidence: High,
        languages: [Rust, Swift, Config],
    }
}
