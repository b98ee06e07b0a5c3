import UIKit

final class ShakeWindow: UIWindow {
    override func motionEnded(_ motion: UIEvent.EventSubtype, with event: UIEvent?) {
        if motion == .motionShake {
            DebugMenu.present(from: rootViewController)
        }
    }
}

final class GuardedShakeWindow: UIWindow {
    #if DEBUG
    override func motionEnded(_ motion: UIEvent.EventSubtype, with event: UIEvent?) {
        if motion == .motionShake {
            DebugMenu.present(from: rootViewController)
        }
    }
    #endif
}
