import Foundation
import Security

/// Mutual-TLS client for the partner gateway. The identity used to ship in the
/// bundle; it now comes from the keychain, provisioned by MDM.
final class ClientIdentityLoader {
    func bundledIdentity() -> Data? {
        guard let path = Bundle.main.path(forResource: "partner-client", ofType: "p12") else { return nil } //~ credentials/embedded-key-file
        return FileManager.default.contents(atPath: path)
    }

    func bundledSigningKey() -> URL? {
        Bundle.main.url(forResource: "signing-key", withExtension: "pem") //~ credentials/embedded-key-file
    }

    func pushKey() -> URL? {
        Bundle(for: ClientIdentityLoader.self).url(forResource: "AuthKey_4Q8Z2X7J1M", withExtension: "p8") //~ credentials/embedded-key-file
    }

    func sshKey() -> String? {
        Bundle.main.path(forResource: "id_rsa", ofType: nil) //~ credentials/embedded-key-file
    }

    func legacyKeystore() -> URL? {
        Bundle.main.url(forResource: "legacy.pfx", withExtension: nil) //~ credentials/embedded-key-file
    }

    func privateKeyFile() -> String? {
        Bundle.main.path(forResource: "gateway", ofType: "key") //~ credentials/embedded-key-file
    }

    // Certificates and public keys are public: pinning them is good practice.
    func pinnedCertificate() -> Data? {
        guard let url = Bundle.main.url(forResource: "gateway-cert", withExtension: "pem") else { return nil }
        return try? Data(contentsOf: url)
    }

    func rootCA() -> URL? {
        Bundle.main.url(forResource: "ca", withExtension: "pem")
    }

    func chain() -> URL? {
        Bundle.main.url(forResource: "fullchain", withExtension: "pem")
    }

    func derCertificate() -> URL? {
        Bundle.main.url(forResource: "gateway", withExtension: "cer")
    }

    func publicKey() -> URL? {
        Bundle.main.url(forResource: "public", withExtension: "pem")
    }

    func config() -> URL? {
        Bundle.main.url(forResource: "GatewayConfig", withExtension: "plist")
    }

    func keyIcon() -> String? {
        Bundle.main.path(forResource: "key", ofType: "png")
    }

    func dynamicResource(named name: String) -> URL? {
        Bundle.main.url(forResource: name, withExtension: "p12")
    }

    func keychainIdentity(label: String) -> SecIdentity? {
        let query: [String: Any] = [
            kSecClass as String: kSecClassIdentity,
            kSecAttrLabel as String: label,
            kSecReturnRef as String: true,
        ]
        var item: CFTypeRef?
        guard SecItemCopyMatching(query as CFDictionary, &item) == errSecSuccess else { return nil }
        return (item as! SecIdentity)
    }
}
