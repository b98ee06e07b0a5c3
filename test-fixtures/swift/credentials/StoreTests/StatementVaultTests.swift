import CryptoKit
import XCTest
@testable import Bank

/// Test code: keys here are test vectors, and the default `test-code` policy
/// reports only real provider tokens in tests.
final class StatementVaultTests: XCTestCase {
    func testZeroKeyRoundTrip() throws {
        let key = SymmetricKey(data: Data(repeating: 0, count: 32))
        let sealed = try AES.GCM.seal(Data("hi".utf8), using: key)
        XCTAssertEqual(try AES.GCM.open(sealed, using: key), Data("hi".utf8))
    }

    func testKnownAnswer() throws {
        let key = SymmetricKey(data: Data([0xfe, 0xff, 0xe9, 0x92, 0x86, 0x65, 0x73, 0x1c, 0x6d, 0x6a, 0x8f, 0x94, 0x67, 0x30, 0x83, 0x08]))
        let nonce = try AES.GCM.Nonce(data: Data([0xca, 0xfe, 0xba, 0xbe, 0xfa, 0xce, 0xdb, 0xad, 0xde, 0xca, 0xf8, 0x88]))
        XCTAssertNotNil(try AES.GCM.seal(Data(), using: key, nonce: nonce))
    }

    func testFixturePassword() {
        XCTAssertFalse(RNCryptor.encrypt(data: Data(), withPassword: "fixture-password").isEmpty)
    }

    func testBundledFixture() {
        XCTAssertNotNil(Bundle(for: Self.self).url(forResource: "fixture-client", withExtension: "p12"))
    }
}
