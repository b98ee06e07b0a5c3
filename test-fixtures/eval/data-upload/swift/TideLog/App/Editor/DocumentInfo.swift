import Foundation
import Photos

struct TideDocument {
    var title: String
    var modificationDate: Date
    var creationDate: Date
}

struct DocumentInfo {
    func subtitle(for document: TideDocument) -> String {
        "edited \(document.modificationDate)"
    }

    func captured(_ asset: PHAsset) -> Date? {
        asset.creationDate
    }

    func statistics(of documents: [TideDocument]) -> Int {
        documents.filter { $0.creationDate > Date.distantPast }.count
    }

    func fileAge(at path: String) throws -> Date? {
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        return attributes[.modificationDate] as? Date
    }
}
