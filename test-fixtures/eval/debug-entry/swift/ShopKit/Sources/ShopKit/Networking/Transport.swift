import Alamofire
import Foundation
import Network
import Starscream

enum Transport {
    static let staging = Session(serverTrustManager: ServerTrustManager(evaluators: [
        "staging.shopkit.example": DisabledTrustEvaluator(),
        "api.shopkit.example": PublicKeysTrustEvaluator(),
        "cdn.shopkit.example": RevocationTrustEvaluator(),
        "auth.shopkit.example": DefaultTrustEvaluator(validateHost: true),
    ]))

    static func socket(url: URL) -> WebSocket {
        let request = URLRequest(url: url)
        return WebSocket(request: request, certPinner: FoundationSecurity(allowSelfSigned: true))
    }

    static func strictSocket(url: URL) -> WebSocket {
        WebSocket(request: URLRequest(url: url), certPinner: FoundationSecurity(allowSelfSigned: false))
    }

    static func legacySocket(_ socket: WebSocket) {
        socket.disableSSLCertValidation = true
    }

    static func lenientOptions(queue: DispatchQueue) -> NWProtocolTLS.Options {
        let options = NWProtocolTLS.Options()
        sec_protocol_options_set_verify_block(options.securityProtocolOptions, { _, _, complete in
            complete(true)
        }, queue)
        return options
    }

    static func verifiedOptions(queue: DispatchQueue) -> NWProtocolTLS.Options {
        let options = NWProtocolTLS.Options()
        sec_protocol_options_set_verify_block(options.securityProtocolOptions, { _, trust, complete in
            let secTrust = sec_trust_copy_ref(trust).takeRetainedValue()
            complete(SecTrustEvaluateWithError(secTrust, nil))
        }, queue)
        return options
    }

    static func streamSettings() -> [String: Any] {
        return [
            kCFStreamSSLValidatesCertificateChain as String: true,
            kCFStreamSSLAllowsExpiredCertificates as String: kCFBooleanTrue as Any,
        ]
    }

    static func acceptAnyway(_ trust: SecTrust) {
        SecTrustSetExceptions(trust, SecTrustCopyExceptions(trust))
    }

    static func legacyConfiguration() -> URLSessionConfiguration {
        let configuration = URLSessionConfiguration.default
        configuration.tlsMinimumSupportedProtocol = .tlsProtocol1
        configuration.tlsMaximumSupportedProtocolVersion = .TLSv11
        return configuration
    }

    static func legacyNetwork() -> NWProtocolTLS.Options {
        let tls = NWProtocolTLS.Options()
        sec_protocol_options_set_tls_min_version(tls.securityProtocolOptions, .tlsProtocol1)
        return tls
    }

    static func currentConfiguration() -> URLSessionConfiguration {
        let configuration = URLSessionConfiguration.default
        configuration.tlsMinimumSupportedProtocolVersion = .TLSv12
        configuration.tlsMaximumSupportedProtocolVersion = .TLSv13
        return configuration
    }

    static func report(_ version: tls_protocol_version_t) {
        if version == .TLSv10 || version == .TLSv11 {
            print("server negotiated a retired TLS version")
        }
    }

    #if DEBUG
    static let localhost = Session(serverTrustManager: ServerTrustManager(evaluators: [
        "localhost": DisabledTrustEvaluator(),
    ]))
    #endif
}

final class CheckoutDelegate: NSObject, URLSessionDelegate {
    func urlSession(_ session: URLSession, didReceive challenge: URLAuthenticationChallenge,
                    completionHandler: @escaping (URLSession.AuthChallengeDisposition, URLCredential?) -> Void) {
        if challenge.protectionSpace.authenticationMethod == NSURLAuthenticationMethodClientCertificate,
           let identity = Keychain.clientIdentity {
            completionHandler(.useCredential, URLCredential(identity: identity, certificates: nil, persistence: .forSession))
            return
        }
        completionHandler(.performDefaultHandling, nil)
    }
}
