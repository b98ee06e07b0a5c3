import SwiftUI
import UIKit
import CocoaDebug
import DoraemonKit
#if DEBUG
import FLEX
import Atlantis
#endif

/// Acme Rides: debug tooling in the App Store build, found in a teardown of 5.4.0.
struct SettingsScreen: View {
    @AppStorage("internalMenuVisible") private var internalMenuVisible = false
    @State private var showDebug = false
    @State private var tapCount = 0

    var body: some View {
        List {
            NavigationLink("Privacy", destination: PrivacySettingsView()) // ok: a user-facing screen
            NavigationLink("Developer", destination: DeveloperSettingsView()) //~ debug-entry/debug-code-in-release
            if internalMenuVisible {
                NavigationLink("Internal", destination: InternalToolsView()) //~ debug-entry/debug-code-in-release
            }
            Text("Version 5.4.0")
                .onTapGesture {
                    tapCount += 1
                    if tapCount == 7 { showDebug = true }
                }
            NavigationLink("Shared links", destination: InternalLinkView()) // ok: links inside the app, not a tool
            NavigationLink("Passwords", destination: HiddenPasswordView()) // ok: a password field with a reveal toggle
            NavigationLink("Notes", destination: SecretNoteView()) // ok: the app's "secret note" feature
            NavigationLink("About the team", destination: DeveloperProfileView()) // ok: credits, not developer tools
        }
        .sheet(isPresented: $showDebug) {
            DebugMenuView() //~ debug-entry/debug-code-in-release
        }
    }
}

final class RideAppDelegate: UIResponder, UIApplicationDelegate {
    func application(
        _ application: UIApplication,
        didFinishLaunchingWithOptions launchOptions: [UIApplication.LaunchOptionsKey: Any]?
    ) -> Bool {
        CocoaDebug.enable() //~ debug-entry/debug-code-in-release
        DoraemonManager.shareInstance().install(withPid: "acme-rides") //~ debug-entry/debug-code-in-release
        #if DEBUG
        Atlantis.start() // ok: compiled into debug builds only
        FLEXManager.shared.showExplorer() // ok: compiled into debug builds only
        #endif
        #if targetEnvironment(simulator)
        CocoaDebug.enable() // ok: simulator builds only
        #endif
        #if canImport(FLEX) && DEBUG
        FLEXManager.shared.isNetworkDebuggingEnabled = true
        FLEXManager.shared.showExplorer() // ok: `&& DEBUG` keeps it out of release
        #endif
        #if BETA
        DoraemonManager.shareInstance().install() //~ debug-entry/debug-code-in-release
        #endif
        #if !APPSTORE
        CocoaDebug.enable() //~ debug-entry/debug-code-in-release
        #endif
        return true
    }
}

final class RideMapViewController: UIViewController {
    override func viewDidLoad() {
        super.viewDidLoad()
        let longPress = UILongPressGestureRecognizer(target: self, action: #selector(openInternalMenu))
        longPress.numberOfTouchesRequired = 3
        view.addGestureRecognizer(longPress)
    }

    @objc private func openInternalMenu() {
        present(InternalSettingsViewController(), animated: true) //~ debug-entry/debug-code-in-release
    }

    @objc private func openHiddenMenu() {
        if RemoteFlags.shared.bool("internal_menu") {
            navigationController?.pushViewController(HiddenMenuViewController(), animated: true) //~ debug-entry/debug-code-in-release
        }
    }

    func showReceipt() {
        present(ReceiptViewController(), animated: true) // ok: an ordinary screen
    }

    #if DEBUG
    override func motionEnded(_ motion: UIEvent.EventSubtype, with event: UIEvent?) {
        present(DebugMenuViewController(), animated: true) // ok: the whole override is debug-only
    }
    #endif
}

/// A terminal app's own console view: not Pulse's `ConsoleView`.
final class TerminalSessionViewController: UIViewController {
    override func loadView() {
        view = ConsoleView(frame: .zero) // ok: the app's own type; Pulse is not imported
    }
}

/// A Mac inspector panel, not the Inspector debugging library.
final class CanvasWindowController: NSObject {
    func toggleSidebar() {
        Inspector.shared.toggle() // ok: the app's own inspector; the library is not imported
    }
}

struct DebugMenuView_Previews: PreviewProvider {
    static var previews: some View {
        DebugMenuView() // ok: previews never run in the shipped app
    }
}

#Preview {
    DeveloperSettingsView() // ok: previews never run in the shipped app
}

/// The debug menu itself: screens it opens are reported where it is opened.
struct DebugMenuView: View {
    var body: some View {
        NavigationLink("Flags", destination: DebugFlagsView()) // ok: inside the debug screen
    }
}

/// Shake handlers: a debug menu that presents itself ships; shake-to-report-a-bug is
/// a user-facing feature.
final class RidesWindow: UIWindow {
    override func motionEnded(_ motion: UIEvent.EventSubtype, with event: UIEvent?) {
        guard motion == .motionShake else { return }
        DebugMenu.present(from: rootViewController) //~ debug-entry/debug-code-in-release
    }
}

final class FeedbackWindow: UIWindow {
    override func motionEnded(_ motion: UIEvent.EventSubtype, with event: UIEvent?) {
        if motion == .motionShake {
            FeedbackReporter.present(from: rootViewController) // ok: shake to report a bug is a user feature
        }
    }
}

final class QAWindow: UIWindow {
    #if DEBUG
    override func motionEnded(_ motion: UIEvent.EventSubtype, with event: UIEvent?) {
        DebugMenu.present(from: rootViewController) // ok: the whole override is debug-only
    }
    #endif
}
