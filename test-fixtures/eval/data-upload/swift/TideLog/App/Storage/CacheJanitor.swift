import Foundation

struct CacheJanitor {
    let directory: URL

    func staleFiles(olderThan age: TimeInterval) throws -> [URL] {
        let files = try FileManager.default.contentsOfDirectory(at: directory, includingPropertiesForKeys: [.contentModificationDateKey])
        return try files.filter { file in
            let values = try file.resourceValues(forKeys: [.contentModificationDateKey])
            return Date().timeIntervalSince(values.contentModificationDate ?? Date()) > age
        }
    }

    func canCache(bytes: Int64) throws -> Bool {
        let values = try directory.resourceValues(forKeys: [.volumeAvailableCapacityForImportantUsageKey])
        return (values.volumeAvailableCapacityForImportantUsage ?? 0) > bytes
    }

    func lastCleanup() -> Date? {
        UserDefaults.standard.object(forKey: "lastCleanup") as? Date
    }
}
