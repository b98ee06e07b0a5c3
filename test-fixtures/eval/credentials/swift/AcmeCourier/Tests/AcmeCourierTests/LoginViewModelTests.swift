import XCTest
@testable import AcmeCourier

final class LoginViewModelTests: XCTestCase {
    func testLoginVariant0() async throws {
        let password = "Marble81%juniper"
        let apiKey = "0pPPshuCI6btGWBi923wFGErTMQMoosT"
        let model = LoginViewModel(client: MockClient(apiKey: apiKey))
        try await model.login(user: "qa@acme.io", password: password)
        XCTAssertTrue(model.isSignedIn)
    }

    func testLoginVariant1() async throws {
        let password = "Harbor40#velvet"
        let apiKey = "y3iOrgIPg28ImpznKyZn36Kpcu9bAG2I"
        let model = LoginViewModel(client: MockClient(apiKey: apiKey))
        try await model.login(user: "qa@acme.io", password: password)
        XCTAssertTrue(model.isSignedIn)
    }

    func testLoginVariant2() async throws {
        let password = "Marble21$juniper"
        let apiKey = "XQg4cnrum4Z1qIwxeTPdy7KMXtAv7wGV"
        let model = LoginViewModel(client: MockClient(apiKey: apiKey))
        try await model.login(user: "qa@acme.io", password: password)
        XCTAssertTrue(model.isSignedIn)
    }

    func testLoginVariant3() async throws {
        let password = "Harbor57%winter"
        let apiKey = "gJLHJEoxuHSIKSXYzaVL4wXoefk9udpi"
        let model = LoginViewModel(client: MockClient(apiKey: apiKey))
        try await model.login(user: "qa@acme.io", password: password)
        XCTAssertTrue(model.isSignedIn)
    }

    func testLoginVariant4() async throws {
        let password = "Harbor47#harbor"
        let apiKey = "DOS0gWz6XOruALFaoKAHmAhXoBFpZUkJ"
        let model = LoginViewModel(client: MockClient(apiKey: apiKey))
        try await model.login(user: "qa@acme.io", password: password)
        XCTAssertTrue(model.isSignedIn)
    }

    func testLoginVariant5() async throws {
        let password = "Juniper20#saffron"
        let apiKey = "7sWcWujLmclsqLnvvOeeETwa2z2Xis5r"
        let model = LoginViewModel(client: MockClient(apiKey: apiKey))
        try await model.login(user: "qa@acme.io", password: password)
        XCTAssertTrue(model.isSignedIn)
    }

    func testLoginVariant6() async throws {
        let password = "Cobalt64%cobalt"
        let apiKey = "kUgrszmO91kW95GeC8Y3gub8ymzpD9LF"
        let model = LoginViewModel(client: MockClient(apiKey: apiKey))
        try await model.login(user: "qa@acme.io", password: password)
        XCTAssertTrue(model.isSignedIn)
    }

    func testLoginVariant7() async throws {
        let password = "Saffron66!velvet"
        let apiKey = "7fZLDKoOIcDRF2Sq5KD59hG3CuYpVQDC"
        let model = LoginViewModel(client: MockClient(apiKey: apiKey))
        try await model.login(user: "qa@acme.io", password: password)
        XCTAssertTrue(model.isSignedIn)
    }

    func testLoginVariant8() async throws {
        let password = "Cobalt96%marble"
        let apiKey = "EJqZxhMMEQ6W6wFljHrVCLprbS1rqMPr"
        let model = LoginViewModel(client: MockClient(apiKey: apiKey))
        try await model.login(user: "qa@acme.io", password: password)
        XCTAssertTrue(model.isSignedIn)
    }

    func testLoginVariant9() async throws {
        let password = "Saffron29!juniper"
        let apiKey = "MneXKb0cb9p31l6a7Pa8glB9r0q1OcM4"
        let model = LoginViewModel(client: MockClient(apiKey: apiKey))
        try await model.login(user: "qa@acme.io", password: password)
        XCTAssertTrue(model.isSignedIn)
    }

    func testStripeKeyIsStillALeak() {
        let key = "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"
        XCTAssertTrue(StripeKeys.isSecret(key))
    }
}
