// A tide app with a privacy manifest: precise location to its own host is declared;
// contacts, the IDFA and required-reason APIs are not.
import AdSupport
import Contacts
import CoreLocation
import Photos

final class TideWatchClient: NSObject, CLLocationManagerDelegate {
    private let defaults = UserDefaults.standard
    private let store = CNContactStore()

    // Silent: declared PreciseLocation, allowed host.
    func locationManager(_ manager: CLLocationManager, didUpdateLocations locations: [CLLocation]) {
        guard let here = locations.last else { return }
        var request = URLRequest(url: URL(string: "https://api.tidewatch.app/v1/stations/nearest")!)
        request.httpBody = try? JSONEncoder().encode([here.coordinate.latitude, here.coordinate.longitude])
        URLSession.shared.dataTask(with: request).resume() // ok: declared precise location to an allowed host
    }

    // Allowed host, but the manifest does not declare contacts.
    func shareTideTable(with contacts: [CNContact]) {
        let emails = contacts.flatMap { $0.emailAddresses.map { String($0.value) } }
        AF.request("https://api.tidewatch.app/v1/share", method: .post, parameters: ["to": emails]) //~ data-upload/contacts-to-network data-upload/undeclared-collected-data
    }

    // Reading the IDFA contradicts `NSPrivacyTracking = false`.
    func installId() -> String {
        ASIdentifierManager.shared().advertisingIdentifier.uuidString //~ data-upload/undeclared-tracking
    }

    func registerInstall() {
        AF.request("https://api.tidewatch.app/v1/install", method: .post, parameters: ["id": installId()]) //~ data-upload/device-id-to-network data-upload/undeclared-collected-data
    }

    // Silent: the email address is declared and the host allowed.
    func subscribe(email: String) {
        AF.request("https://api.tidewatch.app/v1/subscribe", method: .post, parameters: ["email": email]) // ok: a declared email address to an allowed host
    }

    // Silent: UserDefaults has a declared reason.
    func rememberStation(_ id: String) {
        defaults.set(id, forKey: "station") // ok: UserDefaults with a declared reason
    }

    // Silent: a photo's capture date is not a file timestamp.
    func photoDate(_ asset: PHAsset) -> Date? {
        asset.creationDate // ok: a photo's capture date is not a file timestamp
    }
}
