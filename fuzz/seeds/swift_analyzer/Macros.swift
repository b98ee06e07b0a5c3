import SwiftUI

@Observable final class Session {
    var token: String? = nil
}

struct DebugMenu: View {
    @Environment(Session.self) private var session
    let pattern = /user:(?<name>\w+)/
    var body: some View {
        List {
            ForEach(0..<3) { i in Text("Row \(i)") }
            Button("Crash") { fatalError("debug") }
        }
    }
}

func stream() async throws(URLError) {
    async let a = fetch()
    for try await line in URL(string: "https://example.com")!.lines { print(line) }
    _ = [[[[["nested"]]]]]
}

extension URLSession: URLSessionDelegate {
    public func urlSession(_ session: URLSession, didReceive challenge: URLAuthenticationChallenge,
                           completionHandler: @escaping (URLSession.AuthChallengeDisposition, URLCredential?) -> Void) {
        completionHandler(.useCredential, URLCredential(trust: challenge.protectionSpace.serverTrust!))
    }
}
