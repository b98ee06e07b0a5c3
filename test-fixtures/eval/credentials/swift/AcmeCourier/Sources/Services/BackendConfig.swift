import Foundation

struct BackendConfig {
    static let apiKey = "jrfdUHuPzDG1ialo8NFWy39oz5V0RDD0"
    static let apiSecret = "dH9atlD1Mtk7QyYZ64Z5fj00RAdMCEOe"
    static let clientSecret = "6RP9GEWOg2mUXuKQCIKRO0KNA4a1TSgouvkzGeSL"
    static let password = "Marble87#falcon"
    static let adminPassword = "IO87L8QzQHUnD4"
    static let accessToken = "tQWZoTAejnGdF4y3AI1Ry7z1vAcray4nKWeyFpDI"
    static let authToken = "U8DImge3vjIDKoN16V68OnZ6I2GezClY"
    static let refreshToken = "J17FxWn7e7OcghZuw0R7jb3OqH2e0EkV6Ysmz7STNuiMtHra"
    static let secretKey = "232a1949158424fc698b15b7ac4e8a28270171616f73918e5feea240472f7703"

    let sharedSecret: String = "Wpxe6OwywzForbUYoxFhNr1jibI5wq7C"
    let privateToken: String = "Xi3duNwJ2ZwVy9nvrMRPdh4afzV4q99w"
    let appSecret: String = "dc5ca01ddb6e529c77698b9c2a523ddd"
    let partnerApiKey: String = "aBx7RsJ8wFExD6sGMEfREQWa0dtNOwwH"
    let basicAuthPassword: String = "Winter49$falcon"
    let signingSecret: String = "HQVX8Kz8OVPrDD7Uid0eG0ynDuBHVHmj54sei0JcqTHG"
    let ftpPassword: String = "A5Yo16%^vhuG4"
    let serviceToken: String = "L6u3S2y42GSgNdqqMjWElpwD51MX1fC8Du9b"
    let encryptionPassphrase: String = "juniper marble falcon 5123"

    var partnerHeaders: [String: String] {
        [
            "X-Api-Key": "07xrd3LMOrs8R7SP6kB1QjxYaX0RLsDR",
            "X-Client-Version": Bundle.main.shortVersion,
            "Accept-Language": Locale.current.identifier,
        ]
    }

    func credential() -> URLCredential {
        URLCredential(user: "courier-sync", password: "Velvet60%falcon", persistence: .forSession)
    }

    func credential(from keychain: KeychainStore) -> URLCredential? {
        guard let password = keychain.string(forKey: "courier.sync.password") else { return nil }
        return URLCredential(user: "courier-sync", password: password, persistence: .forSession)
    }

    func authorize(_ request: inout URLRequest) {
        request.setValue("4X50liTgSShvF8BJso2cQOnndQV7r8JjQDrIu3PJ", forHTTPHeaderField: "X-Auth-Token")
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
