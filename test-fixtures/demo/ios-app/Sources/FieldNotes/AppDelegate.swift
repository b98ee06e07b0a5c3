import UIKit

@main
final class AppDelegate: UIResponder, UIApplicationDelegate {
    var window: UIWindow?

    func application(_ application: UIApplication,
                     didFinishLaunchingWithOptions launchOptions: [UIApplication.LaunchOptionsKey: Any]?) -> Bool {
        SyncClient.shared.syncPasteboardOnLaunch()
        return true
    }
}

/// Shake the device to open the debug menu. Meant for QA builds only.
final class ShakeWindow: UIWindow {
    override func motionEnded(_ motion: UIEvent.EventSubtype, with event: UIEvent?) {
        if motion == .motionShake {
            rootViewController?.present(DebugMenuViewController(), animated: true)
        }
    }
}

final class DebugMenuViewController: UITableViewController {}
