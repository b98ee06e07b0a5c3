import UIKit
#if DEBUG
import FLEX
#endif
import Pulse
import PulseUI

/// Acme Photos, App Store build. The debug tools below were added during the
/// 3.2 release crunch.
final class ShakeWindow: UIWindow {
    override func motionEnded(_ motion: UIEvent.EventSubtype, with event: UIEvent?) {
        guard motion == .motionShake else { return }
        FLEXManager.shared.showExplorer() //~ debug-entry/debug-code-in-release
    }
}

final class SettingsViewController: UITableViewController {
    private let config = AppConfig.shared

    override func viewDidLoad() {
        super.viewDidLoad()
        title = "Settings"
        #if DEBUG
        navigationItem.rightBarButtonItem = UIBarButtonItem(
            title: "Debug", style: .plain, target: self, action: #selector(openDebugMenu))
        #endif
    }

    @objc private func openDebugMenu() {
        #if DEBUG
        present(DebugMenuViewController(), animated: true)
        #endif
    }

    override func tableView(_ tableView: UITableView, didSelectRowAt indexPath: IndexPath) {
        if indexPath.section == 3 && config.isDebug {
            navigationController?.pushViewController(DebugSettingsViewController(), animated: true) //~ debug-entry/debug-code-in-release
        }
        if UserDefaults.standard.bool(forKey: "showNetworkConsole") {
            present(UIHostingController(rootView: ConsoleView()), animated: true) //~ debug-entry/debug-code-in-release
        }
    }

    func showAbout() {
        present(AboutViewController(), animated: true)
    }
}

final class PhotoViewController: UIViewController {
    override func motionEnded(_ motion: UIEvent.EventSubtype, with event: UIEvent?) {
        // Shake to undo, as in Photos.
        if motion == .motionShake {
            undoManager?.undo()
        }
    }

    override func viewDidAppear(_ animated: Bool) {
        super.viewDidAppear(animated)
        #if targetEnvironment(simulator)
        present(DebugMenuViewController(), animated: true)
        #endif
        #if DEBUG || targetEnvironment(simulator)
        FLEXManager.shared.showExplorer()
        #endif
    }
}

@main
final class AppDelegate: UIResponder, UIApplicationDelegate {
    func application(
        _ application: UIApplication,
        didFinishLaunchingWithOptions launchOptions: [UIApplication.LaunchOptionsKey: Any]?
    ) -> Bool {
        #if DEBUG
        FLEXManager.shared.isNetworkDebuggingEnabled = true
        NFX.sharedInstance().start()
        #else
        Analytics.start()
        #endif
        #if STAGING
        Atlantis.start(hostName: "qa-mac.local") //~ debug-entry/debug-code-in-release
        #endif
        if ProcessInfo.processInfo.environment["ENABLE_NETFOX"] == "1" {
            NFX.sharedInstance().start() //~ debug-entry/debug-code-in-release
        }
        loadLLDBHelpers()
        return true
    }

    private func loadLLDBHelpers() {
        _ = dlopen("/usr/lib/libLLDB.dylib", RTLD_NOW) //~ debug-entry/debug-code-in-release
        _ = dlopen("/usr/lib/libsqlite3.dylib", RTLD_NOW)
    }
}

/// The debug screen itself: what it opens is reported where the screen is opened.
final class DebugMenuViewController: UITableViewController {
    override func tableView(_ tableView: UITableView, didSelectRowAt indexPath: IndexPath) {
        navigationController?.pushViewController(DebugNetworkViewController(), animated: true)
    }
}
