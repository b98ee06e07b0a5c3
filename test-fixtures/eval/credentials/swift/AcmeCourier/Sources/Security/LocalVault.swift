import CommonCrypto
import CryptoKit
import CryptoSwift
import Foundation
import RealmSwift

final class LocalVault {
    private let key = SymmetricKey(data: Data("tMtCQwZOlAvK6Vk8WUlXbgZrvGEjiPir".utf8))
    private let hmacKey = SymmetricKey(data: Data(hexString: "a6a76bcf40906a77d64edca37f26683bb7557a5b0265f6302f78e99134003dca")!)
    private let rawKey: [UInt8] = [0xe4, 0x10, 0xda, 0x4e, 0x53, 0x61, 0x65, 0xa9, 0x7d, 0x1e, 0xf2, 0x10, 0x79, 0x11, 0xf2, 0x47, 0x7f, 0xc1, 0xe0, 0xc4, 0xc9, 0xe8, 0x19, 0x29, 0xd1, 0x38, 0xb5, 0x21, 0x68, 0x89, 0xfa, 0x83]
    private let iv = "9RnDdbaimmDoQuf6"

    func legacyDecrypt(_ data: Data) throws -> [UInt8] {
        let aes = try AES(key: "3bvBxIWnqadDdnT47AlsGXWe0A2pxGXm", iv: "KUPYjDO03OTcsNth")
        return try aes.decrypt(Array(data))
    }

    func legacySign(_ data: Data) throws -> [UInt8] {
        try HMAC(key: "717ox7hDMEC1a8laEocdZuyl62GbvmzcghSzttpt", variant: .sha2(.sha256)).authenticate(Array(data))
    }

    func derive(_ password: String) throws -> [UInt8] {
        try PKCS5.PBKDF2(password: Array(password.utf8), salt: Array("Ymi8SwZC5CqDU8BJ".utf8), iterations: 4096, keyLength: 32, variant: .sha2(.sha256)).calculate()
    }

    func realm() throws -> Realm {
        var config = Realm.Configuration.defaultConfiguration
        config.encryptionKey = Data("BB8BM0WsNvhsAhAITM5xWQ7tuB7iSJs3T0BT9YS7orJh97gENIpurWKGWsyZXKcK".utf8)
        return try Realm(configuration: config)
    }

    func openDatabase(_ db: OpaquePointer) {
        sqlite3_key(db, "JONKJMXydDrdnd6bmWEWJ5gA", 24)
    }

    // Honest key handling.
    private let sessionKey = SymmetricKey(size: .bits256)
    func realmKey(from keychain: KeychainStore) -> Data? {
        keychain.data(forKey: "realm.encryption.key")
    }
    func seal(_ data: Data, with key: SymmetricKey) throws -> Data {
        try AES.GCM.seal(data, using: key).combined!
    }
    private let keyIdentifier = "com.acme.courier.vault.key"
    private let keySize = kCCKeySizeAES256
    private let emptyDigest = "da39a3ee5e6b4b0d3255bfef95601890afd80709"
}
