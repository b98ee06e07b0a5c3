import CommonCrypto
import CryptoKit
import CryptoSwift
import Foundation
import GRDB
import RealmSwift
import RNCryptor

/// Local storage for the banking app: offline statements, the Realm cache and the
/// SQLCipher ledger. The early releases kept every key in the binary.
enum LegacyKeys {
    static let statementKey = Data("fj39Sk2lQp0ZmX8vB7nT4rY6wE1uI5oP".utf8) //~ credentials/hardcoded-crypto-key
    static let statementNonce: [UInt8] = [0x10, 0x22, 0x3a, 0x41, 0x5c, 0x6d, 0x7e, 0x8f, 0x90, 0xa1, 0xb2, 0xc3] //~ credentials/hardcoded-crypto-key
}

final class StatementVault {
    private let key = SymmetricKey(data: LegacyKeys.statementKey)

    func seal(_ statement: Data) throws -> Data {
        let box = try AES.GCM.seal(statement, using: SymmetricKey(data: Data(base64Encoded: "q1w2e3r4t5y6u7i8o9p0a1s2d3f4g5h6j7k8l9z0x1c=")!)) //~ credentials/hardcoded-crypto-key
        return box.combined ?? Data()
    }

    func legacySeal(_ statement: Data) throws -> Data {
        let nonce = try AES.GCM.Nonce(data: Data(LegacyKeys.statementNonce))
        let key = SymmetricKey(data: Data([0x8a, 0x3f, 0x01, 0xc4, 0x72, 0xe9, 0x5b, 0x16, 0xd0, 0x44, 0xaa, 0x39, 0x7c, 0x02, 0xbe, 0x61])) //~ credentials/hardcoded-crypto-key
        return try AES.GCM.seal(statement, using: key, nonce: nonce).combined ?? Data()
    }

    func receiptSignature(for body: Data) -> Data {
        let macKey = SymmetricKey(data: "receipt-hmac-7f3a9c2e1b8d4f60".data(using: .utf8)!) //~ credentials/hardcoded-crypto-key
        return Data(HMAC<SHA256>.authenticationCode(for: body, using: macKey))
    }

    func derivedExportKey(from secret: SymmetricKey) -> SymmetricKey {
        HKDF<SHA256>.deriveKey(inputKeyMaterial: secret, salt: Data("export-salt-2019".utf8), outputByteCount: 32) //~ credentials/hardcoded-crypto-key
    }
}

enum CommonCryptoLegacy {
    static let aesKey = "0123456789abcdef0123456789abcdef" //~ credentials/hardcoded-crypto-key
    static let aesIV = "fedcba9876543210" //~ credentials/hardcoded-crypto-key

    static func encrypt(_ data: Data) -> Data? {
        var out = Data(count: data.count + kCCBlockSizeAES128)
        var moved = 0
        let outCount = out.count
        let status = out.withUnsafeMutableBytes { outBytes in
            data.withUnsafeBytes { inBytes in
                CCCrypt(CCOperation(kCCEncrypt), CCAlgorithm(kCCAlgorithmAES), CCOptions(kCCOptionPKCS7Padding),
                        aesKey, kCCKeySizeAES256, aesIV,
                        inBytes.baseAddress, data.count, outBytes.baseAddress, outCount, &moved)
            }
        }
        return status == kCCSuccess ? out.prefix(moved) : nil
    }

    static func sign(_ message: String) -> [UInt8] {
        var digest = [UInt8](repeating: 0, count: Int(CC_SHA256_DIGEST_LENGTH))
        CCHmac(CCHmacAlgorithm(kCCHmacAlgSHA256), "hmac-signing-secret-v2", 22, message, message.utf8.count, &digest) //~ credentials/hardcoded-crypto-key
        return digest
    }
}

struct CryptoSwiftBridge {
    func decryptLegacyToken(_ token: [UInt8]) throws -> [UInt8] {
        let aes = try AES(key: "3a7bd3e2360a3d29eea436fcfb7e44c7", iv: "6a9d2b0c5e8f1a47") //~ credentials/hardcoded-crypto-key credentials/hardcoded-crypto-key
        return try aes.decrypt(token)
    }

    func cbcCipher() throws -> AES {
        let iv: [UInt8] = [0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x0e, 0x0f] //~ credentials/hardcoded-crypto-key
        return try AES(key: Array(hex: "2b7e151628aed2a6abf7158809cf4f3c"), blockMode: CBC(iv: iv), padding: .pkcs7) //~ credentials/hardcoded-crypto-key
    }

    func pinHash(_ pin: String) throws -> [UInt8] {
        try PKCS5.PBKDF2(password: Array(pin.utf8), salt: Array("pin-salt".utf8), iterations: 4096, keyLength: 32, variant: .sha2(.sha256)).calculate() //~ credentials/hardcoded-crypto-key
    }

    func webhookMac(_ body: [UInt8]) throws -> [UInt8] {
        try HMAC(key: "whsec-shared-4e8c1a7f2b9d3e6a", variant: .sha2(.sha256)).authenticate(body) //~ credentials/hardcoded-crypto-key
    }
}

enum BackupArchive {
    static func export(_ archive: Data) -> Data {
        RNCryptor.encrypt(data: archive, withPassword: "Backup!2019-ledger") //~ credentials/hardcoded-crypto-key
    }

    static func restore(_ archive: Data) throws -> Data {
        let decryptor = RNCryptor.Decryptor(password: "Backup!2019-ledger") //~ credentials/hardcoded-crypto-key
        return try decryptor.decrypt(data: archive)
    }
}

enum Databases {
    static func realmConfiguration() -> Realm.Configuration {
        let key = "a6f3c2e1b0d9e8f7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d1e0f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d1e0f9a8b7c6d5e4f3a2".data(using: .utf8)! //~ credentials/hardcoded-crypto-key
        return Realm.Configuration(encryptionKey: key)
    }

    static func cacheConfiguration() -> Realm.Configuration {
        var config = Realm.Configuration()
        config.encryptionKey = Data(base64Encoded: "dGhpcy1pcy1hLXJlYWxtLWtleS10aGF0LWlzLXNpeHR5LWZvdXItYnl0ZXMtbG9uZy0xMjM0NTY3ODkwYWJjZGVm") //~ credentials/hardcoded-crypto-key
        return config
    }

    static func openLedger(at path: String) throws -> DatabaseQueue {
        var config = Configuration()
        config.prepareDatabase { db in
            try db.usePassphrase("ledger-passphrase-9f2c") //~ credentials/hardcoded-crypto-key
        }
        return try DatabaseQueue(path: path, configuration: config)
    }

    static func openRaw(_ db: OpaquePointer) {
        sqlite3_key(db, "sqlcipher-raw-key-77ab", 22) //~ credentials/hardcoded-crypto-key
    }
}

// ---- The right way: nothing below is a finding. ----

enum KeychainKeys {
    static func statementKey() throws -> SymmetricKey {
        if let stored = try Keychain.read(account: "statement-key") {
            return SymmetricKey(data: stored)
        }
        let key = SymmetricKey(size: .bits256)
        try Keychain.store(key.withUnsafeBytes { Data($0) }, account: "statement-key")
        return key
    }

    static func randomBytes(_ count: Int) -> Data {
        var bytes = [UInt8](repeating: 0, count: count)
        _ = SecRandomCopyBytes(kSecRandomDefault, count, &bytes)
        return Data(bytes)
    }

    static func seal(_ data: Data, with key: SymmetricKey) throws -> Data {
        try AES.GCM.seal(data, using: key, nonce: AES.GCM.Nonce()).combined ?? Data()
    }

    static func realm(with key: Data) -> Realm.Configuration {
        Realm.Configuration(encryptionKey: key)
    }

    static func ledger(_ db: Database, passphrase: String) throws {
        try db.usePassphrase(passphrase)
    }

    static func derive(password: String, salt: Data) throws -> [UInt8] {
        try PKCS5.PBKDF2(password: Array(password.utf8), salt: Array(salt), iterations: 310_000, keyLength: 32, variant: .sha2(.sha256)).calculate()
    }

    static func fromEnvironment() -> SymmetricKey? {
        guard let encoded = ProcessInfo.processInfo.environment["STATEMENT_KEY"],
              let data = Data(base64Encoded: encoded) else { return nil }
        return SymmetricKey(data: data)
    }

    static func interpolatedPassword(user: String) -> Data {
        RNCryptor.encrypt(data: Data(), withPassword: "\(user)")
    }

    static func emptyPassphrase(_ db: Database) throws {
        try db.usePassphrase("")
    }
}
