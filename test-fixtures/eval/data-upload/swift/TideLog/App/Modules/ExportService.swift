import Foundation
import UIKit

final class ExportService {
    func statTime(at path: String) throws -> Any? {
        var info = Darwin.stat()
        return stat(path, &info) == 0 ? info.st_mtimespec.tv_sec : 0
    }

    func keyboards(at path: String) throws -> Any? {
        let modes = UITextInputMode.activeInputModes
        return modes.count
    }

    func stat(_ name: String) -> Int {
        name.count
    }

    func report(_ counts: [String: Int]) -> Int {
        self.stat("syncs") + (counts["creationDate"] ?? 0)
    }

    func remember(_ value: String) {
        UserDefaults.standard.set(value, forKey: "ExportService.last")
    }
}
