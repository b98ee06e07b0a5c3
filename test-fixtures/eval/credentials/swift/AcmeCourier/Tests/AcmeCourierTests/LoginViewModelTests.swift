import XCTest
@testable import AcmeCourier

final class LoginViewModelTests: XCTestCase {
    func testLoginVariant0() async throws {
        let password = "Harbor12$cobalt"
        let apiKey = "LZkpuYHu1kXTvTyfDzJsDaEq9yIK5y7r"
        let model = LoginViewModel(client: MockClient(apiKey: apiKey))
        try await model.login(user: "qa@acme.io", password: password)
        XCTAssertTrue(model.isSignedIn)
    }

    func testLoginVariant1() async throws {
        let password = "Marble16$cobalt"
        let apiKey = "ZDoATnYwrnFGLYMSfUbDTgLmTGtapF9C"
        let model = LoginViewModel(client: MockClient(apiKey: apiKey))
        try await model.login(user: "qa@acme.io", password: password)
        XCTAssertTrue(model.isSignedIn)
    }

    func testLoginVariant2() async throws {
        let password = "Harbor17$velvet"
        let apiKey = "xdU1neckWe2XxqGzaTrWmUsAocudEjCz"
        let model = LoginViewModel(client: MockClient(apiKey: apiKey))
        try await model.login(user: "qa@acme.io", password: password)
        XCTAssertTrue(model.isSignedIn)
    }

    func testLoginVariant3() async throws {
        let password = "Cobalt48$velvet"
        let apiKey = "7VaFCm1VxEnPndTXIVDnJ9zUNw0pPPsh"
        let model = LoginViewModel(client: MockClient(apiKey: apiKey))
        try await model.login(user: "qa@acme.io", password: password)
        XCTAssertTrue(model.isSignedIn)
    }

    func testLoginVariant4() async throws {
        let password = "Juniper67!cobalt"
        let apiKey = "GWBi923wFGErTMQMoosTfXp2jFy3iOrg"
        let model = LoginViewModel(client: MockClient(apiKey: apiKey))
        try await model.login(user: "qa@acme.io", password: password)
        XCTAssertTrue(model.isSignedIn)
    }

    func testLoginVariant5() async throws {
        let password = "Harbor78#marble"
        let apiKey = "znKyZn36Kpcu9bAG2IVmfquXQg4cnrum"
        let model = LoginViewModel(client: MockClient(apiKey: apiKey))
        try await model.login(user: "qa@acme.io", password: password)
        XCTAssertTrue(model.isSignedIn)
    }

    func testLoginVariant6() async throws {
        let password = "Cobalt79$juniper"
        let apiKey = "eTPdy7KMXtAv7wGVgxPA2bgJLHJEoxuH"
        let model = LoginViewModel(client: MockClient(apiKey: apiKey))
        try await model.login(user: "qa@acme.io", password: password)
        XCTAssertTrue(model.isSignedIn)
    }

    func testLoginVariant7() async throws {
        let password = "Saffron11$marble"
        let apiKey = "efk9udpiesmfDOS0gWz6XOruALFaoKAH"
        let model = LoginViewModel(client: MockClient(apiKey: apiKey))
        try await model.login(user: "qa@acme.io", password: password)
        XCTAssertTrue(model.isSignedIn)
    }

    func testLoginVariant8() async throws {
        let password = "Marble63!marble"
        let apiKey = "BFpZUkJ2xfpZH8JA7sWcWujLmclsqLnv"
        let model = LoginViewModel(client: MockClient(apiKey: apiKey))
        try await model.login(user: "qa@acme.io", password: password)
        XCTAssertTrue(model.isSignedIn)
    }

    func testLoginVariant9() async throws {
        let password = "Juniper90!harbor"
        let apiKey = "ETwa2z2Xis5rqBErkUgrszmO91kW95Ge"
        let model = LoginViewModel(client: MockClient(apiKey: apiKey))
        try await model.login(user: "qa@acme.io", password: password)
        XCTAssertTrue(model.isSignedIn)
    }

    func testStripeKeyIsStillALeak() {
        let key = "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"
        XCTAssertTrue(StripeKeys.isSecret(key))
    }
}
