use crate::declare_rule;

declare_rule! {
    /// ## What it finds
    /// A use of an API that Apple requires a reason for, in a project whose privacy
    /// manifests (`PrivacyInfo.xcprivacy`) give no reason for its category in
    /// `NSPrivacyAccessedAPITypes`: `UserDefaults` (and `@AppStorage`), file timestamps
    /// (`.creationDate`, `.modificationDate`, `.creationDateKey`,
    /// `.contentModificationDateKey`, `stat`/`lstat`/`fstat`), system boot time
    /// (`systemUptime`, `mach_absolute_time`), disk space (`.volumeAvailableCapacityKey`
    /// and friends, `.systemFreeSize`, `statfs`) and active keyboards
    /// (`activeInputModes`). The first use of each category in a file is reported.
    ///
    /// Without any manifest under the scan root nothing is reported: trustlint cannot
    /// tell an app from a package whose app target lives elsewhere, and Apple's upload
    /// check (ITMS-91053) already names the missing manifest then.
    ///
    /// ## Why it matters
    /// These APIs can fingerprint a device (boot time, free disk space, keyboards and
    /// file dates together identify it across apps without the user's consent). Apple
    /// rejects uploads that use them without a declared, approved reason.
    ///
    /// ## Example
    /// ```swift
    /// let free = try url.resourceValues(forKeys: [.volumeAvailableCapacityKey])
    /// let uptime = ProcessInfo.processInfo.systemUptime
    /// ```
    ///
    /// ## Instead
    /// Add an `NSPrivacyAccessedAPITypes` entry with the category
    /// (`NSPrivacyAccessedAPICategoryDiskSpace`, …) and the approved reason code that
    /// matches the use (`E174.1`, `35F9.1`, …), or use an API that needs no reason.
    ///
    /// ## References
    /// - Apple: "Describing use of required reason API"
    /// - CWE-359: Exposure of Private Personal Information to an Unauthorized Actor
    pub static RULE = {
        id: "data-upload/missing-required-reason",
        summary: "A required-reason API is used without a reason in the privacy manifest",
        cwe: [359],
        severity: Low,
        confidence: High,
        languages: [Swift],
    }
}
