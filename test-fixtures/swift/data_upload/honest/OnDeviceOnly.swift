// Tricky negatives: sensitive data read and used on the device, sinks with harmless
// payloads, look-alike names, and consent written in several ways. Nothing here is
// reported.
import AdSupport
import Contacts
import CoreLocation
import MapKit
import UIKit

final class OnDeviceFeatures: NSObject, CLLocationManagerDelegate {
    private let locationManager = CLLocationManager()
    private let store = CNContactStore()
    private var favourites: [String] = []
    private var lastRegion: MKCoordinateRegion?

    func locationManager(_ manager: CLLocationManager, didUpdateLocations locations: [CLLocation]) {
        guard let here = locations.last else { return }
        lastRegion = MKCoordinateRegion(center: here.coordinate, latitudinalMeters: 1_000, longitudinalMeters: 1_000)
        let geocoder = CLGeocoder()
        geocoder.reverseGeocodeLocation(here) { placemarks, _ in
            self.cityLabel.text = placemarks?.first?.locality
        }
    }

    func saveHome(_ location: CLLocation) throws {
        let data = try JSONEncoder().encode([location.coordinate.latitude, location.coordinate.longitude])
        try data.write(to: FileManager.default.urls(for: .documentDirectory, in: .userDomainMask)[0].appendingPathComponent("home.json"))
    }

    func directions(to destination: CLLocationCoordinate2D) {
        let item = MKMapItem(placemark: MKPlacemark(coordinate: destination))
        item.openInMaps(launchOptions: [MKLaunchOptionsDirectionsModeKey: MKLaunchOptionsDirectionsModeDriving])
    }

    func loadFavourites() throws {
        let keys = [CNContactGivenNameKey as CNKeyDescriptor]
        let people = try store.unifiedContacts(matching: CNContact.predicateForContactsInContainer(withIdentifier: store.defaultContainerIdentifier()), keysToFetch: keys)
        favourites = people.map { $0.givenName }
        tableView.reloadData()
    }

    func contactCount() {
        let people = (try? store.unifiedContacts(matching: NSPredicate(value: true), keysToFetch: [])) ?? []
        Analytics.logEvent("contacts_loaded", parameters: ["count": people.count, "empty": people.isEmpty])
    }

    func sendFeedback(_ text: String) {
        AF.request("https://api.fitpal.app/v2/feedback", method: .post, parameters: ["text": text, "app": "2.3"])
    }

    func downloadTiles() {
        URLSession.shared.dataTask(with: URL(string: "https://tiles.fitpal.app/z/1/2/3.png")!).resume()
    }

    func adsEnabled() -> Bool {
        ASIdentifierManager.shared().isAdvertisingTrackingEnabled
    }

    func rememberLanguage() {
        let language = Locale.current.languageCode ?? "en"
        Analytics.logEvent("language", parameters: ["code": language])
    }

    func locationAuthorisation() {
        let status = locationManager.authorizationStatus
        Analytics.logEvent("location_auth", parameters: ["status": status.rawValue])
    }

    func accuracyOnly() {
        guard let location = locationManager.location else { return }
        let accuracy = location.horizontalAccuracy
        Analytics.logEvent("accuracy", parameters: ["m": accuracy])
    }

    func withConsent(_ settings: Settings) {
        if settings.analyticsEnabled && !settings.isChild {
            let vendor = UIDevice.current.identifierForVendor?.uuidString ?? ""
            Analytics.setUserID(vendor)
        }
    }

    func withConsentGuard(_ consent: ConsentStore) {
        guard consent.hasUserConsent() else { return }
        let location = locationManager.location
        Analytics.logEvent("where", parameters: ["loc": "\(String(describing: location))"])
    }

    func withEarlyReturn(userHasConsented: Bool) {
        if !userHasConsented {
            return
        }
        Mixpanel.mainInstance().track(event: "device", properties: ["name": UIDevice.current.name])
    }

    func clipboardLength() -> Int {
        (UIPasteboard.general.string ?? "").count
    }

    func shareSheet(_ contact: CNContact) {
        let card = try? CNContactVCardSerialization.data(with: [contact])
        let sheet = UIActivityViewController(activityItems: [card as Any], applicationActivities: nil)
        present(sheet, animated: true)
    }

    func printDebug() {
        print("location: \(String(describing: locationManager.location))")
        NSLog("clipboard: %@", UIPasteboard.general.string ?? "")
    }

    func localNotification() {
        guard let here = locationManager.location else { return }
        let content = UNMutableNotificationContent()
        content.body = "You are at \(here.coordinate.latitude)"
        UNUserNotificationCenter.current().add(UNNotificationRequest(identifier: "here", content: content, trigger: nil))
    }

    func cacheIdentifier() {
        let vendor = UIDevice.current.identifierForVendor?.uuidString
        KeychainStore.save(vendor, key: "vendor")
    }

    func sessionNamedLikeData(_ data: DataStore) {
        let note = data.session.noteTitle
        URLSession.shared.dataTask(with: URL(string: "https://api.fitpal.app/v2/ping?n=\(note)")!).resume()
    }
}
