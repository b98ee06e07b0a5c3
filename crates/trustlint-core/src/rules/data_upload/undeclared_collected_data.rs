use crate::declare_rule;

declare_rule! {
    /// ## What it finds
    /// Sensitive data reaching the network from a Swift app or SDK whose project has a
    /// privacy manifest (`PrivacyInfo.xcprivacy`) that does not declare that kind of
    /// data in `NSPrivacyCollectedDataTypes`: location without
    /// `NSPrivacyCollectedDataTypePreciseLocation`/`CoarseLocation`, contacts without
    /// `NSPrivacyCollectedDataTypeContacts`, advertising and vendor identifiers without
    /// `NSPrivacyCollectedDataTypeDeviceID`, HealthKit without `Health`, Core Motion
    /// without `Fitness`, photos and camera frames without `PhotosorVideos`, audio
    /// without `AudioData`. The finding points at the network call; the flow starts at
    /// the API that read the data. Every manifest under the scan root counts (an app
    /// ships its SDKs' manifests). Without any manifest the rule is silent.
    ///
    /// ## Why it matters
    /// The manifest is what the App Store's privacy label is built from: data sent off
    /// the device but missing from it means users are told the app does not collect
    /// what it does. Apple rejects apps whose SDK manifests are incomplete, and
    /// regulators treat undisclosed collection as deception.
    ///
    /// ## Example
    /// ```swift
    /// // PrivacyInfo.xcprivacy declares only NSPrivacyCollectedDataTypeEmailAddress
    /// let body = ["lat": location.coordinate.latitude, "lon": location.coordinate.longitude]
    /// request.httpBody = try JSONSerialization.data(withJSONObject: body)
    /// ```
    ///
    /// ## Instead
    /// Declare the data type (with whether it is linked to the user, used for tracking,
    /// and its purposes) in the manifest, or stop sending it.
    ///
    /// ## References
    /// - Apple: "Describing data use in privacy manifests"
    /// - Apple: "Privacy manifest files"
    /// - CWE-359: Exposure of Private Personal Information to an Unauthorized Actor
    pub static RULE = {
        id: "data-upload/undeclared-collected-data",
        summary: "Data sent over the network is missing from the privacy manifest",
        cwe: [359],
        severity: Medium,
        confidence: Medium,
        languages: [Swift],
    }
}
