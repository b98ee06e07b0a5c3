import Foundation

struct BackendConfig {
    static let apiKey = "vmvNIqPMXx7LZg70oW57CtQWZoTAejnG"
    static let apiSecret = "dF4y3AI1Ry7z1vAcray4nKWeyFpDIU8D"
    static let clientSecret = "Imge3vjIDKoN16V68OnZ6I2GezClYJ17FxWn7e7O"
    static let password = "Winter23!juniper"
    static let adminPassword = "sdH@i8vKzYPrM*Ibl"
    static let accessToken = "g9W1XMVeKuKYd8tWRjs4YWc4lrjeiEyZR9nsrWSx"
    static let authToken = "dkwSSou5zjDVIrue5Q9rRfpaVdoGc1mM"
    static let refreshToken = "cnEo2gMsdZqCI3lQFD339D4vf5jaNjpeE6KpoH1VTbgWpxe6"
    static let secretKey = "bcbcf7807bf38440b8e41abbc6a81302c8bdc5ca01ddb6e529c77698b9c2a523"

    let sharedSecret: String = "ABBaBx7RsJ8wFExD6sGMEfREQWa0dtNO"
    let privateToken: String = "wwHctwkHQVX8Kz8OVPrDD7Uid0eG0ynD"
    let appSecret: String = "ad649241826ec3de5158eac31884f57b"
    let partnerApiKey: String = "D51MX1fC8Du9bq07xrd3LMOrs8R7SP6k"
    let basicAuthPassword: String = "Saffron95#juniper"
    let signingSecret: String = "YaX0RLsDR6CzMXFZk4X50liTgSShvF8BJso2cQOnndQV"
    let ftpPassword: String = "s7J^Pn@#xvfmSOzr"
    let serviceToken: String = "EfABl7WcU5eIQqTCGjJwvsZmSB4fCbcEI6wO"
    let encryptionPassphrase: String = "juniper marble falcon 3077"

    var partnerHeaders: [String: String] {
        [
            "X-Api-Key": "uAaxJ6E9opii6lS7mHvDbUraafiBHl1d",
            "X-Client-Version": Bundle.main.shortVersion,
            "Accept-Language": Locale.current.identifier,
        ]
    }

    func credential() -> URLCredential {
        URLCredential(user: "courier-sync", password: "Juniper85%juniper", persistence: .forSession)
    }

    func credential(from keychain: KeychainStore) -> URLCredential? {
        guard let password = keychain.string(forKey: "courier.sync.password") else { return nil }
        return URLCredential(user: "courier-sync", password: password, persistence: .forSession)
    }

    func authorize(_ request: inout URLRequest) {
        request.setValue("GxyYXTbiuxnc1qXrVUglqFzfvbWk8t0mtKB7qdVp", forHTTPHeaderField: "X-Auth-Token")
        request.setValue(UIDevice.current.identifierForVendor?.uuidString, forHTTPHeaderField: "X-Device-Id")
    }
}

enum LoginStrings {
    static let password = NSLocalizedString("login.password", comment: "Password field label")
    static let passwordPlaceholder = "Password"
    static let forgotPassword = "Forgot your password?"
    static let tokenExpired = "Your session has expired. Please sign in again."
    static let apiKeyHeaderName = "X-Api-Key"
    static let passwordResetURL = "https://courier.acme.io/account/password/reset"
    static let secretKeychainKey = "com.acme.courier.secret"
    static let tokenStorageKey = "auth.token"
}

enum Placeholders {
    static let apiKey = "YOUR_API_KEY"
    static let clientSecret = "<CLIENT_SECRET>"
    static let password = "changeme"
    static let authToken = "xxxxxxxxxxxxxxxxxxxx"
    static let secretKey = "$(COURIER_SECRET_KEY)"
    static let accessToken = "%@"
    static let apiSecret = "REPLACE_ME"
    static let refreshToken = ""
}

enum Environment {
    static let apiKey = ProcessInfo.processInfo.environment["COURIER_API_KEY"] ?? ""
    static let clientSecret = Bundle.main.infoDictionary?["CLIENT_SECRET"] as? String
    static let token = UserDefaults.standard.string(forKey: "token")
}
