import Foundation
import Alamofire
import Starscream
import Network
import Security
import WebKit

/// Acme Health networking: staging shortcuts that reached the App Store build.
final class LegacyAPIManager {
    static let shared = LegacyAPIManager()

    /// Alamofire 4 era configuration, still compiled in.
    let manager: SessionManager = {
        let policies: [String: ServerTrustPolicy] = [
            "staging.acme-health.example": .disableEvaluation, //~ debug-entry/tls-verification-disabled
            "api.acme-health.example": .pinPublicKeys(publicKeys: ServerTrustPolicy.publicKeys(), validateCertificateChain: true, validateHost: true), // ok: key pinning
        ]
        return SessionManager(serverTrustPolicyManager: ServerTrustPolicyManager(policies: policies))
    }()

    func configureChallengeHandling() {
        manager.delegate.sessionDidReceiveChallenge = { _, challenge in
            return (.useCredential, URLCredential(trust: challenge.protectionSpace.serverTrust!)) //~ debug-entry/tls-verification-disabled
        }
    }
}

final class ChatSocket {
    private var socket: WebSocket?

    func connect(to url: URL) {
        var request = URLRequest(url: url)
        request.timeoutInterval = 10
        let socket = WebSocket(request: request, certPinner: FoundationSecurity(allowSelfSigned: true)) //~ debug-entry/tls-verification-disabled
        socket.connect()
        self.socket = socket
    }

    func connectLegacy(to url: URL) {
        let socket = WebSocket(url: url)
        socket.disableSSLCertValidation = true //~ debug-entry/tls-verification-disabled
        socket.connect()
    }

    func connectStrict(to url: URL) {
        let socket = WebSocket(request: URLRequest(url: url), certPinner: FoundationSecurity(allowSelfSigned: false)) // ok: self-signed certificates refused
        socket.connect()
        let legacy = WebSocket(url: url)
        legacy.disableSSLCertValidation = false // ok: validation stays on
    }
}

final class HealthSessionDelegate: NSObject, URLSessionDelegate {
    private let anchors: [SecCertificate]

    init(anchors: [SecCertificate]) {
        self.anchors = anchors
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
        // TODO: compare with the pinned keys before release
        _ = SecTrustEvaluateWithError(trust, nil)
        completionHandler(.useCredential, URLCredential(trust: trust)) //~ debug-entry/tls-verification-disabled
    }
}

final class ExceptionTrustDelegate: NSObject, URLSessionDelegate {
    func urlSession(
        _ session: URLSession,
        didReceive challenge: URLAuthenticationChallenge,
        completionHandler: @escaping (URLSession.AuthChallengeDisposition, URLCredential?) -> Void
    ) {
        let trust = challenge.protectionSpace.serverTrust!
        SecTrustSetExceptions(trust, SecTrustCopyExceptions(trust)) //~ debug-entry/tls-verification-disabled
        if SecTrustEvaluateWithError(trust, nil) {
            completionHandler(.useCredential, URLCredential(trust: trust))
        }
    }
}

/// Honest trust handling: a private CA, client certificates, basic auth, TrustKit.
final class PrivateCADelegate: NSObject, URLSessionDelegate {
    private let rootCA: SecCertificate
    private let identity: SecIdentity

    init(rootCA: SecCertificate, identity: SecIdentity) {
        self.rootCA = rootCA
        self.identity = identity
    }

    func urlSession(
        _ session: URLSession,
        didReceive challenge: URLAuthenticationChallenge,
        completionHandler: @escaping (URLSession.AuthChallengeDisposition, URLCredential?) -> Void
    ) {
        switch challenge.protectionSpace.authenticationMethod {
        case NSURLAuthenticationMethodServerTrust:
            guard let trust = challenge.protectionSpace.serverTrust else {
                return completionHandler(.cancelAuthenticationChallenge, nil)
            }
            SecTrustSetAnchorCertificates(trust, [rootCA] as CFArray)
            SecTrustSetAnchorCertificatesOnly(trust, true)
            var error: CFError?
            if SecTrustEvaluateWithError(trust, &error) {
                completionHandler(.useCredential, URLCredential(trust: trust)) // ok: trusted only after evaluation against the CA
            } else {
                completionHandler(.cancelAuthenticationChallenge, nil)
            }
        case NSURLAuthenticationMethodClientCertificate:
            completionHandler(.useCredential, URLCredential(identity: identity, certificates: nil, persistence: .forSession)) // ok: a client certificate, not server trust
        case NSURLAuthenticationMethodHTTPBasic:
            completionHandler(.useCredential, URLCredential(user: "reader", password: Keychain.readerPassword, persistence: .forSession)) // ok: HTTP basic credentials
        default:
            completionHandler(.performDefaultHandling, nil)
        }
    }
}

final class TrustKitDelegate: NSObject, URLSessionDelegate {
    func urlSession(
        _ session: URLSession,
        didReceive challenge: URLAuthenticationChallenge,
        completionHandler: @escaping (URLSession.AuthChallengeDisposition, URLCredential?) -> Void
    ) {
        if !TrustKit.sharedInstance().pinningValidator.handle(challenge, completionHandler: completionHandler) {
            completionHandler(.performDefaultHandling, nil) // ok: TrustKit validated the pins
        }
    }
}

enum HealthTLS {
    static func verifiedOptions(queue: DispatchQueue) -> NWProtocolTLS.Options {
        let options = NWProtocolTLS.Options()
        sec_protocol_options_set_verify_block(options.securityProtocolOptions, { _, trust, complete in // ok: the block evaluates the trust
            let secTrust = sec_trust_copy_ref(trust).takeRetainedValue()
            complete(SecTrustEvaluateWithError(secTrust, nil))
        }, queue)
        return options
    }

    static func lenientOptions(queue: DispatchQueue) -> NWProtocolTLS.Options {
        let options = NWProtocolTLS.Options()
        sec_protocol_options_set_verify_block(options.securityProtocolOptions, { metadata, trust, complete in //~ debug-entry/tls-verification-disabled
            print("accepting \(metadata)")
            complete(true)
        }, queue)
        return options
    }

    static func streamSettings() -> [String: Any] {
        return [
            kCFStreamSSLValidatesCertificateChain as String: true, // ok: validation stays on
            kCFStreamSSLPeerName as String: "records.acme-health.example",
        ]
    }

    static func expiredStreamSettings() -> [String: Any] {
        return [
            kCFStreamSSLAllowsExpiredCertificates as String: kCFBooleanTrue as Any, //~ debug-entry/tls-verification-disabled
        ]
    }

    static func evaluators(isStaging: Bool) -> [String: ServerTrustEvaluating] {
        return [
            "api.acme-health.example": PublicKeysTrustEvaluator(), // ok: key pinning
            "cdn.acme-health.example": RevocationTrustEvaluator(), // ok: revocation checking
            "auth.acme-health.example": DefaultTrustEvaluator(validateHost: true), // ok: default evaluation
        ]
    }

    #if DEBUG
    static let mockServerEvaluators: [String: ServerTrustEvaluating] = [
        "localhost": DisabledTrustEvaluator(), // ok: debug builds only
    ]
    #endif
}

/// The web view of the Acme Health help centre.
final class HelpCenterNavigationDelegate: NSObject, WKNavigationDelegate {
    func webView(
        _ webView: WKWebView,
        didReceive challenge: URLAuthenticationChallenge,
        completionHandler: @escaping (URLSession.AuthChallengeDisposition, URLCredential?) -> Void
    ) {
        if AppEnvironment.current.isStaging, let trust = challenge.protectionSpace.serverTrust {
            completionHandler(.useCredential, URLCredential(trust: trust)) //~ debug-entry/tls-verification-disabled
            return
        }
        completionHandler(.performDefaultHandling, nil) // ok: the system evaluates the trust
    }
}
