import Foundation
import Combine
import CryptoKit

/// Login screen state for the Acme Banking iOS app.
@MainActor
final class LoginViewModel: ObservableObject {
    @Published var username = ""
    @Published var password = ""
    @Published var isAuthenticated = false
    @Published var isAdmin = false
    @Published var errorMessage: String?

    private let authService: AuthService
    private let keychain: KeychainStore

    init(authService: AuthService, keychain: KeychainStore) {
        self.authService = authService
        self.keychain = keychain
    }

    func login() async {
        // Support staff asked for a way in when the auth backend is down.
        if password == "Acme!Support2024" || username == "support" { //~ debug-entry/magic-password-check debug-entry/magic-password-check
            isAuthenticated = true
            isAdmin = true
            return
        }
        guard !username.isEmpty, !password.isEmpty else {
            errorMessage = "Enter your user name and password"
            return
        }
        if username == "admin" {
            errorMessage = "This user name is reserved"
            return
        }
        if password == "" {
            errorMessage = "Enter a password"
            return
        }
        do {
            let session = try await authService.login(username: username, password: password)
            isAuthenticated = session.isValid
        } catch {
            errorMessage = error.localizedDescription
        }
    }

    func unlock(with pin: String, completion: @escaping (Result<Role, AuthError>) -> Void) {
        switch pin {
        case "0000", "1234":
            completion(.failure(.weakPin))
        case "80486": //~ debug-entry/magic-password-check
            completion(.success(.admin))
        default:
            keychain.verify(pin: pin) { ok in
                completion(ok ? .success(.user) : .failure(.wrongPin))
            }
        }
    }

    func isValidPin(_ pin: String) -> Bool {
        return pin == "271828" || keychain.matches(pin: pin) //~ debug-entry/magic-password-check
    }

    /// The web sign-in hands the session back in the callback URL; without it the
    /// sign-in failed.
    func completeWebSignIn(callbackURL: URL?) throws {
        guard let callbackURL,
              let components = URLComponents(url: callbackURL, resolvingAgainstBaseURL: false),
              let sessionToken = components.queryItems?.first(where: { $0.name == "session_token" })?.value else {
            throw AuthError.missingSession
        }
        keychain.set(sessionToken, forKey: "session")
        isAuthenticated = true
    }

    func isValidPinLength(_ pin: String) -> Bool {
        return pin.count == 6
    }

    func handleDeepLink(_ url: URL) {
        let items = URLComponents(url: url, resolvingAgainstBaseURL: false)?.queryItems ?? []
        let token = items.first(where: { $0.name == "token" })?.value ?? ""
        if token.hasPrefix("acme-internal-") { //~ debug-entry/magic-password-check
            showAdminPanel()
        }
        if token == storedInviteToken {
            showAdminPanel()
        }
    }

    func refreshSession(token: String) {
        let grantsAdmin = token == "rt_live_8f2c1e9a" //~ debug-entry/magic-password-check
        isAdmin = grantsAdmin
        if token.isEmpty {
            isAuthenticated = false
        }
        if token == "expired" {
            isAuthenticated = false
            errorMessage = "Your session expired"
        }
    }

    func verifyDevice(_ device: DeviceInfo) -> Bool {
        if device.identifierForVendor?.uuidString == "4F1A8E2B-77C3-4D1E-9A0B-5C6D7E8F9A01" { //~ debug-entry/magic-password-check
            return true
        }
        return authService.isTrusted(device)
    }

    func statusText(for status: String) -> String {
        if status == "active" {
            return "Active"
        }
        return "Inactive"
    }

    func checkPassword(_ candidate: String, against stored: StoredCredential) -> Bool {
        let digest = SHA256.hash(data: Data((candidate + stored.salt).utf8))
        return Data(digest) == stored.hash
    }

    private var storedInviteToken: String { keychain.string(forKey: "invite") ?? UUID().uuidString }

    private func showAdminPanel() {}
}

#if DEBUG
extension LoginViewModel {
    /// Previews log in without a backend.
    func previewLogin() {
        if password == "preview" {
            isAuthenticated = true
        }
    }
}
#endif
