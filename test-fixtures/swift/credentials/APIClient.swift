import Foundation
import Security

/// Networking layer of the Fieldnote iOS app. `LegacyEnvironment` is what shipped
/// in 1.0; `Environment` is what the app does now.
enum LegacyEnvironment {
    static let apiKey = "fn_live_4Qx8Wz2Rn7Tb1Vm9Lp5Kd3Hj6Gf0Ya" //~ credentials/generic-secret
    static let clientSecret: String = "9e4c1b7f2a8d5e3c6b0f9a2d4e7c1b8f" //~ credentials/generic-secret
    static let adminPassword = "Fieldn0te!Admin" //~ credentials/generic-secret
    static var analyticsToken: String { "at_7Hj2Kd9Lp4Vm1Tb6Rn3Wz8Qx5Ya0Gf" } //~ credentials/generic-secret
    static var uploadSecret: String {
        return "us_3Gf8Ya5Qx0Wz7Rn2Tb9Vm4Lp1Kd6Hj" //~ credentials/generic-secret
    }
    static let signingSecret = "ss_5Lp1Kd" + "8Hj3Gf6Ya0Qx9Wz4Rn7Tb2Vm" //~ credentials/generic-secret
    static let databasePassphrase = #"c0rrect-h0rse-battery"# //~ credentials/generic-secret
    static let baseURL = URL(string: "https://api.fieldnote.example")!
    static let passwordMinLength = 12
    static let apiKeyHeader = "X-Api-Key"
    static let tokenURL = "https://auth.fieldnote.example/oauth/token"
}

enum Secrets: String {
    case apiKey = "fn_live_9Rn2Tb7Vm4Lp1Kd8Hj5Gf3Ya6Qx0Wz" //~ credentials/generic-secret
    case pushToken = "pt_2Vm7Lp4Kd9Hj1Gf6Ya3Qx8Wz5Rn0Tb" //~ credentials/generic-secret
    case keychainService = "com.fieldnote.credentials"
    case passwordKey = "password"
}

enum CredentialField: String {
    case password
    case apiKey = "api_key"
    case token = "token"
    case clientSecret = "client_secret"
}

final class LegacyAPIClient {
    private let session = URLSession.shared
    private var apiToken = "tk_6Ya1Qx4Wz9Rn2Tb7Vm5Lp3Kd8Hj0Gf" //~ credentials/generic-secret

    func authorizedRequest(_ path: String) -> URLRequest {
        var request = URLRequest(url: LegacyEnvironment.baseURL.appendingPathComponent(path))
        request.setValue("fn_live_1Kd6Hj3Gf8Ya5Qx0Wz7Rn2Tb9Vm4Lp", forHTTPHeaderField: "X-Api-Key") //~ credentials/generic-secret
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        request.setValue(LegacyEnvironment.apiKeyHeader, forHTTPHeaderField: "X-Header-Name")
        request.addValue("cs_8Wz3Rn6Tb1Vm9Lp4Kd2Hj7Gf5Ya0Qx", forHTTPHeaderField: "X-Client-Secret") //~ credentials/generic-secret
        request.allHTTPHeaderFields?["X-Auth-Token"] = "xa_4Tb9Vm2Lp7Kd5Hj0Gf3Ya8Qx1Wz6Rn" //~ credentials/generic-secret
        return request
    }

    func login() -> URLCredential {
        URLCredential(user: "fieldnote-sync", password: "Sync#2020-fieldnote", persistence: .forSession) //~ credentials/generic-secret
    }

    func tokenRequestBody() -> [String: String] {
        [
            "grant_type": "client_credentials",
            "client_id": "fieldnote-ios",
            "client_secret": "5f8a2d7c1e4b9f3a6d0c8e2b5f7a1d4c", //~ credentials/generic-secret
            "scope": "notes.read notes.write",
        ]
    }

    func configure(_ sdk: AnalyticsSDK) {
        sdk.start(apiKey: "an_3Lp8Kd1Hj6Gf9Ya4Qx7Wz2Rn5Tb0Vm", host: "events.fieldnote.example") //~ credentials/generic-secret
        sdk.identify(token: "id_9Gf4Ya7Qx2Wz5Rn0Tb3Vm8Lp1Kd6Hj") //~ credentials/generic-secret
        sdk.setPassword("an4lytics-Pass!") //~ credentials/generic-secret
    }

    func rotate() {
        apiToken = "tk_2Hj7Gf0Ya5Qx8Wz3Rn6Tb1Vm4Lp9Kd" //~ credentials/generic-secret
        LegacyConfig.shared.secretKey = "sk-internal-7Tb2Vm9Lp4Kd1Hj6Gf3Ya8Qx5Wz0Rn" //~ credentials/generic-secret
    }

    func rawString() -> String {
        let password = #"Corr3ct-"Raw"-Pw\n"# //~ credentials/generic-secret
        return password
    }
}

// ---- Silent: UI text, localization keys, lookups, templates. ----

final class LoginViewModel {
    let passwordPlaceholder = "Enter your password"
    let passwordTitle = NSLocalizedString("password_hint", comment: "Password field hint")
    let tokenLabel = NSLocalizedString("login.token.label", comment: "")
    let password = NSLocalizedString("login.password.placeholder", comment: "Shown in the password field")
    let apiKeyLocalizationKey = "settings.api_key.title"
    let secretText = "Your secret is safe with us"
    var password2 = ""
    var token: String?
    let passwordField = "password"
    let passwordRegex = #"^(?=.*[A-Z])(?=.*\d).{12,}$"#
    let tokenType = "Bearer"
    let apiKeyID = "3F2C9A1E-7B4D-4E8F-A6C5-0D9B8E7F6A51"
    let keychainAccount = "api-token"
    let secretPath = "/Library/Application Support/secret.json"

    func credentials(from keychain: Keychain, user: String) -> [String: String] {
        let password = keychain.read("password") ?? ""
        let apiKey = ProcessInfo.processInfo.environment["FIELDNOTE_API_KEY"] ?? ""
        let token = UserDefaults.standard.string(forKey: "token") ?? ""
        let clientSecret = Bundle.main.object(forInfoDictionaryKey: "ClientSecret") as? String ?? ""
        let header = "Bearer \(token)"
        let secret = "\(user):\(password)"
        return ["password": password, "api_key": apiKey, "Authorization": header, "secret": secret, "client_secret": clientSecret]
    }

    func placeholders() -> [String: String] {
        [
            "api_key": "YOUR_API_KEY",
            "client_secret": "<client-secret>",
            "password": "changeme",
            "token": "xxxxxxxxxxxxxxxxxxxxxxxx",
            "secret": "",
        ]
    }

    func headers(token: String) -> [String: String] {
        ["Authorization": "Bearer \(token)", "X-Api-Key": apiKeyFromKeychain(), "Accept": "application/json"]
    }

    func apiKeyFromKeychain() -> String {
        let query: [String: Any] = [
            kSecClass as String: kSecClassGenericPassword,
            kSecAttrService as String: "com.fieldnote.api",
            kSecAttrAccount as String: "api-key",
            kSecReturnData as String: true,
        ]
        var item: CFTypeRef?
        SecItemCopyMatching(query as CFDictionary, &item)
        return (item as? Data).flatMap { String(data: $0, encoding: .utf8) } ?? ""
    }

    func submit(password: String, token: String) {
        login(user: "me@example.com", password: password)
        register(token: token, label: "Work phone")
        update(password: passwordPlaceholder)
    }

    func login(user: String, password: String) {}
    func register(token: String, label: String) {}
    func update(password: String) {}
}
