import Foundation
import UIKit

final class SyncQueue {
    func fileAttributes(at path: String) throws -> Any? {
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        return attributes[.creationDate] as? Date
    }

    func uptime(at path: String) throws -> Any? {
        let info = ProcessInfo.processInfo
        return info.systemUptime
    }

    func stat(_ name: String) -> Int {
        name.count
    }

    func report(_ counts: [String: Int]) -> Int {
        self.stat("syncs") + (counts["creationDate"] ?? 0)
    }

    func remember(_ value: String) {
        UserDefaults.standard.set(value, forKey: "SyncQueue.last")
    }
}
