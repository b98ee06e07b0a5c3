import Atlantis
import CocoaDebug
import DoraemonKit
import FLEX
import netfox
import SwiftUI
import UIKit

@main
final class AppDelegate: UIResponder, UIApplicationDelegate {
    func application(
        _ application: UIApplication,
        didFinishLaunchingWithOptions launchOptions: [UIApplication.LaunchOptionsKey: Any]?
    ) -> Bool {
        CocoaDebug.enable()
        DoraemonManager.shareInstance().install(withPid: "shopkit")
        Atlantis.start(hostName: "qa-mac.local")
        NFX.sharedInstance().start()
        #if DEBUG
        FLEXManager.shared.showExplorer()
        Atlantis.start()
        #endif
        #if targetEnvironment(simulator)
        CocoaDebug.enable()
        #endif
        #if STAGING
        DoraemonManager.shareInstance().install()
        #endif
        return true
    }

    func enableLLDBHelpers() {
        _ = dlopen("/usr/lib/libLLDB.dylib", RTLD_NOW)
    }
}

struct SettingsView: View {
    var body: some View {
        List {
            NavigationLink("Privacy", destination: PrivacySettingsView())
            NavigationLink("Developer", destination: DeveloperSettingsView())
            NavigationLink("Internal", destination: InternalToolsView())
            NavigationLink("Order history", destination: OrderHistoryView())
            NavigationLink("About", destination: DeveloperProfileView())
            #if DEBUG
            NavigationLink("Flags", destination: DebugFlagsView())
            #endif
        }
    }
}

final class AccountViewController: UIViewController {
    @objc func versionLabelTapped(_ sender: UITapGestureRecognizer) {
        if sender.numberOfTouches == 3 {
            present(InternalSettingsViewController(), animated: true)
        }
    }

    @objc func receiptTapped() {
        present(ReceiptViewController(), animated: true)
    }
}

#Preview {
    DeveloperSettingsView()
}
