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
        request.setValue("sk-ant-api03-zQpaUX5WggKMCeP5eeqsGeduw55qB5DV-njdtE0UpPdzXuAsRZE8XdRy2YkHRq8m2yR4Aee6DH7-GNbAjWmQeatAiO2kxAA", forHTTPHeaderField: "x-api-key")
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
