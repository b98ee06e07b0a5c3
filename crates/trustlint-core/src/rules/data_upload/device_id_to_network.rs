use crate::declare_rule;

declare_rule! {
    /// ## What it finds
    /// Identifiers of the device or its user reaching a network sink: the hostname
    /// (`hostname::get`, `sysinfo::System::host_name`, `gethostname`), the user name
    /// (`whoami::username`/`realname`, `$USER`), MAC addresses (`mac_address`),
    /// machine ids (`machine_uid::get`, `/etc/machine-id`), and on Apple platforms
    /// `identifierForVendor`, the advertising identifier (IDFA) and `UIDevice.name`.
    ///
    /// ## Why it matters
    /// A stable identifier lets a receiver recognise the same person across apps, resets
    /// and networks; the hostname and user name often contain the person's real name.
    /// Malware sends them to fingerprint victims; trackers to join profiles. Sending
    /// them needs the user's consent and a disclosure.
    ///
    /// ## Example
    /// ```rust
    /// let host = hostname::get()?.to_string_lossy().into_owned();
    /// let report = format!("{host}: {panic_message}");
    /// client.post(CRASH_URL).body(report).send()?;
    /// ```
    /// ```swift
    /// let deviceId = UIDevice.current.identifierForVendor?.uuidString
    /// request.setValue(deviceId, forHTTPHeaderField: "X-Device")
    /// ```
    ///
    /// ## Instead
    /// Use a random per-install id the user can reset, send it only after consent, and
    /// leave hostnames and user names out of crash reports.
    ///
    /// ## References
    /// - CWE-359: Exposure of Private Personal Information to an Unauthorized Actor
    /// - Apple: "User privacy and data use" (App Tracking Transparency)
    pub static RULE = {
        id: "data-upload/device-id-to-network",
        summary: "A device or user identifier is sent over the network",
        cwe: [359],
        severity: High,
        confidence: Medium,
        languages: [Rust, Swift],
    }
}
