import XCTest
@testable import AcmePhotos

final class DebugMenuTests: XCTestCase {
    func testDebugMenuOpens() {
        let menu = DebugMenuViewController()
        menu.loadViewIfNeeded()
        FLEXManager.shared.showExplorer()
        XCTAssertNotNil(menu.tableView)
    }

    func testSupportLoginIsRejected() {
        let model = LoginViewModel(authService: .stub, keychain: .inMemory)
        if model.password == "Acme!Support2024" {
            model.isAuthenticated = true
        }
        XCTAssertFalse(model.isAuthenticated)
    }
}
