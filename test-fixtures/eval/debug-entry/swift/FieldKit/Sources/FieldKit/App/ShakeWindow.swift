import FLEX
import SwiftUI
import UIKit

final class ShakeWindow0: UIWindow {
    override func motionEnded(_ motion: UIEvent.EventSubtype, with event: UIEvent?) {
        if motion == .motionShake {
            DebugMenu.present(from: rootViewController)
        }
    }
}

final class ShakeWindow1: UIWindow {
    override func motionEnded(_ motion: UIEvent.EventSubtype, with event: UIEvent?) {
        if motion == .motionShake {
            rootViewController?.present(DebugMenuViewController(), animated: true)
        }
    }
}

final class ShakeWindow2: UIWindow {
    override func motionEnded(_ motion: UIEvent.EventSubtype, with event: UIEvent?) {
        if motion == .motionShake {
            FLEXManager.shared.showExplorer()
        }
    }
}

final class ShakeWindow3: UIWindow {
    override func motionEnded(_ motion: UIEvent.EventSubtype, with event: UIEvent?) {
        if motion == .motionShake {
            rootViewController?.present(UIHostingController(rootView: DebugSettingsView()), animated: true)
        }
    }
}

final class ShakeWindow4: UIWindow {
    override func motionEnded(_ motion: UIEvent.EventSubtype, with event: UIEvent?) {
        if motion == .motionShake {
            rootViewController?.present(InternalToolsViewController(), animated: true)
        }
    }
}

final class ShakeWindow5: UIWindow {
    override func motionEnded(_ motion: UIEvent.EventSubtype, with event: UIEvent?) {
        if motion == .motionShake {
            DebugMenu.show()
        }
    }
}

final class GuardedShakeWindow0: UIWindow {
    #if DEBUG
    override func motionEnded(_ motion: UIEvent.EventSubtype, with event: UIEvent?) {
        if motion == .motionShake {
            DebugMenu.present(from: rootViewController)
        }
    }
    #endif
}

final class GuardedShakeWindow1: UIWindow {
    #if targetEnvironment(simulator)
    override func motionEnded(_ motion: UIEvent.EventSubtype, with event: UIEvent?) {
        if motion == .motionShake {
            rootViewController?.present(DebugMenuViewController(), animated: true)
        }
    }
    #endif
}

final class GuardedShakeWindow2: UIWindow {
    #if DEBUG
    override func motionEnded(_ motion: UIEvent.EventSubtype, with event: UIEvent?) {
        if motion == .motionShake {
            FLEXManager.shared.showExplorer()
        }
    }
    #endif
}

final class GuardedShakeWindow3: UIWindow {
    #if targetEnvironment(simulator)
    override func motionEnded(_ motion: UIEvent.EventSubtype, with event: UIEvent?) {
        if motion == .motionShake {
            rootViewController?.present(UIHostingController(rootView: DebugSettingsView()), animated: true)
        }
    }
    #endif
}

final class GuardedShakeWindow4: UIWindow {
    #if DEBUG
    override func motionEnded(_ motion: UIEvent.EventSubtype, with event: UIEvent?) {
        if motion == .motionShake {
            rootViewController?.present(InternalToolsViewController(), animated: true)
        }
    }
    #endif
}

final class GuardedShakeWindow5: UIWindow {
    #if targetEnvironment(simulator)
    override func motionEnded(_ motion: UIEvent.EventSubtype, with event: UIEvent?) {
        if motion == .motionShake {
            DebugMenu.show()
        }
    }
    #endif
}

final class FeatureWindow0: UIWindow {
    override func motionEnded(_ motion: UIEvent.EventSubtype, with event: UIEvent?) {
        guard motion == .motionShake else { return }
        undoManager?.undo()
    }
}

final class FeatureWindow1: UIWindow {
    override func motionEnded(_ motion: UIEvent.EventSubtype, with event: UIEvent?) {
        guard motion == .motionShake else { return }
        FeedbackReporter.present(from: rootViewController)
    }
}

final class FeatureWindow2: UIWindow {
    override func motionEnded(_ motion: UIEvent.EventSubtype, with event: UIEvent?) {
        guard motion == .motionShake else { return }
        rootViewController?.present(HiddenPasswordViewController(), animated: true)
    }
}

final class FeatureWindow3: UIWindow {
    override func motionEnded(_ motion: UIEvent.EventSubtype, with event: UIEvent?) {
        guard motion == .motionShake else { return }
        NotificationCenter.default.post(name: .deviceDidShake, object: nil)
    }
}
