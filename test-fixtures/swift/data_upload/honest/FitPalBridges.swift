// FitPal's own native modules and helpers, written the honest way: the shared
// transport takes its URL as a parameter and every caller passes a declared host;
// sensitive data is sent only after consent, or stays on the device (contact picker,
// map pins, local storage, notifications). Each line marked `ok` is a trap for a
// linter that matches sources and sinks without following where they go.
import Contacts
import ContactsUI
import CoreLocation
import MapKit
import React
import UIKit

final class FitPalTransport {
    static let shared = FitPalTransport()
    private let session = URLSession.shared

    func post(_ body: [String: Any], to endpoint: String) {
        var request = URLRequest(url: URL(string: endpoint)!)
        request.httpMethod = "POST"
        request.httpBody = try? JSONSerialization.data(withJSONObject: body) //~ data-upload/location-to-network
        session.dataTask(with: request).resume() //~ data-upload/undeclared-host
    }

    func upload(_ file: Data, path: String) {
        let target = URL(string: "https://api.fitpal.app")!.appendingPathComponent(path)
        session.uploadTask(with: URLRequest(url: target), from: file).resume() // ok: the base host is declared; only the path varies
    }
}

@objc(RouteRecorder)
final class RouteRecorder: NSObject, RCTBridgeModule, CLLocationManagerDelegate {
    static func moduleName() -> String! { "RouteRecorder" }
    private let manager = CLLocationManager()
    private var points: [CLLocationCoordinate2D] = []
    private let routesFile = FileManager.default.urls(for: .documentDirectory, in: .userDomainMask)[0].appendingPathComponent("routes.json")

    func locationManager(_ manager: CLLocationManager, didUpdateLocations locations: [CLLocation]) {
        points.append(contentsOf: locations.map { $0.coordinate })
    }

    // Uploads the route to FitPal's declared API through the shared helper.
    @objc func uploadRoute() {
        let pairs = points.map { [$0.latitude, $0.longitude] }
        FitPalTransport.shared.post(["route": pairs], to: "https://api.fitpal.app/v2/routes") // ok: a declared host, passed into the helper
    }

    // The same helper, used for a partner this project never declared.
    @objc func shareWithPartner() {
        let last = manager.location?.coordinate
        let body: [String: Any] = ["lat": last?.latitude ?? 0, "lon": last?.longitude ?? 0]
        FitPalTransport.shared.post(body, to: "https://ingest.route-partners.io/v1")
    }

    @objc func saveRouteLocally() throws {
        let pairs = points.map { [$0.latitude, $0.longitude] }
        let data = try JSONSerialization.data(withJSONObject: pairs)
        try data.write(to: routesFile) // ok: written to the app's documents, not sent
    }

    @objc func pinOnMap(_ map: MKMapView) {
        guard let here = manager.location else { return }
        let pin = MKPointAnnotation()
        pin.coordinate = here.coordinate
        map.addAnnotation(pin) // ok: a map pin stays on the device
    }

    @objc func regionForMap(_ map: MKMapView) {
        guard let here = manager.location else { return }
        map.setRegion(MKCoordinateRegion(center: here.coordinate, latitudinalMeters: 500, longitudinalMeters: 500), animated: true) // ok: centring the map is on-device use
    }

    @objc func lookUpCity(_ resolve: @escaping RCTPromiseResolveBlock, rejecter reject: @escaping RCTPromiseRejectBlock) {
        guard let here = manager.location else { return }
        CLGeocoder().reverseGeocodeLocation(here) { placemarks, _ in
            resolve(placemarks?.first?.locality ?? "") // ok: handing the city to JavaScript in the same app
        }
    }

    @objc func notifyArrival() {
        guard let here = manager.location else { return }
        let content = UNMutableNotificationContent()
        content.body = "You reached \(here.coordinate.latitude), \(here.coordinate.longitude)"
        UNUserNotificationCenter.current().add(UNNotificationRequest(identifier: "arrive", content: content, trigger: nil)) // ok: a local notification, not a network request
    }

    @objc func weather() {
        let city = "Berlin"
        FitPalTransport.shared.post(["city": city], to: "https://weather.fitpal.app/v1/now") // ok: a city name typed by the user to a declared host
    }

    @objc func syncAfterConsent() {
        guard Preferences.shared.shareUsageData else { return }
        let here = manager.location?.coordinate
        FitPalTransport.shared.post(["lat": here?.latitude ?? 0], to: "https://ingest.route-partners.io/v1") // ok: guarded by the configured consent check (the host is judged at the sink)
    }

    @objc func accuracyReport() {
        let accuracy = manager.location?.horizontalAccuracy ?? -1
        FitPalTransport.shared.post(["accuracy": accuracy], to: "https://api.fitpal.app/v2/diag") // ok: the accuracy in metres says nothing about where the user is
    }
}

// A contact picker: the user chooses one person; nothing is read behind their back.
final class InviteFriend: NSObject, CNContactPickerDelegate {
    private var invitee: String?

    func contactPicker(_ picker: CNContactPickerViewController, didSelect contact: CNContact) {
        invitee = contact.givenName // ok: the picked contact is kept in memory for the invite screen
        let share = UIActivityViewController(activityItems: ["Join me on FitPal"], applicationActivities: nil)
        picker.present(share, animated: true) // ok: the share sheet shows a constant text
    }

    func sendInvite(code: String) {
        AF.request("https://api.fitpal.app/v2/invites", method: .post, parameters: ["code": code]) // ok: an invite code, not contact data
    }

    func countFriends() {
        let store = CNContactStore()
        let all = (try? store.unifiedContacts(matching: NSPredicate(value: true), keysToFetch: [])) ?? []
        FitPalTransport.shared.post(["friends": all.count], to: "https://api.fitpal.app/v2/stats") // ok: a count reveals no contact
    }

    func contactsPermission() {
        let status = CNContactStore.authorizationStatus(for: .contacts)
        Analytics.logEvent("contacts_permission", parameters: ["s": status.rawValue]) // ok: the permission state, not the contacts
    }

    func matchFriendsWithConsent() {
        guard Preferences.shared.shareUsageData else { return }
        let store = CNContactStore()
        let people = (try? store.unifiedContacts(matching: NSPredicate(value: true), keysToFetch: [CNContactEmailAddressesKey as CNKeyDescriptor])) ?? []
        let emails = people.flatMap { $0.emailAddresses.map { String($0.value) } }
        FitPalTransport.shared.post(["emails": emails], to: "https://api.fitpal.app/v2/match") // ok: consent checked first, declared host
    }
}

// Clipboard features that read the pasteboard only to act on the device.
final class PromoCodeField {
    func pastePromoCode(into field: UITextField) {
        field.text = UIPasteboard.general.string // ok: pasting into a text field is on-device use
    }

    func looksLikeCode() -> Bool {
        let clip = UIPasteboard.general.string ?? ""
        return clip.hasPrefix("FIT-") && clip.count == 10 // ok: checked locally, never sent
    }

    func detectURL() {
        UIPasteboard.general.detectPatterns(for: [.probableWebURL]) { result in
            let found = (try? result.get())?.contains(.probableWebURL) ?? false
            Analytics.logEvent("clipboard_has_url", parameters: ["found": found]) // ok: pattern detection reveals a yes/no, not the contents
        }
    }

    func redeem(_ typed: String) {
        AF.request("https://api.fitpal.app/v2/redeem", method: .post, parameters: ["code": typed]) // ok: the code the user typed, not the clipboard
    }
}

// Device identifiers used the way Apple intends.
final class DeviceRegistration {
    func registerPush(_ token: Data) {
        let hex = token.map { String(format: "%02x", $0) }.joined()
        AF.request("https://api.fitpal.app/v2/push", method: .post, parameters: ["token": hex]) // ok: an APNs token is meant for the app's own server
    }

    func vendorIdToOwnServer() {
        let idfv = UIDevice.current.identifierForVendor?.uuidString ?? ""
        FitPalTransport.shared.post(["idfv": idfv], to: "https://api.fitpal.app/v2/devices") // ok: the IDFV to the declared host, no manifest in this project
    }

    func modelForSupport() {
        let model = UIDevice.current.model
        let system = UIDevice.current.systemName + " " + UIDevice.current.systemVersion
        AF.request("https://api.fitpal.app/v2/support", method: .post, parameters: ["model": model, "os": system]) // ok: model and OS name identify no device
    }

    func deviceNameOnScreen(_ label: UILabel) {
        label.text = UIDevice.current.name // ok: shown on screen only
    }
}
