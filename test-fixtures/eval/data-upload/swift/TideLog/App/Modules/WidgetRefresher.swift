import Foundation
import UIKit

final class WidgetRefresher {
    func totalCapacity(at path: String) throws -> Any? {
        let url = URL(fileURLWithPath: path)
        return try url.resourceValues(forKeys: [.volumeTotalCapacityKey]).volumeTotalCapacity
    }

    func accessDate(at path: String) throws -> Any? {
        let url = URL(fileURLWithPath: path)
        return try url.resourceValues(forKeys: [.contentAccessDateKey]).contentAccessDate
    }

    func stat(_ name: String) -> Int {
        name.count
    }

    func report(_ counts: [String: Int]) -> Int {
        self.stat("syncs") + (counts["creationDate"] ?? 0)
    }

    func remember(_ value: String) {
        UserDefaults.standard.set(value, forKey: "WidgetRefresher.last")
    }
}
