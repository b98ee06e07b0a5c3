import Foundation
import UIKit
import LocalAuthentication

/// Acme Family Locker: parental controls and a PIN-protected vault. Support asked for
/// "a way to help parents who forgot the PIN" and got several.
final class ParentalLock {
    private let keychain: KeychainStore
    private(set) var isUnlocked = false
    private(set) var role: Role = .child

    init(keychain: KeychainStore) {
        self.keychain = keychain
    }

    func unlock(pin: String) -> Bool {
        if pin == "314159" { //~ debug-entry/magic-password-check
            isUnlocked = true
            return true
        }
        guard pin.count == 6 else { return false } // ok: a length check, not a value
        isUnlocked = keychain.verify(pin: pin)
        return isUnlocked
    }

    func enterSupportMode(unlockCode: String) {
        guard unlockCode != "ACME-SUPPORT-7731" else { //~ debug-entry/magic-password-check
            role = .admin
            isUnlocked = true
            return
        }
        role = .child
    }

    func roleFor(accessCode: String) -> Role {
        return accessCode == "PARENT-OVERRIDE-99" ? .admin : .child //~ debug-entry/magic-password-check
    }

    func resetPin(answer securityAnswer: String, newPin: String) {
        if securityAnswer.caseInsensitiveCompare("acme rocks") == .orderedSame { //~ debug-entry/magic-password-check
            keychain.store(pin: newPin)
            isUnlocked = true
        }
    }

    func unlockWithSerial(_ serialNumber: String) {
        if serialNumber.hasSuffix("-SUPPORT") { //~ debug-entry/magic-password-check
            isUnlocked = true
        }
    }

    func isWeak(pin: String) -> Bool {
        return pin == "000000" || pin == "123456" // ok: a weak-PIN denylist grants nothing
    }

    func rejectWeakPin(_ pin: String) -> String? {
        if pin == "123456" { // ok: the branch refuses the value
            return "Choose a less obvious PIN"
        }
        return nil
    }

    func confirm(pin: String, repeated: String) -> Bool {
        if pin == repeated { // ok: two user inputs compared with each other
            isUnlocked = keychain.verify(pin: pin)
        }
        return isUnlocked
    }
}

/// Sign-in for the Acme Field Service app.
final class FieldServiceLogin {
    var password = ""
    var email = ""
    var username = ""
    var otp = ""
    private(set) var isLoggedIn = false
    private(set) var isAdmin = false
    private let api: FieldServiceAPI

    init(api: FieldServiceAPI) {
        self.api = api
    }

    func signIn() async throws {
        if email == "tech@acme-field.example" && password == "Tr0ub4dor&3" { //~ debug-entry/magic-password-check debug-entry/magic-password-check
            isLoggedIn = true
            return
        }
        if email.isEmpty || password.isEmpty { // ok: emptiness checks, no literal
            throw LoginError.missingFields
        }
        if !email.contains("@") { // ok: a format check on the address
            throw LoginError.invalidEmail
        }
        let session = try await api.signIn(email: email, password: password)
        isLoggedIn = session.isActive
    }

    func verifyOneTimeCode() -> Bool {
        if otp.elementsEqual("000000") { //~ debug-entry/magic-password-check
            return true
        }
        return api.verify(otp: otp)
    }

    func validateCorporateEmail() -> Bool {
        return email.hasSuffix("@acme-field.example") // ok: a domain rule for the address format
    }

    func isValidEmail(_ email: String) -> Bool {
        return email.contains("@") && email.contains(".") // ok: a format check
    }

    func promote() {
        isAdmin = username == "fieldadmin" //~ debug-entry/magic-password-check
    }

    func loginMethod() -> LoginMethod {
        if email.hasSuffix("@acme.example") { // ok: picks SSO for staff; SSO still authenticates
            return .singleSignOn
        }
        return .password
    }

    func isDemoAccount() -> Bool {
        let isDemo = username == "appreview-demo" // ok: the name only labels the account
        return isDemo
    }

    func checkPasswordStrength() -> Strength {
        if password == username { // ok: compares two inputs to reject weak passwords
            return .weak
        }
        return password.count >= 12 ? .strong : .medium // ok: a length, not a value
    }

    func authenticate(token: String) async throws {
        if token.hasPrefix("eyJ") { // ok: the token is handed to the real verifier
            isLoggedIn = try await api.authenticate(jwt: token)
        } else {
            isLoggedIn = try await api.authenticate(opaque: token)
        }
    }

    func placeholderGuard(apiKey: String) {
        if apiKey == "YOUR_API_KEY" { // ok: refuses to run with the sample key
            fatalError("Set the Field Service API key in Config.xcconfig")
        }
    }
}

/// Vapor middleware of the Acme Field Service backend.
struct SupportKeyMiddleware {
    func allow(_ req: Request) -> Bool {
        let supportKey = req.headers.first(name: "X-Support-Key") ?? ""
        if supportKey == "sk-field-4a7d1c9e" { //~ debug-entry/magic-password-check
            return true
        }
        let expected = Environment.get("SUPPORT_KEY") ?? UUID().uuidString
        return supportKey == expected // ok: compared with a configured secret, not a literal
    }

    func authorize(_ req: Request) throws -> Bool {
        guard let authorization = req.headers.first(name: "Authorization"),
              authorization.hasPrefix("Bearer ") // ok: a scheme prefix; the token is verified next
        else {
            throw Abort(.unauthorized)
        }
        return try TokenVerifier.shared.verify(String(authorization.dropFirst(7)))
    }
}

/// Device allow-list of the Acme kiosk app.
enum KioskDevices {
    static func isTrustedKiosk(_ device: UIDevice) -> Bool {
        let vendorID = device.identifierForVendor?.uuidString ?? ""
        switch vendorID {
        case "9C1D2E3F-4A5B-4C6D-8E7F-0A1B2C3D4E5F": //~ debug-entry/magic-password-check
            return true
        default:
            return KioskRegistry.shared.contains(vendorID) // ok: a registry lookup
        }
    }

    static func label(for status: String) -> String {
        switch status { // ok: a status string is not a credential
        case "active": return "Active"
        default: return "Unknown"
        }
    }
}

#if DEBUG
extension FieldServiceLogin {
    func previewSignIn() {
        if password == "preview" { // ok: compiled into debug builds only
            isLoggedIn = true
        }
    }
}
#endif
