use crate::declare_rule;

declare_rule! {
    /// ## What it finds
    /// Bytes fetched over the network written to a file that is then loaded or run:
    /// `libloading::Library::new`, `Command::new` on the downloaded path, or
    /// `set_permissions` with an executable mode (`chmod +x`). In Swift: a
    /// downloaded file passed to `dlopen`, `Bundle(path:).load()`, `Process` or
    /// `JSContext.evaluateScript`.
    ///
    /// ## Why it matters
    /// Code loaded at run time is not the code that was reviewed, signed or
    /// approved. Whoever controls the server, the DNS or the network path (or a
    /// future owner of the domain) runs code inside the application. App Store
    /// rules forbid it on iOS, and it is how droppers and self-"updating" malware work.
    ///
    /// ## Example
    /// ```rust
    /// let bytes = reqwest::blocking::get(PLUGIN_URL)?.bytes()?;
    /// std::fs::write(&plugin_path, &bytes)?;
    /// let plugin = unsafe { libloading::Library::new(&plugin_path)? };
    /// ```
    /// ```swift
    /// let (data, _) = try await URLSession.shared.data(from: pluginURL)
    /// try data.write(to: pluginPath)
    /// dlopen(pluginPath.path, RTLD_NOW)
    /// ```
    ///
    /// ## Instead
    /// Ship code through the normal release channel. An updater must verify a
    /// signature over the download with a key pinned in the binary (e.g. TUF,
    /// `minisign`, Sparkle's EdDSA signatures) before anything is written
    /// executable or loaded.
    ///
    /// ## References
    /// - CWE-494: Download of Code Without Integrity Check
    /// - CWE-506: Embedded Malicious Code
    pub static RULE = {
        id: "debug-entry/downloaded-code-execution",
        summary: "Code downloaded at run time is loaded or executed",
        cwe: [494, 506],
        severity: High,
        confidence: Medium,
        languages: [Rust, Swift],
    }
}
