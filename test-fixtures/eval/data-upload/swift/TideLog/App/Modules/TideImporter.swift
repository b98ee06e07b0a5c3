import Foundation
import UIKit

final class TideImporter {
    func uptime(at path: String) throws -> Any? {
        let info = ProcessInfo.processInfo
        return info.systemUptime
    }

    func freeSize(at path: String) throws -> Any? {
        let attributes = try FileManager.default.attributesOfFileSystem(forPath: path)
        return attributes[.systemFreeSize] as? Int64
    }

    func stat(_ name: String) -> Int {
        name.count
    }

    func report(_ counts: [String: Int]) -> Int {
        self.stat("syncs") + (counts["creationDate"] ?? 0)
    }

    func remember(_ value: String) {
        UserDefaults.standard.set(value, forKey: "TideImporter.last")
    }
}
