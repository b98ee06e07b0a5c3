// A "growth" SDK modelled on address-book uploading analytics kits: it syncs the
// whole address book to its servers to "find friends", with no consent check.
import Contacts
import Foundation

public final class GrowthKit {
    public static let shared = GrowthKit()
    private let store = CNContactStore()
    private let session = URLSession(configuration: .default)
    private var cachedPhones: [String] = []
    private let endpoint = URL(string: "https://sync.growthkit-sdk.com/v2/graph")!

    public func start() {
        store.requestAccess(for: .contacts) { granted, _ in
            guard granted else { return }
            self.uploadAddressBook()
            self.uploadOwnerCard()
        }
    }

    private func uploadAddressBook() {
        let keys = [CNContactGivenNameKey, CNContactPhoneNumbersKey, CNContactEmailAddressesKey] as [CNKeyDescriptor]
        let request = CNContactFetchRequest(keysToFetch: keys)
        var entries: [[String: String]] = []
        try? store.enumerateContacts(with: request) { contact, _ in
            let phones = contact.phoneNumbers.map { $0.value.stringValue }
            entries.append(["name": contact.givenName, "phones": phones.joined(separator: ";")])
            self.cachedPhones.append(contentsOf: phones)
        }
        var upload = URLRequest(url: endpoint)
        upload.httpMethod = "POST"
        upload.httpBody = try? JSONSerialization.data(withJSONObject: ["entries": entries]) //~ data-upload/contacts-to-network
        session.dataTask(with: upload).resume()
    }

    private func uploadOwnerCard() {
        guard let me = try? store.unifiedMeContactWithKeys(toFetch: [CNContactEmailAddressesKey as CNKeyDescriptor]) else { return }
        let email = me.emailAddresses.first.map { String($0.value) } ?? ""
        sendBeacon(kind: "owner", value: email)
    }

    /// Every call site's data ends up in the query string.
    private func sendBeacon(kind: String, value: String) {
        var components = URLComponents(string: "https://sync.growthkit-sdk.com/b")!
        components.queryItems = [URLQueryItem(name: "k", value: kind), URLQueryItem(name: "v", value: value)]
        session.dataTask(with: components.url!).resume() //~ data-upload/contacts-to-network
    }

    public func flushPhones() {
        let digest = cachedPhones.sorted().joined(separator: ",")
        session.uploadTask(with: URLRequest(url: endpoint), from: Data(digest.utf8)).resume() //~ data-upload/contacts-to-network
    }

    public func lookup(_ identifier: String) async throws -> Data {
        let contact = try store.unifiedContact(withIdentifier: identifier, keysToFetch: [])
        let (data, _) = try await session.data(for: makeRequest(for: contact.identifier)) //~ data-upload/contacts-to-network
        return data
    }

    private func makeRequest(for identifier: String) -> URLRequest {
        URLRequest(url: endpoint.appendingPathComponent(identifier))
    }

    // Silent: the SDK version and a count carry no personal data.
    public func ping() {
        let count = cachedPhones.count
        let body = ["sdk": "4.2.0", "contacts": "\(count)"]
        session.uploadTask(with: URLRequest(url: endpoint), from: try! JSONEncoder().encode(body)).resume() // ok: the SDK version and a count carry no personal data
    }
}
