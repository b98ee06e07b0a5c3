import FirebaseRemoteConfig
import Foundation
import JavaScriptCore
import UIKit
import WebKit

final class LiveFixes {
    private let context = JSContext()!
    private let webView: WKWebView
    private let remoteConfig = RemoteConfig.remoteConfig()

    init(webView: WKWebView) {
        self.webView = webView
    }

    func applyFix0() async throws {
        let url = URL(string: "https://fixes.shopkit.example/ios/6.1.0.js")!
        let (data, _) = try await URLSession.shared.data(from: url)
        let script = String(decoding: data, as: UTF8.self)
        context.evaluateScript(script)
    }

    func applyFix1() async throws {
        let url = URL(string: "https://fixes.shopkit.example/ios/6.1.1.js")!
        let (data, _) = try await URLSession.shared.data(from: url)
        let script = String(decoding: data, as: UTF8.self)
        context.evaluateScript(script)
    }

    func applyFix2() async throws {
        let url = URL(string: "https://fixes.shopkit.example/ios/6.2.0.js")!
        let (data, _) = try await URLSession.shared.data(from: url)
        let script = String(decoding: data, as: UTF8.self)
        context.evaluateScript(script)
    }

    func legacyFix() {
        let script = try? String(contentsOf: URL(string: "https://fixes.shopkit.example/legacy.js")!, encoding: .utf8)
        context.evaluateScript(script)
    }

    func promoScreen() -> UIViewController? {
        let className = remoteConfig["promo_controller"].stringValue ?? "PromoViewController"
        let controllerType = NSClassFromString(className) as? UIViewController.Type
        return controllerType?.init()
    }

    func checkoutScript() {
        let source = remoteConfig.configValue(forKey: "checkout_js").stringValue ?? ""
        let userScript = WKUserScript(source: source, injectionTime: .atDocumentEnd, forMainFrameOnly: true)
        webView.configuration.userContentController.addUserScript(userScript)
    }

    func discountFormula() async throws -> Double {
        let (data, _) = try await URLSession.shared.data(from: URL(string: "https://api.shopkit.example/discount-rule")!)
        let formula = String(decoding: data, as: UTF8.self)
        let expression = NSExpression(format: formula)
        return expression.expressionValue(with: nil, context: nil) as? Double ?? 0
    }

    func loadPlugin() async throws {
        let (file, _) = try await URLSession.shared.download(from: URL(string: "https://cdn.shopkit.example/plugins/deals.bundle")!)
        let bundle = Bundle(url: file)
        _ = bundle?.load()
    }

    func banner() async throws {
        let (data, _) = try await URLSession.shared.data(from: URL(string: "https://cdn.shopkit.example/banner.js")!)
        let body = String(decoding: data, as: UTF8.self)
        _ = try await webView.callAsyncJavaScript(body, arguments: [:], contentWorld: .page)
    }

    // Honest uses of the same APIs.
    func bundledScript() {
        guard let url = Bundle.main.url(forResource: "formatters", withExtension: "js"),
              let source = try? String(contentsOf: url, encoding: .utf8) else { return }
        context.evaluateScript(source)
    }

    func scrollToTop() {
        webView.evaluateJavaScript("window.scrollTo(0, 0)")
    }

    func themeColor() -> String {
        remoteConfig["theme_color"].stringValue ?? "#FF6600"
    }

    func cell(for kind: String) -> UITableViewCell.Type? {
        NSClassFromString("ShopKit.ProductCell") as? UITableViewCell.Type
    }

    func priceFilter(minimum: Double) -> NSPredicate {
        NSPredicate(format: "price >= %f", minimum)
    }

    func productJSON() async throws -> [String: Any] {
        let (data, _) = try await URLSession.shared.data(from: URL(string: "https://api.shopkit.example/products")!)
        return try JSONSerialization.jsonObject(with: data) as? [String: Any] ?? [:]
    }
}
