import AdSupport
import Alamofire
import AppTrackingTransparency
import Contacts
import CoreLocation
import EventKit
import FirebaseAnalytics
import HealthKit
import Photos
import UIKit

final class TrailSharing {
    func shareContacts0(contacts: [CNContact], hasUserConsent: Bool) {
        guard hasUserConsent else { return }
        let payload = contacts.map { $0.givenName }.joined(separator: ",")
        AF.request("https://api.trailmate.app/v1/share", method: .post, parameters: ["data": payload])
    }

    func shareContacts1(contacts: [CNContact], hasUserConsent: Bool) {
        guard hasUserConsent else { return }
        let payload = contacts.map { $0.givenName }.joined(separator: ",")
        var request = URLRequest(url: URL(string: "https://sync.trailmate.app/v1/share")!)
        request.httpMethod = "POST"
        request.httpBody = Data(payload.utf8)
    }

    func shareContacts2(contacts: [CNContact], hasUserConsent: Bool) {
        guard hasUserConsent else { return }
        let payload = contacts.map { $0.givenName }.joined(separator: ",")
        Analytics.logEvent("trail_shared", parameters: ["data": payload])
    }

    func sharePhotos3(asset: PHAsset, hasUserConsent: Bool) {
        guard hasUserConsent else { return }
        let payload = asset.localIdentifier
        AF.request("https://api.trailmate.app/v1/share", method: .post, parameters: ["data": payload])
    }

    func sharePhotos4(asset: PHAsset, hasUserConsent: Bool) {
        guard hasUserConsent else { return }
        let payload = asset.localIdentifier
        var request = URLRequest(url: URL(string: "https://sync.trailmate.app/v1/share")!)
        request.httpMethod = "POST"
        request.httpBody = Data(payload.utf8)
    }

    func sharePhotos5(asset: PHAsset, hasUserConsent: Bool) {
        guard hasUserConsent else { return }
        let payload = asset.localIdentifier
        Analytics.logEvent("trail_shared", parameters: ["data": payload])
    }

    func shareHealth6(samples: [HKQuantitySample], hasUserConsent: Bool) {
        guard hasUserConsent else { return }
        let payload = samples.map { "\($0.quantity)" }.joined(separator: ",")
        AF.request("https://api.trailmate.app/v1/share", method: .post, parameters: ["data": payload])
    }

    func shareHealth7(samples: [HKQuantitySample], hasUserConsent: Bool) {
        guard hasUserConsent else { return }
        let payload = samples.map { "\($0.quantity)" }.joined(separator: ",")
        var request = URLRequest(url: URL(string: "https://sync.trailmate.app/v1/share")!)
        request.httpMethod = "POST"
        request.httpBody = Data(payload.utf8)
    }

    func shareHealth8(samples: [HKQuantitySample], hasUserConsent: Bool) {
        guard hasUserConsent else { return }
        let payload = samples.map { "\($0.quantity)" }.joined(separator: ",")
        Analytics.logEvent("trail_shared", parameters: ["data": payload])
    }

    func shareCalendar9(events: [EKEvent], hasUserConsent: Bool) {
        guard hasUserConsent else { return }
        let payload = events.map { $0.title ?? "" }.joined(separator: "|")
        AF.request("https://api.trailmate.app/v1/share", method: .post, parameters: ["data": payload])
    }

    func shareCalendar10(events: [EKEvent], hasUserConsent: Bool) {
        guard hasUserConsent else { return }
        let payload = events.map { $0.title ?? "" }.joined(separator: "|")
        var request = URLRequest(url: URL(string: "https://sync.trailmate.app/v1/share")!)
        request.httpMethod = "POST"
        request.httpBody = Data(payload.utf8)
    }

    func shareCalendar11(events: [EKEvent], hasUserConsent: Bool) {
        guard hasUserConsent else { return }
        let payload = events.map { $0.title ?? "" }.joined(separator: "|")
        Analytics.logEvent("trail_shared", parameters: ["data": payload])
    }

    func shareLocation12(locations: [CLLocation], hasUserConsent: Bool) {
        guard hasUserConsent else { return }
        let payload = locations.map { "\($0.coordinate.latitude),\($0.coordinate.longitude)" }.joined(separator: ";")
        AF.request("https://api.trailmate.app/v1/share", method: .post, parameters: ["data": payload])
    }

    func shareLocation13(locations: [CLLocation], hasUserConsent: Bool) {
        guard hasUserConsent else { return }
        let payload = locations.map { "\($0.coordinate.latitude),\($0.coordinate.longitude)" }.joined(separator: ";")
        var request = URLRequest(url: URL(string: "https://sync.trailmate.app/v1/share")!)
        request.httpMethod = "POST"
        request.httpBody = Data(payload.utf8)
    }

    func shareLocation14(locations: [CLLocation], hasUserConsent: Bool) {
        guard hasUserConsent else { return }
        let payload = locations.map { "\($0.coordinate.latitude),\($0.coordinate.longitude)" }.joined(separator: ";")
        Analytics.logEvent("trail_shared", parameters: ["data": payload])
    }

    func shareVendorId15(device: UIDevice, hasUserConsent: Bool) {
        guard hasUserConsent else { return }
        let payload = device.identifierForVendor?.uuidString ?? ""
        AF.request("https://api.trailmate.app/v1/share", method: .post, parameters: ["data": payload])
    }

    func shareVendorId16(device: UIDevice, hasUserConsent: Bool) {
        guard hasUserConsent else { return }
        let payload = device.identifierForVendor?.uuidString ?? ""
        var request = URLRequest(url: URL(string: "https://sync.trailmate.app/v1/share")!)
        request.httpMethod = "POST"
        request.httpBody = Data(payload.utf8)
    }

    func shareVendorId17(device: UIDevice, hasUserConsent: Bool) {
        guard hasUserConsent else { return }
        let payload = device.identifierForVendor?.uuidString ?? ""
        Analytics.logEvent("trail_shared", parameters: ["data": payload])
    }

    func attribute18() {
        guard ATTrackingManager.trackingAuthorizationStatus == .authorized else { return }
        let idfa = ASIdentifierManager.shared().advertisingIdentifier.uuidString
        AF.request("https://ads.trailmate-partners.com/v2/install", method: .post, parameters: ["idfa": idfa])
    }

    func attribute19() {
        guard ATTrackingManager.trackingAuthorizationStatus == .authorized else { return }
        let idfa = ASIdentifierManager.shared().advertisingIdentifier.uuidString
        URLSession.shared.uploadTask(with: URLRequest(url: URL(string: "https://ads.trailmate-partners.com/v2/install")!), from: Data(idfa.utf8)).resume()
    }

    func attribute20() {
        guard ATTrackingManager.trackingAuthorizationStatus == .authorized else { return }
        let idfa = ASIdentifierManager.shared().advertisingIdentifier.uuidString
        AF.request("https://t.ads.trailmate-partners.com/v2/install", method: .post, parameters: ["idfa": idfa])
    }

    func attribute21() {
        guard ATTrackingManager.trackingAuthorizationStatus == .authorized else { return }
        let idfa = ASIdentifierManager.shared().advertisingIdentifier.uuidString
        URLSession.shared.uploadTask(with: URLRequest(url: URL(string: "https://t.ads.trailmate-partners.com/v2/install")!), from: Data(idfa.utf8)).resume()
    }

    func attribute22() {
        guard ATTrackingManager.trackingAuthorizationStatus == .authorized else { return }
        let idfa = ASIdentifierManager.shared().advertisingIdentifier.uuidString
        AF.request("https://api.trailmate.app/v1/attribution", method: .post, parameters: ["idfa": idfa])
    }

    func attribute23() {
        guard ATTrackingManager.trackingAuthorizationStatus == .authorized else { return }
        let idfa = ASIdentifierManager.shared().advertisingIdentifier.uuidString
        URLSession.shared.uploadTask(with: URLRequest(url: URL(string: "https://api.trailmate.app/v1/attribution")!), from: Data(idfa.utf8)).resume()
    }

    func attribute24() {
        guard ATTrackingManager.trackingAuthorizationStatus == .authorized else { return }
        let idfa = ASIdentifierManager.shared().advertisingIdentifier.uuidString
        AF.request("https://events.trailmate.app/v1/install", method: .post, parameters: ["idfa": idfa])
    }

    func attribute25() {
        guard ATTrackingManager.trackingAuthorizationStatus == .authorized else { return }
        let idfa = ASIdentifierManager.shared().advertisingIdentifier.uuidString
        URLSession.shared.uploadTask(with: URLRequest(url: URL(string: "https://events.trailmate.app/v1/install")!), from: Data(idfa.utf8)).resume()
    }

    func attribute26() {
        guard ATTrackingManager.trackingAuthorizationStatus == .authorized else { return }
        let idfa = ASIdentifierManager.shared().advertisingIdentifier.uuidString
        AF.request("https://cdn.trailmate-partners.com/v2/install", method: .post, parameters: ["idfa": idfa])
    }

    func attribute27() {
        guard ATTrackingManager.trackingAuthorizationStatus == .authorized else { return }
        let idfa = ASIdentifierManager.shared().advertisingIdentifier.uuidString
        URLSession.shared.uploadTask(with: URLRequest(url: URL(string: "https://cdn.trailmate-partners.com/v2/install")!), from: Data(idfa.utf8)).resume()
    }

    func previewContacts28(contacts: [CNContact], in label: UILabel) {
        label.text = contacts.map { $0.givenName }.joined(separator: ",")
    }

    func previewPhotos29(asset: PHAsset, in label: UILabel) {
        label.text = asset.localIdentifier
    }

    func previewHealth30(samples: [HKQuantitySample], in label: UILabel) {
        label.text = samples.map { "\($0.quantity)" }.joined(separator: ",")
    }

    func previewCalendar31(events: [EKEvent], in label: UILabel) {
        label.text = events.map { $0.title ?? "" }.joined(separator: "|")
    }

    func previewLocation32(locations: [CLLocation], in label: UILabel) {
        label.text = locations.map { "\($0.coordinate.latitude),\($0.coordinate.longitude)" }.joined(separator: ";")
    }

    func previewVendorId33(device: UIDevice, in label: UILabel) {
        label.text = device.identifierForVendor?.uuidString ?? ""
    }

}
