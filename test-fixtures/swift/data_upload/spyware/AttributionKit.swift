// An install-attribution SDK modelled on the kits that fingerprint devices and send
// the IDFA without asking (App Tracking Transparency is ignored or inverted), with a
// fallback "server" that is a raw IP, and endpoints chosen per region by a helper.
import AdSupport
import AppTrackingTransparency
import UIKit

public final class AttributionKit {
    public static let shared = AttributionKit()
    private let session = URLSession(configuration: .default)

    // The base URL is a parameter; the path is added inside.
    private func endpoint(_ base: String, _ path: String) -> URL {
        URL(string: base + "/" + path)!
    }

    private func send(_ fields: [String: String], base: String) {
        var request = URLRequest(url: endpoint(base, "install"))
        request.httpMethod = "POST"
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        request.httpBody = try? JSONEncoder().encode(fields) //~ data-upload/device-id-to-network
        session.dataTask(with: request).resume() //~ data-upload/suspicious-destination
    }

    private func fingerprint() -> [String: String] {
        let idfa = ASIdentifierManager.shared().advertisingIdentifier.uuidString
        let idfv = UIDevice.current.identifierForVendor?.uuidString ?? ""
        let model = UIDevice.current.model
        return ["idfa": idfa, "idfv": idfv, "model": model]
    }

    public func trackInstall() {
        send(fingerprint(), base: "https://attr.example-ads.net")
    }

    public func trackInstallFallback() {
        send(fingerprint(), base: "http://91.215.85.17:8080")
    }

    public func trackOpen(_ deepLink: URL) {
        let vendor = UIDevice.current.identifierForVendor
        let text = vendor?.uuidString ?? "unknown"
        let tagged = "open:\(text):\(deepLink.absoluteString)"
        session.dataTask(with: URL(string: "https://attr.example-ads.net/open?d=\(tagged)")!).resume() //~ data-upload/device-id-to-network
    }

    // The denied answer is treated like the allowed one.
    public func afterPrompt() {
        ATTrackingManager.requestTrackingAuthorization { status in
            if status == .denied || status == .authorized {
                let id = ASIdentifierManager.shared().advertisingIdentifier
                Mixpanel.mainInstance().registerSuperProperties(["$idfa": id.uuidString]) //~ data-upload/device-id-to-network
            }
        }
    }

    public func identify() {
        let name = UIDevice.current.name
        Analytics.setUserProperty(name, forName: "device_name") //~ data-upload/device-id-to-network
    }

    public func crashTag() {
        let idfv = UIDevice.current.identifierForVendor?.uuidString ?? ""
        Crashlytics.crashlytics().setCustomValue(idfv, forKey: "idfv") //~ data-upload/device-id-to-network
    }

    // ---- what the SDK does when it behaves ----

    // Only after App Tracking Transparency allowed it.
    public func trackInstallWithConsent() {
        ATTrackingManager.requestTrackingAuthorization { status in
            guard status == .authorized else { return }
            let idfa = ASIdentifierManager.shared().advertisingIdentifier.uuidString
            Mixpanel.mainInstance().track(event: "install", properties: ["idfa": idfa]) // ok: sent only when tracking is authorized
        }
    }

    // The zeroed IDFA when tracking is off is a constant, not the device's id.
    public func trackAnonymousInstall() {
        let zero = "00000000-0000-0000-0000-000000000000"
        send(["idfa": zero, "campaign": "organic"], base: "https://attr.example-ads.net") // ok: a constant zero IDFA identifies no one
    }

    // The SDK version and the OS version are not identifiers.
    public func heartbeat() {
        let os = UIDevice.current.systemVersion
        Analytics.logEvent("sdk_heartbeat", parameters: ["os": os, "sdk": "4.2.0"]) // ok: the OS version identifies no device
    }

    // Whether tracking is allowed, not the identifier itself.
    public func trackingState() {
        let state = ATTrackingManager.trackingAuthorizationStatus.rawValue
        Analytics.logEvent("att_state", parameters: ["s": state]) // ok: the ATT status is not an identifier
    }

    // The IDFV kept in the keychain to survive reinstalls; never sent.
    public func persistVendor() {
        let idfv = UIDevice.current.identifierForVendor?.uuidString ?? ""
        UserDefaults.standard.set(idfv, forKey: "attr.idfv") // ok: stored on the device
    }
}
