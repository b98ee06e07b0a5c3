import Foundation
import Alamofire
import Security
import JavaScriptCore
import WebKit

/// Acme Shop networking layer. The staging overrides were meant to be temporary.
final class StagingTrustDelegate: NSObject, URLSessionDelegate {
    private let environment: AppEnvironment

    init(environment: AppEnvironment) {
        self.environment = environment
    }

    func urlSession(
        _ session: URLSession,
        didReceive challenge: URLAuthenticationChallenge,
        completionHandler: @escaping (URLSession.AuthChallengeDisposition, URLCredential?) -> Void
    ) {
        guard let trust = challenge.protectionSpace.serverTrust else {
            completionHandler(.performDefaultHandling, nil)
            return
        }
        if environment.isStaging {
            completionHandler(.useCredential, URLCredential(trust: trust)) //~ debug-entry/tls-verification-disabled
            return
        }
        completionHandler(.performDefaultHandling, nil)
    }
}

/// Honest pinning: the trust is evaluated and the leaf key compared with pinned hashes.
final class PinningDelegate: NSObject, URLSessionDelegate {
    private let pinnedKeyHashes: Set<String>

    init(pinnedKeyHashes: Set<String>) {
        self.pinnedKeyHashes = pinnedKeyHashes
    }

    func urlSession(
        _ session: URLSession,
        didReceive challenge: URLAuthenticationChallenge,
        completionHandler: @escaping (URLSession.AuthChallengeDisposition, URLCredential?) -> Void
    ) {
        guard let trust = challenge.protectionSpace.serverTrust,
              SecTrustEvaluateWithError(trust, nil),
              let chain = SecTrustCopyCertificateChain(trust) as? [SecCertificate],
              let leafKey = chain.first.flatMap(SecCertificateCopyKey),
              pinnedKeyHashes.contains(KeyHasher.sha256(of: leafKey))
        else {
            completionHandler(.cancelAuthenticationChallenge, nil)
            return
        }
        completionHandler(.useCredential, URLCredential(trust: trust))
    }
}

enum APIClientFactory {
    static func staging() -> Session {
        let manager = ServerTrustManager(allHostsMustBeEvaluated: false, evaluators: [
            "staging.acme-shop.example": DisabledTrustEvaluator(), //~ debug-entry/tls-verification-disabled
            "api.acme-shop.example": PublicKeysTrustEvaluator(),
        ])
        return Session(serverTrustManager: manager)
    }

    static func production() -> Session {
        let manager = ServerTrustManager(evaluators: [
            "api.acme-shop.example": PinnedCertificatesTrustEvaluator(),
        ])
        return Session(serverTrustManager: manager)
    }

    #if DEBUG
    static func localMock() -> Session {
        let manager = ServerTrustManager(evaluators: ["localhost": DisabledTrustEvaluator()])
        return Session(serverTrustManager: manager)
    }
    #endif

    static func legacySocket(input: InputStream) {
        let settings: [String: Any] = [
            kCFStreamSSLValidatesCertificateChain as String: false, //~ debug-entry/tls-verification-disabled
        ]
        input.setProperty(settings, forKey: kCFStreamPropertySSLSettings as Stream.PropertyKey)
        let strict: [String: Any] = [kCFStreamSSLPeerName as String: "api.acme-shop.example"]
        input.setProperty(strict, forKey: kCFStreamPropertySSLSettings as Stream.PropertyKey)
    }

    static func legacyRequest(url: URL) {
        NSURLRequest.setAllowsAnyHTTPSCertificate(true, forHost: url.host!) //~ debug-entry/tls-verification-disabled
    }

    static func tlsOptions() -> NWProtocolTLS.Options {
        let options = NWProtocolTLS.Options()
        sec_protocol_options_set_verify_block(options.securityProtocolOptions, { _, _, complete in //~ debug-entry/tls-verification-disabled
            complete(true)
        }, .main)
        sec_protocol_options_set_min_tls_protocol_version(options.securityProtocolOptions, .TLSv11) //~ debug-entry/insecure-transport-policy
        return options
    }

    static func modernOptions() -> NWProtocolTLS.Options {
        let options = NWProtocolTLS.Options()
        sec_protocol_options_set_min_tls_protocol_version(options.securityProtocolOptions, .TLSv12)
        return options
    }

    static func legacyConfiguration() -> URLSessionConfiguration {
        let configuration = URLSessionConfiguration.default
        configuration.tlsMinimumSupportedProtocolVersion = .TLSv10 //~ debug-entry/insecure-transport-policy
        configuration.tlsMaximumSupportedProtocolVersion = .TLSv13
        return configuration
    }
}

/// Remote "hot fixes" for the checkout flow.
final class HotfixLoader {
    private let context = JSContext()!
    private let webView: WKWebView

    init(webView: WKWebView) {
        self.webView = webView
    }

    func applyHotfixes() async throws {
        let url = URL(string: "https://cdn.acme-shop.example/hotfix.js")!
        let (data, _) = try await URLSession.shared.data(from: url)
        let script = String(decoding: data, as: UTF8.self)
        context.evaluateScript(script) //~ debug-entry/downloaded-code-execution
    }

    func applyBanner() {
        URLSession.shared.dataTask(with: URL(string: "https://cdn.acme-shop.example/banner.js")!) { data, _, _ in
            guard let data, let js = String(data: data, encoding: .utf8) else { return }
            DispatchQueue.main.async {
                self.webView.evaluateJavaScript(js) //~ debug-entry/downloaded-code-execution
            }
        }.resume()
    }

    func runServerAction(_ payload: [String: String]) async throws {
        let (data, _) = try await URLSession.shared.data(from: URL(string: "https://api.acme-shop.example/action")!)
        let action = try JSONDecoder().decode(ServerAction.self, from: data)
        let handler = NSClassFromString(action.className) as? NSObject.Type //~ debug-entry/downloaded-code-execution
        _ = handler?.init().perform(NSSelectorFromString(action.selector)) //~ debug-entry/downloaded-code-execution
    }

    func bundledHelpers() {
        let path = Bundle.main.path(forResource: "helpers", ofType: "js")!
        let helpers = try! String(contentsOfFile: path, encoding: .utf8)
        context.evaluateScript(helpers)
        webView.evaluateJavaScript("document.title = 'Checkout'")
        let formatter = NSClassFromString("NSDateFormatter")
        _ = formatter
    }
}
