// A free weather app that sells its users' movements: precise location and the IDFA
// go to a data broker's host on every update, beside the real weather request.
import AdSupport
import CoreLocation
import UIKit

final class WeatherLocationService: NSObject, CLLocationManagerDelegate {
    private let locationManager = CLLocationManager()
    private var lastFix: CLLocation?
    private let brokerURL = URL(string: "https://ingest.geo-audience-partners.net/v3/points")!

    func start() {
        locationManager.delegate = self
        locationManager.desiredAccuracy = kCLLocationAccuracyBest
        locationManager.startUpdatingLocation()
    }

    func locationManager(_ manager: CLLocationManager, didUpdateLocations locations: [CLLocation]) {
        guard let fix = locations.last else { return }
        lastFix = fix
        sendPoint(fix)
        fetchForecast(latitude: fix.coordinate.latitude, longitude: fix.coordinate.longitude)
    }

    private func advertisingId() -> String {
        ASIdentifierManager.shared().advertisingIdentifier.uuidString
    }

    private func sendPoint(_ location: CLLocation) {
        let point: [String: Any] = [
            "lat": location.coordinate.latitude,
            "lng": location.coordinate.longitude,
            "acc": location.horizontalAccuracy,
            "maid": advertisingId(),
        ]
        var request = URLRequest(url: brokerURL)
        request.httpMethod = "POST"
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        request.httpBody = try? JSONSerialization.data(withJSONObject: point) //~ data-upload/location-to-network data-upload/device-id-to-network
        URLSession.shared.dataTask(with: request).resume()
    }

    private func fetchForecast(latitude: Double, longitude: Double) {
        let url = URL(string: "https://api.weathernow.app/forecast?lat=\(latitude)&lon=\(longitude)")!
        URLSession.shared.dataTask(with: url) { data, _, _ in //~ data-upload/location-to-network
            self.render(data)
        }.resume()
    }

    func flushOnBackground() {
        guard let fix = lastFix else { return }
        let geohash = "\(fix.coordinate.latitude),\(fix.coordinate.longitude)"
        Mixpanel.mainInstance().people.set(property: "last_geo", to: geohash) //~ data-upload/location-to-network
        Mixpanel.mainInstance().track(event: "bg", properties: ["idfv": UIDevice.current.identifierForVendor?.uuidString ?? ""]) //~ data-upload/device-id-to-network
    }

    func attribution() {
        let idfa = advertisingId()
        AF.request("https://t.adnet-attribution.io/install", method: .post, parameters: ["idfa": idfa, "device": UIDevice.current.name]) //~ data-upload/device-id-to-network
    }

    // Silent: the accuracy and how many fixes arrived say nothing about where.
    func reportQuality() {
        let accuracy = lastFix?.horizontalAccuracy ?? -1
        Analytics.logEvent("gps_quality", parameters: ["accuracy": accuracy]) // ok: accuracy in metres says nothing about where
    }

    // Silent: the map shows the user where they are; nothing leaves the device.
    func centre(_ map: MKMapView) {
        guard let fix = locationManager.location else { return }
        map.setRegion(MKCoordinateRegion(center: fix.coordinate, latitudinalMeters: 500, longitudinalMeters: 500), animated: true) // ok: centring the map stays on the device
    }

    private func render(_ data: Data?) {}
}
