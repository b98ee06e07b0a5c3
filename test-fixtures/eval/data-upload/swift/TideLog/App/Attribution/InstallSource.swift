import AdSupport
import AppTrackingTransparency
import UIKit

enum InstallSource {
    static func advertisingId() -> String {
        ASIdentifierManager.shared().advertisingIdentifier.uuidString
    }

    static func adTrackingAllowed() -> Bool {
        ATTrackingManager.trackingAuthorizationStatus == .authorized
    }

    static func installId() -> String {
        UIDevice.current.identifierForVendor?.uuidString ?? ""
    }

    static func attributionPayload() -> [String: String] {
        let manager = ASIdentifierManager.shared()
        return ["ad_id": manager.advertisingIdentifier.uuidString, "source": "organic"]
    }
}
