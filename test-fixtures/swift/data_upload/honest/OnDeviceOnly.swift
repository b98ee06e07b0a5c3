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
        lastRegion = MKCoordinateRegion(center: here.coordinate, latitudinalMeters: 1_000, longitudinalMeters: 1_000) // ok: a map region kept in memory
        let geocoder = CLGeocoder()
        geocoder.reverseGeocodeLocation(here) { placemarks, _ in
            self.cityLabel.text = placemarks?.first?.locality // ok: reverse geocoding to show the city
        }
    }

    func saveHome(_ location: CLLocation) throws {
        let data = try JSONEncoder().encode([location.coordinate.latitude, location.coordinate.longitude])
        try data.write(to: FileManager.default.urls(for: .documentDirectory, in: .userDomainMask)[0].appendingPathComponent("home.json")) // ok: saved to the app's documents
    }

    func directions(to destination: CLLocationCoordinate2D) {
        let item = MKMapItem(placemark: MKPlacemark(coordinate: destination))
        item.openInMaps(launchOptions: [MKLaunchOptionsDirectionsModeKey: MKLaunchOptionsDirectionsModeDriving]) // ok: hands a destination to Apple Maps on the device
    }

    func loadFavourites() throws {
        let keys = [CNContactGivenNameKey as CNKeyDescriptor]
        let people = try store.unifiedContacts(matching: CNContact.predicateForContactsInContainer(withIdentifier: store.defaultContainerIdentifier()), keysToFetch: keys)
        favourites = people.map { $0.givenName } // ok: contacts listed in the app's own table
        tableView.reloadData()
    }

    func contactCount() {
        let people = (try? store.unifiedContacts(matching: NSPredicate(value: true), keysToFetch: [])) ?? []
        Analytics.logEvent("contacts_loaded", parameters: ["count": people.count, "empty": people.isEmpty]) // ok: a count and an isEmpty flag reveal no contact
    }

    func sendFeedback(_ text: String) {
        AF.request("https://api.fitpal.app/v2/feedback", method: .post, parameters: ["text": text, "app": "2.3"]) // ok: feedback text the user typed, to an allowed host
    }

    func downloadTiles() {
        URLSession.shared.dataTask(with: URL(string: "https://tiles.fitpal.app/z/1/2/3.png")!).resume() // ok: map tiles downloaded from an allowed host
    }

    func adsEnabled() -> Bool {
        ASIdentifierManager.shared().isAdvertisingTrackingEnabled // ok: a flag, not the IDFA
    }

    func rememberLanguage() {
        let language = Locale.current.languageCode ?? "en"
        Analytics.logEvent("language", parameters: ["code": language]) // ok: the UI language is not personal data
    }

    func locationAuthorisation() {
        let status = locationManager.authorizationStatus
        Analytics.logEvent("location_auth", parameters: ["status": status.rawValue]) // ok: the location permission state, not a location
    }

    func accuracyOnly() {
        guard let location = locationManager.location else { return }
        let accuracy = location.horizontalAccuracy
        Analytics.logEvent("accuracy", parameters: ["m": accuracy]) // ok: accuracy in metres, not a position
    }

    func withConsent(_ settings: Settings) {
        if settings.analyticsEnabled && !settings.isChild {
            let vendor = UIDevice.current.identifierForVendor?.uuidString ?? ""
            Analytics.setUserID(vendor) // ok: inside an analyticsEnabled consent check
        }
    }

    func withConsentGuard(_ consent: ConsentStore) {
        guard consent.hasUserConsent() else { return }
        let location = locationManager.location
        Analytics.logEvent("where", parameters: ["loc": "\(String(describing: location))"]) // ok: after a hasUserConsent guard
    }

    func withEarlyReturn(userHasConsented: Bool) {
        if !userHasConsented {
            return
        }
        Mixpanel.mainInstance().track(event: "device", properties: ["name": UIDevice.current.name]) // ok: after an early return without consent
    }

    func clipboardLength() -> Int {
        (UIPasteboard.general.string ?? "").count // ok: only the length of the clipboard, used locally
    }

    func shareSheet(_ contact: CNContact) {
        let card = try? CNContactVCardSerialization.data(with: [contact])
        let sheet = UIActivityViewController(activityItems: [card as Any], applicationActivities: nil)
        present(sheet, animated: true) // ok: the share sheet is the user's own choice
    }

    func printDebug() {
        print("location: \(String(describing: locationManager.location))") // ok: console output, not the network
        NSLog("clipboard: %@", UIPasteboard.general.string ?? "") // ok: console output, not the network
    }

    func localNotification() {
        guard let here = locationManager.location else { return }
        let content = UNMutableNotificationContent()
        content.body = "You are at \(here.coordinate.latitude)"
        UNUserNotificationCenter.current().add(UNNotificationRequest(identifier: "here", content: content, trigger: nil)) // ok: a local notification
    }

    func cacheIdentifier() {
        let vendor = UIDevice.current.identifierForVendor?.uuidString
        KeychainStore.save(vendor, key: "vendor") // ok: kept in the device keychain
    }

    func sessionNamedLikeData(_ data: DataStore) {
        let note = data.session.noteTitle
        URLSession.shared.dataTask(with: URL(string: "https://api.fitpal.app/v2/ping?n=\(note)")!).resume() // ok: a session named like data is not a source
    }
}
