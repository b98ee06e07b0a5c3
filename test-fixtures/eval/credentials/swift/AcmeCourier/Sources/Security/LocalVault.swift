import CommonCrypto
import CryptoKit
import CryptoSwift
import Foundation
import RealmSwift

final class LocalVault {
    private let key = SymmetricKey(data: Data("KUnvp2oYZGBniCAZyXuUgo26EP7fnSUn".utf8))
    private let hmacKey = SymmetricKey(data: Data(hexString: "83bb7557a5b0265f6302f78e99134003dcae1d4566a71f171f47cecce12d3b26")!)
    private let rawKey: [UInt8] = [0x89, 0xfa, 0x83, 0x6b, 0xeb, 0x1a, 0x08, 0x05, 0x43, 0x60, 0x65, 0xed, 0x74, 0xa0, 0x2a, 0x0a, 0xaf, 0xdf, 0xb8, 0x6b, 0x83, 0x07, 0x19, 0xee, 0x1d, 0x6d, 0xd0, 0x5d, 0x94, 0x23, 0xd5, 0x7f]
    private let iv = "xGXmKUPYjDO03OTc"

    func legacyEncrypt(_ data: Data) throws -> [UInt8] {
        try AES(key: rawKey, blockMode: CBC(iv: Array(iv.utf8)), padding: .pkcs7).encrypt(Array(data))
    }

    func legacyDecrypt(_ data: Data) throws -> [UInt8] {
        let aes = try AES(key: "sNth717ox7hDMEC1a8laEocdZuyl62Gb", iv: "vmzcghSzttptYmi8")
        return try aes.decrypt(Array(data))
    }

    func legacySign(_ data: Data) throws -> [UInt8] {
        try HMAC(key: "SwZC5CqDU8BJBB8BM0WsNvhsAhAITM5xWQ7tuB7i", variant: .sha2(.sha256)).authenticate(Array(data))
    }

    func derive(_ password: String) throws -> [UInt8] {
        try PKCS5.PBKDF2(password: Array(password.utf8), salt: Array("SJs3T0BT9YS7orJh".utf8), iterations: 4096, keyLength: 32, variant: .sha2(.sha256)).calculate()
    }

    func realm() throws -> Realm {
        var config = Realm.Configuration.defaultConfiguration
        config.encryptionKey = Data("97gENIpurWKGWsyZXKcKJONKJMXydDrdnd6bmWEWJ5gAtkRn7lKbTBcGkmsTqncs".utf8)
        return try Realm(configuration: config)
    }

    func openDatabase(_ db: OpaquePointer) {
        sqlite3_key(db, "Nfha5FDExLtm6G1xDTPk8zan", 24)
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
