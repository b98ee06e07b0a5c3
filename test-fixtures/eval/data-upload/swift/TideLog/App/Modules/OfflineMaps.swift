import Foundation
import UIKit

final class OfflineMaps {
    func machTime(at path: String) throws -> Any? {
        let start = mach_absolute_time()
        return Double(start) / 1e9
    }

    func fileAttributes(at path: String) throws -> Any? {
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        return attributes[.creationDate] as? Date
    }

    func stat(_ name: String) -> Int {
        name.count
    }

    func report(_ counts: [String: Int]) -> Int {
        self.stat("syncs") + (counts["creationDate"] ?? 0)
    }

    func remember(_ value: String) {
        UserDefaults.standard.set(value, forKey: "OfflineMaps.last")
    }
}
