// Flows through one to three local variables and helper functions in the same file,
// as in SDKs that split collection, encoding and transport into layers.
import AdSupport
import CoreLocation
import UIKit

struct TelemetryEnvelope: Encodable {
    let kind: String
    let value: String
}

final class TelemetryPipeline {
    private let session = URLSession.shared
    private let collector = URL(string: "https://telemetry.quickmetrics-sdk.com/batch")!
    private let locationManager = CLLocationManager()

    // Source-returning helpers.
    private func deviceFingerprint() -> String {
        let vendor = UIDevice.current.identifierForVendor?.uuidString ?? "none"
        let name = UIDevice.current.name
        return "\(vendor)|\(name)"
    }

    private func coarsePosition() -> String? {
        guard let location = locationManager.location else { return nil }
        let rounded = (location.coordinate.latitude * 100).rounded() / 100
        return "\(rounded)"
    }

    // Argument-to-return helpers.
    private func envelope(_ kind: String, _ value: String) -> TelemetryEnvelope {
        TelemetryEnvelope(kind: kind, value: value)
    }

    private func encode(_ envelope: TelemetryEnvelope) -> Data {
        (try? JSONEncoder().encode(envelope)) ?? Data()
    }

    // Argument-to-sink helper.
    private func transmit(_ body: Data) {
        session.uploadTask(with: URLRequest(url: collector), from: body).resume() //~ data-upload/device-id-to-network data-upload/location-to-network
    }

    func reportDevice() {
        let fingerprint = deviceFingerprint()
        let wrapped = envelope("device", fingerprint)
        let body = encode(wrapped)
        transmit(body)
    }

    func reportPosition() {
        guard let position = coarsePosition() else { return }
        transmit(encode(envelope("pos", position)))
    }

    func reportAdvertising() async throws {
        let first = ASIdentifierManager.shared().advertisingIdentifier
        let second = first.uuidString.lowercased()
        let third = second.replacingOccurrences(of: "-", with: "")
        var request = URLRequest(url: collector)
        request.httpMethod = "POST"
        _ = try await session.upload(for: request, from: Data(third.utf8)) //~ data-upload/device-id-to-network
    }

    // Silent: the helpers carry only a constant and a build number here.
    func reportVersion() {
        let build = Bundle.main.infoDictionary?["CFBundleVersion"] as? String ?? "0"
        transmit(encode(envelope("build", build))) // ok: only the build number goes through the helpers
    }
}
