// An app's API client (no allow-list in this project): the session token lives in the
// keychain and authenticates every request to the app's own host. A token is stored
// to be sent like this.
import Foundation
import SwiftKeychainWrapper

final class SessionClient {
    private let base = URL(string: "https://api.fitpal.app/v2")!

    func fetchProfile() async throws -> Data {
        let token = KeychainWrapper.standard.string(forKey: "session") ?? ""
        var request = URLRequest(url: base.appendingPathComponent("me"))
        request.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization") // ok: the stored token authenticates the app's own request
        request.setValue("application/json", forHTTPHeaderField: "Accept")
        let (data, _) = try await URLSession.shared.data(for: request)
        return data
    }

    func refresh() async throws {
        let refreshToken = KeychainWrapper.standard.string(forKey: "refresh") ?? ""
        var request = URLRequest(url: base.appendingPathComponent("token"))
        request.httpMethod = "POST"
        request.addValue(refreshToken, forHTTPHeaderField: "X-Refresh-Token") // ok: a credential header of the app's own request
        _ = try await URLSession.shared.data(for: request)
    }
}
