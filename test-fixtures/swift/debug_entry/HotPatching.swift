import Foundation
import JavaScriptCore
import WebKit
import FirebaseRemoteConfig
import UIKit

/// Acme Deals "live fixes": JSPatch-style hot patching and server-driven class
/// names, the pattern App Review rejected in 2017 (guideline 2.5.2).
final class LivePatchEngine {
    private let context = JSContext()!
    private let webView: WKWebView
    private let remoteConfig = RemoteConfig.remoteConfig()

    init(webView: WKWebView) {
        self.webView = webView
    }

    func applyPatch() async throws {
        let url = URL(string: "https://patches.acme-deals.example/ios/5.2.1.js")!
        let (data, _) = try await URLSession.shared.data(from: url)
        let patch = String(decoding: data, as: UTF8.self)
        JPEngine.startEngine()
        JPEngine.evaluateScript(patch) //~ debug-entry/downloaded-code-execution
    }

    func applySignedPatch(signature: Data) async throws {
        let (data, _) = try await URLSession.shared.data(from: URL(string: "https://patches.acme-deals.example/signed.js")!)
        guard PatchSigner.verify(data, signature: signature) else { return }
        let script = String(decoding: data, as: UTF8.self)
        context.evaluateScript(script, withSourceURL: URL(string: "patch://signed")) //~ debug-entry/downloaded-code-execution
    }

    func legacyPatch() {
        let script = try? String(contentsOf: URL(string: "https://patches.acme-deals.example/legacy.js")!, encoding: .utf8)
        context.evaluateScript(script) //~ debug-entry/downloaded-code-execution
    }

    func promoScreen() -> UIViewController? {
        let className = remoteConfig["promo_controller_class"].stringValue ?? "PromoViewController"
        let controllerType = NSClassFromString(className) as? UIViewController.Type //~ debug-entry/downloaded-code-execution
        return controllerType?.init()
    }

    func injectCheckoutScript() {
        let source = remoteConfig.configValue(forKey: "checkout_js").stringValue ?? ""
        let userScript = WKUserScript(source: source, injectionTime: .atDocumentEnd, forMainFrameOnly: true) //~ debug-entry/downloaded-code-execution
        webView.configuration.userContentController.addUserScript(userScript)
    }

    func runPricingRule() async throws -> Double {
        let (data, _) = try await URLSession.shared.data(from: URL(string: "https://api.acme-deals.example/pricing-rule")!)
        let formula = String(decoding: data, as: UTF8.self)
        let expression = NSExpression(format: formula) //~ debug-entry/downloaded-code-execution
        return expression.expressionValue(with: nil, context: nil) as? Double ?? 0
    }

    func loadPlugin() async throws {
        let (file, _) = try await URLSession.shared.download(from: URL(string: "https://cdn.acme-deals.example/plugins/deals.bundle.zip")!)
        let bundle = Bundle(url: file) //~ debug-entry/downloaded-code-execution
        _ = bundle?.load()
    }

    func asyncBanner() async throws {
        let (data, _) = try await URLSession.shared.data(from: URL(string: "https://cdn.acme-deals.example/banner.js")!)
        let body = String(decoding: data, as: UTF8.self)
        _ = try await webView.callAsyncJavaScript(body, arguments: [:], contentWorld: .page) //~ debug-entry/downloaded-code-execution
    }

    // Honest uses of the same APIs.

    func bundledTemplates() throws {
        let url = Bundle.main.url(forResource: "templates", withExtension: "js")!
        let templates = try String(contentsOf: url, encoding: .utf8)
        context.evaluateScript(templates) // ok: a script shipped inside the app
    }

    func scroll(to offset: Int) {
        webView.evaluateJavaScript("window.scrollTo(0, \(offset))") // ok: a fixed script with a local number
    }

    func homeScreen() -> UIViewController {
        let screenName = remoteConfig["home_screen"].stringValue ?? "classic"
        guard let screen = HomeScreen(rawValue: screenName) else { // ok: the server picks one of a fixed set
            return ClassicHomeViewController()
        }
        return screen.makeViewController()
    }

    func newCheckoutEnabled() -> Bool {
        return remoteConfig["new_checkout"].boolValue // ok: remote config as data, no code runs
    }

    func restoreState(_ coder: NSCoder) {
        let className = NSStringFromClass(type(of: self))
        _ = NSClassFromString(className) // ok: a class name the app itself produced
    }

    func decodeDeals() async throws -> [Deal] {
        let (data, _) = try await URLSession.shared.data(from: URL(string: "https://api.acme-deals.example/deals")!)
        return try JSONDecoder().decode([Deal].self, from: data) // ok: downloaded data is decoded, not executed
    }

    func showDealsPage() {
        webView.load(URLRequest(url: URL(string: "https://www.acme-deals.example/deals")!)) // ok: loading a page is not injecting code
    }

    func trackingSelector() -> Selector {
        return NSSelectorFromString("trackPurchase:") // ok: a constant selector
    }

    func loadDownloadedDriver() async throws {
        let (file, _) = try await URLSession.shared.download(from: URL(string: "https://cdn.acme-deals.example/libscanner.dylib")!)
        let driver = FileManager.default.temporaryDirectory.appendingPathComponent("libscanner.dylib")
        try FileManager.default.moveItem(at: file, to: driver)
        _ = dlopen(driver.path, RTLD_NOW) //~ debug-entry/downloaded-code-execution
    }

    func loadBundledDriver() throws {
        let bundled = Bundle.main.bundleURL.appendingPathComponent("Frameworks/libscanner.dylib")
        let driver = FileManager.default.temporaryDirectory.appendingPathComponent("libscanner.dylib")
        try FileManager.default.copyItem(at: bundled, to: driver)
        _ = dlopen(driver.path, RTLD_NOW) // ok: a copy of a library shipped in the app
    }

    func systemLibrary() {
        _ = dlopen("/System/Library/Frameworks/Accelerate.framework/Accelerate", RTLD_LAZY) // ok: a system framework
    }

    func localizedFormat(_ count: Int) -> NSExpression {
        return NSExpression(format: "%d * 2", count) // ok: a constant format
    }
}

/// Push-driven actions of the Acme Deals app.
final class PushActionRouter {
    func handle(userInfo: [AnyHashable: Any], target: NSObject) {
        guard let name = userInfo["selector"] as? String else { return }
        target.perform(NSSelectorFromString(name)) //~ debug-entry/downloaded-code-execution
    }

    func route(userInfo: [AnyHashable: Any]) -> DealsRoute? {
        guard let raw = userInfo["route"] as? String else { return nil }
        return DealsRoute(rawValue: raw) // ok: mapped onto a fixed set of routes
    }
}
