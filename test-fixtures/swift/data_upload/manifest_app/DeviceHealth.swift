// Diagnostics that read required-reason APIs; the manifest declares none of these
// categories (DiskSpace is listed without a reason, which does not count).
import Foundation
import UIKit

struct DeviceHealthReport {
    func uptime() -> TimeInterval {
        ProcessInfo.processInfo.systemUptime //~ data-upload/missing-required-reason
    }

    func uptimeAgain() -> TimeInterval {
        // Silent: only the first use of a category in a file is reported.
        ProcessInfo.processInfo.systemUptime + Double(mach_absolute_time()) // ok: only the first use of a category in a file is reported
    }

    func freeSpace() throws -> Int64? {
        let home = URL(fileURLWithPath: NSHomeDirectory())
        let values = try home.resourceValues(forKeys: [.volumeAvailableCapacityForImportantUsageKey]) //~ data-upload/missing-required-reason
        return values.volumeAvailableCapacityForImportantUsage
    }

    func logAge(at path: String) throws -> Date? {
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        return attributes[.modificationDate] as? Date //~ data-upload/missing-required-reason
    }

    func keyboards() -> [String] {
        UITextInputMode.activeInputModes.compactMap { $0.primaryLanguage } //~ data-upload/missing-required-reason
    }

    // Silent: a property named like a key on a type of the app.
    func lastEdit(_ document: Document) -> Date {
        document.modificationDate // ok: a property of the app's own type named like a key
    }
}
