use crate::declare_rule;

declare_rule! {
    /// ## What it finds
    /// Address-book data reaching a network sink: `CNContactStore` fetches on Apple
    /// platforms, the Windows `ContactManager` store in Rust, or a contacts source added
    /// in `[data-upload] sources`.
    ///
    /// ## Why it matters
    /// Contacts are other people's personal data: uploading an address book exposes people
    /// who never used the app. Silent contact harvesting is a classic of spyware and of
    /// "find your friends" growth hacks that app stores now reject.
    ///
    /// ## Example
    /// ```rust
    /// let contacts = store.FindContactsAsync()?.get()?;
    /// client.post(SYNC_URL).json(&names_of(&contacts)).send()?;
    /// ```
    /// ```swift
    /// try store.enumerateContacts(with: request) { contact, _ in
    ///     numbers.append(contact.phoneNumbers.first?.value.stringValue ?? "")
    /// }
    /// request.httpBody = try JSONEncoder().encode(numbers)
    /// ```
    ///
    /// ## Instead
    /// Match contacts on the device, or send salted hashes only after explicit consent for
    /// that purpose.
    ///
    /// ## References
    /// - CWE-359: Exposure of Private Personal Information to an Unauthorized Actor
    /// - Apple App Review Guidelines 5.1.1 (Data Collection and Storage)
    pub static RULE = {
        id: "data-upload/contacts-to-network",
        summary: "Contacts are sent over the network",
        cwe: [359],
        severity: High,
        confidence: Medium,
        languages: [Rust, Swift],
    }
}
