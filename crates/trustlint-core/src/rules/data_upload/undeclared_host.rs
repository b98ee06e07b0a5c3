use crate::declare_rule;

declare_rule! {
    /// ## What it finds
    /// A network call whose destination host is written in the code (directly, or through
    /// constants, `let` bindings and `format!`/string interpolation) and is not in the
    /// project's allow-list:
    ///
    /// ```toml
    /// [data-upload]
    /// allowed-hosts = ["api.example.com", "*.example.org"]
    /// ```
    ///
    /// `*.example.org` matches every subdomain of `example.org` (not `example.org` itself).
    /// The rule is silent while the list is empty.
    ///
    /// ## Why it matters
    /// The allow-list is the project's declaration of where data may go. A host outside it
    /// is either a list that needs updating in review, or a dependency or contributor
    /// sending data somewhere nobody agreed to.
    ///
    /// ## Example
    /// ```rust
    /// client.post("https://metrics.unknown-vendor.io/v1/events").json(&event).send()?;
    /// ```
    /// ```swift
    /// let url = URL(string: "https://metrics.unknown-vendor.io/v1/events")!
    /// URLSession.shared.uploadTask(with: URLRequest(url: url), from: body).resume()
    /// ```
    ///
    /// ## Instead
    /// Add the host to `allowed-hosts` when the destination is intended (and disclosed),
    /// otherwise remove the call.
    ///
    /// ## References
    /// - CWE-200: Exposure of Sensitive Information to an Unauthorized Actor
    pub static RULE = {
        id: "data-upload/undeclared-host",
        summary: "A network call goes to a host outside the allow-list",
        cwe: [200],
        severity: Medium,
        confidence: High,
        languages: [Rust, Swift],
    }
}
