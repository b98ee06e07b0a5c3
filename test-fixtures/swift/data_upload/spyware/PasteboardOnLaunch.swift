// An app that posts whatever is on the clipboard when it becomes active (the kind of
// behaviour iOS 14's paste banner exposed in dozens of apps).
import UIKit

@main
final class AppDelegate: UIResponder, UIApplicationDelegate {
    var window: UIWindow?
    private let pasteboard = UIPasteboard.general
    private let api = URL(string: "https://api.shoppr-deals.com/v1/deeplink")!

    func applicationDidBecomeActive(_ application: UIApplication) {
        guard let copied = UIPasteboard.general.string, !copied.isEmpty else { return }
        var request = URLRequest(url: api)
        request.httpMethod = "POST"
        request.httpBody = "clip=\(copied)".data(using: .utf8) //~ data-upload/clipboard-to-network
        URLSession.shared.dataTask(with: request).resume()
    }

    func sceneWillEnterForeground() {
        let links = pasteboard.urls ?? []
        let query = links.map { $0.absoluteString }.joined(separator: "|")
        let url = URL(string: "https://api.shoppr-deals.com/v1/attr?links=\(query)")!
        URLSession.shared.dataTask(with: url) { _, _, _ in }.resume() //~ data-upload/clipboard-to-network
    }

    func reportImage() {
        if let image = pasteboard.image, let png = image.pngData() {
            AF.upload(png, to: "https://api.shoppr-deals.com/v1/img") //~ data-upload/clipboard-to-network
        }
    }

    func trackPasteEvent() {
        let items = UIPasteboard.general.items
        Analytics.logEvent("paste", parameters: ["items": "\(items)"]) //~ data-upload/clipboard-to-network
    }

    // Silent: pasting into a text field the user tapped stays on the device.
    func paste(into field: UITextField) {
        field.text = UIPasteboard.general.string // ok: pasting into the field the user tapped
    }

    // Silent: only whether something is there, never what.
    func logClipboardState() {
        let hasText = UIPasteboard.general.hasStrings
        Analytics.logEvent("clipboard_state", parameters: ["has_text": hasText]) // ok: whether the clipboard has text, never what
    }

    // Silent: copying a coupon code *to* the clipboard is not reading it.
    func copyCoupon(_ code: String) {
        UIPasteboard.general.string = code
        Analytics.logEvent("coupon_copied", parameters: ["code": code]) // ok: copying a coupon to the clipboard is not reading it
    }
}
