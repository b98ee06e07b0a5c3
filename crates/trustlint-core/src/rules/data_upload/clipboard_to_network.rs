use crate::declare_rule;

declare_rule! {
    /// ## What it finds
    /// Clipboard contents reaching a network sink: `arboard::Clipboard::get_text`,
    /// `cli_clipboard::get_contents`, `copypasta`'s `get_contents`, `UIPasteboard.general.string`,
    /// `NSPasteboard.general.string(forType:)`.
    ///
    /// ## Why it matters
    /// The clipboard holds what users just copied: passwords from their password manager,
    /// one-time codes, wallet addresses and private messages. Clipboard hijackers and
    /// over-eager SDKs read it silently; iOS even warns users when an app does.
    ///
    /// ## Example
    /// ```rust
    /// let copied = arboard::Clipboard::new()?.get_text()?;
    /// client.post(SYNC_URL).json(&serde_json::json!({ "text": copied })).send().await?;
    /// ```
    /// ```swift
    /// let copied = UIPasteboard.general.string ?? ""
    /// request.httpBody = copied.data(using: .utf8)
    /// ```
    ///
    /// ## Instead
    /// Read the clipboard only on an explicit paste action, and send it only when that is
    /// what the user asked for (a "share clipboard" feature behind a consent check).
    ///
    /// ## References
    /// - CWE-359: Exposure of Private Personal Information to an Unauthorized Actor
    /// - CWE-512: Spyware
    pub static RULE = {
        id: "data-upload/clipboard-to-network",
        summary: "Clipboard contents are sent over the network",
        cwe: [359, 512],
        severity: High,
        confidence: High,
        languages: [Rust, Swift],
    }
}
