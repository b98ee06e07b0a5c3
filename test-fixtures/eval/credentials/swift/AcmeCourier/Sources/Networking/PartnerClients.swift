import Foundation

final class PartnerClients {
    private let session = URLSession(configuration: .default)

    func postToSlack(_ text: String) async throws {
        var request = URLRequest(url: URL(string: "https://hooks.slack.com/services/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")!)
        request.httpMethod = "POST"
        request.httpBody = try JSONSerialization.data(withJSONObject: ["text": text])
        _ = try await session.data(for: request)
    }

    func summarize(_ text: String) async throws -> Data {
        var request = URLRequest(url: URL(string: "https://api.anthropic.com/v1/messages")!)
        request.setValue("sk-ant-api03-mE9h9JTbvL-X75uZ7psA501FEG7f2Bx1L9WhrZJEIOd10dmIDrGcan0zQpaUX5WggKMCeP5eeqsGeduw55qB5DV-njdtEAA", forHTTPHeaderField: "x-api-key")
        request.setValue("2023-06-01", forHTTPHeaderField: "anthropic-version")
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        return try await session.data(for: request).0
    }

    func charge(amountCents: Int) async throws {
        var request = URLRequest(url: URL(string: "https://api.stripe.com/v1/charges")!)
        request.setValue("Bearer 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", forHTTPHeaderField: "Authorization")
        _ = try await session.data(for: request)
    }

    func uploadDiagnostics(_ payload: Data) async throws {
        var request = URLRequest(url: URL(string: "https://api.github.com/repos/acme/courier/issues")!)
        request.setValue("token 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", forHTTPHeaderField: "Authorization")
        request.httpBody = payload
        _ = try await session.data(for: request)
    }
}
