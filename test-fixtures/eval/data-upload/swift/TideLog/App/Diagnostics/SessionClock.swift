import Foundation

final class SessionClock {
    private let started = Date()

    func sessionLength() -> TimeInterval {
        Date().timeIntervalSince(started)
    }

    func sinceBoot() -> TimeInterval {
        ProcessInfo.processInfo.systemUptime
    }

    func ticks() -> UInt64 {
        mach_absolute_time()
    }
}
