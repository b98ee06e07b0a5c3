use crate::declare_rule;

declare_rule! {
    /// ## What it finds
    /// Tracking that the project's privacy manifest (`PrivacyInfo.xcprivacy`) does not
    /// declare: the advertising identifier (`ASIdentifierManager.advertisingIdentifier`)
    /// read while `NSPrivacyTracking` is false or missing, and the advertising
    /// identifier sent to a host that is not listed in `NSPrivacyTrackingDomains`. The
    /// finding points at the read or at the network call. Without any manifest under
    /// the scan root the rule is silent.
    ///
    /// ## Why it matters
    /// iOS blocks connections to declared tracking domains until the user allows
    /// tracking in the App Tracking Transparency prompt. Tracking hosts left out of the
    /// manifest bypass that protection, and a manifest that says "no tracking" while the
    /// code reads the IDFA is a false statement to users and to App Review.
    ///
    /// ## Example
    /// ```swift
    /// // PrivacyInfo.xcprivacy: NSPrivacyTracking = false
    /// let idfa = ASIdentifierManager.shared().advertisingIdentifier.uuidString
    /// AF.request("https://attribution.adnet.example/install", parameters: ["idfa": idfa])
    /// ```
    ///
    /// ## Instead
    /// Set `NSPrivacyTracking` to true, list every tracking host in
    /// `NSPrivacyTrackingDomains`, and read the IDFA only after
    /// `ATTrackingManager.requestTrackingAuthorization` returns `.authorized`.
    ///
    /// ## References
    /// - Apple: "Privacy manifest files" (NSPrivacyTracking, NSPrivacyTrackingDomains)
    /// - Apple: App Tracking Transparency
    /// - CWE-359: Exposure of Private Personal Information to an Unauthorized Actor
    pub static RULE = {
        id: "data-upload/undeclared-tracking",
        summary: "Tracking is not declared in the privacy manifest",
        cwe: [359],
        severity: High,
        confidence: Medium,
        languages: [Swift],
    }
}
