// An honest fitness app: it sends workouts and location to its own declared hosts,
// only after consent, and keeps everything else on the device.
import AppTrackingTransparency
import CoreLocation
import CoreMotion
import HealthKit
import MapKit

final class FitPalSync: NSObject, CLLocationManagerDelegate {
    private let health = HKHealthStore()
    private let pedometer = CMPedometer()
    private let manager = CLLocationManager()
    private let api = URL(string: "https://api.fitpal.app/v2/workouts")!

    // Silent: allowed host, no manifest in this project (the allow-list is the declaration).
    func locationManager(_ manager: CLLocationManager, didUpdateLocations locations: [CLLocation]) {
        guard let here = locations.last else { return }
        var request = URLRequest(url: URL(string: "https://api.fitpal.app/v2/route")!)
        request.httpMethod = "POST"
        request.httpBody = try? JSONEncoder().encode(["lat": here.coordinate.latitude, "lon": here.coordinate.longitude]) // ok: allowed host, no manifest: the allow-list is the declaration
        URLSession.shared.dataTask(with: request).resume()
    }

    // Silent: allowed subdomain.
    func uploadSteps() {
        pedometer.queryPedometerData(from: Date().addingTimeInterval(-86_400), to: Date()) { data, _ in
            guard let steps = data?.numberOfSteps else { return }
            AF.request("https://sync.fitpal.app/steps", method: .post, parameters: ["steps": steps]) // ok: an allowed subdomain
        }
    }

    // Flagged: the same data to a host the project never declared.
    func mirrorSteps() {
        pedometer.queryPedometerData(from: Date().addingTimeInterval(-86_400), to: Date()) { data, _ in
            AF.request("https://collect.fit-insights.io/steps", parameters: ["d": "\(String(describing: data))"]) //~ data-upload/sensitive-data-to-network data-upload/undeclared-host
        }
    }

    // Consent from the config's consent checks: no data finding, but the host is
    // still outside the allow-list.
    func shareHeartRate(_ samples: [HKQuantitySample]) {
        guard Preferences.shared.shareUsageData else { return }
        let values = samples.map { $0.quantity.doubleValue(for: .count().unitDivided(by: .minute())) }
        AF.request("https://research.partner-lab.org/hr", method: .post, parameters: ["bpm": values]) //~ data-upload/undeclared-host
    }

    // Flagged: HealthKit data without consent, to an undeclared host.
    func leakHeartRate(_ samples: [HKQuantitySample]) {
        let values = samples.map { "\($0.quantity)" }
        AF.request("https://research.partner-lab.org/hr", method: .post, parameters: ["bpm": values]) //~ data-upload/sensitive-data-to-network data-upload/undeclared-host
    }

    // App Tracking Transparency authorised: no data finding (the host is undeclared).
    func attributeInstall() {
        ATTrackingManager.requestTrackingAuthorization { status in
            if status == .authorized {
                let idfa = ASIdentifierManager.shared().advertisingIdentifier.uuidString
                AF.request("https://attribution.adjust-like.example/install", parameters: ["idfa": idfa]) //~ data-upload/undeclared-host
            }
        }
    }

    // Flagged: the denied branch sends it anyway.
    func attributeInstallBadly() {
        ATTrackingManager.requestTrackingAuthorization { status in
            if status != .authorized {
                let idfa = ASIdentifierManager.shared().advertisingIdentifier.uuidString
                AF.request("https://attribution.adjust-like.example/install", parameters: ["idfa": idfa]) //~ data-upload/device-id-to-network data-upload/undeclared-host
            }
        }
    }

    // Silent: consent checked with the built-in `hasUserConsent` name.
    func logWorkoutType(_ workout: HKWorkout, hasUserConsent: Bool) {
        if hasUserConsent {
            Analytics.logEvent("workout", parameters: ["type": workout.workoutActivityType.rawValue]) // ok: inside the built-in hasUserConsent check
        }
    }

    // Silent: Firebase's host is allowed and no manifest exists.
    func logSession(_ motion: CMDeviceMotion) {
        Analytics.logEvent("session", parameters: ["g": motion.gravity.z]) // ok: Firebase is allowed and no manifest exists
    }

    // Silent: on-device use of location (a map pin) and health (a chart).
    func showOnMap(_ map: MKMapView) {
        guard let here = manager.location else { return }
        let pin = MKPointAnnotation()
        pin.coordinate = here.coordinate
        map.addAnnotation(pin) // ok: a map pin stays on the device
    }

    // Silent: a non-sensitive payload to an allowed host.
    func registerPushToken(_ token: String) {
        AF.request("https://api.fitpal.app/v2/push", method: .post, parameters: ["token": token, "platform": "ios"]) // ok: a push token to an allowed host
    }

    // Flagged: an allowed-looking host that is not on the list (no sensitive data).
    func fetchPromo() {
        URLSession.shared.dataTask(with: URL(string: "https://fitpal-promos.example.net/today")!).resume() //~ data-upload/undeclared-host
    }

    // Silent: the companion Mac app's local server needs no allow-list entry.
    func pingCompanion() {
        URLSession.shared.dataTask(with: URL(string: "http://localhost:8765/companion/ping")!).resume() // ok: loopback is a local service
        URLSession.shared.dataTask(with: URL(string: "http://127.0.0.1:8765/companion/state")!).resume() // ok: loopback is a local service
    }
}
