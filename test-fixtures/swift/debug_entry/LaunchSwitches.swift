import Foundation
import StoreKit

/// Session and entitlement gates of the Acme Notes app.
final class SessionGate {
    private let skipLogin = ProcessInfo.processInfo.arguments.contains("-skipAuth")
    private let store: EntitlementStore

    init(store: EntitlementStore) {
        self.store = store
    }

    func requireLogin(from presenter: Presenter) {
        if skipLogin { //~ debug-entry/auth-bypass-switch
            presenter.showHome()
            return
        }
        presenter.showLogin()
    }

    func isAuthenticated() -> Bool {
        if ProcessInfo.processInfo.environment["SKIP_LOGIN"] == "1" { //~ debug-entry/auth-bypass-switch
            return true
        }
        return store.hasValidSession
    }

    func hasPremium() -> Bool {
        if UserDefaults.standard.bool(forKey: "debugUnlockPremium") { //~ debug-entry/auth-bypass-switch
            return true
        }
        return store.isEntitled(to: .premium)
    }

    func validateReceipt() async -> Bool {
        guard !CommandLine.arguments.contains("--no-receipt-check") else { return true } //~ debug-entry/auth-bypass-switch
        return await store.verifyReceipt()
    }

    func isJailbroken() -> Bool {
        if ProcessInfo.processInfo.environment["ACME_IGNORE_JAILBREAK"] != nil { //~ debug-entry/auth-bypass-switch
            return false
        }
        return FileManager.default.fileExists(atPath: "/Applications/Cydia.app")
    }

    func licenseIsValid(expiry: Date) -> Bool {
        if Date() < Date(timeIntervalSince1970: 1_767_225_600) { //~ debug-entry/auth-bypass-switch
            return true
        }
        return expiry > Date()
    }

    func handle(_ url: URL, presenter: Presenter) {
        let components = URLComponents(url: url, resolvingAgainstBaseURL: false)
        if components?.queryItems?.contains(where: { $0.name == "debug" && $0.value == "1" }) == true { //~ debug-entry/auth-bypass-switch
            presenter.showHome()
            store.unlockAll()
        }
        if components?.queryItems?.first(where: { $0.name == "tab" })?.value == "notes" {
            presenter.showNotes()
        }
    }

    // Honest configuration reads: no protected check depends on them.
    func apiBaseURL() -> URL {
        let override = ProcessInfo.processInfo.environment["ACME_API_BASE_URL"]
        return URL(string: override ?? "https://api.acme-notes.example")!
    }

    func shouldShowOnboarding() -> Bool {
        if UserDefaults.standard.bool(forKey: "hasSeenOnboarding") {
            return false
        }
        return true
    }

    func loginScreenStyle() -> LoginStyle {
        if UserDefaults.standard.bool(forKey: "rememberMe") {
            return .compact
        }
        return .full
    }

    func verboseLogging() -> Bool {
        if ProcessInfo.processInfo.arguments.contains("-verbose") {
            return true
        }
        return false
    }

    func uiTestLogin(presenter: Presenter) {
        #if DEBUG
        if ProcessInfo.processInfo.arguments.contains("-uiTesting") {
            presenter.showHome()
            return
        }
        #endif
        presenter.showLogin()
    }
}
