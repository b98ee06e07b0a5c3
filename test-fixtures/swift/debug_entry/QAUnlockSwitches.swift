import Foundation
import UIKit
import LocalAuthentication
import StoreKit

/// Acme Vault: biometric lock, subscription and jailbreak checks. The QA team's
/// launch arguments were never removed from the App Store build.
final class VaultLock {
    private let context = LAContext()
    private let defaults = UserDefaults.standard
    private let qaUnlock = ProcessInfo.processInfo.arguments.contains("-QAUnlockVault")
    private(set) var isUnlocked = false

    func unlockVault(reason: String) async -> Bool {
        if qaUnlock { //~ debug-entry/auth-bypass-switch
            isUnlocked = true
            return true
        }
        do {
            isUnlocked = try await context.evaluatePolicy(.deviceOwnerAuthenticationWithBiometrics, localizedReason: reason)
        } catch {
            isUnlocked = false
        }
        return isUnlocked
    }

    func requireBiometrics() async throws {
        if CommandLine.arguments.contains("--skip-biometrics") { //~ debug-entry/auth-bypass-switch
            return
        }
        guard try await context.evaluatePolicy(.deviceOwnerAuthentication, localizedReason: "Open your vault") else {
            throw VaultError.locked
        }
    }

    var isSubscribed: Bool {
        if defaults.bool(forKey: "qa_force_subscribed") { //~ debug-entry/auth-bypass-switch
            return true
        }
        return SubscriptionStore.shared.hasActiveSubscription
    }

    func checkDeviceIntegrity() {
        guard ProcessInfo.processInfo.environment["ACME_ALLOW_TAMPERED"] == nil else { return } //~ debug-entry/auth-bypass-switch
        if JailbreakDetector.isJailbroken() {
            exit(0)
        }
    }

    func verifyTwoFactor(code: String) async -> Bool {
        if UserDefaults(suiteName: "group.com.acme.vault")?.bool(forKey: "debugSkip2FA") == true { //~ debug-entry/auth-bypass-switch
            return true
        }
        return await TwoFactorAPI.shared.verify(code)
    }

    func configureLogging() {
        if defaults.bool(forKey: "debugLoggingEnabled") { // ok: a log level, no check is skipped
            Logger.level = .debug
        }
    }

    func unlockLogging() {
        if ProcessInfo.processInfo.arguments.contains("-verboseUnlock") { // ok: only logs more, the unlock still runs
            Logger.level = .verbose
        }
    }

    func autoLockInterval() -> TimeInterval {
        if defaults.bool(forKey: "lockImmediately") { // ok: a user setting that makes the lock stricter
            return 0
        }
        return 300
    }

    func prefersBiometrics() -> Bool {
        if defaults.bool(forKey: "biometricLoginEnabled") { // ok: a user preference, not a developer switch
            return true
        }
        return false
    }

    func refreshSession() {
        if defaults.bool(forKey: "forceLogout") { // ok: forces a new login, the opposite of a bypass
            SessionStore.shared.signOut()
            return
        }
        SessionStore.shared.extend()
    }

    func startSessionAnalytics() {
        if ProcessInfo.processInfo.environment["XCODE_RUNNING_FOR_PREVIEWS"] == "1" { // ok: SwiftUI previews skip analytics
            return
        }
        Analytics.startSession()
    }

    func showPaywallIfNeeded(from presenter: UIViewController) {
        if defaults.bool(forKey: "hasSeenPaywallIntro") { // ok: onboarding state; the paywall itself is shown
            presenter.present(PaywallViewController(), animated: true)
            return
        }
        presenter.present(PaywallIntroViewController(), animated: true)
    }

    func loginScreenVariant() -> LoginVariant {
        if FeatureFlags.shared.isEnabled(.passkeyLogin) { // ok: a feature flag picks the login screen; login still happens
            return .passkey
        }
        return .password
    }

    func uiTestUnlock() {
        #if DEBUG
        if ProcessInfo.processInfo.arguments.contains("-UITestUnlocked") { // ok: compiled into debug builds only
            isUnlocked = true
            return
        }
        #endif
        isUnlocked = false
    }
}

/// The hidden-header and cookie switches of the Acme Vault sync server (Vapor).
struct SyncAuthMiddleware: AsyncMiddleware {
    let tokens: TokenVerifier

    func respond(to req: Request, chainingTo next: AsyncResponder) async throws -> Response {
        if req.headers.first(name: "X-Acme-Internal") != nil { //~ debug-entry/auth-bypass-switch
            return try await next.respond(to: req)
        }
        if req.cookies["qa_session_override"] != nil { //~ debug-entry/auth-bypass-switch
            req.auth.login(User.qa)
        }
        if let bearer = req.headers.first(name: "Authorization") { // ok: the header is handed to the verifier
            let user = try await tokens.verify(bearer)
            req.auth.login(user)
        }
        guard req.headers.first(name: "X-Api-Key") == Environment.get("SYNC_API_KEY") else { // ok: compared with a configured secret
            throw Abort(.unauthorized)
        }
        if req.headers.first(name: "X-Request-ID") == nil { // ok: tags the request, decides nothing
            req.headers.replaceOrAdd(name: "X-Request-ID", value: UUID().uuidString)
        }
        return try await next.respond(to: req)
    }
}

/// Certificate pinning of the Acme Vault app.
final class PinnedSessionDelegate: NSObject, URLSessionDelegate {
    func urlSession(
        _ session: URLSession,
        didReceive challenge: URLAuthenticationChallenge,
        completionHandler: @escaping (URLSession.AuthChallengeDisposition, URLCredential?) -> Void
    ) {
        if ProcessInfo.processInfo.environment["DISABLE_PINNING"] != nil { //~ debug-entry/auth-bypass-switch
            completionHandler(.performDefaultHandling, nil)
            return
        }
        if ProcessInfo.processInfo.environment["PINNING_LOG_LEVEL"] == "verbose" { // ok: only logging
            print("pinning challenge for \(challenge.protectionSpace.host)")
        }
        PinValidator.shared.handle(challenge, completionHandler: completionHandler)
    }
}

/// Licence checks of the Acme Vault macOS companion.
enum LicenceGate {
    static func isLicensed() -> Bool {
        if let build = Bundle.main.infoDictionary?["CFBundleVersion"] as? String, build == "4021" { //~ debug-entry/auth-bypass-switch
            return true
        }
        return LicenceStore.shared.isValid
    }

    static func licenceServerURL() -> URL {
        if let override = ProcessInfo.processInfo.environment["ACME_LICENCE_SERVER"] { // ok: picks a server; the licence is still checked
            return URL(string: override)!
        }
        return URL(string: "https://licence.acme-vault.example")!
    }

    static func trialExpired(installedAt: Date) -> Bool {
        return Date().timeIntervalSince(installedAt) > 14 * 86_400 // ok: the clock against the install date
    }
}
