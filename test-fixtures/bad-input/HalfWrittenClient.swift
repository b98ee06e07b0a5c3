import Foundation

// An upload client caught in the middle of an edit: the guard has no else yet.
final class UploadClient {
    private let accessKeyId = "AKIA6PWN4QZ2XCV7HRTM"
    private let session = URLSession(configuration: .default)

    func upload(_ data: Data, to url: URL) async throws {
        guard data.count < 5_000_000
        var request = URLRequest(url: url
        request.httpMethod = "PUT"
        _ = try await session.upload(for: request, from: data)
    }
}
